using System.CommandLine;
using SdkGen.Cli.Output;
using SdkGen.Cli.Vendors;
using SdkGen.Recording;

namespace SdkGen.Cli.Commands;

/// <summary><c>sdkgen recording pause|resume|stop --vendor … --call …</c>: one real operation on a vendor.</summary>
internal static class RecordingCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("recording", "Pause, resume or stop the recording of a live call. Credentials come from environment variables (see the README); Bandwidth: BANDWIDTH_CLIENT_ID and BANDWIDTH_CLIENT_SECRET (OAuth 2.0, optional BANDWIDTH_TOKEN_URL; legacy API users: BANDWIDTH_USERNAME and BANDWIDTH_PASSWORD instead), with BANDWIDTH_ACCOUNT_ID.");
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
        var recording = new Option<string?>("--recording") { Description = "The recording id (Twilio RE… or 'current' for the call's active recording; SignalWire uuid)" };
        var pauseBehavior = new Option<string?>("--pause-behavior") { Description = "skip or silence (Twilio, SignalWire; pause only)" };
        pauseBehavior.AcceptOnlyFromAmong("skip", "silence");
        var baseUrl = new Option<string?>("--base-url") { Description = "Send to this address instead of the vendor's (a proxy, the simulator, the GWS server)" };
        var timeout = new Option<int>("--timeout")
        {
            Description = $"Seconds to wait for the vendor (and for the GWS notification), 1 to {RecordingRequest.MaxTimeoutSeconds}",
            DefaultValueFactory = _ => 30,
        };

        var command = new Command(action.ToString().ToLowerInvariant(), action + " the recording.") { vendor, call, recording, pauseBehavior, baseUrl, timeout };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Everything on the command line first; only then the secrets, and only then the network.
            RecordingRequest request = RecordingRequest.Create(
                action, Enum.Parse<Vendor>(parse.GetValue(vendor)!, ignoreCase: true), parse.GetValue(call)!, parse.GetValue(recording),
                parse.GetValue(pauseBehavior), parse.GetValue(baseUrl), parse.GetValue(timeout));
            VendorSettings settings = VendorSettings.FromEnvironment(request.Vendor, context.Environment, request.Endpoint);
            using var httpClient = new HttpClient(request.Vendor == Vendor.Genesys ? new Recording.Genesys.GenesysCsrfHandler(new HttpClientHandler()) : new HttpClientHandler());
            IRecordingControl control = CreateControl(settings, httpClient, request);
            try
            {
                RecordingState state = await control.ApplyAsync(request.Action, request.Call, cancellationToken);
                context.Output.WriteLine($"{request.Vendor}: {Verb(request.Action)} -> {state}");
                return ExitCodes.Success;
            }
            catch (RecordingControlException ex)
            {
                context.Error.WriteLine("sdkgen: " + RecordingFailure.Describe(ex));
                WriteDetails(context, parse, ex);
                return ExitCodes.Failure;
            }
            catch (Exception ex) when (ex is not (ArgumentException or UsageException or OperationCanceledException))
            {
                // Something the SDK did not classify (an unreadable answer, a bug): the request may have been applied.
                context.Error.WriteLine("sdkgen: " + RecordingFailure.DescribeUnexpected(request.Vendor, Verb(request.Action), ex));
                WriteDetails(context, parse, ex);
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static IRecordingControl CreateControl(VendorSettings settings, HttpClient httpClient, RecordingRequest request)
    {
        try
        {
            return VendorControls.Create(settings, httpClient, request.PauseBehavior, request.Timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The SDK (or its retry pipeline) refused the settings: nothing was sent, and the settings are the user's input.
            throw new UsageException("the settings were rejected: " + ConsoleText.Escape(ex.Message, ConsoleText.VendorTextLimit));
        }
    }

    private static void WriteDetails(CliContext context, ParseResult parse, Exception exception)
    {
        if (parse.GetValue(context.Verbose))
        {
            ConsoleText.WriteLines(context.Error, exception.ToString());
        }
    }

    private static string Verb(RecordingAction action) => action.ToString().ToLowerInvariant();
}
