using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using SdkGen.Runtime;
using SdkGen.Runtime.Internal;

namespace SdkGen.Simulator.Tests;

/// <summary>Bandwidth's OAuth 2.0 client-credentials token endpoint, and the Voice API accepting the Bearer tokens it issues.</summary>
public sealed class BandwidthOAuthTests
{
    private const string Account = SimulatorOptions.DefaultBandwidthAccountId;

    /// <summary>The <c>tokenUrl</c> of Bandwidth's published API description (specs/bandwidth.yaml).</summary>
    private const string PublishedTokenUrl = "https://api.bandwidth.com/api/v1/oauth2/token";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_token_endpoint_issues_a_Bearer_token_that_the_Voice_API_accepts()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using var http = simulator.Track(new HttpClient());

        using var tokenResponse = await RequestTokenAsync(http, simulator, SimulatorOptions.DefaultBandwidthClientId, SimulatorOptions.DefaultBandwidthClientSecret);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.True(tokenResponse.Headers.CacheControl!.NoStore);
        var body = await tokenResponse.ReadJsonAsync();
        Assert.Equal(["access_token", "token_type", "expires_in"], body.PropertyNames());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        string token = body.GetProperty("access_token").GetString()!;

        using var paused = await PauseAsync(http, simulator, call.CallId, new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task The_token_endpoint_is_served_at_the_path_of_Bandwidths_published_token_URL()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var http = simulator.Track(new HttpClient());

        using var tokenResponse = await RequestTokenAsync(http, simulator, SimulatorOptions.DefaultBandwidthClientId, SimulatorOptions.DefaultBandwidthClientSecret);

        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        // Under the simulator's vendor root, the path the real host sees.
        string expected = "/bandwidth" + new Uri(PublishedTokenUrl).AbsolutePath;
        Assert.Equal(expected, simulator.Simulator.BandwidthTokenUri.AbsolutePath);
        Assert.Equal(expected, Assert.Single(simulator.State.GetRequests(SimulatedVendor.Bandwidth)).Path);
    }

    [Fact]
    public async Task Basic_credentials_are_still_accepted_beside_Bearer()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);

        using var paused = await PauseAsync(simulator.Bandwidth, simulator, call.CallId, null);

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
    }

    [Theory]
    [InlineData("a-token-never-issued")]
    [InlineData("")]
    public async Task A_Bearer_token_not_issued_here_is_refused_with_both_challenges(string token)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using var http = simulator.Track(new HttpClient());
        using var request = PauseRequest(simulator, call.CallId);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["Basic", "Bearer"], response.Headers.WwwAuthenticate.Select(c => c.Scheme));
        Assert.Equal(SimulatedRecordingStatus.InProgress, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task A_token_expires_after_its_lifetime_on_the_simulator_clock()
    {
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { TimeProvider = _time, BandwidthTokenLifetime = TimeSpan.FromMinutes(5) });
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using var http = simulator.Track(new HttpClient());
        using var tokenResponse = await RequestTokenAsync(http, simulator, SimulatorOptions.DefaultBandwidthClientId, SimulatorOptions.DefaultBandwidthClientSecret);
        var body = await tokenResponse.ReadJsonAsync();
        Assert.Equal(300, body.GetProperty("expires_in").GetInt32());
        var bearer = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());

        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        using (var stillValid = await PauseAsync(http, simulator, call.CallId, bearer))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        _time.Advance(TimeSpan.FromTicks(1));
        using var expired = await PauseAsync(http, simulator, call.CallId, bearer);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_is_refused()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using var http = simulator.Track(new HttpClient());
        using var tokenResponse = await RequestTokenAsync(http, simulator, SimulatorOptions.DefaultBandwidthClientId, SimulatorOptions.DefaultBandwidthClientSecret);
        var bearer = new AuthenticationHeaderValue("Bearer", (await tokenResponse.ReadJsonAsync()).GetProperty("access_token").GetString());

        simulator.Simulator.RevokeBandwidthTokens();

        using var response = await PauseAsync(http, simulator, call.CallId, bearer);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(SimulatorOptions.DefaultBandwidthClientId, "wrong-secret")]
    [InlineData("someone-else", SimulatorOptions.DefaultBandwidthClientSecret)]
    [InlineData(SimulatorOptions.DefaultBandwidthUsername, SimulatorOptions.DefaultBandwidthPassword)]
    public async Task Wrong_client_credentials_are_401_invalid_client(string clientId, string secret)
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var http = simulator.Track(new HttpClient());

        using var response = await RequestTokenAsync(http, simulator, clientId, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task A_grant_other_than_client_credentials_is_400_unsupported_grant_type()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var http = simulator.Track(new HttpClient());

        using var response = await RequestTokenAsync(http, simulator, SimulatorOptions.DefaultBandwidthClientId, SimulatorOptions.DefaultBandwidthClientSecret, grantType: "password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_400_and_another_method_405()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var http = simulator.Track(new HttpClient());

        using var json = new HttpRequestMessage(HttpMethod.Post, simulator.Simulator.BandwidthTokenUri) { Content = TestHttp.Json("""{"grant_type":"client_credentials"}""") };
        json.Headers.Authorization = TestHttp.BasicHeader(SimulatorOptions.DefaultBandwidthClientId, SimulatorOptions.DefaultBandwidthClientSecret);
        using var notForm = await http.SendAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, notForm.StatusCode);
        Assert.Equal("invalid_request", (await notForm.ReadJsonAsync()).GetProperty("error").GetString());

        using var get = await http.GetAsync(simulator.Simulator.BandwidthTokenUri);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task Client_credentials_are_form_url_decoded_before_comparison()
    {
        const string id = "client id:1";
        const string secret = "p@ss+word/é";
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { BandwidthClientId = id, BandwidthClientSecret = secret });
        using var http = simulator.Track(new HttpClient());
        using var request = TokenRequest(simulator, "client_credentials");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("client+id%3A1:p%40ss%2Bword%2F%C3%A9")));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_runtime_token_source_obtains_a_token_and_the_request_sender_uses_it()
    {
        const string secret = "s3cr+t/é";
        await using var simulator = await TestSimulator.StartAsync(new SimulatorOptions { BandwidthClientSecret = secret });
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        using var http = simulator.Track(new HttpClient());
        // The spec's token URL is Bandwidth's; the credentials' override points the source at the simulator.
        var overridden = new OAuth2TokenSource(
            new OAuth2ClientCredentials(SimulatorOptions.DefaultBandwidthClientId, secret, tokenUrl: simulator.Simulator.BandwidthTokenUri),
            new Uri(PublishedTokenUrl),
            http);
        Assert.Equal(simulator.Simulator.BandwidthTokenUri, overridden.TokenUrl);

        using var first = await SendPauseAsync(http, simulator, overridden, call.CallId);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // A rotation revokes the token: the sender gets 401, fetches a new token and resends once.
        simulator.Simulator.RevokeBandwidthTokens();
        using var second = await SendPauseAsync(http, simulator, overridden, call.CallId);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var requests = simulator.State.GetRequests(SimulatedVendor.Bandwidth).Select(r => r.Path).ToArray();
        Assert.Equal(2, requests.Count(p => p.EndsWith("/oauth2/token", StringComparison.Ordinal)));
        Assert.Equal(3, requests.Count(p => p.EndsWith("/recording", StringComparison.Ordinal)));
    }

    private static Task<HttpResponseMessage> SendPauseAsync(HttpClient http, TestSimulator simulator, OAuth2TokenSource tokens, string callId) =>
        OAuth2RequestSender.SendAsync(http, tokens, () => PauseRequest(simulator, callId), HttpCompletionOption.ResponseContentRead, CancellationToken.None);

    private static HttpRequestMessage TokenRequest(TestSimulator simulator, string grantType) =>
        new(HttpMethod.Post, simulator.Simulator.BandwidthTokenUri) { Content = TestHttp.Form(("grant_type", grantType)) };

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, TestSimulator simulator, string clientId, string secret, string grantType = "client_credentials")
    {
        var request = TokenRequest(simulator, grantType);
        request.Headers.Authorization = TestHttp.BasicHeader(clientId, secret);
        return http.SendAsync(request);
    }

    private static HttpRequestMessage PauseRequest(TestSimulator simulator, string callId) =>
        new(HttpMethod.Put, new Uri(simulator.Simulator.BandwidthBaseUri, $"accounts/{Account}/calls/{callId}/recording")) { Content = TestHttp.Json("""{"state":"paused"}""") };

    private static Task<HttpResponseMessage> PauseAsync(HttpClient http, TestSimulator simulator, string callId, AuthenticationHeaderValue? authorization)
    {
        var request = PauseRequest(simulator, callId);
        if (authorization is not null)
        {
            request.Headers.Authorization = authorization;
        }

        return http.SendAsync(request);
    }
}
