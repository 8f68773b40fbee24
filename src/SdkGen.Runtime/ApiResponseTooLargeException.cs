using System.Globalization;

namespace SdkGen.Runtime;

/// <summary>
/// A successful response's body was larger than the client's limit (<c>MaxResponseContentLength</c> in the generated
/// client options), so it was not read further. The service did answer with <see cref="ApiException.Status"/>: a change
/// the request asked for may have been applied.
/// </summary>
public class ApiResponseTooLargeException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="serviceName">The name of the service that answered.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, if any.</param>
    /// <param name="limit">The limit, in bytes, that the body passed.</param>
    /// <param name="declaredLength">The <c>Content-Length</c> the service declared, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="serviceName"/> is <see langword="null"/> or empty.</exception>
    public ApiResponseTooLargeException(string serviceName, int status, string? reasonPhrase, long limit, long? declaredLength)
        : base(
            BuildMessage(serviceName, status, limit, declaredLength),
            serviceName,
            status,
            reasonPhrase,
            errorCode: null,
            errorMessage: null,
            responseBody: null,
            retryAfter: null,
            error: null,
            innerException: null)
    {
        Limit = limit;
        DeclaredLength = declaredLength;
    }

    /// <summary>The limit, in bytes, that the body passed.</summary>
    public long Limit { get; }

    /// <summary>The <c>Content-Length</c> the service declared, or <see langword="null"/> when it declared none.</summary>
    public long? DeclaredLength { get; }

    private static string BuildMessage(string serviceName, int status, long limit, long? declaredLength)
    {
        if (string.IsNullOrEmpty(serviceName))
        {
            throw new ArgumentException("The service name cannot be null or empty.", nameof(serviceName));
        }

        string declared = declaredLength is { } length ? " (" + length.ToString(CultureInfo.InvariantCulture) + " bytes declared)" : "";
        return serviceName + " answered HTTP " + status.ToString(CultureInfo.InvariantCulture) + " with a body larger than "
            + limit.ToString(CultureInfo.InvariantCulture) + " bytes" + declared
            + "; it was not read. Raise MaxResponseContentLength in the client options if such bodies are expected.";
    }
}
