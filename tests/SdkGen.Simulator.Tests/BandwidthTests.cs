using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SdkGen.Simulator.Tests;

public sealed class BandwidthTests
{
    private const string Account = SimulatorOptions.DefaultBandwidthAccountId;

    private static Task<HttpResponseMessage> PutStateAsync(HttpClient client, string callId, string body, string account = Account) =>
        client.PutAsync($"accounts/{account}/calls/{callId}/recording", TestHttp.Json(body));

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["type", "description", "id"], body.PropertyNames());
        Assert.Equal(type, body.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("description").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Pause_then_resume_answers_200_with_an_empty_body_and_changes_the_state()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Bandwidth;
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);

        using var paused = await PutStateAsync(client, call.CallId, """{"state":"paused"}""");
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Empty(await paused.Content.ReadAsByteArrayAsync());
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);

        using var resumed = await PutStateAsync(client, call.CallId, """{"state":"recording"}""");
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        var recording = simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId, call.RecordingIds[0])!;
        Assert.Equal(SimulatedRecordingStatus.InProgress, recording.Status);
        Assert.Equal(2, recording.AcceptedUpdates);
    }

    [Theory]
    [InlineData(SimulatedRecordingStatus.Paused, "paused")]
    [InlineData(SimulatedRecordingStatus.InProgress, "recording")]
    public async Task Asking_for_the_current_state_is_accepted_as_a_no_op(SimulatedRecordingStatus current, string requested)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Bandwidth;
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth, current);

        using var response = await PutStateAsync(client, call.CallId, $$"""{"state":"{{requested}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(current, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("bw-user", "wrong")]
    [InlineData("someone", "bw-password")]
    public async Task Wrong_or_missing_credentials_answer_401(string? user, string? password)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Track(TestHttp.Client(simulator.Simulator.BandwidthBaseUri, user, password));
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);

        using var response = await PutStateAsync(client, call.CallId, """{"state":"paused"}""");

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "authentication-error");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
        Assert.Equal(SimulatedRecordingStatus.InProgress, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task An_unknown_call_answers_404_validation_in_Bandwidths_documented_wording()
    {
        await using var simulator = await TestSimulator.StartAsync();
        const string Unknown = "c-00000000-00000000-0000-0000-0000-000000000000";

        using var response = await PutStateAsync(simulator.Bandwidth, Unknown, """{"state":"paused"}""");

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "validation");
        Assert.Equal($"Call [{Unknown}] not found", (await response.ReadJsonAsync()).GetProperty("description").GetString());
    }

    [Fact]
    public async Task An_account_the_credentials_do_not_grant_answers_401_authentication_error()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);

        using var response = await PutStateAsync(simulator.Bandwidth, call.CallId, """{"state":"paused"}""", account: "1234567");

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "authentication-error");
        Assert.Equal(SimulatedRecordingStatus.InProgress, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task A_call_that_was_hung_up_answers_404_and_its_recording_is_stopped()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        Assert.True(simulator.State.EndCall(SimulatedVendor.Bandwidth, call.CallId));

        using var response = await PutStateAsync(simulator.Bandwidth, call.CallId, """{"state":"paused"}""");

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "validation");
        Assert.Equal(SimulatedRecordingStatus.Stopped, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
        Assert.True(simulator.State.GetCall(SimulatedVendor.Bandwidth, call.CallId)!.IsEnded);
    }

    [Fact]
    public async Task A_call_without_an_active_recording_answers_404()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Bandwidth;
        var noRecording = simulator.State.AddCall(SimulatedVendor.Bandwidth, recordingCount: 0);
        var stopped = simulator.State.AddCall(SimulatedVendor.Bandwidth, SimulatedRecordingStatus.Stopped);

        using var first = await PutStateAsync(client, noRecording.CallId, """{"state":"paused"}""");
        using var second = await PutStateAsync(client, stopped.CallId, """{"state":"recording"}""");

        await AssertErrorAsync(first, HttpStatusCode.NotFound, "validation");
        await AssertErrorAsync(second, HttpStatusCode.NotFound, "validation");
        Assert.Equal(SimulatedRecordingStatus.Stopped, simulator.State.GetRecording(SimulatedVendor.Bandwidth, stopped.CallId)!.Status);
    }

    [Theory]
    [InlineData("""{"state":"NOT_RECORDING",}""")]
    [InlineData("""{"state":"NOT_RECORDING"}""")]
    [InlineData("""{"state":"PAUSED"}""")]
    [InlineData("""{"state":null}""")]
    [InlineData("""{"state":1}""")]
    [InlineData("""{}""")]
    [InlineData("""[]""")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task An_invalid_body_answers_400(string body)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Bandwidth;
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);

        using var response = await PutStateAsync(client, call.CallId, body);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(0, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.AcceptedUpdates);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_content_answers_415(string? contentType)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Bandwidth;
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using var content = new ByteArrayContent("""{"state":"paused"}"""u8.ToArray());
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await client.PutAsync($"accounts/{Account}/calls/{call.CallId}/recording", content);

        await AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "validation");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Other_methods_answer_405_with_Allow_PUT(string method)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Bandwidth;
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using var request = new HttpRequestMessage(new HttpMethod(method), $"accounts/{Account}/calls/{call.CallId}/recording");

        using var response = await client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.MethodNotAllowed, "validation");
        Assert.Equal(["PUT"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Injected_throttling_and_outages_use_Bandwidths_error_type(int status)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using (var add = await simulator.Admin.PostAsync(
            "admin/faults",
            TestHttp.Json($$"""{"kind":"{{(status == 429 ? "too-many-requests" : "service-unavailable")}}","vendor":"bandwidth"}""")))
        {
            Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        }

        using var response = await PutStateAsync(simulator.Bandwidth, call.CallId, """{"state":"paused"}""");

        // 429 "error" is documented on Bandwidth's rate-limit page; 503 uses the same generic type (undocumented).
        await AssertErrorAsync(response, (HttpStatusCode)status, "error");
    }
}
