namespace SdkGen.Runtime;

/// <summary>
/// A service answered with a non-success HTTP status, with its error body parsed as <typeparamref name="TError"/>.
/// </summary>
/// <typeparam name="TError">The error model the specification declares for the response.</typeparam>
public class ApiException<TError> : ApiException
    where TError : class
{
    /// <summary>Creates an exception for a non-success response with a typed error model.</summary>
    /// <param name="serviceName">The name of the service that answered, used in the message.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, if any.</param>
    /// <param name="errorCode">The service's own error code, as text, if the body had one.</param>
    /// <param name="errorMessage">The service's own error message, if the body had one.</param>
    /// <param name="responseBody">The raw response body, if any; truncated to <see cref="ApiException.MaxResponseBodyLength"/> characters.</param>
    /// <param name="retryAfter">The delay the service asked for with <c>Retry-After</c>, if any.</param>
    /// <param name="error">The parsed error model, if the body could be parsed.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="serviceName"/> is <see langword="null"/> or empty.</exception>
    public ApiException(
        string serviceName,
        int status,
        string? reasonPhrase,
        string? errorCode,
        string? errorMessage,
        string? responseBody,
        TimeSpan? retryAfter,
        TError? error = null,
        Exception? innerException = null)
        : base(serviceName, status, reasonPhrase, errorCode, errorMessage, responseBody, retryAfter, error, innerException)
    {
        Error = error;
    }

    /// <summary>The parsed error model, or <see langword="null"/> when the body was absent or could not be parsed.</summary>
    public TError? Error { get; }
}
