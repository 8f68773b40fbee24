using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SdkGen.Simulator.Tests;

public sealed class TwilioTests
{
    private const string Account = SimulatorOptions.DefaultTwilioAccountSid;

    private static Task<HttpResponseMessage> UpdateAsync(HttpClient client, string callSid, string sid, params (string, string)[] form) =>
        UpdateAtAsync(client, $"2010-04-01/Accounts/{Account}/Calls/{callSid}/Recordings/{sid}.json", form);

    private static Task<HttpResponseMessage> UpdateAtAsync(HttpClient client, string path, params (string, string)[] form) =>
        client.PostAsync(path, TestHttp.Form(form));

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, int code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["code", "message", "more_info", "status"], body.PropertyNames());
        Assert.Equal(code, body.GetProperty("code").GetInt32());
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.Equal($"https://www.twilio.com/docs/errors/{code}", body.GetProperty("more_info").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
    }

    private static RecordingSnapshot Recording(TestSimulator simulator, SeededCall call, int index = 0) =>
        simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId, call.RecordingIds[index])!;

    [Fact]
    public async Task Pause_answers_200_with_the_full_call_recording_resource()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        var sid = call.RecordingIds[0];

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, sid, ("Status", "paused"), ("PauseBehavior", "skip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal(
            ["account_sid", "api_version", "call_sid", "conference_sid", "date_created", "date_updated", "start_time", "duration",
             "sid", "price", "price_unit", "status", "channels", "source", "error_code", "uri", "encryption_details", "track"],
            body.PropertyNames());
        Assert.Equal(Account, body.GetProperty("account_sid").GetString());
        Assert.Equal("2010-04-01", body.GetProperty("api_version").GetString());
        Assert.Equal(call.CallId, body.GetProperty("call_sid").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("conference_sid").ValueKind);
        foreach (var date in new[] { "date_created", "date_updated", "start_time" })
        {
            var text = body.GetProperty(date).GetString()!;
            Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$", text);
            Assert.True(DateTimeOffset.TryParseExact(text, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        }

        // As in Twilio's documented example of a paused recording: no duration and no price unit yet.
        Assert.Equal(JsonValueKind.Null, body.GetProperty("duration").ValueKind);
        Assert.Equal(sid, body.GetProperty("sid").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("price").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("price_unit").ValueKind);
        Assert.Equal("paused", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Number, body.GetProperty("channels").ValueKind);
        Assert.Equal(1, body.GetProperty("channels").GetInt32());
        Assert.Equal("StartCallRecordingAPI", body.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("error_code").ValueKind);
        Assert.Equal($"/2010-04-01/Accounts/{Account}/Calls/{call.CallId}/Recordings/{sid}.json", body.GetProperty("uri").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("encryption_details").ValueKind);
        Assert.Equal("both", body.GetProperty("track").GetString());

        Assert.Equal(new RecordingSnapshot(sid, SimulatedRecordingStatus.Paused, "skip", 1), Recording(simulator, call));
    }

    [Fact]
    public async Task Pause_without_PauseBehavior_records_silence_and_resume_returns_to_in_progress()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var paused = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "paused"));
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("silence", Recording(simulator, call).PauseBehavior);

        using var resumed = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "in-progress"));
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        var body = await resumed.ReadJsonAsync();
        Assert.Equal("in-progress", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("duration").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("price_unit").ValueKind);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Recording(simulator, call).Status);
    }

    [Fact]
    public async Task Pausing_a_paused_recording_is_a_200_no_op_that_keeps_the_first_PauseBehavior()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        using var first = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "paused"), ("PauseBehavior", "skip"));

        using var second = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "paused"), ("PauseBehavior", "silence"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("paused", (await second.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(new RecordingSnapshot(call.RecordingIds[0], SimulatedRecordingStatus.Paused, "skip", 2), Recording(simulator, call));
    }

    [Theory]
    [InlineData(SimulatedRecordingStatus.InProgress)]
    [InlineData(SimulatedRecordingStatus.Paused)]
    public async Task Stop_ends_the_recording_with_a_numeric_duration(SimulatedRecordingStatus from)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, from);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "stopped"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("stopped", body.GetProperty("status").GetString());
        Assert.Matches("^[0-9]+$", body.GetProperty("duration").GetString());
        Assert.Equal("USD", body.GetProperty("price_unit").GetString());
        Assert.Equal(SimulatedRecordingStatus.Stopped, Recording(simulator, call).Status);
    }

    [Theory]
    [InlineData("in-progress")]
    [InlineData("paused")]
    [InlineData("stopped")]
    public async Task A_stopped_recording_on_a_call_in_progress_rejects_every_update_with_400_not_21220(string status)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.Stopped);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", status));

        // 21220 means "call not in progress"; this call is in progress, only its recording has stopped.
        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 400);
        Assert.Equal(new RecordingSnapshot(call.RecordingIds[0], SimulatedRecordingStatus.Stopped, null, 0), Recording(simulator, call));
    }

    [Theory]
    [InlineData("in-progress", false)]
    [InlineData("paused", false)]
    [InlineData("stopped", false)]
    [InlineData("paused", true)]
    public async Task A_call_that_is_no_longer_in_progress_answers_21220(string status, bool useCurrent)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.Paused);
        Assert.True(simulator.State.EndCall(SimulatedVendor.Twilio, call.CallId));

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, useCurrent ? "Twilio.CURRENT" : call.RecordingIds[0], ("Status", status));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 21220);
        Assert.Equal(SimulatedRecordingStatus.Stopped, Recording(simulator, call).Status);
        Assert.Equal(0, Recording(simulator, call).AcceptedUpdates);
    }

    [Fact]
    public async Task Extra_unknown_fields_variation_adds_fields_of_every_json_kind()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { Variations = new() { ExtraUnknownFields = true } });
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "paused"));

        var body = await response.ReadJsonAsync();
        Assert.Equal("paused", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("x_simulator_note").ValueKind);
        Assert.Equal(JsonValueKind.Number, body.GetProperty("x_simulator_revision").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("x_simulator_details").GetProperty("items").ValueKind);
    }

    [Theory]
    [InlineData("Status", "completed")]
    [InlineData("Status", "processing")]
    [InlineData("Status", "absent")]
    [InlineData("Status", "PAUSED")]
    [InlineData("Status", "")]
    [InlineData("PauseBehavior", "skip")]
    public async Task A_missing_or_invalid_Status_answers_400(string field, string value)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], (field, value));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 20001);
        Assert.Equal(0, Recording(simulator, call).AcceptedUpdates);
    }

    [Fact]
    public async Task An_invalid_PauseBehavior_answers_400()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "paused"), ("PauseBehavior", "mute"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 20001);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Recording(simulator, call).Status);
    }

    [Fact]
    public async Task Unknown_form_fields_are_ignored()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, call.RecordingIds[0], ("Status", "paused"), ("PlayBeep", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(Account, "wrong-token")]
    [InlineData("AC00000000000000000000000000000000", SimulatorOptions.DefaultTwilioAuthToken)]
    public async Task Wrong_credentials_answer_401_with_20003(string? user, string? password)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Track(TestHttp.Client(simulator.Simulator.TwilioBaseUri, user, password));
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var response = await UpdateAsync(client, call.CallId, call.RecordingIds[0], ("Status", "paused"));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, 20003);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Recording(simulator, call).Status);
    }

    [Fact]
    public async Task An_account_in_the_path_other_than_the_credentials_answers_401_with_20003()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        var otherAccount = "AC" + new string('f', 32);

        using var response = await UpdateAtAsync(
            simulator.Twilio,
            $"2010-04-01/Accounts/{otherAccount}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}.json",
            ("Status", "paused"));

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, 20003);
    }

    [Fact]
    public async Task Unknown_call_or_recording_answers_404_with_20404()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        var other = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var unknownCall = await UpdateAsync(simulator.Twilio, "CA" + new string('0', 32), call.RecordingIds[0], ("Status", "paused"));
        using var unknownRecording = await UpdateAsync(simulator.Twilio, call.CallId, "RE" + new string('0', 32), ("Status", "paused"));
        using var otherCallsRecording = await UpdateAsync(simulator.Twilio, call.CallId, other.RecordingIds[0], ("Status", "paused"));
        using var withoutJsonSuffix = await UpdateAtAsync(
            simulator.Twilio, $"2010-04-01/Accounts/{Account}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}", ("Status", "paused"));

        await AssertErrorAsync(unknownCall, HttpStatusCode.NotFound, 20404);
        await AssertErrorAsync(unknownRecording, HttpStatusCode.NotFound, 20404);
        await AssertErrorAsync(otherCallsRecording, HttpStatusCode.NotFound, 20404);
        await AssertErrorAsync(withoutJsonSuffix, HttpStatusCode.NotFound, 20404);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Recording(simulator, call).Status);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Recording(simulator, other).Status);
    }

    [Fact]
    public async Task Other_methods_answer_405()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var response = await simulator.Twilio.DeleteAsync($"2010-04-01/Accounts/{Account}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}.json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(20004, (await response.ReadJsonAsync()).GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData(new SimulatedRecordingStatus[0])]
    [InlineData(new[] { SimulatedRecordingStatus.Stopped })]
    [InlineData(new[] { SimulatedRecordingStatus.Stopped, SimulatedRecordingStatus.Stopped })]
    public async Task Twilio_CURRENT_with_no_active_recording_answers_404(SimulatedRecordingStatus[] recordings)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, recordings);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, "Twilio.CURRENT", ("Status", "paused"));

        await AssertErrorAsync(response, HttpStatusCode.NotFound, 20404);
    }

    [Theory]
    [InlineData(SimulatedRecordingStatus.InProgress)]
    [InlineData(SimulatedRecordingStatus.Paused)]
    public async Task Twilio_CURRENT_with_one_active_recording_updates_that_one(SimulatedRecordingStatus activeStatus)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.Stopped, activeStatus);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, "Twilio.CURRENT", ("Status", "stopped"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(call.RecordingIds[1], (await response.ReadJsonAsync()).GetProperty("sid").GetString());
        Assert.Equal(SimulatedRecordingStatus.Stopped, Recording(simulator, call, 1).Status);
        Assert.Equal(0, Recording(simulator, call, 0).AcceptedUpdates);
    }

    [Theory]
    [InlineData(SimulatedRecordingStatus.InProgress, SimulatedRecordingStatus.InProgress)]
    [InlineData(SimulatedRecordingStatus.InProgress, SimulatedRecordingStatus.Paused)]
    public async Task Twilio_CURRENT_with_two_active_recordings_answers_16108(SimulatedRecordingStatus first, SimulatedRecordingStatus second)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, first, second);

        using var response = await UpdateAsync(simulator.Twilio, call.CallId, "Twilio.CURRENT", ("Status", "paused"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, 16108);
        Assert.Equal(first, Recording(simulator, call, 0).Status);
        Assert.Equal(second, Recording(simulator, call, 1).Status);
    }
}
