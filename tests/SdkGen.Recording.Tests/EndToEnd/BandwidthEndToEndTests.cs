using SdkGen.Recording.Bandwidth;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.EndToEnd;

/// <summary>The generated <see cref="BandwidthClient"/> over real HTTP against the simulator.</summary>
public sealed class BandwidthEndToEndTests
{
    private static readonly UpdateCallRecording Pause = new(RecordingStateEnum.Paused);
    private static readonly UpdateCallRecording Resume = new(RecordingStateEnum.Recording);

    [Fact]
    public async Task Pause_then_resume_changes_the_simulators_recording()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Bandwidth);
        BandwidthClient client = sim.Bandwidth();
        string account = sim.Options.BandwidthAccountId;

        await client.UpdateCallRecordingStateAsync(account, call.CallId, Pause);
        RecordingSnapshot paused = sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!;
        Assert.Equal(SimulatedRecordingStatus.Paused, paused.Status);
        Assert.Equal(1, paused.AcceptedUpdates);

        await client.UpdateCallRecordingStateAsync(account, call.CallId, Resume);
        RecordingSnapshot resumed = sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!;
        Assert.Equal(SimulatedRecordingStatus.InProgress, resumed.Status);
        Assert.Equal(2, resumed.AcceptedUpdates);

        var requests = sim.State.GetRequests(SimulatedVendor.Bandwidth);
        Assert.Equal(["PUT", "PUT"], requests.Select(r => r.Method));
        Assert.All(requests, r => Assert.Equal("/bandwidth/api/v2/accounts/" + account + "/calls/" + call.CallId + "/recording", r.Path));
        Assert.Equal(["{\"state\":\"paused\"}", "{\"state\":\"recording\"}"], requests.Select(r => r.Body));
    }

    [Fact]
    public async Task Repeating_a_state_is_accepted_and_changes_nothing()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Bandwidth);
        BandwidthClient client = sim.Bandwidth();

        await client.UpdateCallRecordingStateAsync(sim.Options.BandwidthAccountId, call.CallId, Pause);
        await client.UpdateCallRecordingStateAsync(sim.Options.BandwidthAccountId, call.CallId, Pause);

        Assert.Equal(SimulatedRecordingStatus.Paused, sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task A_call_without_an_active_recording_is_404_validation()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Bandwidth, SimulatedRecordingStatus.Stopped);

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() =>
            sim.Bandwidth().UpdateCallRecordingStateAsync(sim.Options.BandwidthAccountId, call.CallId, Resume));

        Assert.Equal(404, ex.Status);
        Assert.Equal("validation", ex.ErrorCode);
        Assert.Equal("Call [" + call.CallId + "] has no active recording", ex.ErrorMessage);
        Assert.Equal("validation", ex.Error!.Type);
        Assert.Null(ex.Error.Id);
        Assert.False(ex.IsTransient);
        Assert.Equal(SimulatedRecordingStatus.Stopped, sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task An_unknown_call_is_404_validation_in_Bandwidths_wording()
    {
        await using var sim = await SimulatorClients.StartAsync();
        const string callId = "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85";

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() =>
            sim.Bandwidth().UpdateCallRecordingStateAsync(sim.Options.BandwidthAccountId, callId, Pause));

        Assert.Equal(404, ex.Status);
        Assert.Equal("Bandwidth", ex.ServiceName);
        Assert.Equal("validation", ex.ErrorCode);
        Assert.Equal("Call [" + callId + "] not found", ex.ErrorMessage);
        Assert.Same(ex.Error, ex.ErrorObject);
    }

    [Fact]
    public async Task An_account_the_credentials_do_not_grant_is_401()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Bandwidth);

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() =>
            sim.Bandwidth().UpdateCallRecordingStateAsync("1234567", call.CallId, Pause));

        // Bandwidth documents 401 for credentials without access to the account, not 404.
        Assert.Equal(401, ex.Status);
        Assert.Equal("authentication-error", ex.ErrorCode);
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task Wrong_credentials_are_401_authentication_error()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Bandwidth);

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() =>
            sim.Bandwidth(wrongPassword: true).UpdateCallRecordingStateAsync(sim.Options.BandwidthAccountId, call.CallId, Pause));

        Assert.Equal(401, ex.Status);
        Assert.Equal("authentication-error", ex.ErrorCode);
        Assert.Equal("The credentials provided were invalid", ex.ErrorMessage);
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
        sim.AssertNoSecret(ex);
    }
}
