namespace SdkGen.Cli.Tests;

/// <summary>Runs <c>sdkgen</c> in-process with captured output and a given environment.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = await SdkGenCli.RunAsync(
            args,
            output,
            error,
            name => environment is not null && environment.TryGetValue(name, out string? value) ? value : null,
            CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
