using SdkGen.Recording.Genesys;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.EndToEnd;

/// <summary>
/// The generated <see cref="GenesysClient"/> and the <see cref="GenesysNotificationClient"/> over real HTTP against
/// the simulator: the operation is accepted with statusCode 0, errors come with HTTP 200 and a non-zero statusCode,
/// and the outcome arrives over CometD.
/// </summary>
public sealed class GenesysEndToEndTests
{
    private static readonly TimeSpan NotificationWait = TimeSpan.FromSeconds(15);

    private static CallRecordingOperationRequest Op(CallRecordingOperationName name) => new(name);

    [Fact]
    public async Task Pause_resume_stop_start_are_accepted_and_change_the_simulators_state()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Genesys);
        GenesysClient client = sim.Genesys();

        (CallRecordingOperationName Name, SimulatedRecordingStatus After)[] steps =
        [
            (CallRecordingOperationName.PauseCallRecording, SimulatedRecordingStatus.Paused),
            (CallRecordingOperationName.ResumeCallRecording, SimulatedRecordingStatus.InProgress),
            (CallRecordingOperationName.StopCallRecording, SimulatedRecordingStatus.Stopped),
            (CallRecordingOperationName.StartCallRecording, SimulatedRecordingStatus.InProgress),
        ];
        foreach (var (name, after) in steps)
        {
            ApiStatus status = await client.PerformCallRecordingOperationAsync(call.CallId, Op(name));

            Assert.Equal(0, status.StatusCode);
            Assert.Null(status.StatusMessage);
            Assert.Equal(after, sim.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status);
        }

        Assert.Equal(
            steps.Select(s => "{\"operationName\":\"" + s.Name + "\"}"),
            sim.State.GetRequests(SimulatedVendor.Genesys).Select(r => r.Body));
    }

    public static TheoryData<SimulatedRecordingStatus, CallRecordingOperationName> InvalidTransitions => new()
    {
        { SimulatedRecordingStatus.Stopped, CallRecordingOperationName.ResumeCallRecording },
        { SimulatedRecordingStatus.Stopped, CallRecordingOperationName.PauseCallRecording },
        { SimulatedRecordingStatus.Stopped, CallRecordingOperationName.StopCallRecording },
        { SimulatedRecordingStatus.InProgress, CallRecordingOperationName.ResumeCallRecording },
        { SimulatedRecordingStatus.InProgress, CallRecordingOperationName.StartCallRecording },
        { SimulatedRecordingStatus.Paused, CallRecordingOperationName.PauseCallRecording },
        { SimulatedRecordingStatus.Paused, CallRecordingOperationName.StartCallRecording },
    };

    [Theory]
    [MemberData(nameof(InvalidTransitions))]
    public async Task An_operation_the_state_does_not_allow_is_statusCode_2_on_HTTP_200(SimulatedRecordingStatus state, CallRecordingOperationName name)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Genesys, state);

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() => sim.Genesys().PerformCallRecordingOperationAsync(call.CallId, Op(name)));

        Assert.Equal(200, ex.Status);
        Assert.Equal("2", ex.ErrorCode);
        Assert.Equal(2, ex.Error!.StatusCode);
        string wireState = state switch
        {
            SimulatedRecordingStatus.InProgress => "Recording",
            SimulatedRecordingStatus.Paused => "Paused",
            _ => "Stopped",
        };
        Assert.Equal(name + " is not valid while the recording state is " + wireState, ex.ErrorMessage);
        Assert.Equal(ex.ErrorMessage, ex.Error.StatusMessage);
        Assert.Equal(state, sim.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status);
    }

    [Fact]
    public async Task An_unknown_call_is_statusCode_6_on_HTTP_200()
    {
        await using var sim = await SimulatorClients.StartAsync();

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() =>
            sim.Genesys().PerformCallRecordingOperationAsync("01RCC3N118B1V0SL807GK2LAES00000V", Op(CallRecordingOperationName.PauseCallRecording)));

        Assert.Equal(200, ex.Status);
        Assert.Equal("6", ex.ErrorCode);
        Assert.Equal("Call 01RCC3N118B1V0SL807GK2LAES00000V not found", ex.ErrorMessage);
        Assert.Equal(6, ex.Error!.StatusCode);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task Wrong_credentials_are_401_with_statusCode_20()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Genesys);

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() =>
            sim.Genesys(wrongPassword: true).PerformCallRecordingOperationAsync(call.CallId, Op(CallRecordingOperationName.PauseCallRecording)));

        Assert.Equal(401, ex.Status);
        Assert.Equal("20", ex.ErrorCode);
        Assert.Equal("Not authenticated", ex.ErrorMessage);
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status);
        sim.AssertNoSecret(ex);
    }

    [Fact]
    public async Task The_notification_client_receives_the_new_recording_state_after_a_pause_and_a_resume()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Genesys);
        SeededCall other = sim.State.AddCall(SimulatedVendor.Genesys);
        GenesysNotificationClient notifications = sim.GenesysNotifications();
        GenesysClient client = sim.Genesys();
        using var timeout = new CancellationTokenSource(NotificationWait);

        await notifications.ConnectAsync(timeout.Token);
        Assert.False(string.IsNullOrEmpty(notifications.ClientId));

        // Another call's change is delivered too, and skipped by the wait.
        await client.PerformCallRecordingOperationAsync(other.CallId, Op(CallRecordingOperationName.StopCallRecording));
        await client.PerformCallRecordingOperationAsync(call.CallId, Op(CallRecordingOperationName.PauseCallRecording));
        CallStateChangeNotification paused = await notifications.WaitForRecordingStateAsync(call.CallId, CallRecordingState.Paused, timeout.Token);

        Assert.Equal(CallStateChangeNotification.CallsChannel, paused.Channel);
        Assert.Equal("CallStateChangeMessage", paused.Data!.MessageType);
        Assert.Equal("CallRecordingStateChange", paused.Data.NotificationType);
        Call pausedCall = paused.Data.Call!;
        Assert.Equal(call.CallId, pausedCall.Id);
        Assert.Equal(CallRecordingState.Paused, pausedCall.RecordingState);
        Assert.Equal(["ResumeCallRecording", "StopCallRecording"], pausedCall.Capabilities!.Order());
        Assert.Equal(GsipRecordState.Paused, pausedCall.UserData!.GsipRecord);
        Assert.Equal("Off", pausedCall.Mute);
        Assert.EndsWith("/genesys/api/v2/me/calls/" + call.CallId, pausedCall.Uri, StringComparison.Ordinal);

        await client.PerformCallRecordingOperationAsync(call.CallId, Op(CallRecordingOperationName.ResumeCallRecording));
        CallStateChangeNotification resumed = await notifications.WaitForRecordingStateAsync(call.CallId, CallRecordingState.Recording, timeout.Token);
        Assert.Equal(["PauseCallRecording", "StopCallRecording"], resumed.Data!.Call!.Capabilities!.Order());
        Assert.Equal(GsipRecordState.On, resumed.Data.Call.UserData!.GsipRecord);

        await notifications.DisconnectAsync(timeout.Token);
        Assert.Null(notifications.ClientId);
    }

    [Fact]
    public async Task A_poll_without_news_returns_no_notifications_after_the_servers_hold()
    {
        await using var sim = await SimulatorClients.StartAsync(new SimulatorOptions { CometdConnectTimeout = TimeSpan.FromMilliseconds(200) });
        GenesysNotificationClient notifications = sim.GenesysNotifications();
        using var timeout = new CancellationTokenSource(NotificationWait);
        await notifications.ConnectAsync(timeout.Token);

        IReadOnlyList<CallStateChangeNotification> none = await notifications.PollAsync(timeout.Token);

        Assert.Empty(none);
    }

    [Fact]
    public async Task Polling_before_connecting_is_InvalidOperationException()
    {
        await using var sim = await SimulatorClients.StartAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => sim.GenesysNotifications().PollAsync());

        Assert.Equal(0, sim.State.TotalRequestCount);
    }

    [Fact]
    public async Task The_notification_client_with_wrong_credentials_is_refused_with_401()
    {
        await using var sim = await SimulatorClients.StartAsync();
        var notifications = new GenesysNotificationClient(sim.Http, new GenesysClientOptions
        {
            Endpoint = sim.Simulator.GenesysBaseUri,
            BasicAuth = new BasicCredentials(sim.Options.GenesysUsername, SimulatorClients.WrongPassword),
        });

        var ex = await Assert.ThrowsAnyAsync<ApiException>(() => notifications.ConnectAsync());

        Assert.Equal(401, ex.Status);
        sim.AssertNoSecret(ex);
    }
}
