namespace SdkGen.Simulator;

/// <summary>
/// Where <see cref="FaultKind.Hold"/> and <see cref="FaultKind.HoldAnswer"/> requests wait: a test learns that a
/// request arrived (<see cref="WaitForArrivalAsync"/>) and lets every held request go on (<see cref="Release"/>), so
/// "in flight" is a fact, not a timing. Thread-safe.
/// </summary>
public sealed class RequestGate
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _arrived;

    /// <summary>How many requests reached the gate so far.</summary>
    public int Arrived
    {
        get
        {
            lock (_gate)
            {
                return _arrived;
            }
        }
    }

    /// <summary>Whether <see cref="Release"/> was called.</summary>
    public bool IsReleased => _released.Task.IsCompleted;

    /// <summary>Completes once <paramref name="count"/> requests reached the gate.</summary>
    /// <param name="count">How many arrivals to wait for (default 1).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes on arrival.</returns>
    public Task WaitForArrivalAsync(int count = 1, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (_arrived >= count)
            {
                return Task.CompletedTask;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Lets every held request — and any that arrives later — go on.</summary>
    public void Release() => _released.TrySetResult();

    internal Task EnterAsync()
    {
        List<TaskCompletionSource> wake = [];
        lock (_gate)
        {
            _arrived++;
            foreach (var waiter in _waiters.Where(w => w.Count <= _arrived).ToArray())
            {
                wake.Add(waiter.Done);
                _waiters.Remove(waiter);
            }
        }

        foreach (var done in wake)
        {
            done.TrySetResult();
        }

        return _released.Task;
    }
}
