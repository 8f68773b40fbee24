using System.Net.Http.Headers;

namespace SdkGen.Runtime;

/// <summary>
/// The body of a binary response (a recording, an image, a file), read from the network as the caller reads it: never
/// buffered whole, so a large download costs no more memory than the caller's own buffer. Dispose it (it owns the
/// HTTP response and its connection).
/// </summary>
public sealed class ResponseStream : Stream
{
    private readonly HttpResponseMessage _response;
    private readonly Stream _content;

    private ResponseStream(HttpResponseMessage response, Stream content)
    {
        _response = response;
        _content = content;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode => (int)_response.StatusCode;

    /// <summary>The response's <c>Content-Type</c>, for example <c>audio/wav</c>; null when the service sent none.</summary>
    public string? ContentType => _response.Content?.Headers.ContentType?.ToString();

    /// <summary>The response's <c>Content-Length</c>, when the service sent one.</summary>
    public long? ContentLength => _response.Content?.Headers.ContentLength;

    /// <summary>The response headers (not the content headers), for example <c>ETag</c>.</summary>
    public HttpResponseHeaders Headers => _response.Headers;

    /// <inheritdoc/>
    public override bool CanRead => _content.CanRead;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException("A response stream has no length; see ContentLength.");

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException("A response stream cannot seek.");
        set => throw new NotSupportedException("A response stream cannot seek.");
    }

    /// <summary>Takes ownership of <paramref name="response"/> and opens its body for reading. Used by generated code.</summary>
    /// <param name="response">A response read with <see cref="HttpCompletionOption.ResponseHeadersRead"/>.</param>
    /// <param name="cancellationToken">Cancels opening the body.</param>
    /// <returns>The stream; disposing it disposes <paramref name="response"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static async Task<ResponseStream> OpenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        // A handler that answers at once never looks at the token: honour it here, before handing anything over.
        cancellationToken.ThrowIfCancellationRequested();

        // Null on .NET Framework and netstandard2.0 platforms when there is no body.
        if (response.Content is null)
        {
            return new ResponseStream(response, new MemoryStream(Array.Empty<byte>(), writable: false));
        }

#if NET
        Stream content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        Stream content = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        return new ResponseStream(response, content);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => _content.Read(buffer, offset, count);

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _content.ReadAsync(buffer, offset, count, cancellationToken);

#if NET
    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => _content.Read(buffer);

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _content.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        await _content.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
        await base.DisposeAsync().ConfigureAwait(false);
    }
#endif

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A response stream cannot seek.");

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException("A response stream cannot be written.");

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A response stream cannot be written.");

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _content.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }
}
