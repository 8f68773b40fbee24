using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace SdkGen.Runtime.Tests.Authentication;

/// <summary>The client-credentials grant against a real token endpoint on loopback, with a fake clock for expiry.</summary>
public sealed class OAuth2TokenSourceTests
{
    private const string Secret = "s3cr+t/é:x";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();

    [Fact]
    public async Task The_token_request_is_a_form_post_with_client_secret_basic_of_the_form_encoded_id_and_secret()
    {
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Token("t1"));
        var credentials = new OAuth2ClientCredentials("my id:1", Secret, ["voice:read", "recordings"]);

        string token = await Source(endpoint, credentials).GetTokenAsync();

        Assert.Equal("t1", token);
        LoopbackRequest request = Assert.Single(endpoint.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/oauth2/token", request.Target);
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type")!.Split(';')[0]);
        Assert.Equal("grant_type=client_credentials&scope=voice%3Aread+recordings", request.BodyText);

        // RFC 6749 §2.3.1: "my id:1" → "my+id%3A1", "s3cr+t/é:x" → "s3cr%2Bt%2F%C3%A9%3Ax", then Basic.
        string expected = Convert.ToBase64String(Encoding.UTF8.GetBytes("my+id%3A1:s3cr%2Bt%2F%C3%A9%3Ax"));
        Assert.Equal("Basic " + expected, request.Header("Authorization"));
        Assert.Contains("application/json", request.Header("Accept"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_scopes_no_scope_parameter_is_sent()
    {
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Token("t1"));

        await Source(endpoint).GetTokenAsync();

        Assert.Equal("grant_type=client_credentials", Assert.Single(endpoint.Requests).BodyText);
    }

    [Fact]
    public async Task The_credentials_token_url_overrides_the_one_from_the_spec()
    {
        await using var spec = new LoopbackHttpServer(_ => LoopbackResponse.Token("from-spec"));
        await using var overriding = new LoopbackHttpServer(_ => LoopbackResponse.Token("from-override"));
        var credentials = new OAuth2ClientCredentials("id", Secret, tokenUrl: new Uri(overriding.BaseUri, "custom/token"));

        var source = new OAuth2TokenSource(credentials, new Uri(spec.BaseUri, "oauth2/token"), _http, _time);

        Assert.Equal("from-override", await source.GetTokenAsync());
        Assert.Empty(spec.Requests);
        Assert.Equal("/custom/token", Assert.Single(overriding.Requests).Target);
    }

    [Fact]
    public async Task A_token_is_cached_until_the_margin_before_its_expiry()
    {
        int issued = 0;
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Token("t" + Interlocked.Increment(ref issued), expiresIn: 3600));
        OAuth2TokenSource source = Source(endpoint);

        Assert.Equal("t1", await source.GetTokenAsync());
        _time.Advance(TimeSpan.FromSeconds(3600) - OAuth2TokenSource.RefreshMargin - TimeSpan.FromTicks(1));
        Assert.Equal("t1", await source.GetTokenAsync());
        Assert.Single(endpoint.Requests);

        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal("t2", await source.GetTokenAsync());
        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task A_short_lived_token_is_replaced_at_half_its_life()
    {
        int issued = 0;
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Token("t" + Interlocked.Increment(ref issued), expiresIn: 10));
        OAuth2TokenSource source = Source(endpoint);

        Assert.Equal("t1", await source.GetTokenAsync());
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Equal("t1", await source.GetTokenAsync());
        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("t2", await source.GetTokenAsync());
    }

    [Fact]
    public async Task Without_expires_in_the_token_is_kept_until_invalidated()
    {
        int issued = 0;
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Token("t" + Interlocked.Increment(ref issued), expiresIn: null));
        OAuth2TokenSource source = Source(endpoint);

        Assert.Equal("t1", await source.GetTokenAsync());
        _time.Advance(TimeSpan.FromDays(30));
        Assert.Equal("t1", await source.GetTokenAsync());

        source.Invalidate("some-older-token");
        Assert.Equal("t1", await source.GetTokenAsync());

        source.Invalidate("t1");
        Assert.Equal("t2", await source.GetTokenAsync());
        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task Expires_in_as_a_string_is_read()
    {
        int issued = 0;
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Json(200,
            "{\"access_token\":\"t" + Interlocked.Increment(ref issued) + "\",\"token_type\":\"bearer\",\"expires_in\":\"120\"}"));
        OAuth2TokenSource source = Source(endpoint);

        Assert.Equal("t1", await source.GetTokenAsync());
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("t1", await source.GetTokenAsync());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("t2", await source.GetTokenAsync());
    }

    [Theory]
    [InlineData("1e300", true)]
    [InlineData("\"soon\"", true)]
    [InlineData("null", true)]
    [InlineData("-5", false)]
    [InlineData("0", false)]
    public async Task A_hostile_expires_in_never_overflows_the_clock(string expiresIn, bool keptAfterADay)
    {
        int issued = 0;
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Json(200,
            "{\"access_token\":\"t" + Interlocked.Increment(ref issued) + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}"));
        OAuth2TokenSource source = Source(endpoint);

        Assert.Equal("t1", await source.GetTokenAsync());
        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(keptAfterADay ? "t1" : "t2", await source.GetTokenAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public async Task Concurrent_callers_share_one_token_request(int callers)
    {
        var held = new HeldEndpoint();
        await using var endpoint = new LoopbackHttpServer(held.AnswerAsync);
        OAuth2TokenSource source = Source(endpoint);
        int started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Every caller has asked before the endpoint answers, so none can have found a cached token.
        Task<string>[] waits = Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            ValueTask<string> wait = source.GetTokenAsync();
            if (Interlocked.Increment(ref started) == callers)
            {
                allStarted.SetResult();
            }

            return await wait;
        })).ToArray();
        await allStarted.Task;
        await held.Arrived.Task;
        held.Release("shared");
        string[] tokens = await Task.WhenAll(waits);

        Assert.All(tokens, t => Assert.Equal("shared", t));
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task A_caller_that_cancels_stops_waiting_without_failing_the_others()
    {
        var held = new HeldEndpoint();
        await using var endpoint = new LoopbackHttpServer(held.AnswerAsync);
        OAuth2TokenSource source = Source(endpoint);
        using var cancel = new CancellationTokenSource();

        // The first caller starts the shared request, then cancels.
        Task<string> canceled = source.GetTokenAsync(cancel.Token).AsTask();
        Task<string> patient = source.GetTokenAsync().AsTask();
        await held.Arrived.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        Assert.False(patient.IsCompleted);
        held.Release("shared");
        Assert.Equal("shared", await patient);
        Assert.Equal("shared", await source.GetTokenAsync());
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task An_already_canceled_caller_sends_nothing()
    {
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Token("t1"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Source(endpoint).GetTokenAsync(new CancellationToken(canceled: true)).AsTask());

        Assert.Empty(endpoint.Requests);
    }

    [Fact]
    public async Task A_refused_request_is_a_typed_exception_with_the_OAuth_error_and_never_the_secret()
    {
        // A hostile endpoint echoes the secret back in its description.
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Json(401,
            "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed for secret " + Secret + "\"}"));

        var ex = await Assert.ThrowsAsync<OAuth2TokenException>(() => Source(endpoint).GetTokenAsync().AsTask());

        Assert.Equal(401, ex.Status);
        Assert.Equal("invalid_client", ex.ErrorCode);
        Assert.Equal("Client authentication failed for secret ***", ex.ErrorMessage);
        Assert.Contains("invalid_client", ex.Message, StringComparison.Ordinal);
        AssertNoSecret(ex);
    }

    [Fact]
    public async Task A_failed_request_is_not_cached_and_the_next_caller_tries_again()
    {
        int calls = 0;
        await using var endpoint = new LoopbackHttpServer(_ => Interlocked.Increment(ref calls) == 1
            ? LoopbackResponse.Json(503, "{\"error\":\"temporarily_unavailable\"}")
            : LoopbackResponse.Token("t2"));
        OAuth2TokenSource source = Source(endpoint);

        var ex = await Assert.ThrowsAsync<OAuth2TokenException>(() => source.GetTokenAsync().AsTask());
        Assert.Equal(503, ex.Status);
        Assert.Equal("t2", await source.GetTokenAsync());
    }

    [Theory]
    [InlineData("not json at all", "not JSON")]
    [InlineData("[\"leaked-token\"]", "not a JSON object")]
    [InlineData("{\"token_type\":\"Bearer\",\"expires_in\":60}", "no access_token")]
    [InlineData("{\"access_token\":\"\",\"token_type\":\"Bearer\"}", "no access_token")]
    [InlineData("{\"access_token\":42}", "no access_token")]
    [InlineData("{\"access_token\":\"leaked-token\",\"token_type\":\"mac\"}", "'mac', not Bearer")]
    [InlineData("{\"access_token\":\"leaked-token\",\"token_type\":\"DPoP\"}", "'DPoP', not Bearer")]
    [InlineData("{\"access_token\":\"leaked\\r\\nX-Injected: 1\",\"token_type\":\"Bearer\"}", "control character")]
    public async Task A_success_without_a_usable_bearer_token_is_a_typed_exception_that_keeps_no_token(string body, string problem)
    {
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Json(200, body));

        var ex = await Assert.ThrowsAsync<OAuth2TokenException>(() => Source(endpoint).GetTokenAsync().AsTask());

        Assert.Equal(200, ex.Status);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.ResponseBody);
        Assert.DoesNotContain("leaked", ex.ToString(), StringComparison.Ordinal);
        AssertNoSecret(ex);
    }

    [Fact]
    public async Task A_token_type_in_another_case_and_extra_fields_are_accepted()
    {
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Json(200,
            "{\"access_token\":\"t1\",\"token_type\":\"BEARER\",\"expires_in\":3600.5,\"scope\":\"a b\",\"refresh_token\":\"r\"}"));

        Assert.Equal("t1", await Source(endpoint).GetTokenAsync());
    }

    [Fact]
    public async Task A_huge_token_answer_is_refused_without_being_read_whole()
    {
        byte[] huge = new byte[5 * 1024 * 1024];
        huge.AsSpan().Fill((byte)' ');
        await using var endpoint = new LoopbackHttpServer(_ => new LoopbackResponse(200, huge));

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Source(endpoint).GetTokenAsync().AsTask());

        Assert.Equal(OAuth2TokenException.TokenEndpointServiceName, ex.ServiceName);
        AssertNoSecret(ex);
    }

    [Fact]
    public async Task A_huge_error_answer_is_cut_and_still_reports_its_status()
    {
        string huge = "{\"error\":\"server_error\",\"pad\":\"" + new string('x', 1024 * 1024) + "\"}";
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Json(500, huge));

        var ex = await Assert.ThrowsAsync<OAuth2TokenException>(() => Source(endpoint).GetTokenAsync().AsTask());

        Assert.Equal(500, ex.Status);
        Assert.True(ex.ResponseBody!.Length <= ApiException.MaxResponseBodyLength);
    }

    [Fact]
    public void The_token_endpoint_must_be_an_absolute_http_uri()
    {
        var credentials = new OAuth2ClientCredentials("id", Secret);

        Assert.Throws<ArgumentException>(() => new OAuth2TokenSource(credentials, new Uri("/token", UriKind.Relative), _http));
        Assert.Throws<ArgumentException>(() => new OAuth2TokenSource(credentials, new Uri("ftp://example.com/token"), _http));
        Assert.Throws<ArgumentException>(() => new OAuth2ClientCredentials("id", Secret, tokenUrl: new Uri("file:///etc/passwd")));
    }

    [Fact]
    public async Task The_source_describes_itself_without_secret_or_token()
    {
        await using var endpoint = new LoopbackHttpServer(_ => LoopbackResponse.Token("issued-token"));
        OAuth2TokenSource source = Source(endpoint);
        await source.GetTokenAsync();

        Assert.DoesNotContain("issued-token", source.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, source.ToString(), StringComparison.Ordinal);
        Assert.Contains("client-id", source.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNoSecret(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
            if (e is ApiException api)
            {
                Assert.DoesNotContain(Secret, api.ResponseBody ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain(Secret, api.ErrorMessage ?? "", StringComparison.Ordinal);
            }
        }
    }

    private OAuth2TokenSource Source(LoopbackHttpServer endpoint, OAuth2ClientCredentials? credentials = null) =>
        new(credentials ?? new OAuth2ClientCredentials("client-id", Secret), new Uri(endpoint.BaseUri, "oauth2/token"), _http, _time);

    /// <summary>A token endpoint that holds its answer until the test releases it, and says when a request arrived.</summary>
    private sealed class HeldEndpoint
    {
        private readonly TaskCompletionSource<string> _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release(string token) => _release.SetResult(token);

        public async Task<LoopbackResponse> AnswerAsync(LoopbackRequest request)
        {
            Arrived.TrySetResult();
            return LoopbackResponse.Token(await _release.Task);
        }
    }
}
