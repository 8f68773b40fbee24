using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Reads response bodies and headers that generated clients need. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseContent
{
    /// <summary>Reads the whole body.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the read; the content is disposed to abort a pending read where the platform has no cancellable overload.</param>
    /// <returns>The body, or an empty array when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task<byte[]> ReadAsBytesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        // Null on .NET Framework and netstandard2.0 platforms when there is no body.
        HttpContent? content = response.Content;
        if (content is null)
        {
            return Task.FromResult(Array.Empty<byte>());
        }

#if NET
        return content.ReadAsByteArrayAsync(cancellationToken);
#else
        return ReadWithoutTokenOverloadAsync(content, cancellationToken);
#endif
    }

    /// <summary>The default of the generated options' <c>MaxResponseContentLength</c>: 4 MiB, far above any JSON answer of the recording APIs.</summary>
    public const int DefaultMaxContentLength = 4 * 1024 * 1024;

    /// <summary>The most of an error body (a non-2xx status) that is read: enough for any JSON error, and its text is kept in the exception.</summary>
    public const int MaxErrorContentLength = 64 * 1024;

    private const int ChunkSize = 16 * 1024;

    /// <summary>
    /// Reads the body of a response received with <see cref="HttpCompletionOption.ResponseHeadersRead"/>, never buffering more
    /// than <paramref name="maxLength"/> bytes: a successful body past it (declared by <c>Content-Length</c> or as it streams)
    /// is an <see cref="ApiResponseTooLargeException"/>; an error body is cut at <see cref="MaxErrorContentLength"/> (or
    /// <paramref name="maxLength"/> when smaller) so its status still surfaces as the service's error.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="maxLength">The largest body read, in bytes.</param>
    /// <param name="serviceName">The service's name, for the exception.</param>
    /// <param name="timeout">
    /// How long reading the body may take, usually the <see cref="HttpClient.Timeout"/> of the client that sent the
    /// request: with <see cref="HttpCompletionOption.ResponseHeadersRead"/> that timeout stops at the headers, so a body
    /// that trickles in would otherwise be waited for indefinitely. <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// </param>
    /// <param name="cancellationToken">Cancels the read; the stream is disposed to abort a read the platform cannot cancel.</param>
    /// <returns>The body (possibly cut, for an error), or an empty array when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is not positive.</exception>
    /// <exception cref="ApiResponseTooLargeException">A successful body is larger than <paramref name="maxLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="TaskCanceledException">The body was not read within <paramref name="timeout"/> (its inner exception is a <see cref="TimeoutException"/>, as HttpClient's own).</exception>
    public static async Task<byte[]> ReadAsBytesAsync(HttpResponseMessage response, int maxLength, string serviceName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return await ReadAsBytesAsync(response, maxLength, serviceName, cancellationToken).ConfigureAwait(false);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            return await ReadAsBytesAsync(response, maxLength, serviceName, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TaskCanceledException(
                "The response body was not read within the HttpClient.Timeout of " + timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " seconds.",
                new TimeoutException(ex.Message, ex));
        }
    }

    /// <inheritdoc cref="ReadAsBytesAsync(HttpResponseMessage, int, string, TimeSpan, CancellationToken)"/>
    public static async Task<byte[]> ReadAsBytesAsync(HttpResponseMessage response, int maxLength, string serviceName, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        if (maxLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "The response size limit must be positive.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        HttpContent? content = response.Content;
        if (content is null)
        {
            return Array.Empty<byte>();
        }

        int status = (int)response.StatusCode;
        bool success = status >= 200 && status < 300;
        int limit = success ? maxLength : Math.Min(maxLength, MaxErrorContentLength);
        long? declared = content.Headers.ContentLength;
        if (success && declared > limit)
        {
            throw new ApiResponseTooLargeException(serviceName, status, response.ReasonPhrase, limit, declared);
        }

#if NET
        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using (stream)
        using (cancellationToken.Register(static s => ((Stream)s!).Dispose(), stream))
        {
            try
            {
                return await ReadCappedAsync(stream, limit, declared, success, serviceName, response, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
            {
                // The registration disposed the stream under a pending read.
                throw new OperationCanceledException("The response body was not read: the operation was canceled.", ex, cancellationToken);
            }
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Stream stream, int limit, long? declared, bool success, string serviceName, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Sized by Content-Length when it is within the limit, so a lying header cannot make us allocate more.
        var body = new MemoryStream(declared is { } length && length <= limit ? (int)length : Math.Min(limit, ChunkSize));
        byte[] chunk = new byte[Math.Min(ChunkSize, limit + 1)];
        while (true)
        {
            // One byte more than the limit allows tells "exactly at the limit" from "past it" without reading on.
            int wanted = (int)Math.Min(chunk.Length, limit + 1L - body.Length);
            int read = await stream.ReadAsync(chunk, 0, wanted, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return body.ToArray();
            }

            if (body.Length + read > limit)
            {
                if (success)
                {
                    throw new ApiResponseTooLargeException(serviceName, (int)response.StatusCode, response.ReasonPhrase, limit, declared);
                }

                body.Write(chunk, 0, (int)(limit - body.Length));
                return body.ToArray();
            }

            body.Write(chunk, 0, read);
        }
    }

    /// <summary>Reads <paramref name="content"/> where <c>ReadAsByteArrayAsync</c> takes no token.</summary>
    internal static async Task<byte[]> ReadWithoutTokenOverloadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Task<byte[]> read = content.ReadAsByteArrayAsync();
        if (!cancellationToken.CanBeCanceled || read.IsCompleted)
        {
            return await read.ConfigureAwait(false);
        }

        var canceled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), canceled))
        {
            if (await Task.WhenAny(read, canceled.Task).ConfigureAwait(false) == read)
            {
                return await read.ConfigureAwait(false);
            }
        }

        // Abort the transfer and observe the read's eventual failure so it is not reported as unobserved.
        _ = read.ContinueWith(
            static t => _ = t.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        content.Dispose();
        throw new OperationCanceledException(cancellationToken);
    }

    /// <summary>
    /// Reads <c>Retry-After</c>: delta-seconds, or an HTTP-date relative to the response's <c>Date</c> header (or now).
    /// </summary>
    /// <param name="response">The response.</param>
    /// <returns>The delay, zero when the date is past, or <see langword="null"/> when absent or malformed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public static TimeSpan? GetRetryAfter(HttpResponseMessage response) => GetRetryAfter(response, DateTimeOffset.UtcNow);

    /// <summary>Reads <c>Retry-After</c>, taking <paramref name="now"/> when the response has no <c>Date</c>.</summary>
    internal static TimeSpan? GetRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        // Malformed values are kept as invalid by HttpHeaders and parse to null here.
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? delay;
        if (retryAfter?.Delta is { } delta)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            delay = date - (response.Headers.Date ?? now);
        }
        else
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
