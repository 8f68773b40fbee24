using System.Net;
using System.Text;
using Consumer.Security;
using Microsoft.Extensions.Time.Testing;
using SdkGen.Runtime;
using SdkGen.Runtime.Tests.Authentication;

namespace SdkGen.Generator.Consumer.Tests.Security;

/// <summary>
/// The OAuth2 client-credentials scheme of security.yaml over a real socket: one token request per client, the token
/// reused until shortly before it expires (on a manual clock), and on 401 one new token and one resend.
/// </summary>
public sealed class OAuth2BehaviourTests : IAsyncDisposable
{
    private const string ClientSecret = "cl1ent-s3cret";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
    private readonly LoopbackHttpServer _server;
    private int _issued;

    /// <summary>Tokens the API accepts; a test empties it to revoke them.</summary>
    private readonly HashSet<string> _valid = [];

    public OAuth2BehaviourTests()
    {
        _server = new LoopbackHttpServer(Answer);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private LoopbackResponse Answer(LoopbackRequest request)
    {
        if (request.Target == "/token")
        {
            string token = "tok-" + Interlocked.Increment(ref _issued);
            lock (_valid)
            {
                _valid.Add(token);
            }

            return LoopbackResponse.Token(token, expiresIn: 3600);
        }

        string? authorization = request.Header("Authorization");
        lock (_valid)
        {
            return authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal) && _valid.Contains(authorization["Bearer ".Length..])
                ? LoopbackResponse.Json(200, "{\"state\":\"paused\"}")
                : LoopbackResponse.Json(401, "{\"error\":\"invalid_token\"}");
        }
    }

    private SecureClient Client(Action<SecureClientOptions>? configure = null)
    {
        var options = new SecureClientOptions
        {
            Endpoint = _server.BaseUri,
            Oauth = new OAuth2ClientCredentials("client-1", ClientSecret, ["recordings:write"], new Uri(_server.BaseUri, "token")),
            TimeProvider = _time,
        };
        configure?.Invoke(options);
        return new SecureClient(new HttpClient(), options);
    }

    private IEnumerable<LoopbackRequest> TokenRequests => _server.Requests.Where(r => r.Target == "/token");

    private IEnumerable<LoopbackRequest> ApiRequests => _server.Requests.Where(r => r.Target != "/token");

    [Fact]
    public async Task One_token_is_fetched_and_reused_until_shortly_before_it_expires()
    {
        SecureClient client = Client();

        await client.UseOAuthAsync(new UseOAuthRequest { State = "paused" });
        await client.UseOAuthAsync(new UseOAuthRequest { State = "paused" });
        _time.Advance(TimeSpan.FromSeconds(3600) - OAuth2TokenSource.RefreshMargin - TimeSpan.FromSeconds(1));
        await client.UseOAuthAsync(new UseOAuthRequest { State = "paused" });
        _time.Advance(TimeSpan.FromSeconds(2));
        await client.UseOAuthAsync(new UseOAuthRequest { State = "paused" });

        Assert.Equal(2, TokenRequests.Count());
        Assert.Equal(["Bearer tok-1", "Bearer tok-1", "Bearer tok-1", "Bearer tok-2"], ApiRequests.Select(r => r.Header("Authorization")));
        LoopbackRequest token = TokenRequests.First();
        Assert.Equal("POST", token.Method);
        Assert.Equal("grant_type=client_credentials&scope=recordings%3Awrite", token.BodyText);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("client-1:" + ClientSecret)), token.Header("Authorization"));
    }

    [Fact]
    public async Task A_revoked_token_is_replaced_once_and_the_request_resent_once()
    {
        SecureClient client = Client();
        await client.UseOAuthAsync(new UseOAuthRequest { State = "paused" });
        lock (_valid)
        {
            _valid.Clear();
        }

        UseOAuthResponse? answer = await client.UseOAuthAsync(new UseOAuthRequest { State = "paused" });

        Assert.Equal("paused", answer!.State);
        Assert.Equal(2, TokenRequests.Count());
        Assert.Equal(["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"], ApiRequests.Select(r => r.Header("Authorization")));
        // The resent request is a new one with the same body.
        Assert.Equal(ApiRequests.First().BodyText, ApiRequests.Last().BodyText);
    }

    [Fact]
    public async Task A_second_401_is_an_ApiException_without_a_third_attempt_or_a_secret()
    {
        var server = new LoopbackHttpServer(r => r.Target == "/token" ? LoopbackResponse.Token("tok") : LoopbackResponse.Json(401, "{\"error\":\"nope\"}"));
        await using (server)
        {
            var client = new SecureClient(new HttpClient(), new SecureClientOptions
            {
                Endpoint = server.BaseUri,
                Oauth = new OAuth2ClientCredentials("client-1", ClientSecret, tokenUrl: new Uri(server.BaseUri, "token")),
            });

            var error = await Assert.ThrowsAsync<ApiException>(() => client.UseOAuthAsync(new UseOAuthRequest()));

            Assert.Equal(401, error.Status);
            Assert.Equal(2, server.Requests.Count(r => r.Target == "/oauth-only"));
            Assert.Equal(2, server.Requests.Count(r => r.Target == "/token"));
            Assert.DoesNotContain(ClientSecret, error.ToString());
        }
    }

    [Fact]
    public async Task A_stream_body_is_sent_again_from_its_start_after_a_401()
    {
        SecureClient client = Client();
        await client.UseOAuthAsync(new UseOAuthRequest());
        lock (_valid)
        {
            _valid.Clear();
        }

        using var audio = new MemoryStream(Encoding.ASCII.GetBytes("xxRIFF-audio"));
        audio.Position = 2;
        await client.UploadWithOAuthAsync(audio);

        Assert.Equal(["RIFF-audio", "RIFF-audio"], ApiRequests.Where(r => r.Target == "/oauth-upload").Select(r => r.BodyText));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_not_resent_truncated_after_a_401()
    {
        SecureClient client = Client();
        await client.UseOAuthAsync(new UseOAuthRequest());
        lock (_valid)
        {
            _valid.Clear();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.UploadWithOAuthAsync(new ForwardOnlyStream(Encoding.ASCII.GetBytes("audio"))));

        Assert.Contains("cannot seek back to its start", error.Message, StringComparison.Ordinal);
        // Sent once (chunked: its length is unknown), refused, and not sent again.
        Assert.Single(ApiRequests, r => r.Target == "/oauth-upload");
        Assert.Equal(2, TokenRequests.Count());
    }

    [Fact]
    public async Task A_bad_header_value_is_refused_before_a_token_is_asked_for()
    {
        SecureClient client = Client();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.UseOAuthAsync(new UseOAuthRequest(), xTrace: "a\r\nInjected: 1"));

        Assert.Equal("xTrace", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Concurrent_calls_share_one_token_request()
    {
        SecureClient client = Client();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.UseOAuthAsync(new UseOAuthRequest { State = "paused" })));

        Assert.Single(TokenRequests);
        Assert.Equal(50, ApiRequests.Count());
    }

    [Fact]
    public async Task An_api_key_beside_oauth2_is_on_every_attempt_exactly_once()
    {
        SecureClient client = Client(o => o.QueryKey = new ApiKeyCredentials("k"));
        await client.UseOAuthAndKeyAsync();
        lock (_valid)
        {
            _valid.Clear();
        }

        await client.UseOAuthAndKeyAsync();

        Assert.All(ApiRequests, r => Assert.Equal("/oauth-and-key?api_key=k", r.Target));
        Assert.Equal(3, ApiRequests.Count());
    }

    [Fact]
    public async Task The_token_url_and_scopes_come_from_the_spec_when_the_credentials_name_none()
    {
        var handler = new RoutingHandler();
        var client = new SecureClient(new HttpClient(handler), new SecureClientOptions { Oauth = new OAuth2ClientCredentials("client-1", ClientSecret) });

        await client.UseOAuthAsync(new UseOAuthRequest());

        Assert.Equal(["https://auth.example.com/oauth2/token", "https://api.example.com/v1/oauth-only"], handler.Uris);
        // The scopes every requirement of the client names for the scheme: one token serves every operation.
        Assert.Equal("grant_type=client_credentials&scope=recordings%3Awrite", handler.TokenRequestBody);
    }

    [Fact]
    public async Task Scopes_the_credentials_name_replace_the_specs()
    {
        var handler = new RoutingHandler();
        var client = new SecureClient(new HttpClient(handler), new SecureClientOptions { Oauth = new OAuth2ClientCredentials("client-1", ClientSecret, ["admin"]) });

        await client.UseOAuthAsync(new UseOAuthRequest());

        Assert.Equal("grant_type=client_credentials&scope=admin", handler.TokenRequestBody);
    }

    [Fact]
    public async Task Without_oauth2_credentials_the_other_alternative_is_used_and_no_token_is_asked_for()
    {
        SecureClient client = Client(o =>
        {
            o.Oauth = null;
            o.BasicAuth = new BasicCredentials("u", "p");
        });

        await Assert.ThrowsAsync<ApiException>(() => client.UseDefaultAsync());

        Assert.Empty(TokenRequests);
        Assert.Equal("Basic dTpw", Assert.Single(ApiRequests).Header("Authorization"));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>Answers the spec's own token endpoint and API host in memory (neither is reachable from a test).</summary>
    private sealed class RoutingHandler : HttpMessageHandler
    {
        public List<string> Uris { get; } = [];

        public string? TokenRequestBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!.AbsoluteUri);
            if (request.RequestUri.AbsolutePath == "/oauth2/token")
            {
                TokenRequestBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            }

            string body = request.RequestUri.AbsolutePath == "/oauth2/token"
                ? "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":60}"
                : "{}";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
