using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// One suite, four vendors: every test drives <see cref="IRecordingControl"/> only, over real HTTP against the
/// simulator, and checks the simulator's state after each call.
/// </summary>
public sealed class RecordingControlContractTests
{
    public static TheoryData<RecordingVendor> Vendors => new(ControlHarness.AllVendors);

    public static TheoryData<RecordingVendor> VendorsWithStates => new(RecordingVendor.Twilio, RecordingVendor.Genesys, RecordingVendor.SignalWire);

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Pause_resume_and_stop_report_the_state_the_vendor_reached(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        Assert.Equal(vendor, control.Vendor);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));

        Assert.Equal(RecordingState.Recording, await control.ResumeAsync(call));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));

        if (control.CanStop)
        {
            Assert.Equal(RecordingState.Stopped, await control.StopAsync(call));
            Assert.Equal(SimulatedRecordingStatus.Stopped, harness.StatusOf(vendor, call));
        }
        else
        {
            int before = harness.State.GetRequestCount(ControlHarness.Sim(vendor));
            await Assert.ThrowsAsync<NotSupportedException>(() => control.StopAsync(call));
            Assert.Equal(before, harness.State.GetRequestCount(ControlHarness.Sim(vendor)));
            Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        }

        Assert.Equal(2 + (control.CanStop ? 1 : 0), harness.RecordingOf(vendor, call).AcceptedUpdates);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Start_after_stop_records_again_where_the_vendor_can_start(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        if (!control.CanStart)
        {
            await Assert.ThrowsAsync<NotSupportedException>(() => control.StartAsync(call));
            Assert.Equal(0, harness.State.GetRequestCount(ControlHarness.Sim(vendor)));
            Assert.NotEqual(RecordingVendor.Genesys, vendor);
            return;
        }

        Assert.Equal(RecordingVendor.Genesys, vendor);
        Assert.Equal(RecordingState.Stopped, await control.StopAsync(call));
        Assert.Equal(SimulatedRecordingStatus.Stopped, harness.StatusOf(vendor, call));

        Assert.Equal(RecordingState.Recording, await control.StartAsync(call));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
    }

    [Theory]
    [InlineData(RecordingVendor.Bandwidth, false, false)]
    [InlineData(RecordingVendor.Twilio, true, false)]
    [InlineData(RecordingVendor.Genesys, true, true)]
    [InlineData(RecordingVendor.SignalWire, true, false)]
    public async Task Capabilities_are_as_documented(RecordingVendor vendor, bool canStop, bool canStart)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);

        Assert.Equal(canStop, control.CanStop);
        Assert.Equal(canStart, control.CanStart);
    }

    [Theory]
    [InlineData(RecordingVendor.Bandwidth, 404, "validation")]
    [InlineData(RecordingVendor.Twilio, 404, "20404")]
    [InlineData(RecordingVendor.Genesys, 200, "6")]
    [InlineData(RecordingVendor.SignalWire, 404, "20404")]
    public async Task An_unknown_call_is_RecordingNotFoundException_with_the_vendors_details(RecordingVendor vendor, int status, string code)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = ControlHarness.UnknownCall(vendor);

        var ex = await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.PauseAsync(call));

        Assert.Equal(vendor, ex.Vendor);
        Assert.Equal(RecordingOperation.Pause, ex.Operation);
        Assert.Equal(call.CallId, ex.CallId);
        Assert.Equal(status, ex.Status);
        Assert.Equal(code, ex.VendorCode);
        Assert.False(string.IsNullOrWhiteSpace(ex.VendorMessage));
        Assert.Contains(call.CallId, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.VendorMessage!, ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<SdkGen.Runtime.ApiException>(ex.InnerException);
        Assert.Equal(1, harness.OperationRequests(vendor));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Wrong_credentials_are_RecordingAuthenticationException(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { WrongCredentials = true });
        CallReference call = harness.AddCall(vendor);

        var ex = await Assert.ThrowsAsync<RecordingAuthenticationException>(() => control.PauseAsync(call));

        Assert.Equal(vendor, ex.Vendor);
        Assert.Equal(RecordingOperation.Pause, ex.Operation);
        Assert.Equal(call.CallId, ex.CallId);
        Assert.Equal(401, ex.Status);
        Assert.Equal(1, harness.State.GetRequestCount(ControlHarness.Sim(vendor)));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        foreach (string secret in harness.SecretForms())
        {
            Assert.DoesNotContain(secret, ex.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(RecordingVendor.Bandwidth, "authentication-error")]
    [InlineData(RecordingVendor.Twilio, "20003")]
    [InlineData(RecordingVendor.SignalWire, "20003")]
    public async Task Wrong_credentials_carry_the_vendors_code_and_message(RecordingVendor vendor, string code)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { WrongCredentials = true });

        var ex = await Assert.ThrowsAsync<RecordingAuthenticationException>(() => control.PauseAsync(harness.AddCall(vendor)));

        Assert.Equal(code, ex.VendorCode);
        Assert.False(string.IsNullOrWhiteSpace(ex.VendorMessage));
    }

    [Fact]
    public async Task Genesys_wrong_credentials_without_confirmation_carry_statusCode_20()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Genesys, new ControlSettings { WrongCredentials = true, ConfirmationTimeout = TimeSpan.Zero });

        var ex = await Assert.ThrowsAsync<RecordingAuthenticationException>(() => control.PauseAsync(harness.AddCall(RecordingVendor.Genesys)));

        Assert.Equal(401, ex.Status);
        Assert.Equal("20", ex.VendorCode);
        Assert.Equal("Not authenticated", ex.VendorMessage);
    }

    [Fact]
    public async Task Genesys_wrong_credentials_with_confirmation_carry_statusCode_20()
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Genesys, new ControlSettings { WrongCredentials = true });

        var ex = await Assert.ThrowsAsync<RecordingAuthenticationException>(() => control.PauseAsync(harness.AddCall(RecordingVendor.Genesys)));

        Assert.Equal(401, ex.Status);
        Assert.Equal("20", ex.VendorCode);
        Assert.Equal("Not authenticated", ex.VendorMessage);
    }

    [Theory]
    [InlineData(RecordingVendor.Twilio, 400, "400")]
    [InlineData(RecordingVendor.Genesys, 200, "2")]
    [InlineData(RecordingVendor.SignalWire, 422, "10000")]
    public async Task Resuming_a_stopped_recording_is_InvalidRecordingStateException(RecordingVendor vendor, int status, string code)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor, SimulatedRecordingStatus.Stopped);

        var ex = await Assert.ThrowsAsync<InvalidRecordingStateException>(() => control.ResumeAsync(call));

        Assert.Equal(vendor, ex.Vendor);
        Assert.Equal(RecordingOperation.Resume, ex.Operation);
        Assert.Equal(status, ex.Status);
        Assert.Equal(code, ex.VendorCode);
        Assert.False(string.IsNullOrWhiteSpace(ex.VendorMessage));
        Assert.Equal(SimulatedRecordingStatus.Stopped, harness.StatusOf(vendor, call));

        // Invalid transitions are not transient: one request, no retries.
        Assert.Equal(1, harness.OperationRequests(vendor));
    }

    [Theory]
    [InlineData(RecordingVendor.Twilio, 400, "400")]
    [InlineData(RecordingVendor.Genesys, 200, "2")]
    [InlineData(RecordingVendor.SignalWire, 422, "10000")]
    public async Task Pausing_or_stopping_a_stopped_recording_is_InvalidRecordingStateException(RecordingVendor vendor, int status, string code)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);
        await control.StopAsync(call);

        var pause = await Assert.ThrowsAsync<InvalidRecordingStateException>(() => control.PauseAsync(call));
        var stop = await Assert.ThrowsAsync<InvalidRecordingStateException>(() => control.StopAsync(call));

        Assert.Equal((status, code, RecordingOperation.Pause), (pause.Status!.Value, pause.VendorCode!, pause.Operation));
        Assert.Equal((status, code, RecordingOperation.Stop), (stop.Status!.Value, stop.VendorCode!, stop.Operation));
        Assert.Equal(SimulatedRecordingStatus.Stopped, harness.StatusOf(vendor, call));
    }

    [Fact]
    public async Task Bandwidth_a_call_without_an_active_recording_is_RecordingNotFoundException()
    {
        // Bandwidth has no "invalid state" answer: the simulator (like the likely upstream behaviour) says 404.
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.Bandwidth);
        CallReference call = harness.AddCall(RecordingVendor.Bandwidth, SimulatedRecordingStatus.Stopped);

        var ex = await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.ResumeAsync(call));

        Assert.Equal(404, ex.Status);
        Assert.Equal("validation", ex.VendorCode);
        Assert.Contains("no active recording", ex.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twilio_two_active_recordings_without_a_RecordingId_is_AmbiguousRecordingException()
    {
        await using var harness = await ControlHarness.StartAsync();
        var control = harness.Create(RecordingVendor.Twilio);
        SeededCall seeded = harness.State.AddCall(SimulatedVendor.Twilio, recordingCount: 2);

        var ex = await Assert.ThrowsAsync<AmbiguousRecordingException>(() => control.PauseAsync(new CallReference(seeded.CallId)));

        Assert.Equal(RecordingVendor.Twilio, ex.Vendor);
        Assert.Equal(400, ex.Status);
        Assert.Equal("16108", ex.VendorCode);
        Assert.Contains("more than one active recording", ex.VendorMessage, StringComparison.Ordinal);
        Assert.All(seeded.RecordingIds, id =>
            Assert.Equal(SimulatedRecordingStatus.InProgress, harness.State.GetRecording(SimulatedVendor.Twilio, seeded.CallId, id)!.Status));

        // Naming the recording removes the ambiguity.
        Assert.Equal(RecordingState.Paused, await control.PauseAsync(new CallReference(seeded.CallId, seeded.RecordingIds[1])));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.State.GetRecording(SimulatedVendor.Twilio, seeded.CallId, seeded.RecordingIds[0])!.Status);
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.State.GetRecording(SimulatedVendor.Twilio, seeded.CallId, seeded.RecordingIds[1])!.Status);
    }

    [Fact]
    public async Task Twilio_without_a_RecordingId_acts_on_the_single_active_recording()
    {
        await using var harness = await ControlHarness.StartAsync();
        var control = harness.Create(RecordingVendor.Twilio);
        SeededCall seeded = harness.State.AddCall(SimulatedVendor.Twilio,
            SimulatedRecordingStatus.Stopped, SimulatedRecordingStatus.InProgress);
        var call = new CallReference(seeded.CallId);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
        Assert.Equal(RecordingState.Recording, await control.ResumeAsync(call));

        Assert.Equal(2, harness.State.GetRecording(SimulatedVendor.Twilio, seeded.CallId, seeded.RecordingIds[1])!.AcceptedUpdates);
        Assert.Equal(0, harness.State.GetRecording(SimulatedVendor.Twilio, seeded.CallId, seeded.RecordingIds[0])!.AcceptedUpdates);
        Assert.All(harness.State.GetRequests(SimulatedVendor.Twilio), r => Assert.EndsWith("/Recordings/Twilio.CURRENT.json", r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Twilio_without_a_RecordingId_and_no_active_recording_is_RecordingNotFoundException()
    {
        await using var harness = await ControlHarness.StartAsync();
        var control = harness.Create(RecordingVendor.Twilio);
        SeededCall seeded = harness.State.AddCall(SimulatedVendor.Twilio, recordingCount: 0);

        var ex = await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.PauseAsync(new CallReference(seeded.CallId)));

        Assert.Equal(404, ex.Status);
        Assert.Equal("20404", ex.VendorCode);
    }

    [Theory]
    [InlineData(RecordingOperation.Pause)]
    [InlineData(RecordingOperation.Resume)]
    [InlineData(RecordingOperation.Stop)]
    public async Task SignalWire_without_a_RecordingId_is_ArgumentException_and_sends_nothing(RecordingOperation operation)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(RecordingVendor.SignalWire);
        SeededCall seeded = harness.State.AddCall(SimulatedVendor.SignalWire);
        var call = new CallReference(seeded.CallId);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Run(control, operation, call));

        Assert.Contains("RecordingId", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.State.GetRequestCount(SimulatedVendor.SignalWire));
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.State.GetRecording(SimulatedVendor.SignalWire, seeded.CallId)!.Status);
    }

    public static TheoryData<RecordingVendor, string, string?> MalformedIds => new()
    {
        { RecordingVendor.Twilio, "not-a-call-sid", null },
        { RecordingVendor.Twilio, "CA0123", null },
        { RecordingVendor.Twilio, "RE0123456789abcdef0123456789abcdef", null },
        { RecordingVendor.Twilio, "CA0123456789abcdef0123456789abcdef", "not-a-recording-sid" },
        { RecordingVendor.Twilio, "CA0123456789abcdef0123456789abcdef", "CA0123456789abcdef0123456789abcdef" },
        { RecordingVendor.Twilio, "CA0123456789abcdef0123456789abcdef", "twilio.current" },
        { RecordingVendor.SignalWire, "not-a-uuid", "19e436af-5688-4307-b03b-bdb2b42b8142" },
        { RecordingVendor.SignalWire, "43bb71ee-553f-4074-bb20-8e2747647cce", "Twilio.CURRENT" },
        { RecordingVendor.SignalWire, "43bb71ee-553f-4074-bb20-8e2747647cce", "19e436af56884307b03bbdb2b42b8142x" },
    };

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task Malformed_ids_are_ArgumentException_and_nothing_is_sent(RecordingVendor vendor, string callId, string? recordingId)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => control.PauseAsync(new CallReference(callId, recordingId)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => control.ResumeAsync(new CallReference(callId, recordingId)));

        Assert.Equal(0, harness.State.TotalRequestCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void An_empty_call_id_is_ArgumentException(string? callId)
    {
        Assert.ThrowsAny<ArgumentException>(() => new CallReference(callId!));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_null_call_is_ArgumentNullException_and_nothing_is_sent(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);

        await Assert.ThrowsAsync<ArgumentNullException>(() => control.PauseAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => control.ResumeAsync(null!));

        Assert.Equal(0, harness.State.TotalRequestCount);
    }

    [Fact]
    public async Task Twilio_PauseBehavior_from_the_options_and_per_call()
    {
        await using var harness = await ControlHarness.StartAsync();
        var control = (TwilioRecordingControl)harness.Create(RecordingVendor.Twilio);
        CallReference first = harness.AddCall(RecordingVendor.Twilio);
        CallReference second = harness.AddCall(RecordingVendor.Twilio);

        await control.PauseAsync(first);
        await control.PauseAsync(second, Twilio.PauseBehavior.Skip);

        Assert.Equal("silence", harness.RecordingOf(RecordingVendor.Twilio, first).PauseBehavior);
        Assert.Equal("skip", harness.RecordingOf(RecordingVendor.Twilio, second).PauseBehavior);
    }

    [Theory]
    [InlineData(RecordingVendor.Twilio, SimulatedVendor.Twilio)]
    [InlineData(RecordingVendor.SignalWire, SimulatedVendor.SignalWire)]
    public async Task PauseBehavior_is_sent_with_a_pause_only(RecordingVendor vendor, SimulatedVendor simulated)
    {
        // The generated request starts with PauseBehavior=silence (the spec's default); it applies only to a pause.
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        await control.PauseAsync(call);
        await control.ResumeAsync(call);
        await control.StopAsync(call);

        Assert.Equal(["Status=paused&PauseBehavior=silence", "Status=in-progress", "Status=stopped"], harness.State.GetRequests(simulated).Select(r => r.Body));
    }

    [Fact]
    public async Task SignalWire_PauseBehavior_per_call()
    {
        await using var harness = await ControlHarness.StartAsync();
        var control = (SignalWireRecordingControl)harness.Create(RecordingVendor.SignalWire);
        CallReference call = harness.AddCall(RecordingVendor.SignalWire);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call, SignalWire.PauseBehavior.Skip));

        Assert.Equal("skip", harness.RecordingOf(RecordingVendor.SignalWire, call).PauseBehavior);
    }

    internal static Task<RecordingState> Run(IRecordingControl control, RecordingOperation operation, CallReference call, CancellationToken cancellationToken = default) => operation switch
    {
        RecordingOperation.Pause => control.PauseAsync(call, cancellationToken),
        RecordingOperation.Resume => control.ResumeAsync(call, cancellationToken),
        RecordingOperation.Stop => control.StopAsync(call, cancellationToken),
        RecordingOperation.Start => control.StartAsync(call, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };
}
