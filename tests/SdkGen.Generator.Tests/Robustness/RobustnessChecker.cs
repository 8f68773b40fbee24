using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Generator.Tests.Infrastructure;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>What went wrong with one spec, if anything.</summary>
internal sealed record CaseOutcome(SpecFile Spec, IReadOnlyList<string> Problems, IReadOnlyList<string> DiagnosticIds, bool HadErrors, CompileStatus Compile, long AllocatedBytes)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>The generator's error diagnostics, rendered.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}

internal enum CompileStatus
{
    /// <summary>The spec reported an error (so it generated nothing), or compiling was not asked for.</summary>
    NotCompiled,

    /// <summary>Compiled in this run.</summary>
    Compiled,

    /// <summary>The same code (up to comments and namespace) had already compiled without errors.</summary>
    SameAsBefore,
}

/// <summary>
/// Runs the generator on several specs at once and checks the promises the generator makes for any input:
/// no exception escapes (CS8785), no hang, bounded memory, every diagnostic is an SDKGEN one naming the spec and
/// a line inside it, and when no error is reported the output compiles with zero C# errors. A batch that fails
/// as a whole (an exception, a hang, an error no spec owns) is re-run one spec at a time to find the culprit.
/// </summary>
internal static class RobustnessChecker
{
    /// <summary>Allocation allowed for one spec of the fuzz corpus (the largest seed is ~20 KB); far above what a healthy run needs.</summary>
    public const long AllocationBudgetPerSpec = 1L << 30;

    // The fuzzer looks for errors. Nullable analysis only ever warns and is the costliest part of binding; with
    // DocumentationMode.None doc comments are plain comments (broken XML in them could only warn, CS1570).
    private static readonly CSharpParseOptions s_parseOptions =
        new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.None).WithFeatures([new("run-nullable-analysis", "never")]);

    // One compilation shared by every run: the driver adds the generated trees to it, so the symbols of the
    // ~170 referenced assemblies are built once instead of once per batch.
    // Single-threaded compilations: the fuzzer already runs one batch per core.
    private static readonly Lazy<CSharpCompilation> s_baseCompilation = new(() =>
    {
        CSharpCompilation harness = GeneratorHarness.CreateCompilation();
        return harness.WithOptions(harness.Options.WithConcurrentBuild(false))
            .RemoveAllSyntaxTrees()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Placeholder { } }", s_parseOptions));
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> s_compiledCleanly = new(StringComparer.Ordinal);

    private static long s_generationTicks;
    private static long s_compilationTicks;

    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wall-clock time spent generating and compiling since the process started, summed over threads.</summary>
    public static (TimeSpan Generation, TimeSpan Compilation) Spent =>
        (TimeSpan.FromTicks(Interlocked.Read(ref s_generationTicks)), TimeSpan.FromTicks(Interlocked.Read(ref s_compilationTicks)));

    public static IReadOnlyList<CaseOutcome> Check(IReadOnlyList<SpecFile> specs, bool compile = true)
    {
        BatchRun run = RunGenerator(specs, Timeout + TimeSpan.FromSeconds(specs.Count / 4.0));
        if (specs.Count > 1 && run.BatchProblem is not null)
        {
            return specs.SelectMany(s => Check([s], compile)).ToList();
        }

        var outcomes = new List<CaseOutcome>();
        Dictionary<string, List<Diagnostic>> bySpec = specs.ToDictionary(s => s.Path, _ => new List<Diagnostic>(), StringComparer.Ordinal);
        var unowned = new List<string>();
        if (run.BatchProblem is not null)
        {
            unowned.Add(run.BatchProblem);
        }

        foreach (Diagnostic diagnostic in run.Diagnostics)
        {
            string path = diagnostic.Location.GetLineSpan().Path ?? "";
            if (bySpec.TryGetValue(path, out List<Diagnostic>? list))
            {
                list.Add(diagnostic);
            }
            else
            {
                unowned.Add("a diagnostic that names no spec of the run: " + Render(diagnostic));
            }
        }

        if (unowned.Count > 0 && specs.Count > 1)
        {
            return specs.SelectMany(s => Check([s], compile)).ToList();
        }

        // Compile what the specs without errors produced, all in one compilation; output already known to
        // compile (the same code up to comments and the case's namespace) is not compiled again.
        IReadOnlyList<Diagnostic> compileErrors = [];
        var toCompile = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromCache = new HashSet<string>(StringComparer.Ordinal);
        if (compile && run.Output is not null)
        {
            foreach (SpecFile spec in specs.Where(s => !bySpec[s.Path].Any(IsError)))
            {
                string ns = spec.Namespace ?? "";
                string key = OutputKey(ns, run.Output.SyntaxTrees.Where(t => OwnerOf(t.FilePath, run.Namespaces) == ns));
                if (s_compiledCleanly.ContainsKey(key))
                {
                    fromCache.Add(ns);
                }
                else
                {
                    toCompile[ns] = key;
                }
            }
        }

        if (toCompile.Count > 0)
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            CSharpCompilation subset = s_baseCompilation.Value.AddSyntaxTrees(
                run.Output!.SyntaxTrees.Where(t => OwnerOf(t.FilePath, run.Namespaces) is { } ns && toCompile.ContainsKey(ns)));
            compileErrors = subset.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Interlocked.Add(ref s_compilationTicks, System.Diagnostics.Stopwatch.GetElapsedTime(start).Ticks);
            if (specs.Count > 1 && compileErrors.Any(d => OwnerOf(d, run.Namespaces) is null))
            {
                return specs.SelectMany(s => Check([s], compile)).ToList();
            }

            foreach ((string ns, string key) in toCompile)
            {
                if (!compileErrors.Any(d => OwnerOf(d, run.Namespaces) == ns))
                {
                    s_compiledCleanly.TryAdd(key, 0);
                }
            }
        }

        foreach (SpecFile spec in specs)
        {
            var problems = new List<string>(unowned);
            List<Diagnostic> diagnostics = bySpec[spec.Path];
            foreach (Diagnostic diagnostic in diagnostics)
            {
                CheckDiagnostic(spec, diagnostic, problems);
            }

            bool hadErrors = diagnostics.Any(IsError);
            if (!hadErrors && run.Output is not null)
            {
                string prefix = spec.Namespace + ".";
                if (!run.HintNames.Any(h => h.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    problems.Add("no error was reported, yet nothing was generated");
                }

                if (toCompile.ContainsKey(spec.Namespace ?? ""))
                {
                    foreach (Diagnostic error in compileErrors.Where(d => OwnerOf(d, run.Namespaces) == spec.Namespace).Take(10))
                    {
                        problems.Add("the generated code does not compile: " + Render(error) + SourceLine(error));
                    }

                    int more = compileErrors.Count(d => OwnerOf(d, run.Namespaces) == spec.Namespace) - 10;
                    if (more > 0)
                    {
                        problems.Add("… and " + more + " more C# errors");
                    }
                }
            }

            if (specs.Count == 1 && run.AllocatedBytes > AllocationBudgetPerSpec)
            {
                problems.Add($"the generator allocated {run.AllocatedBytes / (1 << 20)} MB for one spec of {spec.Text.Length} chars (budget {AllocationBudgetPerSpec / (1 << 20)} MB)");
            }

            CompileStatus status = toCompile.ContainsKey(spec.Namespace ?? "") ? CompileStatus.Compiled
                : fromCache.Contains(spec.Namespace ?? "") ? CompileStatus.SameAsBefore
                : CompileStatus.NotCompiled;
            outcomes.Add(new CaseOutcome(spec, problems, diagnostics.Select(d => d.Id).ToList(), hadErrors, status, run.AllocatedBytes / specs.Count)
            {
                Errors = diagnostics.Where(IsError).Select(Render).ToList(),
            });
        }

        if (specs.Count > 1 && run.AllocatedBytes > AllocationBudgetPerSpec * specs.Count)
        {
            return specs.SelectMany(s => Check([s], compile)).ToList();
        }

        return outcomes;
    }

    [ThreadStatic]
    private static List<(Exception Exception, string Stack)>? t_thrown;

    static RobustnessChecker()
    {
        AppDomain.CurrentDomain.FirstChanceException += (_, e) => t_thrown?.Add((e.Exception, new System.Diagnostics.StackTrace(1, fNeedFileInfo: true).ToString()));
    }

    /// <summary>
    /// Where the exception behind an SDKGEN010 was thrown: the generator catches it, so the spec is run again
    /// on this thread while first-chance exceptions are recorded.
    /// </summary>
    public static string? ThrowSiteOf(SpecFile spec, string exceptionTypeName)
    {
        t_thrown = [];
        try
        {
            GeneratorHarness.CreateDriver([spec], trackSteps: false).RunGenerators(GeneratorHarness.CreateCompilation());
        }
        catch (Exception)
        {
            // Only the record matters.
        }

        List<(Exception Exception, string Stack)> thrown = t_thrown;
        t_thrown = null;
        (Exception Exception, string Stack) match = thrown.LastOrDefault(t => t.Exception.GetType().Name == exceptionTypeName);
        if (match.Exception is null)
        {
            return null;
        }

        // Where it was thrown (three frames), then how the generator got there.
        List<string> all = match.Stack.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.Contains("System.Runtime.ExceptionServices", StringComparison.Ordinal))
            .TakeWhile(l => !l.Contains("RobustnessChecker", StringComparison.Ordinal)).ToList();
        IEnumerable<string> frames = all.Take(3).Concat(all.Skip(3).Where(l => l.Contains(" SdkGen.Generator.", StringComparison.Ordinal)).Take(6));
        return "thrown at:\n        " + string.Join("\n        ", frames);
    }

    private static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == DiagnosticSeverity.Error;

    /// <summary>Every diagnostic is the generator's own, names the spec, a line inside it, and formats.</summary>
    internal static void CheckDiagnostic(SpecFile spec, Diagnostic diagnostic, List<string> problems)
    {
        if (!diagnostic.Id.StartsWith("SDKGEN", StringComparison.Ordinal))
        {
            problems.Add("a diagnostic that is not an SDKGEN one: " + Render(diagnostic));
            return;
        }

        if (diagnostic.Id == "SDKGEN010")
        {
            System.Text.RegularExpressions.Match type = System.Text.RegularExpressions.Regex.Match(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), @"\((\w+): ");
            string? site = type.Success ? ThrowSiteOf(spec, type.Groups[1].Value) : null;
            problems.Add("the generator caught its own exception (SDKGEN010, a bug by definition): " + Render(diagnostic) + (site is null ? "" : "\n        " + site));
        }

        string message;
        try
        {
            message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex)
        {
            problems.Add(diagnostic.Id + " cannot format its message: " + ex.Message);
            return;
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            problems.Add(diagnostic.Id + " has an empty message");
        }

        if (diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            problems.Add(diagnostic.Id + " has no file location (" + diagnostic.Location.Kind + "): " + Render(diagnostic));
            return;
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        int lines = LineCount(spec.Text);
        if (!span.IsValid || span.StartLinePosition.Line < 0 || span.StartLinePosition.Line >= lines || span.EndLinePosition.Line < span.StartLinePosition.Line)
        {
            problems.Add($"{diagnostic.Id} points at line {span.StartLinePosition.Line + 1} of a {lines}-line file: {Render(diagnostic)}");
        }

        Microsoft.CodeAnalysis.Text.TextSpan source = diagnostic.Location.SourceSpan;
        if (source.Start < 0 || source.End > spec.Text.Length)
        {
            problems.Add($"{diagnostic.Id} has the span {source} outside the {spec.Text.Length}-char file: {Render(diagnostic)}");
        }
    }

    // Lines as the compiler counts them (\r\n, \r, \n, \u0085, \u2028, \u2029), plus one for the end of the text.
    private static int LineCount(string text) =>
        Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines.Count + 1;

    /// <summary>The spec namespace a C# error belongs to, from the generated file it is in.</summary>
    private static string? OwnerOf(Diagnostic diagnostic, IReadOnlyCollection<string> namespaces) =>
        OwnerOf(diagnostic.Location.SourceTree?.FilePath, namespaces);

    private static string? OwnerOf(string? path, IReadOnlyCollection<string> namespaces)
    {
        if (path is null)
        {
            return null;
        }

        string file = Path.GetFileName(path);
        return namespaces.Where(ns => file.StartsWith(ns + ".", StringComparison.Ordinal)).OrderByDescending(ns => ns.Length).FirstOrDefault();
    }

    /// <summary>
    /// What decides whether a case's output compiles: its files without comment lines, with its namespace
    /// blanked. A comment line cannot cause an error; a line terminator smuggled into a comment makes the rest
    /// a line of code, which stays in the key.
    /// </summary>
    private static string OutputKey(string ns, IEnumerable<SyntaxTree> trees)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (SyntaxTree tree in trees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(tree.FilePath).Replace(ns, "§", StringComparison.Ordinal) + "\n"));
            Microsoft.CodeAnalysis.Text.SourceText text = tree.GetText();
            foreach (Microsoft.CodeAnalysis.Text.TextLine line in text.Lines)
            {
                string content = line.ToString();
                if (content.AsSpan().TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(content.Replace(ns, "§", StringComparison.Ordinal) + "\n"));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string SourceLine(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return "";
        }

        var text = tree.GetText();
        int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        if (line < 0 || line >= text.Lines.Count)
        {
            return "";
        }

        string content = text.Lines[line].ToString().Trim();
        return "\n        in " + Path.GetFileName(tree.FilePath) + " line " + (line + 1) + ": " + HostileInputs.Show(content, 160);
    }

    public static string Render(Diagnostic diagnostic)
    {
        string message;
        try
        {
            message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex)
        {
            message = "<unformattable: " + ex.Message + ">";
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string where = diagnostic.Location.Kind == LocationKind.None ? "no location" : Path.GetFileName(span.Path) + ":" + (span.StartLinePosition.Line + 1);
        return diagnostic.Id + " " + diagnostic.Severity.ToString().ToLowerInvariant() + " at " + where + ": " + HostileInputs.Show(message, 300);
    }

    // ---------------------------------------------------------------- one generator run, with a time limit

    private sealed record BatchRun(
        string? BatchProblem,
        ImmutableArray<Diagnostic> Diagnostics,
        Compilation? Output,
        IReadOnlyList<string> HintNames,
        IReadOnlyCollection<string> Namespaces,
        long AllocatedBytes);

    private static BatchRun RunGenerator(IReadOnlyList<SpecFile> specs, TimeSpan timeout)
    {
        string[] namespaces = specs.Select(s => s.Namespace ?? "").Distinct().ToArray();
        using var cancellation = new CancellationTokenSource();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(specs, trackSteps: false).WithUpdatedParseOptions(s_parseOptions);
        CSharpCompilation compilation = s_baseCompilation.Value;

        // The driver runs the generator on the calling thread: the allocation counter of that thread measures it.
        var task = Task.Factory.StartNew(
            () =>
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics, cancellation.Token);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                return (ran.GetRunResult(), output, driverDiagnostics, allocated);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        bool finished = task.Wait(timeout);
        Interlocked.Add(ref s_generationTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        if (!finished)
        {
            cancellation.Cancel();
            bool stopped = SpinWait.SpinUntil(() => task.IsCompleted, TimeSpan.FromSeconds(5));
            string hang = $"the generator did not finish within {timeout.TotalSeconds:0.#} s" + (stopped ? " (it stopped when cancelled)" : " and ignored cancellation: it is still running");
            return new BatchRun(hang, [], null, [], namespaces, 0);
        }

        if (task.IsFaulted)
        {
            Exception ex = task.Exception!.GetBaseException();
            return new BatchRun("the generator driver threw " + ex.GetType().Name + ": " + ex.Message, [], null, [], namespaces, 0);
        }

        (GeneratorDriverRunResult result, Compilation compiled, ImmutableArray<Diagnostic> driverDiagnostics, long allocatedBytes) = task.Result;
        var problems = new List<string>();
        foreach (GeneratorRunResult generator in result.Results)
        {
            if (generator.Exception is { } exception)
            {
                problems.Add("an exception escaped the generator (CS8785): " + exception.GetType().Name + ": " + exception.Message + "\n" + Trim(exception.StackTrace));
            }
        }

        foreach (Diagnostic diagnostic in driverDiagnostics.Where(d => !d.Id.StartsWith("SDKGEN", StringComparison.Ordinal)))
        {
            problems.Add("the driver reported " + Render(diagnostic));
        }

        return new BatchRun(
            problems.Count == 0 ? null : string.Join("\n", problems),
            result.Diagnostics,
            problems.Count == 0 ? compiled : null,
            result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList(),
            namespaces,
            allocatedBytes);
    }

    private static string Trim(string? stackTrace)
    {
        if (stackTrace is null)
        {
            return "";
        }

        return string.Join("\n", stackTrace.Split('\n').Take(12).Select(l => "        " + l.Trim()));
    }
}
