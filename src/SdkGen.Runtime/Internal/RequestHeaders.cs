using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Adds header parameters to a request after checking they cannot break out of their header line.
/// Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestHeaders
{
    /// <summary>
    /// Adds <paramref name="value"/> as the header <paramref name="headerName"/>. Values are added without the platform's
    /// parsing (which would reject or reformat vendor-specific syntax), so they are checked here instead: a CR or LF
    /// would start a new header line (header injection) and NUL or another control character is not allowed in a field
    /// value (RFC 9110 §5.5); horizontal tab is.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="headerName">The header name from the API description.</param>
    /// <param name="value">The value, already formatted as text.</param>
    /// <param name="parameterName">The method parameter the value came from, named in the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a control character other than tab.</exception>
    public static void Add(HttpRequestMessage request, string headerName, string value, string parameterName)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (value is null)
        {
            throw ArgumentErrors.Required(parameterName);
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if ((c < 0x20 && c != '\t') || c == 0x7F)
            {
                throw new ArgumentException(
                    "Value " + ArgumentErrors.Echo(value) + " for '" + parameterName + "' cannot be sent as a header: it contains a control character (CR, LF, NUL or similar).",
                    ArgumentErrors.ParamName(parameterName));
            }
        }

        request.Headers.TryAddWithoutValidation(headerName, value);
    }

    /// <summary>
    /// Adds the alternative a union parameter holds (its <c>ToParameterText()</c>) as the header
    /// <paramref name="headerName"/>, checked as <see cref="Add(HttpRequestMessage, string, string, string)"/> checks a
    /// value; a list's items are separated by commas (OpenAPI <c>style: simple</c>).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="headerName">The header name from the API description.</param>
    /// <param name="text">The held alternative's text: one item for a value; <see langword="null"/> when the union holds unmatched JSON.</param>
    /// <param name="parameterName">The method parameter the value came from, named in the exception.</param>
    /// <exception cref="ArgumentException">The union holds JSON, or the text contains a control character other than tab.</exception>
    public static void Add(HttpRequestMessage request, string headerName, string[]? text, string parameterName) =>
        Add(request, headerName, string.Join(",", text ?? throw ArgumentErrors.UnmatchedUnion(parameterName)), parameterName);
}
