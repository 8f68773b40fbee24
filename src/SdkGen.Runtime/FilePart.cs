namespace SdkGen.Runtime;

/// <summary>
/// A file sent as one part of a <c>multipart/form-data</c> request: its bytes, and optionally the file name and media
/// type the part declares.
/// </summary>
/// <remarks>
/// The stream stays yours: the client reads it from its current position to the end while the request is sent, never
/// buffers it whole and never disposes it. Keep it open until the call returns. If the request has to be sent again
/// (a refused OAuth 2.0 token), a seekable stream is rewound to where the first send started; a stream that cannot seek
/// makes that second send fail with <see cref="InvalidOperationException"/> rather than send a truncated file. The same
/// holds when one <see cref="FilePart"/> is passed to a second call.
/// </remarks>
public sealed class FilePart
{
    // Not the caller's stream: a lock on an object the caller holds could meet the caller's own.
    private readonly object _gate = new();
    private long? _origin;
    private bool _read;

    /// <summary>A file read from <paramref name="content"/>.</summary>
    /// <param name="content">The bytes to send, from the stream's current position. Not disposed by the client.</param>
    /// <param name="fileName">
    /// The file name the part declares, or <see langword="null"/> to send the part's name instead (many servers, ASP.NET
    /// Core's <c>IFormFile</c> among them, only treat a part with a file name as a file). Any text: quotes, line breaks and
    /// non-ASCII characters are encoded as browsers do (RFC 7578, the WHATWG form encoding).
    /// </param>
    /// <param name="contentType">
    /// The part's media type (<c>image/png</c>), or <see langword="null"/> for the one the API description gives, else
    /// <c>application/octet-stream</c>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contentType"/> is not a media type, or <paramref name="content"/> cannot be read.</exception>
    public FilePart(Stream content, string? fileName = null, string? contentType = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        if (!content.CanRead)
        {
            throw new ArgumentException("The stream of a file part must be readable.", nameof(content));
        }

        if (contentType is not null)
        {
            Internal.MultipartFormBuilder.ParseMediaType(contentType, nameof(contentType));
        }

        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>A file holding <paramref name="content"/> (not copied: do not change the array until the call returns).</summary>
    /// <param name="content">The bytes to send.</param>
    /// <param name="fileName">The file name the part declares; see <see cref="FilePart(Stream, string?, string?)"/>.</param>
    /// <param name="contentType">The part's media type; see <see cref="FilePart(Stream, string?, string?)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contentType"/> is not a media type.</exception>
    public FilePart(byte[] content, string? fileName = null, string? contentType = null)
        : this(new MemoryStream(content ?? throw new ArgumentNullException(nameof(content)), writable: false), fileName, contentType)
    {
    }

    /// <summary>The bytes to send, read from the stream's position when the request is sent.</summary>
    public Stream Content { get; }

    /// <summary>The file name the part declares, or <see langword="null"/> for the part's name.</summary>
    public string? FileName { get; }

    /// <summary>The part's media type, or <see langword="null"/> for the API description's (else <c>application/octet-stream</c>).</summary>
    public string? ContentType { get; }

    /// <summary>The stream, positioned where the first send of this file started (rewound for every later send).</summary>
    internal Stream Open()
    {
        lock (_gate)
        {
            if (!_read)
            {
                _read = true;
                _origin = Content.CanSeek ? Content.Position : null;
            }
            else if (_origin is { } origin)
            {
                Content.Position = origin;
            }
            else
            {
                throw new InvalidOperationException("The request must be sent again, but the stream of the file part cannot seek back to its start; the file was not sent again.");
            }

            return Content;
        }
    }
}
