using Microsoft.Extensions.Logging;

namespace SdkGen.Simulator;

/// <summary>How a <see cref="VendorSimulator"/> listens, which credentials it accepts, and what it seeds.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Default Bandwidth API user name.</summary>
    public const string DefaultBandwidthUsername = "bw-user";

    /// <summary>Default Bandwidth API password.</summary>
    public const string DefaultBandwidthPassword = "bw-password";

    /// <summary>Default Bandwidth account id.</summary>
    public const string DefaultBandwidthAccountId = "9900000";

    /// <summary>Default Bandwidth OAuth 2.0 client id (an API credential).</summary>
    public const string DefaultBandwidthClientId = "bw-client-id";

    /// <summary>Default Bandwidth OAuth 2.0 client secret.</summary>
    public const string DefaultBandwidthClientSecret = "bw-client-secret";

    /// <summary>Default Twilio Account SID (<c>AC</c> + 32 hex digits).</summary>
    public const string DefaultTwilioAccountSid = "AC0123456789abcdef0123456789abcdef";

    /// <summary>Default Twilio Auth Token.</summary>
    public const string DefaultTwilioAuthToken = "twilio-auth-token";

    /// <summary>Default Genesys agent user name.</summary>
    public const string DefaultGenesysUsername = "agent";

    /// <summary>Default Genesys agent password.</summary>
    public const string DefaultGenesysPassword = "agent-password";

    /// <summary>Default SignalWire project id (a UUID; it is also the <c>AccountSid</c> in paths).</summary>
    public const string DefaultSignalWireProjectId = "5c1a8f0e-2d4b-4e7a-9c3f-6b8d0e1f2a34";

    /// <summary>Default SignalWire API token.</summary>
    public const string DefaultSignalWireApiToken = "PTsignalwire-api-token";

    /// <summary>TCP port on 127.0.0.1; <c>0</c> (the default) picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Bandwidth Basic-auth user name.</summary>
    public string BandwidthUsername { get; init; } = DefaultBandwidthUsername;

    /// <summary>Bandwidth Basic-auth password.</summary>
    public string BandwidthPassword { get; init; } = DefaultBandwidthPassword;

    /// <summary>Bandwidth OAuth 2.0 client id, accepted by the token endpoint (client-credentials grant).</summary>
    public string BandwidthClientId { get; init; } = DefaultBandwidthClientId;

    /// <summary>Bandwidth OAuth 2.0 client secret.</summary>
    public string BandwidthClientSecret { get; init; } = DefaultBandwidthClientSecret;

    /// <summary>How long a Bandwidth access token is valid (<c>expires_in</c>), measured on <see cref="TimeProvider"/>; default one hour.</summary>
    public TimeSpan BandwidthTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The only Bandwidth account id the simulator knows; any other answers 404.</summary>
    public string BandwidthAccountId { get; init; } = DefaultBandwidthAccountId;

    /// <summary>Twilio Account SID: the Basic-auth user name and the only account in paths.</summary>
    public string TwilioAccountSid { get; init; } = DefaultTwilioAccountSid;

    /// <summary>Twilio Auth Token: the Basic-auth password.</summary>
    public string TwilioAuthToken { get; init; } = DefaultTwilioAuthToken;

    /// <summary>Genesys agent user name (Basic auth).</summary>
    public string GenesysUsername { get; init; } = DefaultGenesysUsername;

    /// <summary>Genesys agent password (Basic auth).</summary>
    public string GenesysPassword { get; init; } = DefaultGenesysPassword;

    /// <summary>SignalWire project id: the Basic-auth user name and the only <c>AccountSid</c> in paths.</summary>
    public string SignalWireProjectId { get; init; } = DefaultSignalWireProjectId;

    /// <summary>SignalWire API token: the Basic-auth password.</summary>
    public string SignalWireApiToken { get; init; } = DefaultSignalWireApiToken;

    /// <summary>
    /// When on, <c>GET /api/v2/me</c> hands out a CSRF token and a <c>JSESSIONID</c> cookie, and every Genesys
    /// POST (operations and CometD) must echo both, else 403 <c>Missing or invalid Csrf token</c>.
    /// </summary>
    public bool GenesysCsrfEnabled { get; init; }

    /// <summary>Seeds one call with an active recording per vendor, with the ids in <see cref="DemoCalls"/>.</summary>
    public bool SeedDemoCalls { get; init; }

    /// <summary>
    /// How long a CometD <c>/meta/connect</c> is held when no message is waiting (default 10 s).
    /// A client may ask for less with <c>advice.timeout</c> on its connect message.
    /// </summary>
    public TimeSpan CometdConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Response variations real deployments produce (other GWS notification types, string participants, SignalWire's
    /// older body, unknown fields). The defaults are what each vendor sends today. Can be changed at run time through
    /// <see cref="SimulatorState.Variations"/>.
    /// </summary>
    public ResponseVariations Variations { get; init; } = new();

    /// <summary>Clock for timestamps, durations, injected delays and CometD timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Configures logging. By default the simulator has no logging provider at all, so it is silent in tests.
    /// Each vendor request is logged at Information under the category <c>SdkGen.Simulator</c>.
    /// </summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
