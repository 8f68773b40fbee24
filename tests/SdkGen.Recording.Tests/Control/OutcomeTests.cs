using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// Every operation ends confirmed, refused, or uncertain: a retry whose answer means "already in that state" counts
/// as done; a request that may have taken effect without an answer is <see cref="RecordingStateUncertainException"/>,
/// logged at Error; a cancellation before anything was sent is a plain <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class OutcomeTests
{
    public static TheoryData<RecordingVendor> Vendors => new(ControlHarness.AllVendors);

    [Theory]
    [InlineData(RecordingVendor.Twilio)]
    [InlineData(RecordingVendor.Genesys)]
    [InlineData(RecordingVendor.SignalWire)]
    public async Task A_stop_whose_answer_was_lost_is_done_when_the_retry_finds_the_recording_stopped(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { Resilience = r => r.BaseDelay = TimeSpan.Zero });
        CallReference call = harness.AddCall(vendor);
        harness.Simulator.Faults.Add(new FaultRule(FaultKind.DropAnswer) { Vendor = ControlHarness.Sim(vendor), PathContains = ControlHarness.OperationPath(vendor) });

        Assert.Equal(RecordingState.Stopped, await control.StopAsync(call));

        Assert.Equal(SimulatedRecordingStatus.Stopped, harness.StatusOf(vendor, call));
        Assert.Equal(2, harness.OperationRequests(vendor));
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Level >= LogLevel.Warning);
        if (vendor != RecordingVendor.Genesys)
        {
            Assert.Single(harness.Logs.Entries, e => e.EventId.Name == "RecordingOperationAlreadyDone");
        }
    }

    [Theory]
    [InlineData(RecordingVendor.Twilio)]
    [InlineData(RecordingVendor.SignalWire)]
    public async Task Without_a_lost_answer_stopping_a_stopped_recording_is_still_refused(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor, SimulatedRecordingStatus.Stopped);

        await Assert.ThrowsAsync<InvalidRecordingStateException>(() => control.StopAsync(call));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Cancelled_before_sending_is_a_plain_cancellation_and_nothing_is_sent(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Exception ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => control.PauseAsync(call, cts.Token));

        Assert.IsNotType<RecordingStateUncertainException>(ex);
        Assert.Equal(0, harness.State.GetRequestCount(ControlHarness.Sim(vendor)));
        Assert.Empty(harness.Logs.Entries);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Cancelled_after_sending_is_uncertain_and_logged_at_Error(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        RequestGate gate = harness.Simulator.Faults.HoldAnswerOfNext(1, ControlHarness.Sim(vendor), ControlHarness.OperationPath(vendor));
        using var cts = new CancellationTokenSource();

        Task<RecordingState> pause = control.PauseAsync(call, cts.Token);
        await gate.WaitForArrivalAsync();
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAsync<RecordingStateUncertainException>(() => pause);
        gate.Release();

        Assert.Equal(RecordingUncertainty.CancelledAfterSend, ex.Uncertainty);
        Assert.Equal(vendor, ex.Vendor);
        Assert.Equal(RecordingOperation.Pause, ex.Operation);
        Assert.Equal(call.CallId, ex.CallId);
        Assert.Equal(call.RecordingId, ex.RecordingId);
        Assert.Contains("cancelled", ex.WhatIsKnown, StringComparison.Ordinal);
        Assert.Contains("may be in either state", ex.Message, StringComparison.Ordinal);
        LogEntry error = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("RecordingStateUncertain", error.EventId.Name);
        Assert.Same(ex, error.Exception);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_lost_answer_followed_by_a_refusal_is_uncertain_not_refused(RecordingVendor vendor)
    {
        // The first attempt may have paused; the retry's 503 says nothing about that.
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { Resilience = r => { r.MaxRetries = 1; r.BaseDelay = TimeSpan.Zero; } });
        CallReference call = harness.AddCall(vendor);
        harness.Simulator.Faults.Add(new FaultRule(FaultKind.DropAnswer) { Vendor = ControlHarness.Sim(vendor), PathContains = ControlHarness.OperationPath(vendor) });
        harness.FailOperations(vendor, 1, retryAfterSeconds: null);

        var ex = await Assert.ThrowsAsync<RecordingStateUncertainException>(() => control.PauseAsync(call));

        Assert.Equal(RecordingUncertainty.AnswerLost, ex.Uncertainty);
        Assert.IsType<RecordingServiceUnavailableException>(ex.InnerException);
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
    }

    [Theory]
    [InlineData(RecordingVendor.Twilio)]
    [InlineData(RecordingVendor.Genesys)]
    [InlineData(RecordingVendor.SignalWire)]
    public async Task A_200_with_an_HTML_body_is_uncertain_and_not_retried(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        harness.Simulator.Faults.Add(new FaultRule(FaultKind.ReplaceSuccessBody) { Vendor = ControlHarness.Sim(vendor), PathContains = ControlHarness.OperationPath(vendor) });

        var ex = await Assert.ThrowsAsync<RecordingStateUncertainException>(() => control.PauseAsync(call));

        Assert.Equal(RecordingUncertainty.UnreadableAnswer, ex.Uncertainty);
        Assert.Equal(1, harness.OperationRequests(vendor));
        Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Options_the_retry_pipeline_would_reject_are_refused_before_anything_is_sent()
    {
        await using var harness = await ControlHarness.StartAsync();

        var ex = Assert.Throws<ArgumentException>(() => harness.Create(RecordingVendor.Twilio, new ControlSettings
        {
            Resilience = r =>
            {
                r.AttemptTimeout = TimeSpan.FromDays(2);
                r.OverallTimeout = TimeSpan.FromDays(2);
            },
        }));

        Assert.Contains("Twilio:Resilience:AttemptTimeout", ex.Message, StringComparison.Ordinal);
        Assert.Contains("24 hours", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => harness.Create(RecordingVendor.Twilio, new ControlSettings { Resilience = r => r.AttemptTimeout = TimeSpan.FromMilliseconds(5) }));
        Assert.Throws<ArgumentException>(() => harness.Create(RecordingVendor.Twilio, new ControlSettings { Resilience = r => { r.BaseDelay = TimeSpan.FromDays(2); r.MaxDelay = TimeSpan.FromDays(3); } }));

        // The largest values Polly takes are accepted: the limits are Polly's, not stricter.
        harness.Create(RecordingVendor.Twilio, new ControlSettings { Resilience = r => { r.AttemptTimeout = r.OverallTimeout = r.MaxDelay = r.BaseDelay = TimeSpan.FromHours(24); } });
        Assert.Equal(0, harness.State.TotalRequestCount);
    }
}
