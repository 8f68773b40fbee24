using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// Retries through Polly against injected faults, on a <see cref="ManualTimeProvider"/>: the test waits until the
/// retry delay is scheduled, checks it, and moves the clock — no sleeping.
/// </summary>
public sealed class RetryTests
{
    // Distinct from any retry delay, so a test can tell the timeout timers from the retry delay timer.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(41);
    private static readonly TimeSpan OverallTimeout = TimeSpan.FromSeconds(97);

    public static TheoryData<RecordingVendor> Vendors => new(ControlHarness.AllVendors);

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_503_with_Retry_After_is_retried_after_exactly_that_delay(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries: 3));
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, 1, retryAfterSeconds: 2);

        Task<RecordingState> pause = control.PauseAsync(call);
        ManualTimeProvider.ScheduledTimer delay = await clock.WaitForTimerAsync(IsRetryDelay);

        Assert.Equal(TimeSpan.FromSeconds(2), delay.DueTime);
        Assert.Equal(1, harness.OperationRequests(vendor));
        Assert.False(pause.IsCompleted);

        // Not a tick before Retry-After allows.
        clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.True(delay.IsPending);
        Assert.Equal(1, harness.OperationRequests(vendor));

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(RecordingState.Paused, await pause);

        Assert.Equal(2, harness.OperationRequests(vendor));
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
        Assert.Equal(1, harness.RecordingOf(vendor, call).AcceptedUpdates);

        // One logical call: one success line, measured on the manual clock (2 s exactly), after one retry line.
        Assert.Single(harness.Logs.Entries, e => e.EventId.Name == "RecordingOperationRetrying");
        LogEntry done = Assert.Single(harness.Logs.Entries, e => e.EventId.Name == "RecordingOperationSucceeded");
        Assert.Equal(2000L, done.Value("ElapsedMs"));
    }

    [Fact]
    public async Task The_retry_log_line_names_the_status_and_the_delay()
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(RecordingVendor.Twilio, Settings(clock, maxRetries: 3));
        CallReference call = harness.AddCall(RecordingVendor.Twilio);
        harness.FailOperations(RecordingVendor.Twilio, 1, retryAfterSeconds: 2);

        Task<RecordingState> pause = control.PauseAsync(call);
        clock.Advance((await clock.WaitForTimerAsync(IsRetryDelay)).DueTime);
        await pause;

        LogEntry retry = Assert.Single(harness.Logs.Entries, e => e.EventId.Name == "RecordingOperationRetrying");
        Assert.Equal(LogLevel.Information, retry.Level);
        Assert.Equal("HTTP 503 20503", retry.Value("Status"));
        Assert.Equal(2000d, retry.Value("DelayMs"));
        Assert.Equal("Twilio Pause call " + call.CallId + ": attempt 1 failed; retrying in 2000 ms (HTTP 503 20503)", retry.Message);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_429_with_Retry_After_is_retried(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries: 3));
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, 1, retryAfterSeconds: 5, FaultKind.TooManyRequests);

        Task<RecordingState> pause = control.PauseAsync(call);
        ManualTimeProvider.ScheduledTimer delay = await clock.WaitForTimerAsync(IsRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), delay.DueTime);
        clock.Advance(delay.DueTime);

        Assert.Equal(RecordingState.Paused, await pause);
        Assert.Equal(2, harness.OperationRequests(vendor));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Retry_After_longer_than_MaxDelay_fails_at_once_naming_the_delay(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries: 3, maxDelay: TimeSpan.FromSeconds(3)));
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, 1, retryAfterSeconds: 600);

        var ex = await Assert.ThrowsAsync<RecordingServiceUnavailableException>(() => control.PauseAsync(call));

        // Never sooner than asked: not retried at all, and the message names both delays.
        Assert.Equal(TimeSpan.FromSeconds(600), ex.RetryAfter);
        Assert.Contains("after 600 s", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(3 s", ex.Message, StringComparison.Ordinal);
        Assert.Equal(503, ex.Status);
        Assert.Equal(1, harness.OperationRequests(vendor));
        Assert.DoesNotContain(clock.History, IsRetryDelay);
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
    }

    [Fact]
    public async Task Retry_After_longer_than_what_is_left_of_the_deadline_fails_at_once()
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(RecordingVendor.Twilio, new ControlSettings
        {
            Time = clock,
            Resilience = r =>
            {
                r.MaxRetries = 3;
                r.MaxDelay = TimeSpan.FromSeconds(90);
                r.AttemptTimeout = AttemptTimeout;
                r.OverallTimeout = OverallTimeout;
            },
        });
        CallReference call = harness.AddCall(RecordingVendor.Twilio);
        harness.FailOperations(RecordingVendor.Twilio, 1, retryAfterSeconds: 98);

        var ex = await Assert.ThrowsAsync<RecordingServiceUnavailableException>(() => control.PauseAsync(call));

        Assert.Equal(TimeSpan.FromSeconds(98), ex.RetryAfter);
        Assert.Equal(1, harness.OperationRequests(RecordingVendor.Twilio));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task The_wait_is_the_longer_of_the_backoff_and_Retry_After(int retryAfterSeconds)
    {
        // Retry-After: 0 must not turn into a retry storm: the back-off still applies.
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(RecordingVendor.Twilio, Settings(clock, maxRetries: 3, baseDelay: TimeSpan.FromMilliseconds(700)));
        CallReference call = harness.AddCall(RecordingVendor.Twilio);
        harness.FailOperations(RecordingVendor.Twilio, 2, retryAfterSeconds: retryAfterSeconds);

        Task<RecordingState> pause = control.PauseAsync(call);
        ManualTimeProvider.ScheduledTimer first = await clock.WaitForTimerAsync(IsRetryDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(Math.Max(700, retryAfterSeconds * 1000)), first.DueTime);
        clock.Advance(first.DueTime);
        ManualTimeProvider.ScheduledTimer second = await clock.WaitForTimerAsync(t => IsRetryDelay(t) && t != first);
        Assert.Equal(TimeSpan.FromMilliseconds(1400), second.DueTime);
        clock.Advance(second.DueTime);

        Assert.Equal(RecordingState.Paused, await pause);
        Assert.Equal(3, harness.OperationRequests(RecordingVendor.Twilio));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_401_is_not_retried(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries: 3) with { WrongCredentials = true });
        CallReference call = harness.AddCall(vendor);

        await Assert.ThrowsAsync<RecordingAuthenticationException>(() => control.PauseAsync(call));

        // Genesys: the refused request is the CometD handshake, before the operation.
        Assert.Equal(1, harness.State.GetRequestCount(ControlHarness.Sim(vendor)));
        Assert.DoesNotContain(clock.History, IsRetryDelay);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task When_retries_run_out_the_last_503_is_RecordingServiceUnavailableException(RecordingVendor vendor)
    {
        const int maxRetries = 2;
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries));
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, maxRetries + 2, retryAfterSeconds: 1);

        Task<RecordingState> pause = control.PauseAsync(call);
        for (int retry = 1; retry <= maxRetries; retry++)
        {
            ManualTimeProvider.ScheduledTimer delay = await clock.WaitForTimerAsync(IsRetryDelay);
            Assert.Equal(retry, harness.OperationRequests(vendor));
            Assert.Equal(TimeSpan.FromSeconds(1), delay.DueTime);
            clock.Advance(delay.DueTime);
        }

        var ex = await Assert.ThrowsAsync<RecordingServiceUnavailableException>(() => pause);

        Assert.Equal(vendor, ex.Vendor);
        Assert.Equal(503, ex.Status);
        Assert.Equal(vendor switch
        {
            RecordingVendor.Bandwidth => "error",
            RecordingVendor.Genesys => "4",
            _ => "20503",
        }, ex.VendorCode);
        Assert.Equal(maxRetries + 1, harness.OperationRequests(vendor));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        Assert.Equal(1, harness.Simulator.Faults.PendingCount);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task With_retries_off_a_503_fails_at_once(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries: 0));
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, 1, retryAfterSeconds: 1);

        var ex = await Assert.ThrowsAsync<RecordingServiceUnavailableException>(() => control.PauseAsync(call));

        Assert.Equal(503, ex.Status);
        Assert.Equal(1, harness.OperationRequests(vendor));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Without_Retry_After_the_backoff_stays_within_BaseDelay_and_MaxDelay(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries: 1, baseDelay: TimeSpan.FromSeconds(1), maxDelay: TimeSpan.FromSeconds(4)));
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, 1, retryAfterSeconds: null);

        Task<RecordingState> pause = control.PauseAsync(call);
        ManualTimeProvider.ScheduledTimer delay = await clock.WaitForTimerAsync(IsRetryDelay);

        // Exponential with jitter around BaseDelay for the first retry; never above MaxDelay.
        Assert.InRange(delay.DueTime, TimeSpan.Zero, TimeSpan.FromSeconds(4));
        clock.Advance(delay.DueTime);
        Assert.Equal(RecordingState.Paused, await pause);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task An_attempt_slower_than_AttemptTimeout_is_abandoned_and_retried(RecordingVendor vendor)
    {
        // Real time with small numbers: HttpClient on a manual clock would need the test to drive its socket too.
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings
        {
            Resilience = r =>
            {
                r.MaxRetries = 1;
                r.BaseDelay = TimeSpan.Zero;
                r.AttemptTimeout = TimeSpan.FromSeconds(1);
                r.OverallTimeout = TimeSpan.FromSeconds(10);
            },
        });
        CallReference call = harness.AddCall(vendor);
        harness.Simulator.Faults.Add(new FaultRule(FaultKind.Delay)
        {
            Vendor = ControlHarness.Sim(vendor),
            PathContains = ControlHarness.OperationPath(vendor),
            Delay = TimeSpan.FromSeconds(30),
        });
        var watch = Stopwatch.StartNew();

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "the slow attempt was abandoned, not waited for: " + watch.Elapsed);
        Assert.Equal(2, harness.OperationRequests(vendor));
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
        LogEntry retry = Assert.Single(harness.Logs.Entries, e => e.EventId.Name == "RecordingOperationRetrying");
        Assert.Contains("TimeoutRejectedException", retry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task When_every_attempt_is_too_slow_the_result_is_uncertain(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings
        {
            Resilience = r =>
            {
                r.MaxRetries = 1;
                r.BaseDelay = TimeSpan.Zero;
                r.AttemptTimeout = TimeSpan.FromMilliseconds(300);
                r.OverallTimeout = TimeSpan.FromSeconds(10);
            },
        });
        CallReference call = harness.AddCall(vendor);
        harness.Simulator.Faults.Add(new FaultRule(FaultKind.Delay)
        {
            Count = 2,
            Vendor = ControlHarness.Sim(vendor),
            PathContains = ControlHarness.OperationPath(vendor),
            Delay = TimeSpan.FromSeconds(30),
        });

        // The requests reached the vendor and no answer came back: whether they took effect is unknown.
        var ex = await Assert.ThrowsAsync<RecordingStateUncertainException>(() => control.PauseAsync(call));

        Assert.Null(ex.Status);
        Assert.Equal(RecordingUncertainty.AnswerLost, ex.Uncertainty);
        Assert.IsType<RecordingServiceUnavailableException>(ex.InnerException);
        Assert.Equal(2, harness.OperationRequests(vendor));
        Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Error && e.EventId.Name == "RecordingStateUncertain");
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task The_callers_cancellation_stops_the_retries(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, Settings(clock, maxRetries: 3));
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, 1, retryAfterSeconds: 2);
        using var cts = new CancellationTokenSource();

        Task<RecordingState> pause = control.PauseAsync(call, cts.Token);
        await clock.WaitForTimerAsync(IsRetryDelay);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pause);
        Assert.Equal(1, harness.OperationRequests(vendor));
    }

    [Theory]
    [InlineData(RecordingVendor.Bandwidth)]
    [InlineData(RecordingVendor.Twilio)]
    [InlineData(RecordingVendor.SignalWire)]
    public async Task A_lost_answer_is_retried_safely(RecordingVendor vendor)
    {
        // The vendor paused, the answer never arrived, the retry asks again: idempotent vendors answer success.
        await using var harness = await ControlHarness.StartAsync();
        InterceptingHandler? handler = null;
        IRecordingControl control = harness.Create(vendor, new ControlSettings
        {
            Resilience = r => r.BaseDelay = TimeSpan.Zero,
            Interceptor = () => handler = new InterceptingHandler { LoseAnswerOfPathContaining = ControlHarness.OperationPath(vendor) },
        });
        CallReference call = harness.AddCall(vendor);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));

        Assert.Equal(1, handler!.LostAnswers);
        Assert.Equal(2, harness.OperationRequests(vendor));
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
    }

    [Fact]
    public async Task Genesys_a_lost_answer_after_the_pause_was_accepted_still_reports_Paused()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Genesys, new ControlSettings
        {
            Resilience = r => r.BaseDelay = TimeSpan.Zero,
            Interceptor = () => new InterceptingHandler { LoseAnswerOfPathContaining = ControlHarness.OperationPath(RecordingVendor.Genesys) },
        });
        CallReference call = harness.AddCall(RecordingVendor.Genesys);

        // RecordingResilienceOptions promises "sending one again after a lost answer is safe".
        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(RecordingVendor.Genesys, call));
    }

    [Fact]
    public async Task Genesys_a_503_on_the_CometD_handshake_is_retried_after_its_Retry_After()
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(RecordingVendor.Genesys, Settings(clock, maxRetries: 3));
        CallReference call = harness.AddCall(RecordingVendor.Genesys);
        harness.Simulator.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable)
        {
            Vendor = SimulatedVendor.Genesys,
            PathContains = "/api/v2/notifications",
            RetryAfterSeconds = 2,
        });

        Task<RecordingState> pause = control.PauseAsync(call);
        ManualTimeProvider.ScheduledTimer delay = await clock.WaitForTimerAsync(IsRetryDelay);
        Assert.Equal(0, harness.OperationRequests(RecordingVendor.Genesys));
        Assert.True(delay.DueTime >= TimeSpan.FromSeconds(2), "the CometD 503 asked for Retry-After: 2, the retry was scheduled after " + delay.DueTime);
        clock.Advance(delay.DueTime);

        Assert.Equal(RecordingState.Paused, await pause);
        Assert.Equal(1, harness.OperationRequests(RecordingVendor.Genesys));
    }

    private static ControlSettings Settings(ManualTimeProvider clock, int maxRetries, TimeSpan? maxDelay = null, TimeSpan? baseDelay = null) => new()
    {
        Time = clock,
        Resilience = r =>
        {
            r.MaxRetries = maxRetries;
            r.BaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(200);
            r.MaxDelay = maxDelay ?? TimeSpan.FromSeconds(30);
            r.AttemptTimeout = AttemptTimeout;
            r.OverallTimeout = OverallTimeout;
        },
    };

    private static bool IsRetryDelay(ManualTimeProvider.ScheduledTimer timer) =>
        timer.DueTime != AttemptTimeout && timer.DueTime != OverallTimeout;
}
