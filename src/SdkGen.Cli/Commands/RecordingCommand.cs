using System.CommandLine;
using SdkGen.Cli.Vendors;
using SdkGen.Recording;

namespace SdkGen.Cli.Commands;

/// <summary><c>sdkgen recording pause|resume|stop --vendor … --call …</c>: one real operation on a vendor.</summary>
internal static class RecordingCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("recording", "Pause, resume or stop the recording of a live call. Credentials come from environment variables (see the README).");
        foreach (RecordingAction action in Enum.GetValues<RecordingAction>())
        {
            command.Add(CreateAction(action, context));
        }

        return command;
    }

    private static Command CreateAction(RecordingAction action, CliContext context)
    {
        var vendor = new Option<string>("--vendor") { Description = "bandwidth, twilio, genesys or signalwire", Required = true };
        vendor.AcceptOnlyFromAmong("bandwidth", "twilio", "genesys", "signalwire");
        var call = new Option<string>("--call") { Description = "The vendor's call id (Twilio CA…, SignalWire uuid, Bandwidth c-…, GWS call id)", Required = true };
        var recording = new Option<string?>("--recording") { Description = "The recording id (Twilio RE…, SignalWire uuid), or 'current' for the call's active recording (Twilio)" };
        var pauseBehavior = new Option<string?>("--pause-behavior") { Description = "skip or silence (Twilio, SignalWire; pause only)" };
        pauseBehavior.AcceptOnlyFromAmong("skip", "silence");
        var baseUrl = new Option<string?>("--base-url") { Description = "Send to this address instead of the vendor's (a proxy, the simulator, the GWS server)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the vendor (and for the GWS notification)", DefaultValueFactory = _ => 30 };

        var command = new Command(action.ToString().ToLowerInvariant(), action + " the recording.") { vendor, call, recording, pauseBehavior, baseUrl, timeout };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Vendor chosen = Enum.Parse<Vendor>(parse.GetValue(vendor)!, ignoreCase: true);
            Uri? endpoint = null;
            if (parse.GetValue(baseUrl) is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
            {
                throw new UsageException("--base-url must be an absolute http(s) URL");
            }

            if (parse.GetValue(pauseBehavior) is not null && action != RecordingAction.Pause)
            {
                throw new UsageException("--pause-behavior applies to pause only");
            }

            VendorSettings settings = VendorSettings.FromEnvironment(chosen, context.Environment, endpoint);
            TimeSpan wait = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout)));
            using var httpClient = new HttpClient(chosen == Vendor.Genesys ? new Recording.Genesys.GenesysCsrfHandler(new HttpClientHandler()) : new HttpClientHandler());
            IRecordingControl control = VendorControls.Create(settings, httpClient, parse.GetValue(pauseBehavior), wait);
            CallReference reference = VendorControls.Reference(parse.GetValue(call)!, parse.GetValue(recording));
            try
            {
                RecordingState state = await control.ApplyAsync(action, reference, cancellationToken);
                context.Output.WriteLine($"{chosen}: {action.ToString().ToLowerInvariant()} -> {state}");
                return ExitCodes.Success;
            }
            catch (RecordingControlException ex)
            {
                // The vendor's own words, never our credentials.
                string status = ex.Status is { } s ? "HTTP " + s : "no answer";
                context.Error.WriteLine($"sdkgen: {chosen} refused: {status}" + (ex.VendorCode is null ? "" : $", code {ex.VendorCode}") + (ex.VendorMessage is null ? "" : $": {ex.VendorMessage}"));
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
