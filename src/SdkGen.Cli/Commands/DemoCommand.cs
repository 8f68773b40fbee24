using System.CommandLine;
using SdkGen.Cli.Demo;

namespace SdkGen.Cli.Commands;

/// <summary><c>sdkgen demo</c>: the whole product working, with no credentials and no phone call.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("demo", "Pause, resume and stop a recording on all four vendors against the built-in simulator.");
        command.SetAction(async (_, cancellationToken) =>
        {
            IReadOnlyList<DemoStep> steps = await DemoRunner.RunAsync(context.Output, cancellationToken);
            TableWriter.Write(context.Output, ["Vendor", "Step", "Requests sent (path, HTTP status)", "Vendor reports", "Simulator holds", ""],
                steps.Select(s => new[] { s.Vendor.ToString(), s.Action.ToString().ToLowerInvariant(), s.Request, s.Reported, s.ServerState, s.Succeeded ? "ok" : "FAILED" }));
            int failed = steps.Count(s => !s.Succeeded);
            context.Output.WriteLine();
            context.Output.WriteLine("GWS only acknowledges a request; its reported states come from the CometD CallRecordingStateChange notification.");
            context.Output.WriteLine(failed == 0
                ? $"All {steps.Count} steps behaved as expected on Bandwidth, Twilio, Genesys and SignalWire."
                : $"{failed} of {steps.Count} steps did not behave as expected.");
            return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
