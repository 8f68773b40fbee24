using SdkGen.Cli.Vendors;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Cli.Demo;

/// <summary>
/// Starts the vendor simulator in-process on a free loopback port, then pauses, resumes and stops a seeded
/// call's recording on each vendor through the generated clients, checking the state the simulator holds.
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
        using var http = new HttpClient(log, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };

        // GWS here has CSRF protection on, as many deployments do: the handler fetches and echoes the token.
        using var genesysHttp = new HttpClient(new SdkGen.Recording.Genesys.GenesysCsrfHandler(log), disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };
        SimulatorOptions o = simulator.Options;
        var scenarios = new (VendorSettings Settings, SimulatedVendor Simulated, RecordingTarget Target, RecordingAction[] Actions)[]
        {
            (new VendorSettings(Vendor.Bandwidth, new BasicCredentials(o.BandwidthUsername, o.BandwidthPassword), o.BandwidthAccountId, simulator.BandwidthBaseUri, null),
                SimulatedVendor.Bandwidth, new RecordingTarget(DemoCalls.BandwidthCallId, null, null), [RecordingAction.Pause, RecordingAction.Resume]),
            (VendorSettings.Twilio(o.TwilioAccountSid, o.TwilioAuthToken, simulator.TwilioBaseUri),
                SimulatedVendor.Twilio, new RecordingTarget(DemoCalls.TwilioCallSid, "current", "skip"), [RecordingAction.Pause, RecordingAction.Resume, RecordingAction.Stop]),
            (new VendorSettings(Vendor.Genesys, new BasicCredentials(o.GenesysUsername, o.GenesysPassword), "", simulator.GenesysBaseUri, null),
                SimulatedVendor.Genesys, new RecordingTarget(DemoCalls.GenesysCallId, null, null), [RecordingAction.Pause, RecordingAction.Resume, RecordingAction.Stop]),
            (VendorSettings.SignalWire(o.SignalWireProjectId, o.SignalWireApiToken, null, simulator.SignalWireBaseUri),
                SimulatedVendor.SignalWire, new RecordingTarget(DemoCalls.SignalWireCallSid, DemoCalls.SignalWireRecordingSid, "silence"), [RecordingAction.Pause, RecordingAction.Resume, RecordingAction.Stop]),
        };

        var steps = new List<DemoStep>();
        foreach ((VendorSettings settings, SimulatedVendor simulated, RecordingTarget target, RecordingAction[] actions) in scenarios)
        {
            VendorRecording recording = VendorRecording.Create(settings, settings.Vendor == Vendor.Genesys ? genesysHttp : http, TimeSpan.FromSeconds(10));
            foreach (RecordingAction action in actions)
            {
                steps.Add(await RunStepAsync(recording, simulator, simulated, action, target, log, cancellationToken));
            }
        }

        return steps;
    }

    private static async Task<DemoStep> RunStepAsync(VendorRecording recording, VendorSimulator simulator, SimulatedVendor simulated, RecordingAction action, RecordingTarget target, ExchangeLog log, CancellationToken cancellationToken)
    {
        string reply;
        try
        {
            reply = (await recording.ApplyAsync(action, target, cancellationToken)).Reply;
        }
        catch (ApiException ex)
        {
            reply = $"{ex.Status} {ex.ErrorCode} {ex.ErrorMessage}".Trim();
        }

        string request = string.Join("; ", log.Take());
        SimulatedRecordingStatus? state = simulator.State.GetRecording(simulated, target.CallId)?.Status;
        SimulatedRecordingStatus expected = action switch
        {
            RecordingAction.Pause => SimulatedRecordingStatus.Paused,
            RecordingAction.Resume => SimulatedRecordingStatus.InProgress,
            _ => SimulatedRecordingStatus.Stopped,
        };
        return new DemoStep(recording.Vendor, action, request, reply, state?.ToString() ?? "unknown", state == expected);
    }
}
