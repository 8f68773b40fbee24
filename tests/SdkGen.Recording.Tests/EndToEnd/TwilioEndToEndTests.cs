using SdkGen.Recording.Twilio;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.EndToEnd;

/// <summary>The generated <see cref="TwilioClient"/> over real HTTP against the simulator.</summary>
public sealed class TwilioEndToEndTests
{
    private static UpdateCallRecordingRequest Pause(PauseBehavior? behavior = null) =>
        new(CallRecordingUpdateStatus.Paused) { PauseBehavior = behavior };

    // PauseBehavior starts as the spec's default (silence); a resume or stop leaves it out, as the control does.
    private static readonly UpdateCallRecordingRequest Resume = new(CallRecordingUpdateStatus.InProgress) { PauseBehavior = null };
    private static readonly UpdateCallRecordingRequest Stop = new(CallRecordingUpdateStatus.Stopped) { PauseBehavior = null };

    [Fact]
    public async Task Pause_resume_stop_return_the_recording_and_change_the_simulators_state()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio);
        string sid = call.RecordingIds[0];
        TwilioClient client = sim.Twilio();
        string account = sim.Options.TwilioAccountSid;

        CallRecording paused = await client.UpdateCallRecordingAsync(account, call.CallId, sid, Pause(PauseBehavior.Skip));
        Assert.Equal(CallRecordingStatus.Paused, paused.Status);
        Assert.Equal(sid, paused.Sid);
        Assert.Equal(call.CallId, paused.CallSid);
        Assert.Equal(account, paused.AccountSid);
        Assert.Equal("2010-04-01", paused.ApiVersion);
        Assert.Equal(1, paused.Channels);
        Assert.Equal(CallRecordingSource.StartCallRecordingApi, paused.Source);
        Assert.Null(paused.Duration);   // Twilio's paused example: no duration until the recording ends
        Assert.Null(paused.PriceUnit);
        Assert.Equal("/2010-04-01/Accounts/" + account + "/Calls/" + call.CallId + "/Recordings/" + sid + ".json", paused.Uri);
        Assert.EndsWith(" +0000", paused.DateUpdated, StringComparison.Ordinal);
        RecordingSnapshot afterPause = sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!;
        Assert.Equal(SimulatedRecordingStatus.Paused, afterPause.Status);
        Assert.Equal("skip", afterPause.PauseBehavior);

        CallRecording resumed = await client.UpdateCallRecordingAsync(account, call.CallId, sid, Resume);
        Assert.Equal(CallRecordingStatus.InProgress, resumed.Status);
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);

        CallRecording stopped = await client.UpdateCallRecordingAsync(account, call.CallId, sid, Stop);
        Assert.Equal(CallRecordingStatus.Stopped, stopped.Status);
        Assert.True(int.TryParse(stopped.Duration, out int seconds) && seconds >= 0, "duration is a whole number of seconds once stopped: " + stopped.Duration);
        Assert.Equal(SimulatedRecordingStatus.Stopped, sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);

        var requests = sim.State.GetRequests(SimulatedVendor.Twilio);
        Assert.Equal(["Status=paused&PauseBehavior=skip", "Status=in-progress", "Status=stopped"], requests.Select(r => r.Body));
    }

    [Fact]
    public async Task Without_PauseBehavior_the_pause_records_silence()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio);

        await sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, call.RecordingIds[0], Pause());

        Assert.Equal("silence", sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.PauseBehavior);
    }

    [Theory]
    [InlineData(CallRecordingUpdateStatus.InProgress)]
    [InlineData(CallRecordingUpdateStatus.Paused)]
    [InlineData(CallRecordingUpdateStatus.Stopped)]
    public async Task Any_update_of_a_stopped_recording_is_400_bad_request(CallRecordingUpdateStatus status)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.Stopped);
        string sid = call.RecordingIds[0];

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() =>
            sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, sid, new UpdateCallRecordingRequest(status)));

        Assert.Equal(400, ex.Status);
        // Not 21220, which Twilio reserves for a call that is not in progress (the simulator README says why).
        Assert.Equal("400", ex.ErrorCode);
        Assert.StartsWith("Recording " + sid + " is stopped", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(400, ex.Error!.Code);
        Assert.Equal(400, ex.Error.Status);
        Assert.Equal("https://www.twilio.com/docs/errors/400", ex.Error.MoreInfo);
        Assert.False(ex.IsTransient);
        Assert.Equal(0, sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.AcceptedUpdates);
    }

    [Fact]
    public async Task Wrong_credentials_are_401_with_code_20003()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio);

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() =>
            sim.Twilio(wrongPassword: true).UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, call.RecordingIds[0], Pause()));

        Assert.Equal(401, ex.Status);
        Assert.Equal("20003", ex.ErrorCode);
        Assert.Equal("Authenticate", ex.ErrorMessage);
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);
        sim.AssertNoSecret(ex);
    }

    [Fact]
    public async Task An_unknown_call_is_404_with_code_20404()
    {
        await using var sim = await SimulatorClients.StartAsync();
        const string callSid = "CAfedcba9876543210fedcba9876543210";

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() =>
            sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, callSid, TwilioRecordingSid.Current, Pause()));

        Assert.Equal(404, ex.Status);
        Assert.Equal("20404", ex.ErrorCode);
        Assert.Contains("/Calls/" + callSid + "/Recordings/Twilio.CURRENT.json was not found", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(20404, ex.Error!.Code);
    }

    [Fact]
    public async Task An_unknown_recording_of_a_known_call_is_404_with_code_20404()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio);

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() =>
            sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, "RE00000000000000000000000000000000", Pause()));

        Assert.Equal(404, ex.Status);
        Assert.Equal("20404", ex.ErrorCode);
    }

    [Fact]
    public async Task Twilio_CURRENT_with_no_active_recording_is_404_with_code_20404()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.Stopped);

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() =>
            sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, TwilioRecordingSid.Current, Pause()));

        Assert.Equal(404, ex.Status);
        Assert.Equal("20404", ex.ErrorCode);
    }

    [Fact]
    public async Task Twilio_CURRENT_with_one_active_recording_acts_on_it()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.Stopped, SimulatedRecordingStatus.InProgress);
        string active = call.RecordingIds[1];

        CallRecording paused = await sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, TwilioRecordingSid.Current, Pause());

        Assert.Equal(active, paused.Sid);
        Assert.Equal(CallRecordingStatus.Paused, paused.Status);
        Assert.Equal(SimulatedRecordingStatus.Paused, sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId, active)!.Status);
        Assert.Equal(SimulatedRecordingStatus.Stopped, sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId, call.RecordingIds[0])!.Status);

        // A paused recording is still the active one: CURRENT resumes it.
        CallRecording resumed = await sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, TwilioRecordingSid.Current, Resume);
        Assert.Equal(active, resumed.Sid);
        Assert.Equal(CallRecordingStatus.InProgress, resumed.Status);
    }

    [Fact]
    public async Task Twilio_CURRENT_with_two_active_recordings_is_400_with_code_16108()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.InProgress, SimulatedRecordingStatus.Paused);

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() =>
            sim.Twilio().UpdateCallRecordingAsync(sim.Options.TwilioAccountSid, call.CallId, TwilioRecordingSid.Current, Pause()));

        Assert.Equal(400, ex.Status);
        Assert.Equal("16108", ex.ErrorCode);
        Assert.Contains("more than one active recording", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.All(call.RecordingIds, id => Assert.Equal(0, sim.State.GetRecording(SimulatedVendor.Twilio, call.CallId, id)!.AcceptedUpdates));
    }
}
