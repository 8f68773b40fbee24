using System.CommandLine;
using SdkGen.Cli.Commands;
using SdkGen.Cli.Output;

namespace SdkGen.Cli;

/// <summary>The <c>sdkgen</c> command line: <c>demo</c>, <c>recording</c> and <c>generate</c>.</summary>
internal static class SdkGenCli
{
    /// <summary>
    /// Runs one command line; output goes to the given writers so tests can read it. Never throws: every failure
    /// ends as exit code 1 or 2 with one line on <paramref name="error"/> (plus the details with <c>--verbose</c>).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var verbose = new Option<bool>("--verbose") { Description = "On failure, print the exception's details (stack trace) too", Recursive = true };
        var context = new CliContext(output, error, environment, verbose);
        var root = new RootCommand("sdkgen — compile-time OpenAPI SDKs, and call-recording control across voice vendors.")
        {
            verbose,
            DemoCommand.Create(context),
            RecordingCommand.Create(context),
            GenerateCommand.Create(context),
        };

        // A bare `sdkgen` (or a bare command group, `sdkgen recording`) is someone finding out what it does, not a mistake.
        ParseResult parse = root.Parse(args.Length == 0 || args is ["recording"] ? [.. args, "--help"] : args);
        if (parse.Errors.Count > 0)
        {
            // One line a person can act on, and the code scripts check: nothing was run.
            error.WriteLine("sdkgen: " + ConsoleText.Escape(parse.Errors[0].Message) + " (see 'sdkgen --help')");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex)
        {
            (int exitCode, string message) = Describe(ex, cancellationToken);
            error.WriteLine("sdkgen: " + message);
            if (parse.GetValue(verbose))
            {
                ConsoleText.WriteLines(error, ex.ToString());
            }

            return exitCode;
        }
    }

    private static (int ExitCode, string Message) Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        UsageException usage => (ExitCodes.BadInput, ConsoleText.Escape(usage.Message)),

        // The generated clients and the SDK check ids before sending: a malformed id is bad input, nothing was sent.
        ArgumentException argument => (ExitCodes.BadInput, ConsoleText.Escape(argument.Message, ConsoleText.VendorTextLimit)),
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            (ExitCodes.Failure, "cancelled; a request already sent may or may not have taken effect"),
        _ => (ExitCodes.Failure, "unexpected failure (" + exception.GetType().Name + "): "
            + ConsoleText.Escape(exception.Message, ConsoleText.VendorTextLimit) + " (run with --verbose for details)"),
    };
}

/// <summary>Where commands write, how they read the environment, and the <c>--verbose</c> switch every command has.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, Func<string, string?> Environment, Option<bool> Verbose);
