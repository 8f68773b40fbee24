namespace SdkGen.Recording.Tests.Control.Infrastructure;

/// <summary>
/// A clock that only moves when the test says so (<see cref="Advance"/>). Timers created through it fire when the
/// clock passes their due time, on the thread that calls <see cref="Advance"/>. Tests wait for "a timer was
/// scheduled" with <see cref="WaitForTimerAsync"/> instead of sleeping.
/// </summary>
/// <remarks>
/// Written here because Microsoft.Extensions.TimeProvider.Testing is not available. Thread-safe. Timestamps tick
/// with the clock (<see cref="TimestampFrequency"/> = <see cref="TimeSpan.TicksPerSecond"/>), so elapsed times
/// measured through it are exact.
/// </remarks>
public sealed class ManualTimeProvider : TimeProvider
{
    /// <summary>How long <see cref="WaitForTimerAsync"/> waits, in real time, before failing the test instead of hanging.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(Func<ScheduledTimer, bool> Match, TaskCompletionSource<ScheduledTimer> Done)> _waiters = [];
    private readonly List<ScheduledTimer> _history = [];
    private DateTimeOffset _now;

    /// <summary>Starts at <paramref name="start"/> (default 2025-01-01 00:00 UTC).</summary>
    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Start = _now;
    }

    /// <summary>The time the clock started at.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Every schedule so far (creation with a finite due time, or <c>Change</c> to one), oldest first.</summary>
    public IReadOnlyList<ScheduledTimer> History
    {
        get
        {
            lock (_gate)
            {
                return _history.ToArray();
            }
        }
    }

    /// <summary>Timers that are scheduled and have not fired or been disposed.</summary>
    public IReadOnlyList<ScheduledTimer> Pending
    {
        get
        {
            lock (_gate)
            {
                return _timers.Where(t => t.Due is not null).Select(t => t.Current!).ToArray();
            }
        }
    }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override long GetTimestamp() => (GetUtcNow() - Start).Ticks;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Moves the clock forward and fires, in due order, every timer whose due time is passed (periodic ones as
    /// often as they fall due). Callbacks run on this thread.
    /// </summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due is { } due && due <= target).MinBy(t => t.Due);
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.Due!.Value;
                next.Fired();
            }

            next.Invoke();
        }
    }

    /// <summary>
    /// Returns the first pending timer that matches, or waits (in real time, at most <see cref="WaitLimit"/>)
    /// until one is scheduled.
    /// </summary>
    public async Task<ScheduledTimer> WaitForTimerAsync(Func<ScheduledTimer, bool> match)
    {
        TaskCompletionSource<ScheduledTimer> done;
        lock (_gate)
        {
            ScheduledTimer? found = _timers.Where(t => t.Due is not null).Select(t => t.Current!).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            done = new TaskCompletionSource<ScheduledTimer>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(WaitLimit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("No matching timer was scheduled within " + WaitLimit + ". Scheduled so far: "
                + string.Join(", ", History.Select(h => h.DueTime)));
        }
        finally
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }
        }
    }

    private void Scheduled(ManualTimer timer, ScheduledTimer schedule)
    {
        List<TaskCompletionSource<ScheduledTimer>> wake = [];
        lock (_gate)
        {
            _history.Add(schedule);
            foreach (var waiter in _waiters.Where(w => w.Match(schedule)).ToArray())
            {
                wake.Add(waiter.Done);
                _waiters.Remove(waiter);
            }
        }

        foreach (var done in wake)
        {
            done.TrySetResult(schedule);
        }
    }

    private void Removed(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>One scheduling of a timer: when it was asked for, for how long, and whether it has fired since.</summary>
    public sealed class ScheduledTimer
    {
        private readonly ManualTimer _timer;

        internal ScheduledTimer(ManualTimer timer, DateTimeOffset scheduledAt, TimeSpan dueTime, TimeSpan period)
        {
            _timer = timer;
            ScheduledAt = scheduledAt;
            DueTime = dueTime;
            Period = period;
        }

        /// <summary>The clock's time when the timer was scheduled.</summary>
        public DateTimeOffset ScheduledAt { get; }

        /// <summary>How long after <see cref="ScheduledAt"/> it is due.</summary>
        public TimeSpan DueTime { get; }

        /// <summary>The period (<see cref="Timeout.InfiniteTimeSpan"/> for one-shot timers).</summary>
        public TimeSpan Period { get; }

        /// <summary>Whether this schedule is still the timer's current one and has not fired or been cancelled.</summary>
        public bool IsPending => _timer.IsCurrent(this);
    }

    internal sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        // Guarded by the owner's lock.
        internal DateTimeOffset? Due { get; private set; }

        internal TimeSpan Period { get; private set; } = Timeout.InfiniteTimeSpan;

        internal ScheduledTimer? Current { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            ScheduledTimer? schedule = null;
            lock (owner._gate)
            {
                if (_disposed)
                {
                    return false;
                }

                Period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    Due = null;
                    Current = null;
                }
                else
                {
                    ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                    Due = owner._now + dueTime;
                    Current = schedule = new ScheduledTimer(this, owner._now, dueTime, period);
                }
            }

            if (schedule is not null)
            {
                owner.Scheduled(this, schedule);
                if (dueTime == TimeSpan.Zero)
                {
                    // Due now: fire at once, as a real timer would, without waiting for the clock to move.
                    owner.Advance(TimeSpan.Zero);
                }
            }

            return true;
        }

        internal bool IsCurrent(ScheduledTimer schedule)
        {
            lock (owner._gate)
            {
                return Current == schedule && Due is not null;
            }
        }

        // Called under the owner's lock when the timer falls due.
        internal void Fired()
        {
            if (Period > TimeSpan.Zero && Period != Timeout.InfiniteTimeSpan)
            {
                Due = Due!.Value + Period;
            }
            else
            {
                Due = null;
                Current = null;
            }
        }

        internal void Invoke() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                _disposed = true;
                Due = null;
                Current = null;
            }

            owner.Removed(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
