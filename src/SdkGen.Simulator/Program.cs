using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using SdkGen.Simulator;

// dotnet run --project src/SdkGen.Simulator [-- --port N] [--genesys-csrf]
// Starts the four simulated vendors with one demo call each, prints how to reach them, runs until Ctrl+C.
var port = 0;
var csrf = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535:
            port = p;
            i++;
            break;
        case "--genesys-csrf":
            csrf = true;
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: SdkGen.Simulator [--port N] [--genesys-csrf]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: SdkGen.Simulator [--port N] [--genesys-csrf]");
            return 2;
    }
}

var options = new SimulatorOptions
{
    Port = port,
    GenesysCsrfEnabled = csrf,
    SeedDemoCalls = true,
    ConfigureLogging = logging => logging
        .AddSimpleConsole(console => console.SingleLine = true)
        .SetMinimumLevel(LogLevel.Warning)
        .AddFilter("SdkGen.Simulator", LogLevel.Information),
};

await using var simulator = await VendorSimulator.StartAsync(options);
Console.WriteLine($"""
    SdkGen vendor simulator on {simulator.BaseUri}

      Bandwidth   {simulator.BandwidthBaseUri}
                  user {options.BandwidthUsername} / {options.BandwidthPassword}, account {options.BandwidthAccountId}
                  call {DemoCalls.BandwidthCallId} (recording)
      Twilio      {simulator.TwilioBaseUri}
                  AccountSid {options.TwilioAccountSid} / AuthToken {options.TwilioAuthToken}
                  call {DemoCalls.TwilioCallSid}, recording {DemoCalls.TwilioRecordingSid} (in-progress)
      Genesys     {simulator.GenesysBaseUri}
                  user {options.GenesysUsername} / {options.GenesysPassword}, CSRF {(csrf ? "on" : "off")}
                  call {DemoCalls.GenesysCallId} (Recording)
      SignalWire  {simulator.SignalWireBaseUri}
                  project {options.SignalWireProjectId} / token {options.SignalWireApiToken}
                  call {DemoCalls.SignalWireCallSid}, recording {DemoCalls.SignalWireRecordingSid} (in-progress)

      Admin       POST {simulator.BaseUri}admin/calls   POST {simulator.BaseUri}admin/faults   GET {simulator.BaseUri}admin/requests
                  PUT {simulator.BaseUri}admin/variations   POST {simulator.BaseUri}admin/calls/VENDOR/CALLID/end

    Press Ctrl+C to stop.
    """);

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
await stop.Task;
Console.WriteLine("Stopping.");
return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}
