using System.Diagnostics;
using System.Text;

namespace SdkGen.Packaging.Tests.Infrastructure;

/// <summary>What a finished child process left behind.</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, bool TimedOut)
{
    /// <summary>Standard output and error together, for searching.</summary>
    public string Output => StandardOutput + Environment.NewLine + StandardError;

    /// <summary>Everything a reader needs when an assertion about this process fails.</summary>
    public string Describe() =>
        $"""
        > {CommandLine}
          in {WorkingDirectory}
          exit code {ExitCode}{(TimedOut ? " (killed: timed out)" : "")} after {Elapsed.TotalSeconds:F1} s
        ----- stdout -----
        {StandardOutput.TrimEnd()}
        ----- stderr -----
        {StandardError.TrimEnd()}
        ------------------
        """;

    /// <summary>Fails the test, with the whole output, unless the process exited with 0.</summary>
    public ProcessResult EnsureSuccess(string what)
    {
        Assert.True(ExitCode == 0 && !TimedOut, $"{what} failed.{Environment.NewLine}{Describe()}");
        return this;
    }
}

/// <summary>
/// Runs <c>dotnet</c> (or another tool) as a real child process with an environment cleaned of what <c>dotnet test</c>
/// and MSBuild pass to their children, a time limit, and captured output.
/// </summary>
public static class DotNetProcess
{
    /// <summary>Default time limit for one command.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    // After the process exits, grandchildren (build servers) might still hold the output pipes open: wait this
    // long for the end of the streams, then keep what arrived.
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private static readonly string[] RemovedPrefixes =
    [
        "MSBUILD", "_MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH", "DOTNET_MSBUILD", "DOTNET_CLI_TELEMETRY_SESSION",
        "NUGET_PACKAGES", "NUGET_FALLBACK_PACKAGES", "COREHOST_TRACE",
    ];

    private static readonly string[] RemovedNames = ["DOTNET_LAUNCH_PROFILE", "DOTNET_WATCH", "DOTNET_RUN"];

    /// <summary>The <c>dotnet</c> executable that runs this test host, or <c>dotnet</c> from PATH.</summary>
    public static string DotNetExecutable { get; } = FindDotNet();

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>.</summary>
    public static Task<ProcessResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null) =>
        RunToolAsync(DotNetExecutable, workingDirectory, arguments, environment, timeout);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in a clean environment.</summary>
    public static async Task<ProcessResult> RunToolAsync(
        string fileName,
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        CleanEnvironment(startInfo.Environment);
        if (environment is not null)
        {
            foreach ((string name, string? value) in environment)
            {
                if (value is null)
                {
                    startInfo.Environment.Remove(name);
                }
                else
                {
                    startInfo.Environment[name] = value;
                }
            }
        }

        string commandLine = Path.GetFileName(fileName) + " " + string.Join(" ", startInfo.ArgumentList.Select(Quote));
        var stdout = new OutputBuffer();
        var stderr = new OutputBuffer();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => stdout.Add(e.Data);
        process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start " + commandLine);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool timedOut = false;
        using (var limit = new CancellationTokenSource(timeout ?? DefaultTimeout))
        {
            try
            {
                await WaitForExitAsync(process, limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited meanwhile.
                }

                await WaitForExitAsync(process, CancellationToken.None);
            }
        }

        await Task.WhenAny(Task.WhenAll(stdout.Completed, stderr.Completed), Task.Delay(DrainTimeout));
        stopwatch.Stop();
        return new ProcessResult(commandLine, workingDirectory, process.ExitCode, stdout.Text, stderr.Text, stopwatch.Elapsed, timedOut);
    }

    /// <summary>
    /// Removes what the parent <c>dotnet test</c> / MSBuild put in the environment (it points nested builds at the
    /// wrong MSBuild or test host) and keeps the children quiet and off build-node reuse.
    /// </summary>
    public static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        foreach (string name in environment.Keys.ToList())
        {
            if (RemovedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                || RemovedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No MSBuild nodes or MSBuild server outliving the command (the compiler server may stay: it is shared and fast).
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // Plain text output: no terminal logger, no colours in assertion messages.
        environment["MSBUILDTERMINALLOGGER"] = "off";
        environment["NO_COLOR"] = "1";
    }

    private static async Task WaitForExitAsync(Process process, CancellationToken cancellationToken)
    {
        // Process.WaitForExitAsync would also wait for the end of the redirected streams, which a build server
        // started by the child can keep open; wait for the process itself only.
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited.TrySetResult();
        if (process.HasExited)
        {
            exited.TrySetResult();
        }

        await exited.Task.WaitAsync(cancellationToken);
    }

    private static string FindDotNet()
    {
        string? host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return host;
        }

        string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        string candidate = root is null ? "" : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"') ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";

    private sealed class OutputBuffer
    {
        private readonly StringBuilder _text = new();
        private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Completed => _completed.Task;

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                _completed.TrySetResult();
                return;
            }

            lock (_text)
            {
                _text.AppendLine(line);
            }
        }
    }
}
