using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SdkGen.Simulator.Admin;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;
using SdkGen.Simulator.Vendors;
using SdkGen.Simulator.Vendors.Genesys;

namespace SdkGen.Simulator;

/// <summary>
/// A local HTTP stand-in for the call-recording APIs of Bandwidth, Twilio, Genesys GWS v2 and SignalWire, served
/// by one Kestrel listener on 127.0.0.1 with one path prefix per vendor (under which each vendor's real paths
/// follow). Start it with <see cref="StartAsync"/>, seed calls through <see cref="State"/>, point a client at
/// the vendor's base URI, and dispose it when done.
/// </summary>
/// <example>
/// <code>
/// await using var simulator = await VendorSimulator.StartAsync(new SimulatorOptions());
/// var call = simulator.State.AddCall(SimulatedVendor.Twilio);
/// // POST {simulator.TwilioBaseUri}2010-04-01/Accounts/{sid}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}.json
/// </code>
/// </example>
public sealed class VendorSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private readonly BandwidthTokens _bandwidthTokens;

    private VendorSimulator(WebApplication app, CancellationTokenSource stopping, SimulatorOptions options, SimulatorState state, FaultInjector faults, BandwidthTokens bandwidthTokens, Uri baseUri)
    {
        _bandwidthTokens = bandwidthTokens;
        _app = app;
        _stopping = stopping;
        Options = options;
        State = state;
        Faults = faults;
        BaseUri = baseUri;
        BandwidthBaseUri = new Uri(baseUri, "bandwidth/api/v2/");
        BandwidthTokenUri = new Uri(baseUri, VendorRoutes.BandwidthToken.TrimStart('/'));
        TwilioBaseUri = new Uri(baseUri, "twilio/");
        GenesysBaseUri = new Uri(baseUri, "genesys/");
        SignalWireBaseUri = new Uri(baseUri, "signalwire/api/laml/2010-04-01/");
    }

    /// <summary>The listener's root, e.g. <c>http://127.0.0.1:5123/</c>. Admin routes live under <c>admin/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>Stands for <c>https://voice.bandwidth.com/api/v2/</c>; then <c>accounts/{accountId}/calls/{callId}/recording</c>.</summary>
    public Uri BandwidthBaseUri { get; }

    /// <summary>
    /// Stands for <c>https://api.bandwidth.com/api/v1/oauth2/token</c>, Bandwidth's OAuth 2.0 token endpoint: the
    /// client-credentials grant with <see cref="SimulatorOptions.BandwidthClientId"/> and
    /// <see cref="SimulatorOptions.BandwidthClientSecret"/>. The Voice API accepts the Bearer tokens it issues.
    /// </summary>
    public Uri BandwidthTokenUri { get; }

    /// <summary>Stands for <c>https://api.twilio.com/</c>; then <c>2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json</c>.</summary>
    public Uri TwilioBaseUri { get; }

    /// <summary>Stands for the GWS host root; then <c>api/v2/me/calls/{id}</c>, <c>api/v2/me</c>, <c>api/v2/notifications</c>.</summary>
    public Uri GenesysBaseUri { get; }

    /// <summary>Stands for <c>https://{space}.signalwire.com/api/laml/2010-04-01/</c>; then <c>Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}</c>.</summary>
    public Uri SignalWireBaseUri { get; }

    /// <summary>The options the simulator was started with (credentials included).</summary>
    public SimulatorOptions Options { get; }

    /// <summary>Seeding and inspection of calls, recordings and received requests.</summary>
    public SimulatorState State { get; }

    /// <summary>Injected failures and delays for the next requests.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Revokes every Bandwidth access token issued so far, as a credential rotation would: the Voice API answers 401 to them.</summary>
    public void RevokeBandwidthTokens() => _bandwidthTokens.RevokeAll();

    /// <summary>Starts listening on 127.0.0.1 at <see cref="SimulatorOptions.Port"/> (0 picks a free port).</summary>
    /// <param name="options">Port, credentials and behaviour switches.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator.</returns>
    public static async Task<VendorSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        if (options.BandwidthTokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BandwidthTokenLifetime, "BandwidthTokenLifetime must be positive.");
        }

        if (options.CometdConnectTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CometdConnectTimeout, "CometdConnectTimeout must not be negative.");
        }

        var state = new SimulatorState(options.TimeProvider, options.Variations ?? new ResponseVariations());
        var faults = new FaultInjector();
        var bandwidthTokens = new BandwidthTokens(options.TimeProvider, options.BandwidthTokenLifetime);
        if (options.SeedDemoCalls)
        {
            SeedDemoCalls(state);
        }

        // The empty builder reads no configuration files or environment and has no logging provider:
        // hosted in a test it is silent unless ConfigureLogging adds a provider.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddRoutingCore();
        options.ConfigureLogging?.Invoke(builder.Logging);

        var app = builder.Build();
        var stopping = new CancellationTokenSource();
        try
        {
            var broker = new CometdBroker();
            var genesys = new GenesysEndpoints(state, options, broker);
            var middleware = new VendorRequestMiddleware(
                state,
                faults,
                options.TimeProvider,
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SdkGen.Simulator"));

            app.Use(middleware.InvokeAsync);
            app.UseRouting();
            new BandwidthTokenEndpoint(options, bandwidthTokens).Map(app);
            new BandwidthEndpoints(state, options, bandwidthTokens).Map(app);
            new TwilioEndpoints(state, options).Map(app);
            genesys.Map(app);
            new CometdEndpoint(genesys, broker, options, stopping.Token).Map(app);
            new SignalWireEndpoints(state, options).Map(app);
            new AdminEndpoints(state, faults).Map(app);

            await app.StartAsync(cancellationToken);

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var port = new Uri(address).Port;
            return new VendorSimulator(app, stopping, options, state, faults, bandwidthTokens, new Uri($"http://127.0.0.1:{port}/"));
        }
        catch
        {
            stopping.Dispose();
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases held CometD polls, stops the listener and frees the port.</summary>
    /// <returns>A task that completes when the simulator has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private static void SeedDemoCalls(SimulatorState state)
    {
        var recording = SimulatedRecordingStatus.InProgress;
        state.AddCall(new CallSeed(SimulatedVendor.Bandwidth, [new RecordingSeed(recording) { RecordingId = DemoCalls.BandwidthRecordingId }])
        {
            CallId = DemoCalls.BandwidthCallId,
        });
        state.AddCall(new CallSeed(SimulatedVendor.Twilio, [new RecordingSeed(recording) { RecordingId = DemoCalls.TwilioRecordingSid }])
        {
            CallId = DemoCalls.TwilioCallSid,
        });
        state.AddCall(new CallSeed(SimulatedVendor.Genesys, [new RecordingSeed(recording)])
        {
            CallId = DemoCalls.GenesysCallId,
        });
        state.AddCall(new CallSeed(SimulatedVendor.SignalWire, [new RecordingSeed(recording) { RecordingId = DemoCalls.SignalWireRecordingSid }])
        {
            CallId = DemoCalls.SignalWireCallSid,
        });
    }
}
