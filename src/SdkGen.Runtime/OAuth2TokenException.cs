namespace SdkGen.Runtime;

/// <summary>
/// The OAuth 2.0 token endpoint refused the client credentials or answered with something that is not a usable bearer
/// token. <see cref="ApiException.ErrorCode"/> is the OAuth <c>error</c> (for example <c>invalid_client</c>) and
/// <see cref="ApiException.ErrorMessage"/> its <c>error_description</c> (RFC 6749 §5.2).
/// </summary>
/// <remarks>
/// Neither the message nor any property holds the client secret (a server that echoes it has it replaced by
/// <c>***</c>) or an issued access token: the body of a successful answer is never kept.
/// </remarks>
public sealed class OAuth2TokenException : ApiException
{
    /// <summary>The service name the exception gives: the endpoint is not the API itself.</summary>
    public const string TokenEndpointServiceName = "OAuth2 token endpoint";

    /// <summary>Creates an exception for an error answer (4xx or 5xx) of the token endpoint.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, if any.</param>
    /// <param name="error">The OAuth <c>error</c>, if the body had one.</param>
    /// <param name="errorDescription">The OAuth <c>error_description</c>, if the body had one.</param>
    /// <param name="responseBody">The error body, already free of the secret.</param>
    public OAuth2TokenException(int status, string? reasonPhrase, string? error, string? errorDescription, string? responseBody)
        : base(TokenEndpointServiceName, status, reasonPhrase, error, errorDescription, responseBody, retryAfter: null)
    {
    }

    /// <summary>Creates an exception for a successful answer that holds no usable token.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="problem">What is wrong with the answer, without any token in it.</param>
    /// <param name="innerException">The parse error, if any.</param>
    public OAuth2TokenException(int status, string problem, Exception? innerException = null)
        : base(
            TokenEndpointServiceName + " returned HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture) + " without a usable bearer token: " + problem,
            TokenEndpointServiceName,
            status,
            reasonPhrase: null,
            errorCode: null,
            errorMessage: problem,
            responseBody: null,
            retryAfter: null,
            error: null,
            innerException)
    {
    }
}
