using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// PCI scope: <see cref="RecordingControlExtensions.PauseForSensitiveInputAsync"/> pauses, and disposing the scope
/// resumes — after success, an exception or a cancellation — and never resumes what the scope did not pause.
/// </summary>
public sealed class SensitiveInputPauseTests
{
    public static TheoryData<RecordingVendor> Vendors => new(ControlHarness.AllVendors);

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task The_recording_is_paused_inside_the_block_and_resumed_after_it(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        SensitiveInputPause? seen = null;

        await using (SensitiveInputPause scope = await control.PauseForSensitiveInputAsync(call))
        {
            seen = scope;
            Assert.True(scope.OwnsPause);
            Assert.Equal(call, scope.Call);
            Assert.Equal(RecordingState.Paused, scope.PausedState);
            Assert.Null(scope.ResumedState);
            Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
        }

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        Assert.Equal(RecordingState.Recording, seen.ResumedState);
        Assert.Equal(2, harness.OperationRequests(vendor));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task When_the_block_throws_the_recording_is_resumed_and_the_exception_surfaces(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        var failure = new InvalidOperationException("card reader broke");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using (await control.PauseForSensitiveInputAsync(call))
            {
                Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
                throw failure;
            }
        });

        Assert.Same(failure, ex);
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task When_the_callers_token_is_cancelled_the_resume_still_happens(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await using (await control.PauseForSensitiveInputAsync(call, cts.Token))
            {
                // The caller hangs up while the card number is being read.
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, cts.Token);
            }
        });

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        Assert.Equal(2, harness.OperationRequests(vendor));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task When_the_pause_fails_nothing_is_resumed(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = ControlHarness.UnknownCall(vendor);
        bool entered = false;

        await Assert.ThrowsAsync<RecordingNotFoundException>(async () =>
        {
            await using (await control.PauseForSensitiveInputAsync(call))
            {
                entered = true;
            }
        });

        Assert.False(entered);
        Assert.Equal(1, harness.OperationRequests(vendor));

        // The failed pause left no claim behind: a later scope on the same call pauses (and fails) again.
        await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.PauseForSensitiveInputAsync(call));
        Assert.Equal(2, harness.OperationRequests(vendor));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_pause_refused_because_the_recording_is_stopped_resumes_nothing(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor, SimulatedRecordingStatus.Stopped);

        await Assert.ThrowsAnyAsync<RecordingControlException>(async () =>
        {
            await using (await control.PauseForSensitiveInputAsync(call))
            {
            }
        });

        Assert.Equal(1, harness.OperationRequests(vendor));
        Assert.Equal(SimulatedRecordingStatus.Stopped, harness.StatusOf(vendor, call));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_nested_scope_on_the_same_call_neither_pauses_nor_resumes(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        await using (SensitiveInputPause outer = await control.PauseForSensitiveInputAsync(call))
        {
            Assert.True(outer.OwnsPause);
            await using (SensitiveInputPause inner = await control.PauseForSensitiveInputAsync(new CallReference(call.CallId, call.RecordingId)))
            {
                Assert.False(inner.OwnsPause);
                Assert.Equal(1, harness.OperationRequests(vendor));
            }

            // The inner scope ended: the recording must still be paused, and nothing was sent.
            Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
            Assert.Equal(1, harness.OperationRequests(vendor));
        }

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        Assert.Equal(2, harness.OperationRequests(vendor));
    }

    [Fact]
    public async Task Twilio_a_nested_scope_naming_the_call_only_does_not_resume_the_outer_scopes_recording()
    {
        // Same Twilio recording, referenced once by its RE… SID and once as the call's active recording.
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Twilio);
        CallReference call = harness.AddCall(RecordingVendor.Twilio);

        await using (SensitiveInputPause outer = await control.PauseForSensitiveInputAsync(call))
        {
            await using (SensitiveInputPause inner = await control.PauseForSensitiveInputAsync(new CallReference(call.CallId)))
            {
                Assert.False(inner.OwnsPause);
            }

            Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(RecordingVendor.Twilio, call));
        }
    }

    [Fact]
    public async Task Bandwidth_scopes_naming_different_recording_ids_share_the_calls_pause()
    {
        // Bandwidth acts on the call's recording whatever id the reference carries.
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Bandwidth);
        CallReference call = harness.AddCall(RecordingVendor.Bandwidth);

        await using (SensitiveInputPause outer = await control.PauseForSensitiveInputAsync(new CallReference(call.CallId, "first")))
        {
            await using (SensitiveInputPause inner = await control.PauseForSensitiveInputAsync(new CallReference(call.CallId, "second")))
            {
                Assert.False(inner.OwnsPause);
            }

            Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(RecordingVendor.Bandwidth, call));
        }

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(RecordingVendor.Bandwidth, call));
        Assert.Equal(2, harness.OperationRequests(RecordingVendor.Bandwidth));
    }

    [Fact]
    public async Task The_same_call_id_on_two_Genesys_servers_is_two_calls()
    {
        await using var east = await ControlHarness.StartAsync();
        await using var west = await ControlHarness.StartAsync();
        const string callId = "01RCC3N118B1V0SL807GK2LAES00000V";
        east.State.AddCall(new CallSeed(SimulatedVendor.Genesys, [new RecordingSeed(SimulatedRecordingStatus.InProgress)]) { CallId = callId });
        west.State.AddCall(new CallSeed(SimulatedVendor.Genesys, [new RecordingSeed(SimulatedRecordingStatus.InProgress)]) { CallId = callId });
        var call = new CallReference(callId);

        await using (SensitiveInputPause a = await east.Create(RecordingVendor.Genesys).PauseForSensitiveInputAsync(call))
        {
            await using (SensitiveInputPause b = await west.Create(RecordingVendor.Genesys).PauseForSensitiveInputAsync(call))
            {
                Assert.True(a.OwnsPause);
                Assert.True(b.OwnsPause);
                Assert.Equal(SimulatedRecordingStatus.Paused, west.StatusOf(RecordingVendor.Genesys, call));
            }

            Assert.Equal(SimulatedRecordingStatus.InProgress, west.StatusOf(RecordingVendor.Genesys, call));
            Assert.Equal(SimulatedRecordingStatus.Paused, east.StatusOf(RecordingVendor.Genesys, call));
        }
    }

    [Fact]
    public async Task Scopes_on_different_calls_are_independent()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Twilio);
        CallReference first = harness.AddCall(RecordingVendor.Twilio);
        CallReference second = harness.AddCall(RecordingVendor.Twilio);

        await using (SensitiveInputPause a = await control.PauseForSensitiveInputAsync(first))
        {
            await using (SensitiveInputPause b = await control.PauseForSensitiveInputAsync(second))
            {
                Assert.True(a.OwnsPause);
                Assert.True(b.OwnsPause);
            }

            Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(RecordingVendor.Twilio, second));
            Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(RecordingVendor.Twilio, first));
        }

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(RecordingVendor.Twilio, first));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Disposing_twice_resumes_once(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        SensitiveInputPause scope = await control.PauseForSensitiveInputAsync(call);
        await scope.DisposeAsync();
        await scope.DisposeAsync();

        Assert.Equal(2, harness.OperationRequests(vendor));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_failed_resume_throws_RecordingResumeFailedException_and_logs_an_error(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { Resilience = r => r.MaxRetries = 0 });
        CallReference call = harness.AddCall(vendor);
        ILogger logger = harness.LoggerFactory.CreateLogger("Checkout");

        SensitiveInputPause scope = await control.PauseForSensitiveInputAsync(call, logger: logger);
        harness.FailOperations(vendor, 1, retryAfterSeconds: 1);
        var ex = await Assert.ThrowsAsync<RecordingResumeFailedException>(() => scope.DisposeAsync().AsTask());

        Assert.Equal(vendor, ex.Vendor);
        Assert.Equal(call.CallId, ex.CallId);
        var inner = Assert.IsType<RecordingServiceUnavailableException>(ex.InnerException);
        Assert.Equal(503, inner.Status);
        Assert.Contains(call.CallId, ex.Message, StringComparison.Ordinal);
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
        Assert.Null(scope.ResumedState);

        LogEntry error = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("Checkout", error.Category);
        Assert.Equal("SensitiveInputResumeFailed", error.EventId.Name);
        Assert.Contains(call.CallId, error.Message, StringComparison.Ordinal);
        Assert.Contains("could NOT be resumed", error.Message, StringComparison.Ordinal);
        Assert.Same(inner, error.Exception);

        // The claim on the call is released: a new scope pauses again (after the operator resumed by hand).
        await control.ResumeAsync(call);
        await using (SensitiveInputPause again = await control.PauseForSensitiveInputAsync(call))
        {
            Assert.True(again.OwnsPause);
        }

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Without_a_logger_of_its_own_a_failed_resume_is_logged_through_the_controls_logger(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { Resilience = r => r.MaxRetries = 0 });
        CallReference call = harness.AddCall(vendor);

        SensitiveInputPause scope = await control.PauseForSensitiveInputAsync(call);
        harness.FailOperations(vendor, 1, retryAfterSeconds: null);
        await Assert.ThrowsAsync<RecordingResumeFailedException>(() => scope.DisposeAsync().AsTask());

        LogEntry error = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("SensitiveInputResumeFailed", error.EventId.Name);
        Assert.StartsWith("SdkGen.Recording." + vendor + "RecordingControl", error.Category, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecordingVendor.Twilio)]
    [InlineData(RecordingVendor.Genesys)]
    [InlineData(RecordingVendor.SignalWire)]
    public async Task A_recording_stopped_meanwhile_makes_the_resume_fail_loudly(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        IRecordingControl supervisor = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        SensitiveInputPause scope = await control.PauseForSensitiveInputAsync(call, logger: harness.LoggerFactory.CreateLogger("Checkout"));
        await supervisor.StopAsync(call);
        var ex = await Assert.ThrowsAsync<RecordingResumeFailedException>(() => scope.DisposeAsync().AsTask());

        Assert.IsType<InvalidRecordingStateException>(ex.InnerException);
        Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Error && e.Category == "Checkout");
    }
}
