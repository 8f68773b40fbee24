using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control.Chaos;

/// <summary>
/// The PCI scope under the ways real applications and networks behave, on all four vendors over loopback. Every
/// scenario ends with <see cref="ChaosRun.AssertInvariants"/>: no body ran while the vendor was recording, and no
/// recording is left paused without an exception to the caller and an Error log line.
/// </summary>
public sealed class PciChaosTests
{
    public static TheoryData<RecordingVendor> Vendors => new(ControlHarness.AllVendors);

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Two_overlapping_scopes_keep_the_recording_paused_until_the_last_ends(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);

        SensitiveInputPause first = await run.Control.PauseForSensitiveInputAsync(run.Call, logger: run.Logger);
        run.EnterBody();
        SensitiveInputPause second = await run.Control.PauseForSensitiveInputAsync(run.Call, logger: run.Logger);
        run.EnterBody();

        // Not nested: the first one ends while the second body is still running.
        await first.DisposeAsync();
        run.EnterBody();
        Assert.Equal(SimulatedRecordingStatus.Paused, run.Status);
        await second.DisposeAsync();

        Assert.True(first.OwnsPause);
        Assert.False(second.OwnsPause);
        Assert.Null(first.ResumedState);
        Assert.Equal(RecordingState.Recording, second.ResumedState);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        Assert.Equal(2, run.Harness.OperationRequests(vendor));
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Overlapping_scopes_hold_against_every_response_variation_real_deployments_produce(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        run.Harness.State.Variations = new ResponseVariations
        {
            GenesysOtherNotifications = true,
            GenesysParticipantsAsStrings = true,
            SignalWireLegacyRecording = true,
            ExtraUnknownFields = true,
        };

        for (int round = 0; round < 3; round++)
        {
            Exception?[] outcomes = await Task.WhenAll(run.ScopeAsync(), run.ScopeAsync());

            // SignalWire's legacy body has "duration": null where the spec requires an int32: a generated client that
            // reads strictly cannot read it, and then the only honest answer is "uncertain" (and the pause is undone).
            Assert.All(outcomes, outcome => Assert.True(
                outcome is null || (vendor == RecordingVendor.SignalWire && Mentions<RecordingStateUncertainException>(outcome)),
                outcome?.ToString()));
            Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        }

        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Nested_scopes_pause_once_and_resume_once(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);

        Exception? outcome = await run.ScopeAsync(body: async _ =>
        {
            Assert.Null(await run.ScopeAsync());
            run.EnterBody();
        });

        Assert.Null(outcome);
        Assert.Equal(3, run.Bodies); // the outer body, the inner body, the outer body after the inner scope ended
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        Assert.Equal(2, run.Harness.OperationRequests(vendor));
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_thousand_concurrent_scopes_on_one_call_all_run_paused_and_share_one_pause(RecordingVendor vendor)
    {
        const int scopes = 1000;
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        var gate = new RequestGate();
        run.Fault(FaultKind.HoldAnswer, gate: gate);
        var allInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int inside = 0;

        // Every body waits until all thousand are inside at once: the overlap is total, not a matter of timing.
        Task<Exception?>[] callers = Enumerable.Range(0, scopes).Select(_ => Task.Run(() => run.ScopeAsync(body: async _ =>
        {
            if (Interlocked.Increment(ref inside) == scopes)
            {
                allInside.SetResult();
            }

            await allInside.Task;
            run.EnterBody();
        }))).ToArray();

        await gate.WaitForArrivalAsync();
        Assert.Equal(0, run.Bodies);
        gate.Release();
        Exception?[] outcomes = await Task.WhenAll(callers);

        Assert.All(outcomes, Assert.Null);
        Assert.Equal(2 * scopes, run.Bodies);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        Assert.Equal(2, run.Harness.OperationRequests(vendor));
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_scope_starting_while_the_resume_is_in_flight_waits_for_it_and_pauses_afresh(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        SensitiveInputPause first = await run.Control.PauseForSensitiveInputAsync(run.Call, logger: run.Logger);
        run.EnterBody();
        RequestGate resume = run.Harness.Simulator.Faults.HoldNext(1, ControlHarness.Sim(vendor), ControlHarness.OperationPath(vendor));

        Task ending = first.DisposeAsync().AsTask();
        await resume.WaitForArrivalAsync();
        Task<Exception?> second = run.ScopeAsync();

        // The new scope must not send its pause while the resume is in flight: the two could reach the vendor in
        // either order. (A wrong implementation is caught when its pause arrives before this check.)
        await Task.Yield();
        Assert.False(second.IsCompleted);
        Assert.Equal(2, run.Harness.OperationRequests(vendor));
        resume.Release();
        await ending;

        Assert.Null(await second);
        Assert.Equal(2, run.Bodies);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        Assert.Equal(4, run.Harness.OperationRequests(vendor));
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_scope_joining_a_pause_in_flight_waits_for_it_and_fails_when_it_fails(RecordingVendor vendor)
    {
        var clock = new ManualTimeProvider();
        await using ChaosRun run = await ChaosRun.StartAsync(vendor, maxRetries: 1, time: clock);
        run.Harness.FailOperations(vendor, 2, retryAfterSeconds: 1);

        Task<Exception?> first = run.ScopeAsync();
        await clock.WaitForTimerAsync(t => t.DueTime == TimeSpan.FromSeconds(1));
        Task<Exception?> second = run.ScopeAsync();
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.IsType<RecordingServiceUnavailableException>(await first);
        Assert.IsType<RecordingServiceUnavailableException>(await second);
        Assert.Equal(0, run.Bodies);
        Assert.Equal(2, run.Harness.OperationRequests(vendor));
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Cancelled_before_send_is_a_plain_cancellation_and_nothing_is_sent(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Assert.IsAssignableFrom<OperationCanceledException>(await run.ScopeAsync(cts.Token));

        Assert.Equal(0, run.Harness.State.GetRequestCount(ControlHarness.Sim(vendor)));
        Assert.Equal(0, run.Bodies);
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Cancelled_after_the_pause_was_applied_is_uncertain_and_the_scope_resumes(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        var gate = new RequestGate();
        run.Fault(FaultKind.HoldAnswer, gate: gate);
        using var cts = new CancellationTokenSource();

        Task<Exception?> scope = run.ScopeAsync(cts.Token);
        await gate.WaitForArrivalAsync();
        Assert.Equal(SimulatedRecordingStatus.Paused, run.Status);
        await cts.CancelAsync();

        var uncertain = Assert.IsType<RecordingStateUncertainException>(await scope);
        gate.Release();
        Assert.Equal(RecordingUncertainty.CancelledAfterSend, uncertain.Uncertainty);
        Assert.IsAssignableFrom<OperationCanceledException>(uncertain.InnerException);
        Assert.Equal(0, run.Bodies);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        Assert.Contains(run.Harness.Logs.Entries, e => e.Level == LogLevel.Error && e.EventId.Name == "RecordingStateUncertain");
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Cancelled_during_the_body_resumes_and_the_caller_sees_the_cancellation(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        using var cts = new CancellationTokenSource();

        Exception? outcome = await run.ScopeAsync(cts.Token, async token =>
        {
            await cts.CancelAsync();
            token.ThrowIfCancellationRequested();
        });

        Assert.IsAssignableFrom<OperationCanceledException>(outcome);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Cancelled_during_the_resume_the_resume_still_completes(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        var gate = new RequestGate();
        using var cts = new CancellationTokenSource();

        Task<Exception?> scope = run.ScopeAsync(cts.Token, _ =>
        {
            run.Fault(FaultKind.Hold, gate: gate);
            return Task.CompletedTask;
        });
        await gate.WaitForArrivalAsync();
        await cts.CancelAsync();
        gate.Release();

        Assert.Null(await scope);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_lost_answer_to_the_pause_is_retried_and_confirmed(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        run.Fault(FaultKind.DropAnswer);

        Assert.Null(await run.ScopeAsync());

        Assert.Equal(1, run.Bodies);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        Assert.Equal(3, run.Harness.OperationRequests(vendor));
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Every_answer_to_the_pause_lost_is_uncertain_and_the_scope_resumes(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor, maxRetries: 1);
        run.Fault(FaultKind.DropAnswer, count: 2);

        var uncertain = Assert.IsType<RecordingStateUncertainException>(await run.ScopeAsync());

        Assert.Equal(RecordingUncertainty.AnswerLost, uncertain.Uncertainty);
        Assert.Equal(RecordingOperation.Pause, uncertain.Operation);
        Assert.Equal(0, run.Bodies);
        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        LogEntry error = Assert.Single(run.Harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("RecordingStateUncertain", error.EventId.Name);
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_lost_answer_to_the_resume_is_retried_and_confirmed(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);

        Assert.Null(await run.ScopeAsync(body: _ =>
        {
            run.Fault(FaultKind.DropAnswer);
            return Task.CompletedTask;
        }));

        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        Assert.Equal(3, run.Harness.OperationRequests(vendor));
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Every_answer_to_the_resume_lost_reaches_the_caller_and_the_log(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor, maxRetries: 1);

        Exception? outcome = await run.ScopeAsync(body: _ =>
        {
            run.Fault(FaultKind.DropAnswer, count: 2);
            return Task.CompletedTask;
        });

        var failed = Assert.IsType<RecordingResumeFailedException>(outcome);
        Assert.IsType<RecordingStateUncertainException>(failed.InnerException);
        Assert.Contains(run.Harness.Logs.Entries, e => e.Level == LogLevel.Error && e.Category == "Checkout");
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_pause_answered_200_with_an_HTML_page_never_lets_the_body_run_unconfirmed(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        run.Fault(FaultKind.ReplaceSuccessBody);

        Exception? outcome = await run.ScopeAsync();

        if (vendor == RecordingVendor.Bandwidth)
        {
            // Bandwidth's success has no body: 200 is the confirmation, whatever a proxy put after it.
            Assert.Null(outcome);
            Assert.Equal(1, run.Bodies);
        }
        else
        {
            Assert.IsType<RecordingStateUncertainException>(outcome);
            Assert.Equal(0, run.Bodies);
        }

        Assert.Equal(SimulatedRecordingStatus.InProgress, run.Status);
        run.AssertInvariants();
    }

    [Theory]
    [InlineData(RecordingVendor.Twilio, """{"sid":"RE00000000000000000000000000000000","channels":1}""")]
    [InlineData(RecordingVendor.SignalWire, """{"sid":"4b2e6d46-1e9f-4d64-9b62-9a7f5a7e1f10"}""")]
    [InlineData(RecordingVendor.Twilio, """{"status":"in-progress","channels":1}""")]
    public async Task A_pause_answered_200_without_a_paused_status_never_lets_the_body_run(RecordingVendor vendor, string body)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor);
        run.Fault(FaultKind.ReplaceSuccessBody, body: body);

        Exception? outcome = await run.ScopeAsync();

        Assert.IsAssignableFrom<RecordingControlException>(outcome);
        Assert.Equal(0, run.Bodies);
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_refused_resume_reaches_the_caller_and_the_log(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor, maxRetries: 0);

        Exception? outcome = await run.ScopeAsync(body: _ =>
        {
            run.Harness.FailOperations(vendor, 1, retryAfterSeconds: null);
            return Task.CompletedTask;
        });

        var failed = Assert.IsType<RecordingResumeFailedException>(outcome);
        Assert.IsType<RecordingServiceUnavailableException>(failed.InnerException);
        Assert.Equal(SimulatedRecordingStatus.Paused, run.Status);
        run.AssertInvariants();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task When_the_body_throws_and_the_resume_fails_both_reach_the_caller(RecordingVendor vendor)
    {
        await using ChaosRun run = await ChaosRun.StartAsync(vendor, maxRetries: 0);
        var cardReader = new InvalidOperationException("card reader broke");

        Exception? outcome = await run.ScopeAsync(body: _ =>
        {
            run.Harness.FailOperations(vendor, 1, retryAfterSeconds: null);
            throw cardReader;
        });

        var both = Assert.IsType<AggregateException>(outcome);
        Assert.Same(cardReader, both.InnerExceptions[0]);
        Assert.IsType<RecordingResumeFailedException>(both.InnerExceptions[1]);
        LogEntry error = Assert.Single(run.Harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("SensitiveInputResumeFailed", error.EventId.Name);
        run.AssertInvariants();
    }

    private static bool Mentions<T>(Exception exception)
        where T : Exception =>
        exception is T
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.Any(Mentions<T>))
        || (exception.InnerException is { } inner && Mentions<T>(inner));
}
