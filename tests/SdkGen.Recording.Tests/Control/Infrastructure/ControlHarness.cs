using Microsoft.Extensions.Logging;
using SdkGen.Recording.Genesys;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control.Infrastructure;

/// <summary>How to build one control in a test: credentials, clock, retries, an extra handler in front of the wire.</summary>
public sealed record ControlSettings
{
    /// <summary>Send a wrong password (or token).</summary>
    public bool WrongCredentials { get; init; }

    /// <summary>The clock for Polly (retry delays, timeouts) and elapsed times; null for the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Changes to the default resilience options.</summary>
    public Action<RecordingResilienceOptions>? Resilience { get; init; }

    /// <summary>Genesys only: how long to wait for the CometD notification (default: the control's own, 10 s).</summary>
    public TimeSpan? ConfirmationTimeout { get; init; }

    /// <summary>A handler put between the control and the socket (it gets a real handler as its inner one).</summary>
    public Func<DelegatingHandler>? Interceptor { get; init; }

    /// <summary>Bandwidth only: authenticate with the OAuth 2.0 API credential instead of the legacy API user.</summary>
    public bool BandwidthOAuth2 { get; init; }
}

/// <summary>
/// One simulator (port 0, distinctive passwords, short CometD hold) plus the controls built over plain HttpClients
/// pointing at it, and the logs they write. Dispose it at the end of the test.
/// </summary>
public sealed class ControlHarness : IAsyncDisposable
{
    public const string BandwidthPassword = "bw-Pa55word-never-logged";
    public const string BandwidthClientSecret = "bw-Cl1ent-s3cret-never-logged";
    public const string TwilioAuthToken = "twilio-T0ken-never-logged";
    public const string GenesysPassword = "gws-Pa55word-never-logged";
    public const string SignalWireApiToken = "PT-signalwire-T0ken-never-logged";
    public const string WrongSecret = "wr0ng-Secret-never-logged";

    public static readonly RecordingVendor[] AllVendors = Enum.GetValues<RecordingVendor>();

    private readonly List<HttpClient> _clients = [];

    private ControlHarness(VendorSimulator simulator)
    {
        Simulator = simulator;
        LoggerFactory = Logs.CreateFactory();
    }

    public VendorSimulator Simulator { get; }

    public SimulatorState State => Simulator.State;

    public CapturingLoggerProvider Logs { get; } = new();

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>Every secret a test sends: the four passwords/tokens and the wrong one.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [BandwidthPassword, BandwidthClientSecret, TwilioAuthToken, GenesysPassword, SignalWireApiToken, WrongSecret];

    public static async Task<ControlHarness> StartAsync(bool genesysCsrf = false)
    {
        var simulator = await VendorSimulator.StartAsync(Options(genesysCsrf));
        return new ControlHarness(simulator);
    }

    /// <summary>The simulator options every control test uses: distinctive secrets, a short CometD hold.</summary>
    public static SimulatorOptions Options(bool genesysCsrf = false) => new()
    {
        BandwidthPassword = BandwidthPassword,
        BandwidthClientSecret = BandwidthClientSecret,
        TwilioAuthToken = TwilioAuthToken,
        GenesysPassword = GenesysPassword,
        SignalWireApiToken = SignalWireApiToken,
        GenesysCsrfEnabled = genesysCsrf,
        CometdConnectTimeout = TimeSpan.FromSeconds(2),
    };

    /// <summary>Every form in which a secret could leak: as is, and base64 of every <c>user:secret</c> pair used.</summary>
    public IReadOnlyList<string> SecretForms()
    {
        var options = Simulator.Options;
        string[] users = [options.BandwidthUsername, options.BandwidthClientId, options.TwilioAccountSid, options.GenesysUsername, options.SignalWireProjectId];
        return Secrets
            .Concat(users.SelectMany(user => Secrets.Select(secret =>
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(user + ":" + secret)))))
            .ToArray();
    }

    public static SimulatedVendor Sim(RecordingVendor vendor) => vendor switch
    {
        RecordingVendor.Bandwidth => SimulatedVendor.Bandwidth,
        RecordingVendor.Twilio => SimulatedVendor.Twilio,
        RecordingVendor.Genesys => SimulatedVendor.Genesys,
        RecordingVendor.SignalWire => SimulatedVendor.SignalWire,
        _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
    };

    /// <summary>Seeds a call with one recording; the reference names the recording where the vendor has ids for them.</summary>
    public CallReference AddCall(RecordingVendor vendor, SimulatedRecordingStatus status = SimulatedRecordingStatus.InProgress)
    {
        SeededCall call = State.AddCall(Sim(vendor), status);
        return vendor is RecordingVendor.Twilio or RecordingVendor.SignalWire
            ? new CallReference(call.CallId, call.RecordingIds[0])
            : new CallReference(call.CallId);
    }

    /// <summary>A well-formed id of a call the simulator does not have.</summary>
    public static CallReference UnknownCall(RecordingVendor vendor) => vendor switch
    {
        RecordingVendor.Bandwidth => new CallReference("c-15ac29a2-1331029c-2cb0-4a07-b215-" + Guid.NewGuid().ToString("N")[..12]),
        RecordingVendor.Twilio => new CallReference("CA" + Guid.NewGuid().ToString("N"), "RE" + Guid.NewGuid().ToString("N")),
        RecordingVendor.Genesys => new CallReference("01RCC3N118B1V0SL807GK2LA" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()),
        RecordingVendor.SignalWire => new CallReference(Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
    };

    /// <summary>Configuration for all four vendors (<c>Recording:{Vendor}:…</c>) pointing at this simulator.</summary>
    public Dictionary<string, string?> ConfigurationSettings()
    {
        SimulatorOptions options = Simulator.Options;
        return new()
        {
            ["Recording:Twilio:AccountSid"] = options.TwilioAccountSid,
            ["Recording:Twilio:AuthToken"] = options.TwilioAuthToken,
            ["Recording:Twilio:Endpoint"] = Simulator.TwilioBaseUri.ToString(),
            ["Recording:Bandwidth:Username"] = options.BandwidthUsername,
            ["Recording:Bandwidth:Password"] = options.BandwidthPassword,
            ["Recording:Bandwidth:AccountId"] = options.BandwidthAccountId,
            ["Recording:Bandwidth:Endpoint"] = Simulator.BandwidthBaseUri.ToString(),
            ["Recording:Genesys:Username"] = options.GenesysUsername,
            ["Recording:Genesys:Password"] = options.GenesysPassword,
            ["Recording:Genesys:Endpoint"] = Simulator.GenesysBaseUri.ToString(),
            ["Recording:SignalWire:ProjectId"] = options.SignalWireProjectId,
            ["Recording:SignalWire:ApiToken"] = options.SignalWireApiToken,
            ["Recording:SignalWire:Endpoint"] = Simulator.SignalWireBaseUri.ToString(),
        };
    }

    /// <summary>The simulator's state of the referenced recording.</summary>
    public SimulatedRecordingStatus StatusOf(RecordingVendor vendor, CallReference call) =>
        State.GetRecording(Sim(vendor), call.CallId, call.RecordingId)?.Status
        ?? throw new InvalidOperationException("No recording " + call);

    /// <summary>The simulator's view of the referenced recording.</summary>
    public RecordingSnapshot RecordingOf(RecordingVendor vendor, CallReference call) =>
        State.GetRecording(Sim(vendor), call.CallId, call.RecordingId) ?? throw new InvalidOperationException("No recording " + call);

    /// <summary>
    /// Requests that reached the vendor's recording operation (Genesys: the <c>me/calls</c> POSTs, not CometD or
    /// <c>GET me</c>).
    /// </summary>
    public int OperationRequests(RecordingVendor vendor) => vendor == RecordingVendor.Genesys
        ? State.GetRequests(SimulatedVendor.Genesys).Count(r => r.Path.Contains("/api/v2/me/calls/", StringComparison.Ordinal))
        : State.GetRequestCount(Sim(vendor));

    /// <summary>The path fragment that selects the vendor's recording operation in a <see cref="FaultRule"/>.</summary>
    public static string OperationPath(RecordingVendor vendor) => vendor switch
    {
        RecordingVendor.Bandwidth => "/recording",
        RecordingVendor.Twilio => "/Recordings/",
        RecordingVendor.Genesys => "/api/v2/me/calls/",
        RecordingVendor.SignalWire => "/Recordings/",
        _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
    };

    /// <summary>Fails the next <paramref name="count"/> recording operations of the vendor (Genesys: not its CometD requests).</summary>
    public void FailOperations(RecordingVendor vendor, int count, int? retryAfterSeconds, FaultKind kind = FaultKind.ServiceUnavailable) =>
        Simulator.Faults.Add(new FaultRule(kind)
        {
            Count = count,
            Vendor = Sim(vendor),
            PathContains = OperationPath(vendor),
            RetryAfterSeconds = retryAfterSeconds,
        });

    /// <summary>Builds the vendor's control over a plain HttpClient, with options pointing at the simulator.</summary>
    public IRecordingControl Create(RecordingVendor vendor, ControlSettings? settings = null)
    {
        settings ??= new ControlSettings();
        HttpClient http = NewHttpClient(vendor, settings);
        var options = Simulator.Options;
        TimeProvider? time = settings.Time;
        switch (vendor)
        {
            case RecordingVendor.Bandwidth:
                var bandwidth = settings.BandwidthOAuth2
                    ? new BandwidthRecordingControlOptions
                    {
                        Endpoint = Simulator.BandwidthBaseUri,
                        TokenUrl = Simulator.BandwidthTokenUri,
                        ClientId = options.BandwidthClientId,
                        ClientSecret = settings.WrongCredentials ? WrongSecret : options.BandwidthClientSecret,
                        AccountId = options.BandwidthAccountId,
                    }
                    : new BandwidthRecordingControlOptions
                    {
                        Endpoint = Simulator.BandwidthBaseUri,
                        Username = options.BandwidthUsername,
                        Password = settings.WrongCredentials ? WrongSecret : options.BandwidthPassword,
                        AccountId = options.BandwidthAccountId,
                    };
                settings.Resilience?.Invoke(bandwidth.Resilience);
                return new BandwidthRecordingControl(http, bandwidth, LoggerFactory.CreateLogger<BandwidthRecordingControl>(), time);

            case RecordingVendor.Twilio:
                var twilio = new TwilioRecordingControlOptions
                {
                    Endpoint = Simulator.TwilioBaseUri,
                    AccountSid = options.TwilioAccountSid,
                    AuthToken = settings.WrongCredentials ? WrongSecret : options.TwilioAuthToken,
                };
                settings.Resilience?.Invoke(twilio.Resilience);
                return new TwilioRecordingControl(http, twilio, LoggerFactory.CreateLogger<TwilioRecordingControl>(), time);

            case RecordingVendor.Genesys:
                var genesys = new GenesysRecordingControlOptions
                {
                    Endpoint = Simulator.GenesysBaseUri,
                    Username = options.GenesysUsername,
                    Password = settings.WrongCredentials ? WrongSecret : options.GenesysPassword,
                    UseCsrfProtection = options.GenesysCsrfEnabled,
                };
                if (settings.ConfirmationTimeout is { } confirmation)
                {
                    genesys.ConfirmationTimeout = confirmation;
                }

                settings.Resilience?.Invoke(genesys.Resilience);
                return new GenesysRecordingControl(http, genesys, LoggerFactory.CreateLogger<GenesysRecordingControl>(), time);

            case RecordingVendor.SignalWire:
                var signalWire = new SignalWireRecordingControlOptions
                {
                    Endpoint = Simulator.SignalWireBaseUri,
                    ProjectId = options.SignalWireProjectId,
                    ApiToken = settings.WrongCredentials ? WrongSecret : options.SignalWireApiToken,
                };
                settings.Resilience?.Invoke(signalWire.Resilience);
                return new SignalWireRecordingControl(http, signalWire, LoggerFactory.CreateLogger<SignalWireRecordingControl>(), time);

            default:
                throw new ArgumentOutOfRangeException(nameof(vendor));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (HttpClient client in _clients)
        {
            client.Dispose();
        }

        LoggerFactory.Dispose();
        await Simulator.DisposeAsync();
    }

    private HttpClient NewHttpClient(RecordingVendor vendor, ControlSettings settings)
    {
        HttpMessageHandler handler = new SocketsHttpHandler();
        if (vendor == RecordingVendor.Genesys && Simulator.Options.GenesysCsrfEnabled)
        {
            handler = new GenesysCsrfHandler(handler);
        }

        if (settings.Interceptor?.Invoke() is { } interceptor)
        {
            interceptor.InnerHandler = handler;
            handler = interceptor;
        }

        var http = new HttpClient(handler);
        _clients.Add(http);
        return http;
    }
}
