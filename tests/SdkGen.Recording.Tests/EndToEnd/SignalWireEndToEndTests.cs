using SdkGen.Recording.SignalWire;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.EndToEnd;

/// <summary>The generated <see cref="SignalWireClient"/> over real HTTP against the simulator.</summary>
public sealed class SignalWireEndToEndTests
{
    // PauseBehavior starts as the spec's default (silence); a resume or stop leaves it out, as the control does.
    private static readonly UpdateRecordingRequest Resume = new(RecordingUpdateStatus.InProgress) { PauseBehavior = null };
    private static readonly UpdateRecordingRequest Stop = new(RecordingUpdateStatus.Stopped) { PauseBehavior = null };

    private static UpdateRecordingRequest Pause(PauseBehavior? behavior = null) =>
        new(RecordingUpdateStatus.Paused) { PauseBehavior = behavior };

    [Fact]
    public async Task Pause_resume_stop_return_the_recording_and_change_the_simulators_state()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.SignalWire);
        string sid = call.RecordingIds[0];
        SignalWireClient client = sim.SignalWire();
        string project = sim.Options.SignalWireProjectId;

        CallRecordingResponse paused = await client.UpdateRecordingAsync(project, call.CallId, sid, Pause(PauseBehavior.Skip));
        Assert.Equal(RecordingStatus.Paused, paused.Status);
        Assert.Equal(sid, paused.Sid);
        Assert.Equal(call.CallId, paused.CallSid);
        Assert.Equal(project, paused.AccountSid);
        Assert.Equal("1", paused.Channels);
        Assert.Equal(0, paused.Duration);
        Assert.Null(paused.EndTime);
        Assert.Equal(RecordingSource.StartCallRecordingApi, paused.Source);
        Assert.Equal("do-not-trim", paused.Trim);
        Assert.Null(paused.EncryptionDetails);
        Assert.EndsWith("/Recordings/" + sid + "/Transcriptions.json", paused.SubresourceUris.Transcriptions, StringComparison.Ordinal);
        RecordingSnapshot afterPause = sim.State.GetRecording(SimulatedVendor.SignalWire, call.CallId)!;
        Assert.Equal(SimulatedRecordingStatus.Paused, afterPause.Status);
        Assert.Equal("skip", afterPause.PauseBehavior);

        CallRecordingResponse resumed = await client.UpdateRecordingAsync(project, call.CallId, sid, Resume);
        Assert.Equal(RecordingStatus.Resumed, resumed.Status);   // SignalWire's documented status after a resume
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.SignalWire, call.CallId)!.Status);

        CallRecordingResponse stopped = await client.UpdateRecordingAsync(project, call.CallId, sid, Stop);
        Assert.Equal(RecordingStatus.Stopped, stopped.Status);
        Assert.NotNull(stopped.EndTime);
        Assert.True(stopped.Duration >= 0);
        Assert.Equal(SimulatedRecordingStatus.Stopped, sim.State.GetRecording(SimulatedVendor.SignalWire, call.CallId)!.Status);

        var requests = sim.State.GetRequests(SimulatedVendor.SignalWire);
        Assert.All(requests, r => Assert.Equal("/signalwire/api/laml/2010-04-01/Accounts/" + project + "/Calls/" + call.CallId + "/Recordings/" + sid, r.Path));
        Assert.Equal(["Status=paused&PauseBehavior=skip", "Status=in-progress", "Status=stopped"], requests.Select(r => r.Body));
    }

    [Theory]
    [InlineData(RecordingUpdateStatus.InProgress)]
    [InlineData(RecordingUpdateStatus.Paused)]
    [InlineData(RecordingUpdateStatus.Stopped)]
    public async Task Any_update_of_a_stopped_recording_is_422_with_code_10000(RecordingUpdateStatus status)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.SignalWire, SimulatedRecordingStatus.Stopped);
        string sid = call.RecordingIds[0];

        var ex = await Assert.ThrowsAsync<ApiException<SignalWireError>>(() =>
            sim.SignalWire().UpdateRecordingAsync(sim.Options.SignalWireProjectId, call.CallId, sid, new UpdateRecordingRequest(status)));

        Assert.Equal(422, ex.Status);
        Assert.Equal("10000", ex.ErrorCode);
        Assert.Equal("Recording " + sid + " is stopped and can no longer be updated", ex.ErrorMessage);
        Assert.Equal(10000, ex.Error!.Code);
        Assert.Equal(422, ex.Error.Status);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task Wrong_credentials_are_401_with_code_20003()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.SignalWire);

        var ex = await Assert.ThrowsAsync<ApiException<SignalWireError>>(() =>
            sim.SignalWire(wrongPassword: true).UpdateRecordingAsync(sim.Options.SignalWireProjectId, call.CallId, call.RecordingIds[0], Pause()));

        Assert.Equal(401, ex.Status);
        Assert.Equal("20003", ex.ErrorCode);
        Assert.StartsWith("Authentication failed", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.SignalWire, call.CallId)!.Status);
        sim.AssertNoSecret(ex);
    }

    [Fact]
    public async Task An_unknown_call_is_404_with_code_20404()
    {
        await using var sim = await SimulatorClients.StartAsync();
        string callId = Guid.NewGuid().ToString();
        string sid = Guid.NewGuid().ToString();

        var ex = await Assert.ThrowsAsync<ApiException<SignalWireError>>(() =>
            sim.SignalWire().UpdateRecordingAsync(sim.Options.SignalWireProjectId, callId, sid, Pause()));

        Assert.Equal(404, ex.Status);
        Assert.Equal("20404", ex.ErrorCode);
        Assert.Contains(callId, ex.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(20404, ex.Error!.Code);
    }

    [Fact]
    public async Task Another_project_in_the_path_is_401()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.SignalWire);

        var ex = await Assert.ThrowsAsync<ApiException<SignalWireError>>(() =>
            sim.SignalWire().UpdateRecordingAsync(Guid.NewGuid().ToString(), call.CallId, call.RecordingIds[0], Pause()));

        Assert.Equal(401, ex.Status);
        Assert.Equal("20003", ex.ErrorCode);
    }
}
