using System.ComponentModel;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Builds a <c>multipart/form-data</c> body (RFC 7578) on the BCL's <see cref="MultipartContent"/> with the subtype
/// <c>form-data</c>, which frames the parts and draws the boundary (a random GUID, never from the caller's data); or a
/// body of another multipart subtype an API declares (<c>mixed</c>, <c>related</c>), whose parts are named the same way,
/// as OpenAPI 3.1 allows for them (RFC 2046 neither requires nor forbids a <c>Content-Disposition</c>). Each
/// part's <c>Content-Disposition</c> is written here (<see cref="FormDataDisposition"/>), and not through
/// <see cref="MultipartFormDataContent"/>: that one adds a <c>filename*</c> parameter, which RFC 7578 §4.2 forbids,
/// rejects a name holding a quote, and replaces a disposition it cannot parse back (a name ending in a backslash) with a
/// bare <c>form-data</c> that names no part.
/// Files are streamed from the caller's stream, never buffered whole. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MultipartFormBuilder
{
    private const string TextPlain = "text/plain; charset=utf-8";

    private readonly MultipartContent _content;

    /// <summary>Creates an empty <c>multipart/form-data</c> body.</summary>
    public MultipartFormBuilder()
        : this("form-data")
    {
    }

    /// <summary>Creates an empty body of the multipart subtype <paramref name="subtype"/> (<c>mixed</c>, <c>related</c>…).</summary>
    /// <param name="subtype">The subtype: a token.</param>
    /// <exception cref="ArgumentException"><paramref name="subtype"/> is not a token.</exception>
    public MultipartFormBuilder(string subtype)
    {
        try
        {
            _content = new MultipartContent(subtype);
        }
        catch (FormatException ex)
        {
            // The BCL says FormatException for a bad subtype; to a caller it is a bad argument like any other here.
            throw new ArgumentException("'" + subtype + "' is not a multipart subtype (a token such as mixed).", nameof(subtype), ex);
        }

#if NET
        // Names and file names go out as UTF-8, as browsers send them; without this the BCL writes part headers in Latin-1.
        _content.HeaderEncodingSelector = static (_, _) => Encoding.UTF8;
#endif
    }

    /// <summary>The number of parts added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a text part (UTF-8); skipped when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="name">The part's name.</param>
    /// <param name="value">The text, already formatted.</param>
    /// <param name="contentType">The part's media type; <c>text/plain; charset=utf-8</c> when null.</param>
    public void AddText(string name, string? value, string? contentType = null)
    {
        if (value is null)
        {
            return;
        }

        var part = new ByteArrayContent(new UTF8Encoding(false).GetBytes(value));
        part.Headers.ContentType = ParseMediaType(contentType ?? TextPlain, nameof(contentType));
        Add(part, name, null);
    }

    /// <summary>Adds a file part streamed from the caller's stream; skipped when <paramref name="file"/> is <see langword="null"/>.</summary>
    /// <param name="name">The part's name.</param>
    /// <param name="file">The file.</param>
    /// <param name="defaultContentType">The media type when the file names none.</param>
    /// <exception cref="InvalidOperationException">The file was sent before and its stream cannot seek back.</exception>
    public void AddFile(string name, FilePart? file, string defaultContentType)
    {
        if (file is null)
        {
            return;
        }

        var part = new RawContentFactory.CallerStreamContent(file.Open());
        part.Headers.ContentType = ParseMediaType(file.ContentType ?? defaultContentType, "contentType");
        Add(part, name, file.FileName ?? name);
    }

    /// <summary>Adds <paramref name="value"/> written as JSON by <paramref name="write"/>; skipped when it is <see langword="null"/>.</summary>
    /// <typeparam name="T">The model, list or dictionary type.</typeparam>
    /// <param name="name">The part's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes the value as JSON.</param>
    /// <param name="contentType">The part's media type, <c>application/json</c> or a JSON flavour.</param>
    public void AddJson<T>(string name, T? value, Action<Utf8JsonWriter, T> write, string contentType = "application/json")
        where T : class
    {
        if (value is null)
        {
            return;
        }

        AddJsonBytes(name, JsonContentFactory.Serialize(value, write), contentType);
    }

    /// <summary>Adds untyped JSON; skipped when it is absent or undefined.</summary>
    /// <param name="name">The part's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="contentType">The part's media type, <c>application/json</c> or a JSON flavour.</param>
    public void AddJson(string name, JsonElement? value, string contentType = "application/json")
    {
        if (value is not { ValueKind: not JsonValueKind.Undefined } element)
        {
            return;
        }

        AddJsonBytes(name, Encoding.UTF8.GetBytes(element.GetRawText()), contentType);
    }

    /// <summary>The body; the builder must not be used afterwards.</summary>
    /// <returns>The content, <c>multipart/form-data</c> (or the subtype given) with its boundary.</returns>
    public HttpContent ToContent() => _content;

    /// <summary>Parses a media type the caller or the API description gives; a wildcard or malformed one is refused.</summary>
    internal static MediaTypeHeaderValue ParseMediaType(string contentType, string name)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed) || parsed.MediaType is null || parsed.MediaType.IndexOf('*') >= 0)
        {
            throw new ArgumentException("'" + name + "' must be a media type such as application/octet-stream.", name);
        }

        return parsed;
    }

    private void AddJsonBytes(string name, byte[] json, string contentType)
    {
        var part = new ByteArrayContent(json);
        part.Headers.ContentType = ParseMediaType(contentType, nameof(contentType));
        Add(part, name, null);
    }

    private void Add(HttpContent part, string name, string? fileName)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A multipart part name cannot be null or empty.", nameof(name));
        }

        part.Headers.TryAddWithoutValidation("Content-Disposition", FormDataDisposition.Of(name, fileName));
        _content.Add(part);
        Count++;
    }
}
