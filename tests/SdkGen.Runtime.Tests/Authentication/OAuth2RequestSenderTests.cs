using System.Net;
using Microsoft.Extensions.Time.Testing;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests.Authentication;

/// <summary>A request with an OAuth2 bearer token, resent once with a new token on 401: over loopback, token endpoint and API both real.</summary>
public sealed class OAuth2RequestSenderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private int _issued;

    [Fact]
    public async Task A_request_carries_the_cached_bearer_token()
    {
        await using var endpoint = TokenEndpoint();
        await using var api = new LoopbackHttpServer(_ => LoopbackResponse.Json(200, "{}"));
        OAuth2TokenSource tokens = Source(endpoint);

        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage response = await Send(api, tokens);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.All(api.Requests, r => Assert.Equal("Bearer t1", r.Header("Authorization")));
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task A_401_invalidates_the_token_and_the_request_is_sent_once_more_with_a_new_one()
    {
        await using var endpoint = TokenEndpoint();
        await using var api = new LoopbackHttpServer(r => r.Header("Authorization") == "Bearer t1"
            ? LoopbackResponse.Json(401, "{\"error\":\"token revoked\"}")
            : LoopbackResponse.Json(200, "{}"));
        OAuth2TokenSource tokens = Source(endpoint);

        using HttpResponseMessage response = await Send(api, tokens);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Bearer t1", "Bearer t2"], api.Requests.Select(r => r.Header("Authorization")));
        Assert.Equal(["POST", "POST"], api.Requests.Select(r => r.Method));
        Assert.All(api.Requests, r => Assert.Equal("{\"state\":\"paused\"}", r.BodyText));
        Assert.Equal(2, endpoint.Requests.Count);
        Assert.Equal("t2", await tokens.GetTokenAsync());
    }

    [Fact]
    public async Task A_second_401_is_returned_instead_of_looping()
    {
        await using var endpoint = TokenEndpoint();
        await using var api = new LoopbackHttpServer(_ => LoopbackResponse.Json(401, "{}"));
        OAuth2TokenSource tokens = Source(endpoint);

        using HttpResponseMessage response = await Send(api, tokens);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, api.Requests.Count);
        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task Other_refusals_are_not_resent()
    {
        await using var endpoint = TokenEndpoint();
        await using var api = new LoopbackHttpServer(_ => LoopbackResponse.Json(403, "{}"));

        using HttpResponseMessage response = await Send(api, Source(endpoint));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Many_requests_refused_with_the_same_token_cause_one_new_token()
    {
        await using var endpoint = TokenEndpoint();
        await using var api = new LoopbackHttpServer(r => r.Header("Authorization") == "Bearer t1"
            ? LoopbackResponse.Json(401, "{}")
            : LoopbackResponse.Json(200, "{}"));
        OAuth2TokenSource tokens = Source(endpoint);
        Assert.Equal("t1", await tokens.GetTokenAsync());

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Send(api, tokens))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => r.Dispose());
        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task When_no_token_can_be_had_nothing_is_sent_to_the_API()
    {
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Json(400, "{\"error\":\"invalid_scope\"}"));
        await using var api = new LoopbackHttpServer(_ => LoopbackResponse.Json(200, "{}"));

        var ex = await Assert.ThrowsAsync<OAuth2TokenException>(() => Send(api, Source(endpoint)));

        Assert.Equal("invalid_scope", ex.ErrorCode);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task A_canceled_caller_sends_nothing()
    {
        await using var endpoint = TokenEndpoint();
        await using var api = new LoopbackHttpServer(_ => LoopbackResponse.Json(200, "{}"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Send(api, Source(endpoint), new CancellationToken(canceled: true)));

        Assert.Empty(endpoint.Requests);
        Assert.Empty(api.Requests);
    }

    private LoopbackHttpServer TokenEndpoint() =>
        new(_ => LoopbackResponse.Token("t" + Interlocked.Increment(ref _issued)));

    private OAuth2TokenSource Source(LoopbackHttpServer endpoint) =>
        new(new OAuth2ClientCredentials("client-id", "secret"), new Uri(endpoint.BaseUri, "oauth2/token"), _http, _time);

    private Task<HttpResponseMessage> Send(LoopbackHttpServer api, OAuth2TokenSource tokens, CancellationToken cancellationToken = default) =>
        OAuth2RequestSender.SendAsync(
            _http,
            tokens,
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(api.BaseUri, "accounts/1/calls/c-1/recording"))
            {
                Content = new StringContent("{\"state\":\"paused\"}", System.Text.Encoding.UTF8, "application/json"),
            },
            HttpCompletionOption.ResponseContentRead,
            cancellationToken);
}
