namespace SdkGen.Runtime.Internal;

/// <summary>
/// What a response body read needs once it has to wait for the network: a deadline (the <see cref="HttpClient.Timeout"/>,
/// which with <see cref="HttpCompletionOption.ResponseHeadersRead"/> stops at the headers) and the stream's disposal when
/// the caller cancels or the deadline passes, which aborts a read that ignores its token.
/// </summary>
/// <remarks>
/// Started lazily, at the first read that does not complete at once: a timer and two registrations per call were a
/// tenth of a small call's time, and a body that arrives with the headers never waits. The deadline then counts from
/// the first wait, not from the first read; what ran before it did not wait for anything.
/// </remarks>
internal sealed class ResponseBodyWait : IDisposable
{
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _deadline;
    private CancellationTokenRegistration _disposal;

    /// <summary>Starts the deadline, if any; <see cref="Watch"/> then ties the stream to it.</summary>
    /// <param name="timeout">The deadline, or <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    internal ResponseBodyWait(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _caller = cancellationToken;
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _deadline.CancelAfter(timeout);
        }
    }

    /// <summary>Canceled when the caller cancels or the deadline passes: the token for the reads that follow.</summary>
    internal CancellationToken Token => _deadline?.Token ?? _caller;

    /// <summary>Whether the deadline passed while the caller had not canceled.</summary>
    internal bool TimedOut => _deadline is { IsCancellationRequested: true } && !_caller.IsCancellationRequested;

    /// <summary>Starts waiting for <paramref name="stream"/> unless <paramref name="wait"/> already has.</summary>
    internal static void Start(ref ResponseBodyWait? wait, TimeSpan timeout, CancellationToken cancellationToken, Stream stream)
    {
        if (wait is null)
        {
            wait = new ResponseBodyWait(timeout, cancellationToken);
            wait.Watch(stream);
        }
    }

    /// <summary>Disposes <paramref name="stream"/> when <see cref="Token"/> is canceled (at once if it already is).</summary>
    internal void Watch(Stream stream)
    {
        if (Token.CanBeCanceled)
        {
            _disposal = Token.Register(static s => ((Stream)s!).Dispose(), stream);
        }
    }

    public void Dispose()
    {
        _disposal.Dispose();
        _deadline?.Dispose();
    }
}
