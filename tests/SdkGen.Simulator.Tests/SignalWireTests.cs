using System.Net;
using System.Text.Json;

namespace SdkGen.Simulator.Tests;

public sealed class SignalWireTests
{
    private const string Project = SimulatorOptions.DefaultSignalWireProjectId;

    private static Task<HttpResponseMessage> UpdateAsync(HttpClient client, string callSid, string sid, params (string, string)[] form) =>
        client.PostAsync($"Accounts/{Project}/Calls/{callSid}/Recordings/{sid}", TestHttp.Form(form));

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, int code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["code", "message", "more_info", "status"], body.PropertyNames());
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
        Assert.StartsWith("https://", body.GetProperty("more_info").GetString());
    }

    private static RecordingSnapshot Recording(TestSimulator simulator, SeededCall call) =>
        simulator.State.GetRecording(SimulatedVendor.SignalWire, call.CallId, call.RecordingIds[0])!;

    [Theory]
    [InlineData("")]
    [InlineData(".json")]
    public async Task Pause_answers_200_with_all_21_CallRecordingResponse_fields(string suffix)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);
        var sid = call.RecordingIds[0];

        using var response = await UpdateAsync(simulator.SignalWire, call.CallId, sid + suffix, ("Status", "paused"), ("PauseBehavior", "skip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(
            ["sid", "account_sid", "api_version", "call_sid", "conference_sid", "channel", "channels", "date_created", "date_updated",
             "start_time", "end_time", "duration", "price", "price_unit", "source", "status", "error_code", "uri", "subresource_uris",
             "encryption_details", "trim"],
            body.PropertyNames());
        Assert.Equal(sid, body.GetProperty("sid").GetString());
        Assert.Equal(Project, body.GetProperty("account_sid").GetString());
        Assert.Equal(call.CallId, body.GetProperty("call_sid").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("conference_sid").ValueKind);
        Assert.Equal("1", body.GetProperty("channel").GetString());
        Assert.Equal("1", body.GetProperty("channels").GetString());
        Assert.Matches(@"^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$", body.GetProperty("start_time").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("end_time").ValueKind);
        Assert.Equal(JsonValueKind.Number, body.GetProperty("duration").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("price").ValueKind);
        Assert.Equal("USD", body.GetProperty("price_unit").GetString());
        Assert.Equal("StartCallRecordingApi", body.GetProperty("source").GetString());
        Assert.Equal("paused", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("error_code").ValueKind);
        Assert.Contains(sid, body.GetProperty("uri").GetString());
        Assert.Contains(sid, body.GetProperty("subresource_uris").GetProperty("transcriptions").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("encryption_details").ValueKind);
        Assert.Equal("do-not-trim", body.GetProperty("trim").GetString());
        Assert.Equal(new RecordingSnapshot(sid, SimulatedRecordingStatus.Paused, "skip", 1), Recording(simulator, call));
    }

    [Fact]
    public async Task Resume_then_stop_then_any_update_answers_422_with_10000()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire, SimulatedRecordingStatus.Paused);
        var sid = call.RecordingIds[0];

        using var resumed = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", "in-progress"));
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal("resumed", (await resumed.ReadJsonAsync()).GetProperty("status").GetString());

        using var stopped = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", "stopped"));
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        var body = await stopped.ReadJsonAsync();
        Assert.Equal("stopped", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("end_time").ValueKind);

        foreach (var status in new[] { "in-progress", "paused", "stopped" })
        {
            using var rejected = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", status));
            await AssertErrorAsync(rejected, HttpStatusCode.UnprocessableEntity, 10000);
        }

        Assert.Equal(SimulatedRecordingStatus.Stopped, Recording(simulator, call).Status);
    }

    [Fact]
    public async Task A_resume_after_a_pause_reports_the_documented_resumed_status_until_the_next_change()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);
        var sid = call.RecordingIds[0];

        // Never paused: a resume is a no-op and the recording is simply in progress.
        var statuses = new List<string>();
        foreach (var status in new[] { "in-progress", "paused", "in-progress", "in-progress", "paused", "stopped" })
        {
            using var response = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", status));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            statuses.Add((await response.ReadJsonAsync()).GetProperty("status").GetString()!);
        }

        Assert.Equal(["in-progress", "paused", "resumed", "resumed", "paused", "stopped"], statuses);
        Assert.Equal(SimulatedRecordingStatus.Stopped, Recording(simulator, call).Status);
    }

    [Theory]
    [InlineData("in-progress")]
    [InlineData("paused")]
    [InlineData("stopped")]
    public async Task An_update_on_a_completed_call_answers_422_with_10000(string status)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);
        Assert.True(simulator.State.EndCall(SimulatedVendor.SignalWire, call.CallId));

        using var response = await UpdateAsync(simulator.SignalWire, call.CallId, call.RecordingIds[0], ("Status", status));

        await AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, 10000);
        Assert.Contains("completed", (await response.ReadJsonAsync()).GetProperty("message").GetString());
        Assert.Equal(new RecordingSnapshot(call.RecordingIds[0], SimulatedRecordingStatus.Stopped, null, 0), Recording(simulator, call));
    }

    [Fact]
    public async Task The_legacy_body_variation_drops_channel_trim_and_subresource_uris_and_sends_a_null_duration_while_running()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { Variations = new() { SignalWireLegacyRecording = true } });
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);
        var sid = call.RecordingIds[0];

        using var paused = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", "paused"));
        var body = await paused.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal(
            ["sid", "account_sid", "api_version", "call_sid", "conference_sid", "channels", "date_created", "date_updated",
             "start_time", "end_time", "duration", "price", "price_unit", "source", "status", "error_code", "uri", "encryption_details"],
            body.PropertyNames());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("duration").ValueKind);

        using var stopped = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", "stopped"));
        Assert.Equal(JsonValueKind.Number, (await stopped.ReadJsonAsync()).GetProperty("duration").ValueKind);
    }

    [Fact]
    public async Task Variations_changed_at_run_time_apply_to_the_next_request()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);
        var sid = call.RecordingIds[0];
        using var before = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", "paused"));
        Assert.True((await before.ReadJsonAsync()).TryGetProperty("trim", out _));

        simulator.State.Variations = simulator.State.Variations with { SignalWireLegacyRecording = true, ExtraUnknownFields = true };
        using var after = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", "in-progress"));

        var body = await after.ReadJsonAsync();
        Assert.False(body.TryGetProperty("trim", out _));
        Assert.Equal(JsonValueKind.String, body.GetProperty("x_simulator_note").ValueKind);
        Assert.Equal("resumed", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Pausing_a_paused_recording_is_a_200_no_op()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire, SimulatedRecordingStatus.Paused);

        using var response = await UpdateAsync(simulator.SignalWire, call.CallId, call.RecordingIds[0], ("Status", "paused"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatedRecordingStatus.Paused, Recording(simulator, call).Status);
    }

    [Theory]
    [InlineData("Status", "paused", "PlayBeep", "true")]
    [InlineData("Status", "completed", null, null)]
    [InlineData("Status", "resumed", null, null)]
    [InlineData("PauseBehavior", "skip", null, null)]
    [InlineData("Status", "paused", "PauseBehavior", "mute")]
    public async Task Unknown_fields_and_invalid_values_answer_400(string name1, string value1, string? name2, string? value2)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);
        (string, string)[] form = name2 is null ? [(name1, value1)] : [(name1, value1), (name2, value2!)];

        using var response = await UpdateAsync(simulator.SignalWire, call.CallId, call.RecordingIds[0], form);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 10000);
        Assert.Equal(0, Recording(simulator, call).AcceptedUpdates);
    }

    [Theory]
    [InlineData("Twilio.CURRENT")]
    [InlineData("REd04242a0544234abba080942e0535505")]
    [InlineData("not-a-uuid.json")]
    public async Task A_non_uuid_recording_sid_answers_400(string sid)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);

        using var response = await UpdateAsync(simulator.SignalWire, call.CallId, sid, ("Status", "paused"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 10000);
    }

    [Fact]
    public async Task A_non_uuid_call_sid_answers_400()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);

        using var response = await UpdateAsync(simulator.SignalWire, "CA" + new string('0', 32), call.RecordingIds[0], ("Status", "paused"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 10000);
    }

    [Fact]
    public async Task Unknown_call_or_recording_uuid_answers_404()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);

        using var unknownCall = await UpdateAsync(simulator.SignalWire, Guid.NewGuid().ToString(), call.RecordingIds[0], ("Status", "paused"));
        using var unknownRecording = await UpdateAsync(simulator.SignalWire, call.CallId, Guid.NewGuid().ToString(), ("Status", "paused"));

        await AssertErrorAsync(unknownCall, HttpStatusCode.NotFound, 20404);
        await AssertErrorAsync(unknownRecording, HttpStatusCode.NotFound, 20404);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Recording(simulator, call).Status);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(Project, "wrong-token")]
    [InlineData("00000000-0000-0000-0000-000000000000", SimulatorOptions.DefaultSignalWireApiToken)]
    public async Task Wrong_credentials_answer_401(string? user, string? password)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Track(TestHttp.Client(simulator.Simulator.SignalWireBaseUri, user, password));
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);

        using var response = await UpdateAsync(client, call.CallId, call.RecordingIds[0], ("Status", "paused"));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, 20003);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Recording(simulator, call).Status);
    }

    [Fact]
    public async Task An_account_in_the_path_other_than_the_project_answers_401()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire);

        using var response = await simulator.SignalWire.PostAsync(
            $"Accounts/{Guid.NewGuid()}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}",
            TestHttp.Form(("Status", "paused")));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, 20003);
    }
}
