using System.Globalization;

namespace SdkGen.Runtime;

/// <summary>
/// A successful response's body could not be read at all: it is not JSON (an HTML page from a proxy, a truncated
/// body) or its top-level value is not the kind the API description promises. Bodies that are JSON of the right kind
/// but depart from the description in their properties are read leniently instead (see <see cref="ResponseDepartures"/>).
/// The service did answer with <see cref="ApiException.Status"/>: a change the request asked for may have been applied.
/// </summary>
public class ApiResponseFormatException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="serviceName">The name of the service that answered.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, if any.</param>
    /// <param name="responseBody">The body as text, if any; truncated to <see cref="ApiException.MaxResponseBodyLength"/> characters.</param>
    /// <param name="innerException">The reader's exception, describing what was wrong.</param>
    /// <exception cref="ArgumentException"><paramref name="serviceName"/> is <see langword="null"/> or empty.</exception>
    public ApiResponseFormatException(string serviceName, int status, string? reasonPhrase, string? responseBody, Exception? innerException)
        : base(
            BuildMessage(serviceName, status, innerException),
            serviceName,
            status,
            reasonPhrase,
            errorCode: null,
            errorMessage: null,
            responseBody,
            retryAfter: null,
            error: null,
            innerException)
    {
    }

    private static string BuildMessage(string serviceName, int status, Exception? innerException)
    {
        if (string.IsNullOrEmpty(serviceName))
        {
            throw new ArgumentException("The service name cannot be null or empty.", nameof(serviceName));
        }

        // The reader's message names the token and position, never a value from the body.
        return serviceName + " answered HTTP " + status.ToString(CultureInfo.InvariantCulture) + " with a body that could not be read"
            + (innerException is null ? "." : ": " + innerException.Message);
    }
}
