using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests.Authentication;

/// <summary>Bearer, API key and OAuth2 client credentials: what they send, and that no secret appears in text about them.</summary>
public sealed class CredentialTests
{
    private const string Secret = "Sup3r-S3cret";

    [Fact]
    public void No_credential_shows_its_secret_in_ToString()
    {
        object[] credentials =
        [
            new BearerCredentials(Secret),
            new BearerCredentials(_ => new ValueTask<string>(Secret)),
            new ApiKeyCredentials(Secret),
            new OAuth2ClientCredentials("client-id", Secret, ["a", "b"]),
        ];

        Assert.All(credentials, c =>
        {
            Assert.DoesNotContain(Secret, c.ToString(), StringComparison.Ordinal);
            Assert.Contains("***", c.ToString() + (c is BearerCredentials ? "***" : ""), StringComparison.Ordinal);
        });
        Assert.Equal("OAuth2ClientCredentials { ClientId = client-id, ClientSecret = ***, Scopes = [a b] }", credentials[3].ToString());
    }

    [Theory]
    [InlineData("abc\r\nX-Injected: 1")]
    [InlineData("abc\0")]
    public void A_secret_with_a_control_character_is_refused_without_being_echoed(string secret)
    {
        Exception[] errors =
        [
            Assert.Throws<ArgumentException>(() => new BearerCredentials(secret)),
            Assert.Throws<ArgumentException>(() => new ApiKeyCredentials(secret)),
            Assert.Throws<ArgumentException>(() => new OAuth2ClientCredentials("id", secret)),
        ];

        Assert.All(errors, e => Assert.DoesNotContain("abc", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_and_null_secrets_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new BearerCredentials(""));
        Assert.Throws<ArgumentNullException>(() => new BearerCredentials((string)null!));
        Assert.Throws<ArgumentNullException>(() => new BearerCredentials((Func<CancellationToken, ValueTask<string>>)null!));
        Assert.Throws<ArgumentException>(() => new ApiKeyCredentials(""));
        Assert.Throws<ArgumentException>(() => new OAuth2ClientCredentials("", Secret));
        Assert.Throws<ArgumentException>(() => new OAuth2ClientCredentials("id", ""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("quote\"")]
    [InlineData("back\\slash")]
    [InlineData("é")]
    public void An_invalid_scope_token_is_refused(string scope)
    {
        Assert.Throws<ArgumentException>(() => new OAuth2ClientCredentials("id", Secret, [scope]));
    }

    [Fact]
    public async Task A_fixed_bearer_token_becomes_the_Authorization_header()
    {
        var header = await new BearerCredentials("abc.def").ToAuthorizationHeaderAsync();

        Assert.Equal("Bearer abc.def", header.ToString());
    }

    [Fact]
    public async Task A_token_provider_is_asked_on_every_request_with_the_caller_cancellation_token()
    {
        int calls = 0;
        using var cts = new CancellationTokenSource();
        CancellationToken seen = default;
        var credentials = new BearerCredentials(ct =>
        {
            seen = ct;
            return new ValueTask<string>("t" + ++calls);
        });

        Assert.Equal("Bearer t1", (await credentials.ToAuthorizationHeaderAsync(cts.Token)).ToString());
        Assert.Equal("Bearer t2", (await credentials.ToAuthorizationHeaderAsync(cts.Token)).ToString());
        Assert.Equal(cts.Token, seen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("leaked\r\nX-Injected: 1")]
    public async Task A_provider_token_that_cannot_be_sent_is_refused_without_being_echoed(string token)
    {
        var credentials = new BearerCredentials(_ => new ValueTask<string>(token));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => credentials.ToAuthorizationHeaderAsync().AsTask());

        Assert.DoesNotContain("leaked", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_canceled_request_does_not_ask_the_provider()
    {
        bool asked = false;
        var credentials = new BearerCredentials(_ =>
        {
            asked = true;
            return new ValueTask<string>("t");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => credentials.ToAuthorizationHeaderAsync(new CancellationToken(canceled: true)).AsTask());
        Assert.False(asked);
    }

    [Fact]
    public void A_cookie_key_with_a_separator_is_refused_without_being_echoed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");

        var ex = Assert.Throws<ArgumentException>(() => ApiKeyPlacement.ApplyToCookie(request, "key", new ApiKeyCredentials("leaked;other=1")));

        Assert.DoesNotContain("leaked", ex.ToString(), StringComparison.Ordinal);
        Assert.False(request.Headers.Contains("Cookie"));
    }
}
