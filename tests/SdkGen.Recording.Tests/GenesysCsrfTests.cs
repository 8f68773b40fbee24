using System.Net;
using System.Text;
using System.Text.Json;
using SdkGen.Recording.Genesys;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests;

/// <summary>
/// GWS CSRF protection over real HTTP against the simulator: <see cref="GenesysCsrfHandler"/> fetches the token from
/// <c>GET /api/v2/me</c>, echoes it with the <c>JSESSIONID</c> cookie, and refreshes it once on a 403.
/// </summary>
public sealed class GenesysCsrfTests
{
    private const string CsrfHeader = "X-CSRF-TOKEN";
    private const string MePath = "/genesys/api/v2/me";

    private static readonly CallRecordingOperationRequest Pause = new(CallRecordingOperationName.PauseCallRecording);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_handler_fetches_the_token_and_echoes_it_with_the_session_cookie(bool useCookies)
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler { UseCookies = useCookies }));

        ApiStatus status = await Client(simulator, http).PerformCallRecordingOperationAsync(call.CallId, Pause);

        Assert.Equal(0, status.StatusCode);
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status);
        var requests = simulator.State.GetRequests(SimulatedVendor.Genesys);
        Assert.Equal(2, requests.Count);
        AssertRequest(requests[0], "GET", MePath);
        Assert.Equal(Authorization(simulator), requests[0].Headers["Authorization"]);
        AssertRequest(requests[1], "POST", CallPath(call));
        Assert.Equal(Authorization(simulator), requests[1].Headers["Authorization"]);
        Assert.True(Guid.TryParse(requests[1].Headers[CsrfHeader], out _), "the CSRF token is a UUID");
        string session = Assert.Single(SessionCookies(requests[1]).Distinct());
        Assert.Matches("^[0-9A-F]{32}$", session);
        Assert.Equal("{\"operationName\":\"PauseCallRecording\"}", requests[1].Body);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task After_the_tokens_expire_the_next_pause_refreshes_once_and_succeeds(bool useCookies)
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall first = simulator.State.AddCall(SimulatedVendor.Genesys);
        SeededCall second = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler { UseCookies = useCookies }));
        GenesysClient client = Client(simulator, http);
        await client.PerformCallRecordingOperationAsync(first.CallId, Pause);

        simulator.State.ExpireGenesysCsrfTokens();
        ApiStatus status = await client.PerformCallRecordingOperationAsync(second.CallId, Pause);

        Assert.Equal(0, status.StatusCode);
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Genesys, second.CallId)!.Status);
        var requests = simulator.State.GetRequests(SimulatedVendor.Genesys);
        Assert.Equal(5, requests.Count);
        AssertRequest(requests[0], "GET", MePath);
        AssertRequest(requests[1], "POST", CallPath(first));
        AssertRequest(requests[2], "POST", CallPath(second));   // stale token: 403
        AssertRequest(requests[3], "GET", MePath);               // the one refresh
        AssertRequest(requests[4], "POST", CallPath(second));   // fresh token: accepted
        string oldToken = requests[1].Headers[CsrfHeader];
        Assert.Equal(oldToken, requests[2].Headers[CsrfHeader]);
        Assert.NotEqual(oldToken, requests[4].Headers[CsrfHeader]);
        string oldSession = Assert.Single(SessionCookies(requests[1]).Distinct());
        string newSession = Assert.Single(SessionCookies(requests[4]).Distinct());
        Assert.NotEqual(oldSession, newSession);
        Assert.Equal(requests[1].Body, requests[4].Body);
    }

    [Fact]
    public async Task Later_requests_reuse_the_token_without_another_GET()
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler()));
        GenesysClient client = Client(simulator, http);

        await client.PerformCallRecordingOperationAsync(call.CallId, Pause);
        await client.PerformCallRecordingOperationAsync(call.CallId, new CallRecordingOperationRequest(CallRecordingOperationName.ResumeCallRecording));
        await client.PerformCallRecordingOperationAsync(call.CallId, new CallRecordingOperationRequest(CallRecordingOperationName.StopCallRecording));

        Assert.Equal(SimulatedRecordingStatus.Stopped, simulator.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status);
        var requests = simulator.State.GetRequests(SimulatedVendor.Genesys);
        Assert.Equal(["GET", "POST", "POST", "POST"], requests.Select(r => r.Method));
        Assert.Single(requests.Skip(1).Select(r => r.Headers[CsrfHeader]).Distinct());
    }

    [Fact]
    public async Task Concurrent_first_requests_fetch_the_token_once()
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall[] calls = Enumerable.Range(0, 4).Select(_ => simulator.State.AddCall(SimulatedVendor.Genesys)).ToArray();
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler()));
        GenesysClient client = Client(simulator, http);

        ApiStatus[] results = await Task.WhenAll(calls.Select(c => client.PerformCallRecordingOperationAsync(c.CallId, Pause)));

        Assert.All(results, r => Assert.Equal(0, r.StatusCode));
        var requests = simulator.State.GetRequests(SimulatedVendor.Genesys);
        Assert.Single(requests, r => r.Method == "GET");
        Assert.Equal(4, requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Without_the_handler_the_pause_fails_with_403()
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() => Client(simulator, http).PerformCallRecordingOperationAsync(call.CallId, Pause));

        // GWS answers a missing token with a plain-text body, not its JSON status: no statusCode to report.
        Assert.Equal(403, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.Equal("Missing or invalid Csrf token", ex.ResponseBody);
        Assert.DoesNotContain(simulator.Options.GenesysPassword, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(SimulatedRecordingStatus.InProgress, simulator.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status);
        var request = Assert.Single(simulator.State.GetRequests(SimulatedVendor.Genesys));
        Assert.False(request.Headers.ContainsKey(CsrfHeader));
    }

    [Fact]
    public async Task With_CSRF_disabled_the_handler_passes_requests_through()
    {
        await using var simulator = await StartAsync(csrf: false);
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler()));

        ApiStatus status = await Client(simulator, http).PerformCallRecordingOperationAsync(call.CallId, Pause);

        Assert.Equal(0, status.StatusCode);
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!.Status);
        var post = Assert.Single(simulator.State.GetRequests(SimulatedVendor.Genesys), r => r.Method == "POST");
        Assert.False(post.Headers.ContainsKey(CsrfHeader));
        Assert.False(post.Headers.ContainsKey("X-CSRF-HEADER"));
        Assert.Equal("{\"operationName\":\"PauseCallRecording\"}", post.Body);
    }

    [Fact]
    public async Task GET_requests_pass_through_the_handler_untouched()
    {
        await using var simulator = await StartAsync(csrf: true);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler { UseCookies = false }));

        ApiStatus status = await Client(simulator, http).GetCurrentUserAsync();

        Assert.Equal(0, status.StatusCode);
        var request = Assert.Single(simulator.State.GetRequests(SimulatedVendor.Genesys));
        AssertRequest(request, "GET", MePath);
        Assert.False(request.Headers.ContainsKey(CsrfHeader));
        Assert.False(request.Headers.ContainsKey("Cookie"));
    }

    [Fact]
    public async Task With_wrong_credentials_the_handler_retries_at_most_once()
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler()));
        var client = new GenesysClient(http, new GenesysClientOptions { Endpoint = simulator.GenesysBaseUri, BasicAuth = new BasicCredentials(simulator.Options.GenesysUsername, "wrong-password") });

        var ex = await Assert.ThrowsAnyAsync<ApiException>(() => client.PerformCallRecordingOperationAsync(call.CallId, Pause));

        Assert.Equal(401, ex.Status);

        // The refused token request is the answer: the POST is never sent without a token.
        Assert.Equal(["GET"], simulator.State.GetRequests(SimulatedVendor.Genesys).Select(r => r.Method));
        Assert.DoesNotContain("wrong-password", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_wrong_credentials_the_error_says_so()
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler()));
        var client = new GenesysClient(http, new GenesysClientOptions { Endpoint = simulator.GenesysBaseUri, BasicAuth = new BasicCredentials(simulator.Options.GenesysUsername, "wrong-password") });

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() => client.PerformCallRecordingOperationAsync(call.CallId, Pause));

        Assert.Equal(401, ex.Status);
        Assert.Equal("20", ex.ErrorCode);
    }

    [Fact]
    public async Task The_CometD_notification_after_a_pause_and_a_resume_parses_with_ParseMessages()
    {
        await using var simulator = await StartAsync(csrf: true);
        SeededCall call = simulator.State.AddCall(SimulatedVendor.Genesys);
        using var http = new HttpClient(new GenesysCsrfHandler(new HttpClientHandler()));
        GenesysClient client = Client(simulator, http);
        using JsonDocument handshake = JsonDocument.Parse(await BayeuxAsync(simulator, http,
            "[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\",\"supportedConnectionTypes\":[\"long-polling\"],\"id\":\"1\"}]"));
        string clientId = handshake.RootElement[0].GetProperty("clientId").GetString()!;
        await BayeuxAsync(simulator, http, "[{\"channel\":\"/meta/subscribe\",\"clientId\":\"" + clientId + "\",\"subscription\":\"/v2/me/calls\",\"id\":\"2\"}]");
        string connect = "[{\"channel\":\"/meta/connect\",\"clientId\":\"" + clientId + "\",\"connectionType\":\"long-polling\",\"advice\":{\"timeout\":5000},\"id\":\"3\"}]";

        await client.PerformCallRecordingOperationAsync(call.CallId, Pause);
        string afterPause = await BayeuxAsync(simulator, http, connect);
        await client.PerformCallRecordingOperationAsync(call.CallId, new CallRecordingOperationRequest(CallRecordingOperationName.ResumeCallRecording));
        string afterResume = await BayeuxAsync(simulator, http, connect);

        // Real GWS interleaves other notification types (StatusChange, ParticipantsUpdated) on the same channel.
        CallStateChangeNotification paused = Assert.Single(RecordingChanges(afterPause));
        Assert.Equal("/v2/me/calls", paused.Channel);
        Assert.Equal("CallStateChangeMessage", paused.Data!.MessageType);
        Assert.Equal("CallRecordingStateChange", paused.Data.NotificationType);
        Assert.Equal(call.CallId, paused.Data.Call!.Id);
        Assert.Equal(CallRecordingState.Paused, paused.Data.Call.RecordingState);
        Assert.Equal(["ResumeCallRecording", "StopCallRecording"], paused.Data.Call.Capabilities!.Order());
        Assert.Equal(GsipRecordState.Paused, paused.Data.Call.UserData!.GsipRecord);

        CallStateChangeNotification resumed = Assert.Single(RecordingChanges(afterResume));
        Assert.Equal(CallRecordingState.Recording, resumed.Data!.Call!.RecordingState);
        Assert.Equal(["PauseCallRecording", "StopCallRecording"], resumed.Data.Call.Capabilities!.Order());
        Assert.Equal(GsipRecordState.On, resumed.Data.Call.UserData!.GsipRecord);
    }

    private static IEnumerable<CallStateChangeNotification> RecordingChanges(string messages) =>
        CallStateChangeNotification.ParseMessages(messages).Where(n => n.Data?.NotificationType == "CallRecordingStateChange");

    private static Task<VendorSimulator> StartAsync(bool csrf) =>
        VendorSimulator.StartAsync(new SimulatorOptions { GenesysCsrfEnabled = csrf });

    private static GenesysClient Client(VendorSimulator simulator, HttpClient http) =>
        new(http, new GenesysClientOptions
        {
            Endpoint = simulator.GenesysBaseUri,
            BasicAuth = new BasicCredentials(simulator.Options.GenesysUsername, simulator.Options.GenesysPassword),
        });

    private static string Authorization(VendorSimulator simulator) =>
        Infrastructure.Vendors.BasicAuthorization(simulator.Options.GenesysUsername, simulator.Options.GenesysPassword);

    private static string CallPath(SeededCall call) => "/genesys/api/v2/me/calls/" + call.CallId;

    private static void AssertRequest(RecordedRequest request, string method, string path)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
    }

    // Every JSESSIONID value in the Cookie header (a cookie container and the handler may both have added one).
    private static string[] SessionCookies(RecordedRequest request)
    {
        Assert.True(request.Headers.TryGetValue("Cookie", out string? header), "the request carries a Cookie header");
        return header!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => pair.StartsWith("JSESSIONID=", StringComparison.Ordinal))
            .Select(pair => pair.Substring("JSESSIONID=".Length))
            .ToArray();
    }

    private static async Task<string> BayeuxAsync(VendorSimulator simulator, HttpClient http, string messages)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(simulator.GenesysBaseUri, "api/v2/notifications"))
        {
            Content = new StringContent(messages, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new BasicCredentials(simulator.Options.GenesysUsername, simulator.Options.GenesysPassword).ToAuthorizationHeader();
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, "CometD answered " + (int)response.StatusCode + ": " + body);
        return body;
    }
}
