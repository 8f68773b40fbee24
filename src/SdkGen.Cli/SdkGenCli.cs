using System.CommandLine;
using SdkGen.Cli.Commands;

namespace SdkGen.Cli;

/// <summary>The <c>sdkgen</c> command line: <c>demo</c>, <c>recording</c> and <c>generate</c>.</summary>
internal static class SdkGenCli
{
    /// <summary>Runs one command line; output goes to the given writers so tests can read it.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var context = new CliContext(output, error, environment);
        var root = new RootCommand("sdkgen — compile-time OpenAPI SDKs, and call-recording control across voice vendors.")
        {
            DemoCommand.Create(context),
            RecordingCommand.Create(context),
            GenerateCommand.Create(context),
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line a person can act on, and the code scripts check: nothing was run.
            error.WriteLine("sdkgen: " + OneLine(parse.Errors[0].Message) + " (see 'sdkgen --help')");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException ex)
        {
            error.WriteLine("sdkgen: " + OneLine(ex.Message));
            return ExitCodes.BadInput;
        }
        catch (ArgumentException ex)
        {
            // The generated clients validate ids before sending: a malformed id is bad input, not a vendor error.
            error.WriteLine("sdkgen: " + OneLine(ex.Message));
            return ExitCodes.BadInput;
        }
    }

    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));
}

/// <summary>Where commands write and how they read the environment.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, Func<string, string?> Environment);
