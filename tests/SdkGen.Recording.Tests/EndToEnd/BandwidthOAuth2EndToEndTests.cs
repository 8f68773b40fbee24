using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.EndToEnd;

/// <summary>
/// The recording SDK on Bandwidth with an OAuth 2.0 API credential, over real HTTP against the simulator's token
/// endpoint and Voice API: one token for many calls, one new token (and one resend) after the tokens are revoked.
/// </summary>
public sealed class BandwidthOAuth2EndToEndTests
{
    private static BandwidthRecordingControl Control(SimulatorClients sim, string? clientSecret = null) => new(sim.Http, new BandwidthRecordingControlOptions
    {
        Endpoint = sim.Simulator.BandwidthBaseUri,
        TokenUrl = sim.Simulator.BandwidthTokenUri,
        ClientId = sim.Options.BandwidthClientId,
        ClientSecret = clientSecret ?? sim.Options.BandwidthClientSecret,
        AccountId = sim.Options.BandwidthAccountId,
        Resilience = new RecordingResilienceOptions { MaxRetries = 0 },
    });

    private static List<RecordedRequest> TokenRequests(SimulatorClients sim) =>
        sim.State.GetRequests().Where(r => r.Path.EndsWith("/oauth2/token", StringComparison.Ordinal)).ToList();

    private static List<RecordedRequest> VoiceRequests(SimulatorClients sim) =>
        sim.State.GetRequests().Where(r => r.Path.Contains("/calls/", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Pause_and_resume_share_one_token_and_a_revoked_token_is_replaced_once()
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Bandwidth);
        BandwidthRecordingControl control = Control(sim);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(new CallReference(call.CallId)));
        Assert.Equal(RecordingState.Recording, await control.ResumeAsync(new CallReference(call.CallId)));
        Assert.Single(TokenRequests(sim));

        sim.Simulator.RevokeBandwidthTokens();
        Assert.Equal(RecordingState.Paused, await control.PauseAsync(new CallReference(call.CallId)));

        Assert.Equal(2, TokenRequests(sim).Count);
        List<RecordedRequest> voice = VoiceRequests(sim);
        Assert.Equal(4, voice.Count); // pause, resume, pause refused with the revoked token, the same pause resent
        Assert.Equal(voice[2].Body, voice[3].Body);
        Assert.Equal(SimulatedRecordingStatus.Paused, sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
        Assert.Equal(3, sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.AcceptedUpdates);
    }

    [Fact]
    public async Task A_refused_client_secret_fails_without_calling_the_Voice_API_or_showing_the_secret()
    {
        const string WrongSecret = "wrong-client-secret-never-shown";
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(SimulatedVendor.Bandwidth);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => Control(sim, WrongSecret).PauseAsync(new CallReference(call.CallId)));

        Assert.Empty(VoiceRequests(sim));
        Assert.DoesNotContain(WrongSecret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(sim.Options.BandwidthClientId + ":" + WrongSecret)), ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Theory]
    [InlineData("u", "p", "id", "secret", "set either ClientId and ClientSecret (OAuth 2.0 API credential) or Username and Password (legacy API user), not both")]
    [InlineData(null, null, null, null, "ClientId and ClientSecret (OAuth 2.0 API credential) or Username and Password (legacy API user) are required")]
    [InlineData(null, null, "id", null, "Bandwidth:ClientSecret is required")]
    [InlineData("u", null, null, null, "Bandwidth:Password is required")]
    public void Exactly_one_credential_is_accepted(string? user, string? password, string? clientId, string? clientSecret, string problem)
    {
        var options = new BandwidthRecordingControlOptions { Username = user, Password = password, ClientId = clientId, ClientSecret = clientSecret, AccountId = "9900000" };

        Assert.Contains(options.Validate(), p => p.Contains(problem, StringComparison.Ordinal));
        var ex = Assert.Throws<ArgumentException>(() => new BandwidthRecordingControl(new HttpClient(), options));
        Assert.DoesNotContain("secret\"", ex.Message, StringComparison.Ordinal);
    }
}
