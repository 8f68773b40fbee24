using System.Net;
using System.Text.Json;

namespace SdkGen.Simulator.Tests;

public sealed class GenesysTests
{
    internal static Task<HttpResponseMessage> OperateAsync(HttpClient client, string callId, string operationName) =>
        client.PostAsync($"api/v2/me/calls/{callId}", TestHttp.Json($$"""{"operationName":"{{operationName}}"}"""));

    internal static async Task AssertStatusCodeAsync(HttpResponseMessage response, HttpStatusCode status, int statusCode)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(statusCode, body.GetProperty("statusCode").GetInt32());
        if (statusCode == 0)
        {
            Assert.Equal(["statusCode"], body.PropertyNames());
        }
        else
        {
            Assert.Equal(["statusCode", "statusMessage"], body.PropertyNames());
            Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("statusMessage").GetString()));
        }
    }

    private static SimulatedRecordingStatus Status(TestSimulator simulator, SeededCall call) =>
        simulator.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status;

    [Theory]
    [InlineData(SimulatedRecordingStatus.InProgress, "PauseCallRecording", SimulatedRecordingStatus.Paused)]
    [InlineData(SimulatedRecordingStatus.Paused, "ResumeCallRecording", SimulatedRecordingStatus.InProgress)]
    [InlineData(SimulatedRecordingStatus.InProgress, "StopCallRecording", SimulatedRecordingStatus.Stopped)]
    [InlineData(SimulatedRecordingStatus.Paused, "StopCallRecording", SimulatedRecordingStatus.Stopped)]
    [InlineData(SimulatedRecordingStatus.Stopped, "StartCallRecording", SimulatedRecordingStatus.InProgress)]
    public async Task Valid_operations_answer_statusCode_0_and_change_the_state(
        SimulatedRecordingStatus from, string operation, SimulatedRecordingStatus to)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys, from);

        using var response = await OperateAsync(simulator.Genesys, call.CallId, operation);

        await AssertStatusCodeAsync(response, HttpStatusCode.OK, 0);
        Assert.Equal(to, Status(simulator, call));
    }

    [Theory]
    [InlineData(SimulatedRecordingStatus.InProgress, "ResumeCallRecording")]
    [InlineData(SimulatedRecordingStatus.InProgress, "StartCallRecording")]
    [InlineData(SimulatedRecordingStatus.Paused, "PauseCallRecording")]
    [InlineData(SimulatedRecordingStatus.Paused, "StartCallRecording")]
    [InlineData(SimulatedRecordingStatus.Stopped, "PauseCallRecording")]
    [InlineData(SimulatedRecordingStatus.Stopped, "ResumeCallRecording")]
    [InlineData(SimulatedRecordingStatus.Stopped, "StopCallRecording")]
    public async Task Operations_invalid_in_the_current_state_answer_200_with_statusCode_2(SimulatedRecordingStatus from, string operation)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys, from);

        using var response = await OperateAsync(simulator.Genesys, call.CallId, operation);

        await AssertStatusCodeAsync(response, HttpStatusCode.OK, 2);
        Assert.Equal(from, Status(simulator, call));
    }

    [Fact]
    public async Task A_call_seeded_without_recording_can_be_started()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys, recordingCount: 0);
        Assert.Equal(SimulatedRecordingStatus.Stopped, Status(simulator, call));

        using var response = await OperateAsync(simulator.Genesys, call.CallId, "StartCallRecording");

        await AssertStatusCodeAsync(response, HttpStatusCode.OK, 0);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Status(simulator, call));
    }

    [Fact]
    public async Task An_unknown_call_answers_200_with_statusCode_6()
    {
        await using var simulator = await TestSimulator.StartAsync();

        using var response = await OperateAsync(simulator.Genesys, "01RCC3N118B1V0SL807GK2LAES99999V", "PauseCallRecording");

        await AssertStatusCodeAsync(response, HttpStatusCode.OK, 6);
    }

    [Fact]
    public async Task A_call_that_was_hung_up_answers_200_with_statusCode_6()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        Assert.True(simulator.State.EndCall(SimulatedVendor.Genesys, call.CallId));

        using var response = await OperateAsync(simulator.Genesys, call.CallId, "StartCallRecording");

        await AssertStatusCodeAsync(response, HttpStatusCode.OK, 6);
        Assert.Equal(SimulatedRecordingStatus.Stopped, Status(simulator, call));
    }

    [Theory]
    [InlineData("{}", 1)]
    [InlineData("""{"operationName":""}""", 1)]
    [InlineData("""{"operationName":7}""", 1)]
    [InlineData("not json", 1)]
    [InlineData("""{"operationName":"HoldCall"}""", 10)]
    [InlineData("""{"operationName":"pausecallrecording"}""", 10)]
    public async Task A_malformed_request_answers_400(string body, int statusCode)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);

        using var response = await simulator.Genesys.PostAsync($"api/v2/me/calls/{call.CallId}", TestHttp.Json(body));

        await AssertStatusCodeAsync(response, HttpStatusCode.BadRequest, statusCode);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Status(simulator, call));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("agent", "wrong")]
    public async Task Wrong_credentials_answer_401(string? user, string? password)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = simulator.Track(TestHttp.Client(simulator.Simulator.GenesysBaseUri, user, password));
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);

        using var operation = await OperateAsync(client, call.CallId, "PauseCallRecording");
        using var me = await client.GetAsync("api/v2/me");

        await AssertStatusCodeAsync(operation, HttpStatusCode.Unauthorized, 20);
        await AssertStatusCodeAsync(me, HttpStatusCode.Unauthorized, 20);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Status(simulator, call));
    }

    [Fact]
    public async Task Me_returns_the_user_without_csrf_headers_when_csrf_is_off()
    {
        await using var simulator = await TestSimulator.StartAsync();

        using var response = await simulator.Genesys.GetAsync("api/v2/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(0, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("agent", body.GetProperty("user").GetProperty("userName").GetString());
        Assert.False(response.Headers.Contains("X-CSRF-TOKEN"));
        Assert.False(response.Headers.Contains("X-CSRF-HEADER"));
    }

    [Fact]
    public async Task Csrf_on_rejects_a_post_without_token_and_cookie_with_403()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { GenesysCsrfEnabled = true });
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);

        using var response = await OperateAsync(simulator.Genesys, call.CallId, "PauseCallRecording");

        await AssertCsrfRejectedAsync(response);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Status(simulator, call));
    }

    [Fact]
    public async Task Csrf_on_accepts_a_post_echoing_the_token_with_the_session_cookie()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { GenesysCsrfEnabled = true });
        var client = CookieClient(simulator);
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);

        var token = await FetchCsrfTokenAsync(client);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        using var response = await OperateAsync(client, call.CallId, "PauseCallRecording");

        await AssertStatusCodeAsync(response, HttpStatusCode.OK, 0);
        Assert.Equal(SimulatedRecordingStatus.Paused, Status(simulator, call));
    }

    [Fact]
    public async Task Csrf_on_rejects_a_token_without_its_cookie_and_a_cookie_with_a_wrong_token()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { GenesysCsrfEnabled = true });
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var withCookies = CookieClient(simulator);
        var token = await FetchCsrfTokenAsync(withCookies);

        // The right token, but no cookie (the default client keeps none).
        using var tokenOnly = new HttpRequestMessage(HttpMethod.Post, $"api/v2/me/calls/{call.CallId}")
        {
            Content = TestHttp.Json("""{"operationName":"PauseCallRecording"}"""),
        };
        tokenOnly.Headers.Add("X-CSRF-TOKEN", token);
        using var tokenOnlyResponse = await simulator.Genesys.SendAsync(tokenOnly);

        // The cookie, but another token.
        withCookies.DefaultRequestHeaders.Add("X-CSRF-TOKEN", Guid.NewGuid().ToString());
        using var wrongTokenResponse = await OperateAsync(withCookies, call.CallId, "PauseCallRecording");

        await AssertCsrfRejectedAsync(tokenOnlyResponse);
        await AssertCsrfRejectedAsync(wrongTokenResponse);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Status(simulator, call));
    }

    [Fact]
    public async Task Csrf_on_rejects_an_expired_token_until_a_new_one_is_fetched()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { GenesysCsrfEnabled = true });
        var client = CookieClient(simulator);
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var oldToken = await FetchCsrfTokenAsync(client);

        simulator.State.ExpireGenesysCsrfTokens();
        using var expired = new HttpRequestMessage(HttpMethod.Post, $"api/v2/me/calls/{call.CallId}")
        {
            Content = TestHttp.Json("""{"operationName":"PauseCallRecording"}"""),
        };
        expired.Headers.Add("X-CSRF-TOKEN", oldToken);
        using var expiredResponse = await client.SendAsync(expired);

        await AssertCsrfRejectedAsync(expiredResponse);
        Assert.Equal(SimulatedRecordingStatus.InProgress, Status(simulator, call));

        var newToken = await FetchCsrfTokenAsync(client);
        Assert.NotEqual(oldToken, newToken);
        using var renewed = new HttpRequestMessage(HttpMethod.Post, $"api/v2/me/calls/{call.CallId}")
        {
            Content = TestHttp.Json("""{"operationName":"PauseCallRecording"}"""),
        };
        renewed.Headers.Add("X-CSRF-TOKEN", newToken);
        using var renewedResponse = await client.SendAsync(renewed);

        await AssertStatusCodeAsync(renewedResponse, HttpStatusCode.OK, 0);
        Assert.Equal(SimulatedRecordingStatus.Paused, Status(simulator, call));
    }

    [Fact]
    public async Task The_admin_endpoint_expires_csrf_tokens_too()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { GenesysCsrfEnabled = true });
        var client = CookieClient(simulator);
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await FetchCsrfTokenAsync(client));

        using var expire = await simulator.Admin.PostAsync("admin/genesys/expire-csrf", null);
        using var response = await OperateAsync(client, call.CallId, "PauseCallRecording");

        Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
        await AssertCsrfRejectedAsync(response);
    }

    /// <summary>GWS answers a CSRF failure as its Spring Security filter does: 403 with a plain-text body, no statusCode JSON.</summary>
    internal static async Task AssertCsrfRejectedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Missing or invalid Csrf token", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A Genesys client that keeps cookies, as a browser or the SDK would.</summary>
    internal static HttpClient CookieClient(TestSimulator simulator) =>
        simulator.Track(TestHttp.Client(
            simulator.Simulator.GenesysBaseUri,
            simulator.Options.GenesysUsername,
            simulator.Options.GenesysPassword,
            new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }));

    /// <summary>GET /api/v2/me and return the CSRF token it hands out (the cookie lands in the client's container).</summary>
    internal static async Task<string> FetchCsrfTokenAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/v2/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("X-CSRF-TOKEN", Assert.Single(response.Headers.GetValues("X-CSRF-HEADER")));
        var token = Assert.Single(response.Headers.GetValues("X-CSRF-TOKEN"));
        Assert.True(Guid.TryParse(token, out _));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("JSESSIONID=", StringComparison.Ordinal));
        return token;
    }

    internal static JsonElement Single(JsonElement array, string channel) =>
        Assert.Single(array.EnumerateArray(), m => m.GetProperty("channel").GetString() == channel);
}
