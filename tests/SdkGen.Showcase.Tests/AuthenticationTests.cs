using SdkGen.Runtime;
using SdkGen.Showcase.Tests.Infrastructure;

namespace SdkGen.Showcase.Tests;

/// <summary>
/// The spec's document-level security: a bearer token, or else an API key in <c>X-API-Key</c>; <c>/health</c> has
/// <c>security: []</c>. What goes on the wire for each, and that a client without credentials sends nothing.
/// </summary>
public sealed class AuthenticationTests : ClinicTest
{
    private const string Key = "pk_live_4f9c2e";

    [Fact]
    public async Task The_bearer_token_is_the_authorization_header_and_no_key_is_sent()
    {
        Clinic.Answer(ClinicAnswer.NoContent());

        await Clinic.Client(o => o.ApiKey = new ApiKeyCredentials(Key)).DeletePetAsync(7);

        Assert.Equal("Bearer " + LoopbackClinic.Token, Clinic.Single.Header("Authorization"));
        Assert.Null(Clinic.Single.Header("X-API-Key"));
    }

    [Fact]
    public async Task Without_a_token_the_api_key_alternative_goes_in_its_header()
    {
        Clinic.Answer(ClinicAnswer.NoContent());

        await Clinic.Client(o => { o.BearerAuth = null; o.ApiKey = new ApiKeyCredentials(Key); }).DeletePetAsync(7);

        Assert.Equal(Key, Clinic.Single.Header("X-API-Key"));
        Assert.Null(Clinic.Single.Header("Authorization"));
    }

    [Fact]
    public async Task A_token_provider_is_asked_for_each_request()
    {
        Clinic.Answer(ClinicAnswer.NoContent());
        int asked = 0;
        var client = Clinic.Client(o => o.BearerAuth = new BearerCredentials(_ => new ValueTask<string>("tok-" + Interlocked.Increment(ref asked))));

        await client.DeletePetAsync(1);
        await client.DeletePetAsync(2);

        Assert.Equal(["Bearer tok-1", "Bearer tok-2"], Clinic.Requests.Select(r => r.Header("Authorization")));
    }

    [Fact]
    public async Task Without_credentials_nothing_is_sent_and_the_error_names_both_alternatives()
    {
        var client = Clinic.Client(o => o.BearerAuth = null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.ListPetsAsync());

        Assert.Empty(Clinic.Requests);
        Assert.Equal(
            "ListPetsAsync needs credentials: set PetClinicClientOptions.BearerAuth ('bearerAuth'), or PetClinicClientOptions.ApiKey ('apiKey'). Nothing was sent.",
            error.Message);
    }

    [Fact]
    public async Task The_health_probe_sends_no_credential_even_when_both_are_configured()
    {
        Clinic.Answer(ClinicAnswer.Json(200, """{"status":"ok"}"""));

        var health = await Clinic.Client(o => o.ApiKey = new ApiKeyCredentials(Key)).GetHealthAsync();

        Assert.Equal("ok", health.Status);
        Assert.Equal("/v2/health", Clinic.Single.Target);
        Assert.Null(Clinic.Single.Header("Authorization"));
        Assert.Null(Clinic.Single.Header("X-API-Key"));
    }
}
