using SdkGen.Recording;

namespace SdkGen.Cli.Vendors;

/// <summary>Builds the SDK's vendor-neutral recording control for one vendor from the CLI's settings.</summary>
internal static class VendorControls
{
    public static IRecordingControl Create(VendorSettings settings, HttpClient httpClient, string? pauseBehavior, TimeSpan timeout)
    {
        var resilience = new RecordingResilienceOptions { AttemptTimeout = timeout, OverallTimeout = timeout + timeout };
        string user = settings.User;
        string secret = settings.Secret;
        return settings.Vendor switch
        {
            Vendor.Bandwidth => new BandwidthRecordingControl(httpClient, settings.UsesOAuth2
                ? new BandwidthRecordingControlOptions
                {
                    Endpoint = settings.Endpoint, ClientId = user, ClientSecret = secret, TokenUrl = settings.TokenUrl, AccountId = settings.AccountId, Resilience = resilience,
                }
                : new BandwidthRecordingControlOptions
                {
                    Endpoint = settings.Endpoint, Username = user, Password = secret, AccountId = settings.AccountId, Resilience = resilience,
                }),
            Vendor.Twilio => new TwilioRecordingControl(httpClient, new TwilioRecordingControlOptions
            {
                Endpoint = settings.Endpoint, AccountSid = user, AuthToken = secret, Resilience = resilience,
                PauseBehavior = pauseBehavior is null ? Recording.Twilio.PauseBehavior.Silence : Recording.Twilio.PauseBehaviorExtensions.FromWireValue(pauseBehavior),
            }),
            Vendor.Genesys => new GenesysRecordingControl(httpClient, new GenesysRecordingControlOptions
            {
                Endpoint = settings.Endpoint, Username = user, Password = secret, ConfirmationTimeout = timeout, Resilience = resilience,
            }),
            _ => new SignalWireRecordingControl(httpClient, new SignalWireRecordingControlOptions
            {
                Endpoint = settings.Endpoint, ProjectId = user, ApiToken = secret, SpaceName = settings.SignalWireSpace, Resilience = resilience,
                PauseBehavior = pauseBehavior is null ? Recording.SignalWire.PauseBehavior.Silence : Recording.SignalWire.PauseBehaviorExtensions.FromWireValue(pauseBehavior),
            }),
        };
    }

    public static Task<RecordingState> ApplyAsync(this IRecordingControl control, RecordingAction action, CallReference call, CancellationToken cancellationToken)
    {
        if (action == RecordingAction.Stop && !control.CanStop)
        {
            throw new UsageException(control.Vendor + " can pause and resume a recording, not stop it");
        }

        return action switch
        {
            RecordingAction.Pause => control.PauseAsync(call, cancellationToken),
            RecordingAction.Resume => control.ResumeAsync(call, cancellationToken),
            _ => control.StopAsync(call, cancellationToken),
        };
    }

    /// <summary>The call reference for the CLI's <c>--call</c> and <c>--recording</c> (<c>current</c> means the active recording).</summary>
    public static CallReference Reference(string callId, string? recording) =>
        new(callId, recording is null || recording.Equals("current", StringComparison.OrdinalIgnoreCase) ? null : recording);
}
