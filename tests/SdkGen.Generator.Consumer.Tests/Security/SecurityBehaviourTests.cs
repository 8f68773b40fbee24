using Consumer.Security;
using SdkGen.Runtime;
using SdkGen.Runtime.Tests.Authentication;

namespace SdkGen.Generator.Consumer.Tests.Security;

/// <summary>
/// What each security scheme of security.yaml puts on the wire, over a real socket: the exact header, query parameter
/// or cookie; <c>security: []</c> sends none; alternatives are tried in order; a missing credential is refused before
/// anything is sent, naming the scheme and never a secret.
/// </summary>
public sealed class SecurityBehaviourTests : IAsyncDisposable
{
    private const string Key = "k3y-V4lue_~.";
    private const string Token = "t0ken.abc-DEF";
    private const string User = "user";
    private const string Password = "p4ss-w0rd";

    private readonly LoopbackHttpServer _server = new(_ => LoopbackResponse.Json(204, ""));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private SecureClient Client(Action<SecureClientOptions> configure)
    {
        var options = new SecureClientOptions { Endpoint = _server.BaseUri };
        configure(options);
        return new SecureClient(new HttpClient(), options);
    }

    private static void Everything(SecureClientOptions o)
    {
        o.BasicAuth = new BasicCredentials(User, Password);
        o.BearerAuth = new BearerCredentials(Token);
        o.HeaderKey = new ApiKeyCredentials(Key);
        o.QueryKey = new ApiKeyCredentials(Key);
        o.CookieKey = new ApiKeyCredentials(Key);
    }

    private LoopbackRequest Single => Assert.Single(_server.Requests);

    [Fact]
    public async Task Basic_is_the_authorization_header_rfc_7617()
    {
        await Client(o => o.BasicAuth = new BasicCredentials(User, Password)).UseDefaultAsync();

        // printf 'user:p4ss-w0rd' | base64
        Assert.Equal("Basic dXNlcjpwNHNzLXcwcmQ=", Single.Header("Authorization"));
    }

    [Fact]
    public async Task Bearer_is_the_authorization_header_and_a_provider_is_asked_per_request()
    {
        int asked = 0;
        SecureClient client = Client(o => o.BearerAuth = new BearerCredentials(_ => new ValueTask<string>("tok-" + Interlocked.Increment(ref asked))));

        await client.UseBearerAsync();
        await client.UseBearerAsync();

        Assert.Equal(["Bearer tok-1", "Bearer tok-2"], _server.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task An_api_key_goes_in_its_header_only()
    {
        await Client(Everything).UseHeaderKeyAsync();

        Assert.Equal(Key, Single.Header("X-Api-Key"));
        Assert.Null(Single.Header("Authorization"));
        Assert.Null(Single.Header("Cookie"));
        Assert.Equal("/header-key", Single.Target);
    }

    [Fact]
    public async Task An_api_key_goes_in_the_query_after_the_operations_parameters()
    {
        await Client(o => o.QueryKey = new ApiKeyCredentials("a b&c")).UseQueryKeyAsync(page: 2);

        Assert.Equal("/query-key?page=2&api_key=a%20b%26c", Single.Target);
        Assert.Null(Single.Header("Authorization"));
    }

    [Fact]
    public async Task An_api_key_goes_in_its_cookie()
    {
        await Client(Everything).UseCookieKeyAsync();

        Assert.Equal("session=" + Key, Single.Header("Cookie"));
        Assert.Null(Single.Header("Authorization"));
        Assert.Null(Single.Header("X-Api-Key"));
    }

    [Fact]
    public async Task Security_none_sends_no_credential_even_when_all_are_configured()
    {
        await Client(Everything).UsePublicAsync();

        Assert.Null(Single.Header("Authorization"));
        Assert.Null(Single.Header("X-Api-Key"));
        Assert.Null(Single.Header("Cookie"));
        Assert.Equal("/public", Single.Target);
    }

    [Fact]
    public async Task Schemes_of_one_requirement_are_applied_together()
    {
        await Client(Everything).UseKeyAndBearerAsync();

        Assert.Equal(Key, Single.Header("X-Api-Key"));
        Assert.Equal("Bearer " + Token, Single.Header("Authorization"));
    }

    [Fact]
    public async Task The_next_alternative_is_used_when_a_scheme_of_the_first_is_missing()
    {
        await Client(o =>
        {
            o.HeaderKey = new ApiKeyCredentials(Key);
            o.BasicAuth = new BasicCredentials(User, Password);
        }).UseKeyAndBearerAsync();

        Assert.Equal("Basic dXNlcjpwNHNzLXcwcmQ=", Single.Header("Authorization"));
        Assert.Null(Single.Header("X-Api-Key"));
    }

    [Fact]
    public async Task An_optional_requirement_sends_the_credential_when_configured_and_nothing_otherwise()
    {
        await Client(o => o.BearerAuth = new BearerCredentials(Token)).UseOptionalAsync();
        await Client(_ => { }).UseOptionalAsync();

        Assert.Equal(["Bearer " + Token, null], _server.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task A_missing_credential_is_refused_before_sending_naming_the_scheme_and_no_secret()
    {
        // Credentials for other schemes (and half of the first alternative) are configured, with secrets that must not leak.
        SecureClient client = Client(o =>
        {
            o.HeaderKey = new ApiKeyCredentials(Key);
            o.QueryKey = new ApiKeyCredentials(Key);
            o.Oauth = new OAuth2ClientCredentials("client-1", Password);
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.UseKeyAndBearerAsync());
        var bearer = await Assert.ThrowsAsync<InvalidOperationException>(() => client.UseBearerAsync());

        Assert.Empty(_server.Requests);
        Assert.Contains("SecureClientOptions.HeaderKey ('headerKey') and SecureClientOptions.BearerAuth ('bearerAuth')", error.Message);
        Assert.Equal("UseBearerAsync needs credentials: set SecureClientOptions.BearerAuth ('bearerAuth'). Nothing was sent.", bearer.Message);
        foreach (string message in new[] { error.Message, bearer.Message, error.ToString() })
        {
            Assert.DoesNotContain(Password, message);
            Assert.DoesNotContain(Key, message);
        }
    }

    [Fact]
    public void Credentials_never_show_their_secret()
    {
        var options = new SecureClientOptions();
        Everything(options);

        string shown = string.Join(" ", options.BasicAuth!, options.BearerAuth!, options.HeaderKey!, new OAuth2ClientCredentials("id", "s3cret"));

        Assert.DoesNotContain(Password, shown);
        Assert.DoesNotContain(Token, shown);
        Assert.DoesNotContain(Key, shown);
        Assert.DoesNotContain("s3cret", shown);
    }
}
