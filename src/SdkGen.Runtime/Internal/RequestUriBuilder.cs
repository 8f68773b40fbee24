using System.ComponentModel;
using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Builds a request URI from a base address, path literals, encoded path parameters and query parameters.
/// Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// <para>
/// Path parameter values are percent-encoded so that no value can change the path: every character except the
/// RFC 3986 unreserved ones (<c>A-Z a-z 0-9 - . _ ~</c>) is encoded, so <c>/</c>, <c>?</c>, <c>#</c> and <c>%</c>
/// become <c>%2F</c>, <c>%3F</c>, <c>%23</c> and <c>%25</c>. .NET's <see cref="Uri"/> (since .NET Core) keeps those
/// escapes as they are.
/// </para>
/// <para>
/// A value that is exactly <c>.</c> or <c>..</c> is refused with an <see cref="ArgumentException"/>. Encoded as
/// <c>%2E%2E</c> it is still a dot-segment to .NET's <see cref="Uri"/> and to many servers and proxies, which decode
/// unreserved characters and then remove it (<c>/accounts/%2E%2E/calls</c> becomes <c>/calls</c>): no encoding
/// survives every server's normalisation.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RequestUriBuilder
{
    // The last base address this thread started from, with its text and where the text ends once trailing slashes are
    // dropped: a client builds every request from one Uri, and reading and checking its text each time cost more than
    // appending the path. A Uri is immutable, so the same instance always gives the same text.
    [ThreadStatic]
    private static Uri? t_lastBase;

    [ThreadStatic]
    private static string? t_lastBaseText;

    [ThreadStatic]
    private static int t_lastBaseEnd;

    private readonly int _baseLength;
    private CachedText _text;
    private int _queryStart = -1;

    /// <summary>Starts a URI at <paramref name="baseUri"/>, which may have a path but no query or fragment.</summary>
    /// <param name="baseUri">The absolute base address, for example <c>https://api.example.com/v2</c>; a trailing slash is optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseUri"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="baseUri"/> is relative or has a query or fragment.</exception>
    public RequestUriBuilder(Uri baseUri)
    {
        if (baseUri is null)
        {
            throw new ArgumentNullException(nameof(baseUri));
        }

        string text;
        int end;
        if (ReferenceEquals(baseUri, t_lastBase))
        {
            text = t_lastBaseText!;
            end = t_lastBaseEnd;
        }
        else
        {
            (text, end) = BaseText(baseUri);
            t_lastBaseText = text;
            t_lastBaseEnd = end;
            t_lastBase = baseUri;
        }

        _text = new CachedText(end + 64);
        _text.Builder.Append(text, 0, end);
        _baseLength = end;
    }

    private static (string Text, int End) BaseText(Uri baseUri)
    {
        if (!baseUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The base URI must be absolute.", nameof(baseUri));
        }

        // AbsoluteUri is escaped and computed once per Uri, so a '?' or '#' in it starts a query or a fragment; cheaper,
        // per call, than Uri.Query and Uri.Fragment.
        string text = baseUri.AbsoluteUri;
        if (text.IndexOf('?') >= 0 || text.IndexOf('#') >= 0)
        {
            throw new ArgumentException("The base URI cannot have a query or a fragment.", nameof(baseUri));
        }

        int end = text.Length;
        while (end > 0 && text[end - 1] == '/')
        {
            end--;
        }

        return (text, end);
    }

    /// <summary>
    /// Appends a path literal from the specification as is. The first part appended after the base starts with
    /// exactly one <c>/</c>; a literal starting with <c>/</c> after a path ending with <c>/</c> does not double it.
    /// </summary>
    /// <param name="literal">The literal, for example <c>/accounts/</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">A query parameter was already appended.</exception>
    public RequestUriBuilder AppendPath(string literal)
    {
        if (literal is null)
        {
            throw new ArgumentNullException(nameof(literal));
        }

        EnsurePath();
        if (literal.Length == 0)
        {
            return this;
        }

        StringBuilder text = _text.Builder;
        if (text.Length == _baseLength)
        {
            if (literal[0] != '/')
            {
                text.Append('/');
            }
        }
        else if (literal[0] == '/' && text[text.Length - 1] == '/')
        {
            text.Append(literal, 1, literal.Length - 1);
            return this;
        }

        text.Append(literal);
        return this;
    }

    /// <summary>
    /// Appends a path parameter value, percent-encoding everything but RFC 3986 unreserved characters (as UTF-8).
    /// A value of exactly <c>.</c> or <c>..</c> is refused: servers would read it as a relative path step.
    /// </summary>
    /// <param name="value">The value, already formatted as text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, <c>.</c> or <c>..</c>, or contains an unpaired surrogate.</exception>
    /// <exception cref="InvalidOperationException">A query parameter was already appended.</exception>
    public RequestUriBuilder AppendPathParameter(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), "A path parameter value cannot be null.");
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("A path parameter value cannot be empty.", nameof(value));
        }

        EnsurePath();
        StringBuilder text = _text.Builder;
        if (text.Length == _baseLength)
        {
            text.Append('/');
        }

        // See ArgumentErrors.DotSegment for why these are refused rather than encoded.
        if (ArgumentErrors.IsDotSegment(value))
        {
            throw ArgumentErrors.DotSegment(nameof(value));
        }

        try
        {
            PercentEncoding.AppendUnreserved(text, value, strict: true);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("A path parameter value cannot contain an unpaired surrogate.", nameof(value), ex);
        }

        return this;
    }

    /// <summary>
    /// Appends a string path parameter, refused as <see cref="ValueRules.RequirePathSegment"/> refuses it (null, empty,
    /// <c>.</c> or <c>..</c>) with <paramref name="parameterName"/> named in the exception.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The method parameter, named in the exception.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The value cannot be a path segment (<see cref="ArgumentNullException"/> for null).</exception>
    /// <exception cref="InvalidOperationException">A query parameter was already appended.</exception>
    public RequestUriBuilder AppendPathParameter(string? value, string parameterName)
    {
        ValueRules.RequirePathSegment(value, parameterName);
        return AppendPathParameter(value!);
    }

    /// <summary>
    /// Appends the alternative a union parameter holds (its <c>ToParameterText()</c>) as a path parameter, refused as a
    /// string parameter's value is: empty, <c>.</c> or <c>..</c>.
    /// </summary>
    /// <param name="text">The held alternative's text, exactly one item; <see langword="null"/> when the union holds unmatched JSON.</param>
    /// <param name="parameterName">The method parameter, named in the exception.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The union holds JSON, a list, or a value that cannot be a path segment.</exception>
    /// <exception cref="InvalidOperationException">A query parameter was already appended.</exception>
    public RequestUriBuilder AppendPathParameter(string[]? text, string parameterName)
    {
        if (text is null)
        {
            throw ArgumentErrors.UnmatchedUnion(parameterName);
        }

        if (text.Length != 1)
        {
            throw new ArgumentException("'" + parameterName + "' holds a list, which cannot be sent in the path.", ArgumentErrors.ParamName(parameterName));
        }

        ValueRules.RequirePathSegment(text[0], parameterName);
        return AppendPathParameter(text[0]);
    }

    /// <summary>
    /// Appends the alternative a union parameter holds (its <c>ToParameterText()</c>) as a query parameter: a value as
    /// one field; a list's items as one field each (<c>explode: true</c>) or as one field of comma-separated items, each
    /// percent-encoded on its own (<c>explode: false</c>). An empty list sends no field, or one empty field.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="text">The held alternative's text: one item for a value; <see langword="null"/> when the union holds unmatched JSON.</param>
    /// <param name="explode">Whether a list repeats the field per item (OpenAPI <c>style: form</c>'s <c>explode</c>).</param>
    /// <param name="parameterName">The method parameter, named in the exception.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The union holds JSON, or <paramref name="name"/> is null or empty.</exception>
    public RequestUriBuilder AppendQuery(string name, string[]? text, bool explode, string parameterName) =>
        AppendQuery(name, text, explode, parameterName, ",");

    /// <summary>
    /// Appends the alternative a union parameter holds as a query parameter, as <see cref="AppendQuery(string, string[], bool, string)"/>
    /// does, a list that does not explode joined by <paramref name="separator"/> (<c>spaceDelimited</c>, <c>pipeDelimited</c>).
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="text">The held alternative's text: one item for a value; <see langword="null"/> when the union holds unmatched JSON.</param>
    /// <param name="explode">Whether a list repeats the field per item.</param>
    /// <param name="parameterName">The method parameter, named in the exception.</param>
    /// <param name="separator">What joins a list's items when it does not explode, already percent-encoded (<c>%20</c>, <c>%7C</c>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The union holds JSON, or <paramref name="name"/> is null or empty.</exception>
    public RequestUriBuilder AppendQuery(string name, string[]? text, bool explode, string parameterName, string separator)
    {
        if (text is null)
        {
            throw ArgumentErrors.UnmatchedUnion(parameterName);
        }

        if (!explode)
        {
            return AppendQueryList(name, text, separator);
        }

        foreach (string? item in text)
        {
            AppendQuery(name, item ?? "");
        }

        return this;
    }

    /// <summary>
    /// Appends a query parameter; skipped when <paramref name="value"/> is <see langword="null"/>. Name and value keep
    /// RFC 3986 unreserved characters; everything else, space included (as <c>%20</c>), is UTF-8 percent-encoded.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, already formatted as text, or <see langword="null"/> to skip the parameter.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is <see langword="null"/> or empty.</exception>
    public RequestUriBuilder AppendQuery(string name, string? value)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A query parameter name cannot be null or empty.", nameof(name));
        }

        if (value is null)
        {
            return this;
        }

        if (_queryStart < 0)
        {
            _queryStart = _text.Builder.Length;
            _text.Builder.Append('?');
        }
        else
        {
            _text.Builder.Append('&');
        }

        PercentEncoding.AppendUnreserved(_text.Builder, name, strict: false);
        _text.Builder.Append('=');
        PercentEncoding.AppendUnreserved(_text.Builder, value, strict: false);
        return this;
    }

    /// <summary>
    /// Appends one query parameter holding a list (OpenAPI <c>style: form, explode: false</c>): each item is
    /// percent-encoded on its own and the items are joined by a literal comma, so a comma inside an item
    /// (<c>%2C</c>) stays distinguishable from the separator. Skipped when <paramref name="values"/> is
    /// <see langword="null"/>; a <see langword="null"/> item is sent as an empty entry.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The items, already formatted as text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is <see langword="null"/> or empty.</exception>
    public RequestUriBuilder AppendQueryList(string name, IEnumerable<string?>? values) => AppendQueryList(name, values, ",");

    /// <summary>
    /// Appends one query parameter holding a list whose items are joined by <paramref name="separator"/>: <c>,</c> for
    /// <c>style: form</c>, <c>%20</c> for <c>spaceDelimited</c>, <c>%7C</c> for <c>pipeDelimited</c>. Each item is
    /// percent-encoded on its own, so a separator inside an item stays distinguishable from the separator.
    /// </summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The items, already formatted as text.</param>
    /// <param name="separator">What joins the items, written as given (already percent-encoded).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is <see langword="null"/> or empty.</exception>
    public RequestUriBuilder AppendQueryList(string name, IEnumerable<string?>? values, string separator)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A query parameter name cannot be null or empty.", nameof(name));
        }

        if (values is null)
        {
            return this;
        }

        AppendQuery(name, "");
        bool first = true;
        foreach (string? value in values)
        {
            if (!first)
            {
                _text.Builder.Append(separator);
            }

            first = false;
            if (value is not null)
            {
                PercentEncoding.AppendUnreserved(_text.Builder, value, strict: false);
            }
        }

        return this;
    }

    /// <summary>Creates the absolute URI.</summary>
    /// <returns>The URI, whose path and query are exactly as built.</returns>
    /// <remarks>The builder's buffer goes back to a per-thread cache; appending afterwards still works.</remarks>
    public Uri ToUri() => new(_text.Finish(), UriKind.Absolute);

    /// <summary>Creates a request to the absolute URI (see <see cref="ToUri"/>).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <returns>The request, without headers or content.</returns>
    public HttpRequestMessage ToRequest(HttpMethod method) => new(method, ToUri());

    /// <summary>Creates a request to the absolute URI (see <see cref="ToUri"/>) that asks for <paramref name="accept"/>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="accept">The <c>Accept</c> header's value, as the API description lists the media types.</param>
    /// <returns>The request, with its <c>Accept</c> header and no content.</returns>
    public HttpRequestMessage ToRequest(HttpMethod method, string accept)
    {
        var request = new HttpRequestMessage(method, ToUri());
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    /// <summary>The URI text built so far.</summary>
    /// <returns>The text, exactly as <see cref="ToUri"/> would parse it.</returns>
    public override string ToString() => _text.ToString();

    private void EnsurePath()
    {
        if (_queryStart >= 0)
        {
            throw new InvalidOperationException("Path parts must be appended before query parameters.");
        }
    }
}
