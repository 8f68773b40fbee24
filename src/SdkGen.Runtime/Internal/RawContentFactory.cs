using System.ComponentModel;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Request content for bodies sent as they are: bytes from the caller's stream, or text, each with its media type.
/// Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RawContentFactory
{
    /// <summary>Content that copies <paramref name="body"/> to the request without disposing it (the stream stays the caller's).</summary>
    /// <param name="body">The bytes to send, from the stream's current position.</param>
    /// <param name="contentType">The media type, for example <c>audio/wav</c>.</param>
    /// <param name="contentTypeName">The parameter that gave <paramref name="contentType"/>, named in the exception.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contentType"/> is not a media type.</exception>
    public static HttpContent Binary(Stream body, string contentType, string contentTypeName)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        var content = new CallerStreamContent(body);
        content.Headers.ContentType = MediaType(contentType, contentTypeName);
        return content;
    }

    /// <summary>UTF-8 text content; a text or XML media type without a charset gets <c>charset=utf-8</c>.</summary>
    /// <param name="body">The text.</param>
    /// <param name="contentType">The media type, for example <c>text/plain</c> or <c>application/xml</c>.</param>
    /// <param name="contentTypeName">The parameter that gave <paramref name="contentType"/>, named in the exception.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contentType"/> is not a media type.</exception>
    public static HttpContent Text(string body, string contentType, string contentTypeName)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        MediaTypeHeaderValue mediaType = MediaType(contentType, contentTypeName);
        if (mediaType.CharSet is null && (mediaType.MediaType!.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || mediaType.MediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase)))
        {
            mediaType.CharSet = "utf-8";
        }

        var content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(body));
        content.Headers.ContentType = mediaType;
        return content;
    }

    /// <summary>
    /// Checks, before anything is sent, that the caller's media type is one the API description declares for the body:
    /// a listed type (parameters such as <c>charset</c> aside), or a member of a listed family such as <c>image/*</c>.
    /// </summary>
    /// <param name="contentType">The media type the caller chose.</param>
    /// <param name="contentTypeName">The parameter that gave it, named in the exception.</param>
    /// <param name="declared">The media types the API description lists for the body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contentType"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contentType"/> is not a media type, or not a declared one.</exception>
    public static void RequireDeclaredMediaType(string contentType, string contentTypeName, params string[] declared)
    {
        string chosen = MediaType(contentType, contentTypeName).MediaType!;
        foreach (string candidate in declared)
        {
            if (Matches(chosen, candidate))
            {
                return;
            }
        }

        throw new ArgumentException("'" + contentTypeName + "' must be a media type the API declares for this body: " + string.Join(", ", declared) + ".", contentTypeName);
    }

    private static bool Matches(string chosen, string declared)
    {
        int semicolon = declared.IndexOf(';');
        string type = (semicolon < 0 ? declared : declared.Substring(0, semicolon)).Trim();
        if (type.EndsWith("/*", StringComparison.Ordinal))
        {
            string family = type.Substring(0, type.Length - 1);
            return chosen.Length > family.Length && chosen.StartsWith(family, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(chosen, type, StringComparison.OrdinalIgnoreCase);
    }

    private static MediaTypeHeaderValue MediaType(string contentType, string name)
    {
        if (contentType is null)
        {
            throw ArgumentErrors.Required(name);
        }

        // A wildcard ("image/*") names a family, not a type the service can read.
        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed) || parsed.MediaType is null || parsed.MediaType.IndexOf('*') >= 0)
        {
            throw new ArgumentException("'" + name + "' must be a media type such as application/octet-stream.", name);
        }

        return parsed;
    }

    /// <summary>The caller's stream, copied to the request as it is sent and left open (it stays the caller's).</summary>
    internal sealed class CallerStreamContent : HttpContent
    {
        private readonly Stream _body;

        public CallerStreamContent(Stream body) => _body = body;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _body.CopyToAsync(stream);

#if NET
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            _body.CopyToAsync(stream, cancellationToken);
#endif

        protected override bool TryComputeLength(out long length)
        {
            if (_body.CanSeek)
            {
                length = _body.Length - _body.Position;
                return true;
            }

            length = 0;
            return false;
        }
    }
}
