using System.ComponentModel;
using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Puts an API key where the API description's <c>apiKey</c> security scheme says: a header, a query parameter or a
/// cookie. Used by generated code; not a stable API.
/// </summary>
/// <remarks>No exception thrown here holds the key.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiKeyPlacement
{
    /// <summary>Sets the header <paramref name="name"/> to the key, replacing any value it had.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name from the security scheme.</param>
    /// <param name="credentials">The key.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid request header name (the message does not show the key).</exception>
    public static void ApplyToHeader(HttpRequestMessage request, string name, ApiKeyCredentials credentials)
    {
        Check(request, name, credentials);
        try
        {
            request.Headers.Remove(name);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw NotAHeaderName(name);
        }

        // The key was checked for control characters when the credentials were made; the platform's validation would
        // reformat vendor-specific key syntax. A name the platform cannot send must not drop the key silently.
        if (!request.Headers.TryAddWithoutValidation(name, credentials.Key))
        {
            throw NotAHeaderName(name);
        }
    }

    /// <summary>
    /// Appends <c>name=key</c> to the request URI's query, both percent-encoded (RFC 3986 unreserved characters kept),
    /// before any fragment.
    /// </summary>
    /// <param name="request">The request, whose <see cref="HttpRequestMessage.RequestUri"/> is set.</param>
    /// <param name="name">The query parameter name from the security scheme.</param>
    /// <param name="credentials">The key.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The request has no URI yet.</exception>
    public static void ApplyToQuery(HttpRequestMessage request, string name, ApiKeyCredentials credentials)
    {
        Check(request, name, credentials);
        Uri uri = request.RequestUri ?? throw new InvalidOperationException("The request needs its URI before the API key can be added to the query.");

        string text = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        int hash = text.IndexOf('#');
        string fragment = hash >= 0 ? text.Substring(hash) : string.Empty;
        string beforeFragment = hash >= 0 ? text.Substring(0, hash) : text;

        var sb = new StringBuilder(beforeFragment.Length + name.Length + credentials.Key.Length + 8).Append(beforeFragment);
        int question = beforeFragment.IndexOf('?');
        if (question < 0)
        {
            sb.Append('?');
        }
        else if (question < beforeFragment.Length - 1 && beforeFragment[beforeFragment.Length - 1] != '&')
        {
            sb.Append('&');
        }

        PercentEncoding.AppendUnreserved(sb, name, strict: true);
        sb.Append('=');
        PercentEncoding.AppendUnreserved(sb, credentials.Key, strict: false);
        sb.Append(fragment);
        request.RequestUri = new Uri(sb.ToString(), uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }

    /// <summary>
    /// Adds the cookie <c>name=key</c> to the request's <c>Cookie</c> header, merged into the one header line a request
    /// may carry (RFC 6265 §5.4) after any cookie already there.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The cookie name from the security scheme.</param>
    /// <param name="credentials">The key.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key holds a character a cookie value cannot carry (space, quote, comma, semicolon or backslash; RFC 6265 §4.1.1); the message does not show the key.</exception>
    public static void ApplyToCookie(HttpRequestMessage request, string name, ApiKeyCredentials credentials)
    {
        Check(request, name, credentials);
        foreach (char c in credentials.Key)
        {
            if (c <= 0x20 || c is '"' or ',' or ';' or '\\' || c >= 0x7F)
            {
                throw new ArgumentException(
                    "The API key cannot be sent as the cookie '" + name + "': it holds a space, quote, comma, semicolon, backslash or non-ASCII character (RFC 6265 §4.1.1); its value is not shown.",
                    nameof(credentials));
            }
        }

        string cookie = name + "=" + credentials.Key;
        if (request.Headers.TryGetValues("Cookie", out IEnumerable<string>? existing))
        {
            cookie = string.Join("; ", existing) + "; " + cookie;
            request.Headers.Remove("Cookie");
        }

        request.Headers.TryAddWithoutValidation("Cookie", cookie);
    }

    private static ArgumentException NotAHeaderName(string name) =>
        new("The API key cannot be sent in the header '" + name + "': it is not a valid request header name.", nameof(name));

    private static void Check(HttpRequestMessage request, string name, ApiKeyCredentials credentials)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (credentials is null)
        {
            throw new ArgumentNullException(nameof(credentials));
        }
    }
}
