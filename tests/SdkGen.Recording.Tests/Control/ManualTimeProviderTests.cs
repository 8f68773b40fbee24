using SdkGen.Recording.Tests.Control.Infrastructure;

namespace SdkGen.Recording.Tests.Control;

/// <summary>The test clock itself: the retry tests are only as deterministic as it is.</summary>
public sealed class ManualTimeProviderTests
{
    [Fact]
    public async Task Task_Delay_completes_only_when_the_clock_reaches_its_due_time()
    {
        var clock = new ManualTimeProvider();

        Task delay = Task.Delay(TimeSpan.FromSeconds(2), clock);
        ManualTimeProvider.ScheduledTimer timer = await clock.WaitForTimerAsync(t => true);
        Assert.Equal(TimeSpan.FromSeconds(2), timer.DueTime);
        Assert.Equal(clock.Start, timer.ScheduledAt);

        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(delay.IsCompleted);
        Assert.True(timer.IsPending);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await delay;
        Assert.False(timer.IsPending);
        Assert.Equal(clock.Start + TimeSpan.FromSeconds(2), clock.GetUtcNow());
    }

    [Fact]
    public void Timers_fire_in_due_order_and_periodic_ones_repeatedly()
    {
        var clock = new ManualTimeProvider();
        var fired = new List<string>();
        using ITimer late = clock.CreateTimer(_ => fired.Add("late@" + clock.GetUtcNow().Second), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using ITimer every = clock.CreateTimer(_ => fired.Add("every@" + clock.GetUtcNow().Second), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));

        clock.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(["every@2", "every@4", "late@5", "every@6"], fired);
    }

    [Fact]
    public void A_disposed_or_rescheduled_timer_does_not_fire_at_its_old_time()
    {
        var clock = new ManualTimeProvider();
        int disposedFired = 0, movedFired = 0;
        ITimer disposed = clock.CreateTimer(_ => disposedFired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using ITimer moved = clock.CreateTimer(_ => movedFired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        disposed.Dispose();
        Assert.True(moved.Change(TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal((0, 0), (disposedFired, movedFired));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((0, 1), (disposedFired, movedFired));
        Assert.False(disposed.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public void A_CancellationTokenSource_on_the_clock_cancels_when_the_clock_passes_its_delay()
    {
        var clock = new ManualTimeProvider();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10), clock);

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(cts.IsCancellationRequested);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(cts.IsCancellationRequested);
    }

    [Fact]
    public void Timestamps_follow_the_clock_exactly()
    {
        var clock = new ManualTimeProvider();
        long start = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromMilliseconds(1234));

        Assert.Equal(TimeSpan.FromMilliseconds(1234), clock.GetElapsedTime(start));
    }

    [Fact]
    public async Task Waiting_for_a_timer_that_is_already_scheduled_returns_at_once()
    {
        var clock = new ManualTimeProvider();
        using ITimer timer = clock.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);

        ManualTimeProvider.ScheduledTimer found = await clock.WaitForTimerAsync(t => t.DueTime == TimeSpan.FromSeconds(3));

        Assert.True(found.IsPending);
        Assert.Single(clock.Pending);
    }
}
