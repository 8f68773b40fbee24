using System.Net;
using System.Text.Json;

namespace SdkGen.Simulator.Tests;

public sealed class GenesysCometdTests
{
    private static readonly SimulatorOptions ShortPolls = new() { CometdConnectTimeout = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task Handshake_subscribe_connect_then_pause_delivers_the_recording_notification()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var bayeux = new BayeuxTestClient(simulator.Genesys);

        var handshake = await bayeux.HandshakeAsync();
        Assert.Equal("1.0", handshake.GetProperty("version").GetString());
        Assert.Equal(["long-polling"], handshake.GetProperty("supportedConnectionTypes").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal("1", handshake.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(bayeux.ClientId));

        var subscribe = await bayeux.SubscribeAsync("/v2/me/calls");
        Assert.True(subscribe.GetProperty("successful").GetBoolean());
        Assert.Equal("/v2/me/calls", subscribe.GetProperty("subscription").GetString());

        var connect = bayeux.ConnectAsync();
        using (var pause = await GenesysTests.OperateAsync(simulator.Genesys, call.CallId, "PauseCallRecording"))
        {
            await GenesysTests.AssertStatusCodeAsync(pause, HttpStatusCode.OK, 0);
        }

        var reply = await connect;
        var connectReply = GenesysTests.Single(reply, "/meta/connect");
        Assert.True(connectReply.GetProperty("successful").GetBoolean());
        Assert.Equal(bayeux.ClientId, connectReply.GetProperty("clientId").GetString());

        // Real GWS sends other notification types for the call too: the first operation is preceded by a StatusChange
        // that still shows the old recording state; both arrive in the same poll.
        var deliveries = BayeuxTestClient.Deliveries(reply);
        Assert.Equal(["StatusChange", "CallRecordingStateChange"], deliveries.Select(NotificationType));
        Assert.All(deliveries, d => Assert.Equal("/v2/me/calls", d.GetProperty("channel").GetString()));
        Assert.Equal("Recording", deliveries[0].GetProperty("data").GetProperty("call").GetProperty("recordingState").GetString());
        var data = deliveries[1].GetProperty("data");
        Assert.Equal("CallStateChangeMessage", data.GetProperty("messageType").GetString());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("phoneNumber").GetString()));

        var notified = data.GetProperty("call");
        Assert.Equal(call.CallId, notified.GetProperty("id").GetString());
        Assert.Equal("Established", notified.GetProperty("state").GetString());
        Assert.Equal("Paused", notified.GetProperty("recordingState").GetString());
        Assert.Equal(["ResumeCallRecording", "StopCallRecording"], Strings(notified.GetProperty("capabilities")));
        Assert.Equal("PAUSED", notified.GetProperty("userData").GetProperty("GSIP_RECORD").GetString());
        Assert.Equal("Inbound", notified.GetProperty("callType").GetString());
        Assert.Equal(JsonValueKind.String, notified.GetProperty("duration").ValueKind);
        Assert.Equal("Off", notified.GetProperty("mute").GetString());
        Assert.False(notified.GetProperty("supervisorListeningIn").GetBoolean());
        Assert.False(notified.GetProperty("monitoredUserMuted").GetBoolean());
        Assert.False(notified.GetProperty("monitoring").GetBoolean());
        foreach (var field in new[] { "callUuid", "connId", "deviceUri", "dnis", "uri", "path" })
        {
            Assert.False(string.IsNullOrEmpty(notified.GetProperty(field).GetString()), field);
        }

        Assert.EndsWith($"/api/v2/me/calls/{call.CallId}", notified.GetProperty("uri").GetString());
        var participant = Assert.Single(notified.GetProperty("participants").EnumerateArray());
        Assert.Equal(
            ["e164Number", "formattedPhoneNumber", "phoneNumber", "digits"],
            participant.PropertyNames());
    }

    [Fact]
    public async Task Every_accepted_operation_is_notified_in_order_with_its_capabilities()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var bayeux = new BayeuxTestClient(simulator.Genesys);
        await bayeux.HandshakeAsync();
        await bayeux.SubscribeAsync("/v2/me/calls");

        foreach (var operation in new[] { "PauseCallRecording", "ResumeCallRecording", "ResumeCallRecording", "StopCallRecording", "StartCallRecording" })
        {
            using var response = await GenesysTests.OperateAsync(simulator.Genesys, call.CallId, operation);
        }

        // Queued while no poll was held: the next connect returns them all at once, in order.
        // (The rejected second resume is not notified.)
        var deliveries = BayeuxTestClient.Deliveries(await bayeux.ConnectAsync());
        Assert.Equal(
            ["StatusChange", "CallRecordingStateChange", "ParticipantsUpdated", "CallRecordingStateChange", "CallRecordingStateChange",
             "StatusChange", "CallRecordingStateChange"],
            deliveries.Select(NotificationType));
        var calls = deliveries.Where(d => NotificationType(d) == "CallRecordingStateChange").Select(d => d.GetProperty("data").GetProperty("call")).ToArray();

        Assert.Equal(["Paused", "Recording", "Stopped", "Recording"], calls.Select(c => c.GetProperty("recordingState").GetString()!));
        Assert.Equal(["PAUSED", "ON", "OFF", "ON"], calls.Select(c => c.GetProperty("userData").GetProperty("GSIP_RECORD").GetString()!));
        Assert.Equal(["ResumeCallRecording", "StopCallRecording"], Strings(calls[0].GetProperty("capabilities")));
        Assert.Equal(["PauseCallRecording", "StopCallRecording"], Strings(calls[1].GetProperty("capabilities")));
        Assert.Equal(["StartCallRecording"], Strings(calls[2].GetProperty("capabilities")));
        Assert.Equal(["PauseCallRecording", "StopCallRecording"], Strings(calls[3].GetProperty("capabilities")));
    }

    [Fact]
    public async Task A_connect_with_nothing_to_deliver_returns_after_the_timeout_with_only_its_reply()
    {
        await using var simulator = await TestSimulator.StartAsync(ShortPolls);
        var bayeux = new BayeuxTestClient(simulator.Genesys);
        await bayeux.HandshakeAsync();
        await bayeux.SubscribeAsync("/v2/me/calls");

        var reply = await bayeux.ConnectAsync();

        var connect = Assert.Single(reply.EnumerateArray());
        Assert.Equal("/meta/connect", connect.GetProperty("channel").GetString());
        Assert.True(connect.GetProperty("successful").GetBoolean());
        Assert.Equal("retry", connect.GetProperty("advice").GetProperty("reconnect").GetString());
    }

    [Fact]
    public async Task Only_subscribed_clients_receive_notifications_and_wildcards_match()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var exact = new BayeuxTestClient(simulator.Genesys);
        var wildcard = new BayeuxTestClient(simulator.Genesys);
        var unsubscribed = new BayeuxTestClient(simulator.Genesys);
        await exact.HandshakeAsync();
        await wildcard.HandshakeAsync();
        await unsubscribed.HandshakeAsync();
        await exact.SubscribeAsync("/v2/me/calls");
        await wildcard.SubscribeAsync("/v2/me/*");
        await unsubscribed.SubscribeAsync("/v2/me/devices");

        using var pause = await GenesysTests.OperateAsync(simulator.Genesys, call.CallId, "PauseCallRecording");

        Assert.Equal(2, BayeuxTestClient.Deliveries(await exact.ConnectAsync()).Length);
        Assert.Equal(2, BayeuxTestClient.Deliveries(await wildcard.ConnectAsync()).Length);
        // advice.timeout 0 asks the server not to hold the poll.
        Assert.Empty(BayeuxTestClient.Deliveries(await unsubscribed.ConnectAsync(adviceTimeoutMs: 0)));
    }

    [Fact]
    public async Task An_unknown_client_is_told_to_handshake_again()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var bayeux = new BayeuxTestClient(simulator.Genesys);
        await bayeux.HandshakeAsync();
        var disconnect = GenesysTests.Single(await bayeux.DisconnectAsync(), "/meta/disconnect");
        Assert.True(disconnect.GetProperty("successful").GetBoolean());

        var connect = GenesysTests.Single(await bayeux.ConnectAsync(), "/meta/connect");
        var subscribe = await bayeux.SubscribeAsync("/v2/me/calls");

        foreach (var reply in new[] { connect, subscribe })
        {
            Assert.False(reply.GetProperty("successful").GetBoolean());
            Assert.StartsWith("402::", reply.GetProperty("error").GetString());
            Assert.Equal("handshake", reply.GetProperty("advice").GetProperty("reconnect").GetString());
        }
    }

    [Fact]
    public async Task Notifications_need_the_same_basic_auth()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var anonymous = simulator.Track(TestHttp.Client(simulator.Simulator.GenesysBaseUri));

        using var response = await anonymous.PostAsync("api/v2/notifications", TestHttp.Json("""[{"channel":"/meta/handshake","version":"1.0"}]"""));

        await GenesysTests.AssertStatusCodeAsync(response, HttpStatusCode.Unauthorized, 20);
    }

    [Fact]
    public async Task With_csrf_on_notifications_need_the_token_and_cookie_too()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { GenesysCsrfEnabled = true });
        const string Handshake = """[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"]}]""";

        using var rejected = await simulator.Genesys.PostAsync("api/v2/notifications", TestHttp.Json(Handshake));
        await GenesysTests.AssertCsrfRejectedAsync(rejected);

        var client = GenesysTests.CookieClient(simulator);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await GenesysTests.FetchCsrfTokenAsync(client));
        var handshake = await new BayeuxTestClient(client).HandshakeAsync();
        Assert.True(handshake.GetProperty("successful").GetBoolean());
    }

    [Fact]
    public async Task Disposing_the_simulator_releases_a_held_connect()
    {
        var simulator = await TestSimulator.StartAsync(new SimulatorOptions { CometdConnectTimeout = TimeSpan.FromMinutes(5) });
        var bayeux = new BayeuxTestClient(simulator.Genesys);
        await bayeux.HandshakeAsync();
        await bayeux.SubscribeAsync("/v2/me/calls");
        var connect = bayeux.ConnectAsync();

        var dispose = simulator.Simulator.DisposeAsync().AsTask();
        await dispose.WaitAsync(TimeSpan.FromSeconds(20));

        // The poll either got its (empty) reply or saw the connection close; it never hangs.
        var outcome = await Record.ExceptionAsync(() => connect.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.True(outcome is null or HttpRequestException, outcome?.ToString());
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task Without_other_notifications_each_operation_publishes_only_its_recording_state_change()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { Variations = new() { GenesysOtherNotifications = false } });
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var bayeux = await SubscribedClientAsync(simulator);

        await OperateAllAsync(simulator, call.CallId, "PauseCallRecording", "ResumeCallRecording");

        Assert.Equal(["CallRecordingStateChange", "CallRecordingStateChange"], BayeuxTestClient.Deliveries(await bayeux.ConnectAsync()).Select(NotificationType));
    }

    [Fact]
    public async Task Other_notifications_carry_the_whole_call_in_the_same_shape()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var bayeux = await SubscribedClientAsync(simulator);

        await OperateAllAsync(simulator, call.CallId, "PauseCallRecording", "ResumeCallRecording");

        var deliveries = BayeuxTestClient.Deliveries(await bayeux.ConnectAsync());
        var participantsUpdated = Assert.Single(deliveries, d => NotificationType(d) == "ParticipantsUpdated").GetProperty("data");
        var recordingChange = deliveries.Last().GetProperty("data");
        Assert.Equal("CallStateChangeMessage", participantsUpdated.GetProperty("messageType").GetString());
        Assert.Equal(recordingChange.GetProperty("call").PropertyNames(), participantsUpdated.GetProperty("call").PropertyNames());
        Assert.Equal(call.CallId, participantsUpdated.GetProperty("call").GetProperty("id").GetString());
        // Published before the resume took effect: it still shows the pause.
        Assert.Equal("Paused", participantsUpdated.GetProperty("call").GetProperty("recordingState").GetString());
        Assert.Equal("Recording", recordingChange.GetProperty("call").GetProperty("recordingState").GetString());
    }

    [Fact]
    public async Task The_string_participants_variation_sends_phone_numbers_instead_of_objects()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { Variations = new() { GenesysParticipantsAsStrings = true } });
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var bayeux = await SubscribedClientAsync(simulator);

        await OperateAllAsync(simulator, call.CallId, "PauseCallRecording");

        foreach (var delivery in BayeuxTestClient.Deliveries(await bayeux.ConnectAsync()))
        {
            var participant = Assert.Single(delivery.GetProperty("data").GetProperty("call").GetProperty("participants").EnumerateArray());
            Assert.Equal(JsonValueKind.String, participant.ValueKind);
            Assert.StartsWith("+", participant.GetString());
        }
    }

    [Fact]
    public async Task The_unknown_fields_variation_reaches_the_operation_reply_the_notification_and_its_call()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var bayeux = await SubscribedClientAsync(simulator);
        using (var set = await simulator.Admin.PutAsync("admin/variations", TestHttp.Json("""{"extraUnknownFields":true}""")))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        using var reply = await GenesysTests.OperateAsync(simulator.Genesys, call.CallId, "PauseCallRecording");

        var replyBody = await reply.ReadJsonAsync();
        Assert.Equal(0, replyBody.GetProperty("statusCode").GetInt32());
        Assert.True(replyBody.TryGetProperty("x_simulator_note", out _));
        var data = BayeuxTestClient.Deliveries(await bayeux.ConnectAsync()).Last().GetProperty("data");
        Assert.True(data.TryGetProperty("x_simulator_details", out _));
        Assert.True(data.GetProperty("call").TryGetProperty("x_simulator_revision", out _));
    }

    private static async Task<BayeuxTestClient> SubscribedClientAsync(TestSimulator simulator)
    {
        var bayeux = new BayeuxTestClient(simulator.Genesys);
        await bayeux.HandshakeAsync();
        await bayeux.SubscribeAsync("/v2/me/calls");
        return bayeux;
    }

    private static async Task OperateAllAsync(TestSimulator simulator, string callId, params string[] operations)
    {
        foreach (var operation in operations)
        {
            using var response = await GenesysTests.OperateAsync(simulator.Genesys, callId, operation);
            await GenesysTests.AssertStatusCodeAsync(response, HttpStatusCode.OK, 0);
        }
    }

    private static string NotificationType(JsonElement delivery) =>
        delivery.GetProperty("data").GetProperty("notificationType").GetString()!;

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
