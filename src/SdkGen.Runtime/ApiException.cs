using System.Globalization;
using System.Text;

namespace SdkGen.Runtime;

/// <summary>
/// A service answered with a non-success HTTP status, or with a success whose body could not be used
/// (<see cref="ApiResponseFormatException"/>, <see cref="ApiResponseTooLargeException"/>).
/// </summary>
/// <remarks>
/// Neither the message nor any property contains request or response headers, so credentials cannot leak through
/// logs of this exception. <see cref="ResponseBody"/> is kept for diagnostics and is truncated to 8 Ki characters;
/// at most 64 KiB of an error body is read at all.
/// </remarks>
public class ApiException : Exception
{
    /// <summary>The largest number of characters of the response body that is kept.</summary>
    public const int MaxResponseBodyLength = 8 * 1024;

    private const int MaxMessageErrorLength = 1024;

    /// <summary>Creates an exception for a non-success response.</summary>
    /// <param name="serviceName">The name of the service that answered, used in the message.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, if any.</param>
    /// <param name="errorCode">The service's own error code, as text, if the body had one.</param>
    /// <param name="errorMessage">The service's own error message, if the body had one.</param>
    /// <param name="responseBody">The raw response body, if any; truncated to <see cref="MaxResponseBodyLength"/> characters.</param>
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
        object? error = null,
        Exception? innerException = null)
        : this(
            BuildMessage(serviceName, status, reasonPhrase, errorCode, errorMessage),
            serviceName,
            status,
            reasonPhrase,
            errorCode,
            errorMessage,
            responseBody,
            retryAfter,
            error,
            innerException)
    {
    }

    /// <summary>Creates an exception with a message of the subclass's own.</summary>
    /// <param name="message">The message. It must not contain headers or secrets.</param>
    /// <param name="serviceName">The name of the service that answered.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, if any.</param>
    /// <param name="errorCode">The service's own error code, as text, if any.</param>
    /// <param name="errorMessage">The service's own error message, if any.</param>
    /// <param name="responseBody">The raw response body, if any; truncated to <see cref="MaxResponseBodyLength"/> characters.</param>
    /// <param name="retryAfter">The delay the service asked for with <c>Retry-After</c>, if any.</param>
    /// <param name="error">The parsed error model, if any.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="serviceName"/> is <see langword="null"/> or empty.</exception>
    protected ApiException(
        string message,
        string serviceName,
        int status,
        string? reasonPhrase,
        string? errorCode,
        string? errorMessage,
        string? responseBody,
        TimeSpan? retryAfter,
        object? error,
        Exception? innerException)
        : base(message, innerException)
    {
        ServiceName = serviceName;
        Status = status;
        ReasonPhrase = reasonPhrase;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        ResponseBody = Truncate(responseBody);
        RetryAfter = retryAfter;
        ErrorObject = error;
    }

    /// <summary>The name of the service that answered.</summary>
    public string ServiceName { get; }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The HTTP reason phrase, if any.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The service's own error code, as text, or <see langword="null"/>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's own error message, or <see langword="null"/>.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The raw response body, truncated to <see cref="MaxResponseBodyLength"/> characters, or <see langword="null"/>.</summary>
    public string? ResponseBody { get; }

    /// <summary>The delay the service asked for with <c>Retry-After</c>, or <see langword="null"/>.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The parsed error model, or <see langword="null"/> when the body was absent or could not be parsed.</summary>
    public object? ErrorObject { get; }

    /// <summary>
    /// Whether retrying the same request later may succeed: <see langword="true"/> for 408, 429, 500, 502, 503 and 504.
    /// </summary>
    public bool IsTransient => Status is 408 or 429 or 500 or 502 or 503 or 504;

    private static string BuildMessage(string serviceName, int status, string? reasonPhrase, string? errorCode, string? errorMessage)
    {
        if (string.IsNullOrEmpty(serviceName))
        {
            throw new ArgumentException("The service name cannot be null or empty.", nameof(serviceName));
        }

        var sb = new StringBuilder(128);
        sb.Append(serviceName).Append(" returned HTTP ").Append(status.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(reasonPhrase))
        {
            sb.Append(" (").Append(reasonPhrase).Append(')');
        }

        if (!string.IsNullOrEmpty(errorCode))
        {
            sb.Append(", error ").Append(errorCode);
        }

        string? text = Sanitize(errorMessage);
        if (text is null)
        {
            sb.Append('.');
        }
        else
        {
            sb.Append(": ").Append(text);
            char last = text[text.Length - 1];
            if (last is not ('.' or '!' or '?'))
            {
                sb.Append('.');
            }
        }

        return sb.ToString();
    }

    // The service's message goes into Message on one line, of bounded length.
    private static string? Sanitize(string? errorMessage)
    {
        if (errorMessage is null)
        {
            return null;
        }

        string text = errorMessage.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > MaxMessageErrorLength)
        {
            text = text.Substring(0, MaxMessageErrorLength) + "...";
        }

        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString();
    }

    private static string? Truncate(string? body)
    {
        if (body is null || body.Length <= MaxResponseBodyLength)
        {
            return body;
        }

        int length = MaxResponseBodyLength;
        if (char.IsHighSurrogate(body[length - 1]))
        {
            length--;
        }

        return body.Substring(0, length);
    }
}
