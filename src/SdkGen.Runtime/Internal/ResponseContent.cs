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
