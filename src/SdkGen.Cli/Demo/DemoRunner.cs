using SdkGen.Cli.Output;
using SdkGen.Cli.Vendors;
using SdkGen.Recording;
using SdkGen.Simulator;

namespace SdkGen.Cli.Demo;

/// <summary>
/// Starts the vendor simulator in-process on a free loopback port, then pauses, resumes and stops a seeded
/// call's recording on each vendor through the SDK (its generated clients, behind the vendor-neutral
/// <see cref="IRecordingControl"/>), checking the state the simulator holds after each step.
/// </summary>
internal static class DemoRunner
{
    public static async Task<IReadOnlyList<DemoStep>> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using VendorSimulator simulator = await VendorSimulator.StartAsync(
            new SimulatorOptions { SeedDemoCalls = true, GenesysCsrfEnabled = true, CometdConnectTimeout = TimeSpan.FromSeconds(5) },
            cancellationToken);
        output.WriteLine($"Vendor simulator listening on {simulator.BaseUri} (loopback only, test credentials)");
        output.WriteLine();

        using var log = new ExchangeLog(new HttpClientHandler { UseCookies = false });
        using var http = new HttpClient(log, disposeHandler: false);

        // GWS here has CSRF protection on, as many deployments do: the handler fetches and echoes the token.
        using var genesysHttp = new HttpClient(new Recording.Genesys.GenesysCsrfHandler(log), disposeHandler: false);
        SimulatorOptions o = simulator.Options;
        var scenarios = new (VendorSettings Settings, SimulatedVendor Simulated, CallReference Call, string? PauseBehavior)[]
        {
            // OAuth 2.0, the only way into Bandwidth since it decommissioned API users (HTTP Basic) on 2026-12-02.
            (new(Vendor.Bandwidth, o.BandwidthClientId, o.BandwidthClientSecret, o.BandwidthAccountId, simulator.BandwidthBaseUri, null, UsesOAuth2: true, TokenUrl: simulator.BandwidthTokenUri),
                SimulatedVendor.Bandwidth, new(DemoCalls.BandwidthCallId), null),
            (new(Vendor.Twilio, o.TwilioAccountSid, o.TwilioAuthToken, o.TwilioAccountSid, simulator.TwilioBaseUri, null),
                SimulatedVendor.Twilio, new(DemoCalls.TwilioCallSid), "skip"),
            (new(Vendor.Genesys, o.GenesysUsername, o.GenesysPassword, "", simulator.GenesysBaseUri, null),
                SimulatedVendor.Genesys, new(DemoCalls.GenesysCallId), null),
            (new(Vendor.SignalWire, o.SignalWireProjectId, o.SignalWireApiToken, o.SignalWireProjectId, simulator.SignalWireBaseUri, null),
                SimulatedVendor.SignalWire, new(DemoCalls.SignalWireCallSid, DemoCalls.SignalWireRecordingSid), "silence"),
        };

        var steps = new List<DemoStep>();
        foreach ((VendorSettings settings, SimulatedVendor simulated, CallReference call, string? pauseBehavior) in scenarios)
        {
            IRecordingControl control = VendorControls.Create(settings, settings.Vendor == Vendor.Genesys ? genesysHttp : http, pauseBehavior, TimeSpan.FromSeconds(10));
            RecordingAction[] actions = control.CanStop
                ? [RecordingAction.Pause, RecordingAction.Resume, RecordingAction.Stop]
                : [RecordingAction.Pause, RecordingAction.Resume];
            foreach (RecordingAction action in actions)
            {
                steps.Add(await RunStepAsync(control, settings.Vendor, simulator, simulated, action, call, log, cancellationToken));
            }
        }

        return steps;
    }

    private static async Task<DemoStep> RunStepAsync(IRecordingControl control, Vendor vendor, VendorSimulator simulator, SimulatedVendor simulated, RecordingAction action, CallReference call, ExchangeLog log, CancellationToken cancellationToken)
    {
        string reported;
        try
        {
            reported = (await control.ApplyAsync(action, call, cancellationToken)).ToString();
        }
        catch (RecordingControlException ex)
        {
            reported = ConsoleText.Escape($"error {ex.Status} {ex.VendorCode} {ex.VendorMessage}".Trim(), ConsoleText.VendorTextLimit);
        }

        string request = string.Join("; ", log.Take());
        SimulatedRecordingStatus? state = simulator.State.GetRecording(simulated, call.CallId, call.RecordingId)?.Status;
        SimulatedRecordingStatus expected = action switch
        {
            RecordingAction.Pause => SimulatedRecordingStatus.Paused,
            RecordingAction.Resume => SimulatedRecordingStatus.InProgress,
            _ => SimulatedRecordingStatus.Stopped,
        };
        RecordingState expectedReport = action switch
        {
            RecordingAction.Pause => RecordingState.Paused,
            RecordingAction.Resume => RecordingState.Recording,
            _ => RecordingState.Stopped,
        };
        return new DemoStep(vendor, action, request, reported, state?.ToString() ?? "unknown", state == expected && reported == expectedReport.ToString());
    }
}
