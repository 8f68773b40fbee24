using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// "The generator never breaks a build it should not break": thousands of mutated specs, each checked for
/// escaping exceptions, hangs, memory, diagnostics without a file and line, and output that does not compile.
/// </summary>
/// <remarks>
/// Seeded and reproducible: case <c>i</c> of seed <c>s</c> is always the same spec, whatever the batching.
/// <list type="bullet">
/// <item><c>SDKGEN_FUZZ_SEED</c> — the run's seed (default <see cref="DefaultSeed"/>).</item>
/// <item><c>SDKGEN_FUZZ_COUNT</c> — how many cases (default <see cref="DefaultCount"/>, sized for CI).</item>
/// <item><c>SDKGEN_FUZZ_FIRST</c> — the first case index (to replay one case: FIRST=i, COUNT=1).</item>
/// <item><c>SDKGEN_FUZZ_SECONDS</c> — stop starting new batches after this many seconds (default: no limit).</item>
/// <item><c>SDKGEN_FUZZ_BATCH</c> — cases generated and compiled together (default 16).</item>
/// <item><c>SDKGEN_FUZZ_TIMEOUT</c> — seconds before one generator run counts as a hang (default 10).</item>
/// <item><c>SDKGEN_FUZZ_MAX_FAILURES</c> — stop after this many failing cases (default 25).</item>
/// <item><c>SDKGEN_FUZZ_STRICT=1</c> — fail on the open bugs of <see cref="KnownGeneratorBugs"/> too.</item>
/// </list>
/// Measured: the default 2,000 cases take ~60 s and ~105 s of CPU on 2 cores (compiling is ~75 % of it).
/// Failing specs are written to <c>$TMPDIR/sdkgen-fuzz/</c>; the batch in progress is logged there too, so a
/// crash of the test host (stack overflow) still names its case.
/// </remarks>
[Trait("Category", "Fuzz")]
public class MutationFuzzTests(ITestOutputHelper output)
{
    public const int DefaultSeed = 20_240_611;
    public const int DefaultCount = 2_000;

    private static readonly string s_artifacts = Path.Combine(Path.GetTempPath(), "sdkgen-fuzz");

    [Fact]
    public void Mutated_specs_never_break_the_build()
    {
        int seed = Setting("SDKGEN_FUZZ_SEED", DefaultSeed);
        int count = Setting("SDKGEN_FUZZ_COUNT", DefaultCount);
        int first = Setting("SDKGEN_FUZZ_FIRST", 0);
        int batchSize = Math.Max(1, Setting("SDKGEN_FUZZ_BATCH", 16));
        int seconds = Setting("SDKGEN_FUZZ_SECONDS", 0);
        int maxFailures = Setting("SDKGEN_FUZZ_MAX_FAILURES", 25);
        RobustnessChecker.Timeout = TimeSpan.FromSeconds(Setting("SDKGEN_FUZZ_TIMEOUT", 10));
        Directory.CreateDirectory(s_artifacts);

        var failures = new ConcurrentBag<(FuzzCase Case, CaseOutcome Outcome)>();
        var diagnosticCounts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var tolerated = new ConcurrentDictionary<string, List<int>>(StringComparer.Ordinal);
        int done = 0, withErrors = 0, compiled = 0, sameAsBefore = 0;
        long maxAllocated = 0;
        var clock = Stopwatch.StartNew();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        (TimeSpan generationBefore, TimeSpan compilationBefore) = RobustnessChecker.Spent;
        int[][] batches = Enumerable.Range(first, count).Chunk(batchSize).ToArray();
        bool stoppedEarly = false;

        Parallel.ForEach(
            Partitioner.Create(batches, loadBalance: true),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) },
            (batch, state) =>
            {
                if ((seconds > 0 && clock.Elapsed.TotalSeconds > seconds) || failures.Count >= maxFailures)
                {
                    stoppedEarly = true;
                    state.Stop();
                    return;
                }

                List<FuzzCase> cases = batch.Select(i => SpecMutator.Create(seed, i)).ToList();
                LogBatchInProgress(seed, cases);
                IReadOnlyList<CaseOutcome> outcomes = RobustnessChecker.Check(cases.Select(c => c.Spec).ToList());
                for (int i = 0; i < cases.Count; i++)
                {
                    CaseOutcome outcome = outcomes[i];
                    Interlocked.Increment(ref done);
                    if (outcome.HadErrors)
                    {
                        Interlocked.Increment(ref withErrors);
                    }

                    if (outcome.Compile == CompileStatus.Compiled)
                    {
                        Interlocked.Increment(ref compiled);
                    }
                    else if (outcome.Compile == CompileStatus.SameAsBefore)
                    {
                        Interlocked.Increment(ref sameAsBefore);
                    }

                    long allocated = outcome.AllocatedBytes;
                    long seen;
                    while (allocated > (seen = Interlocked.Read(ref maxAllocated)) && Interlocked.CompareExchange(ref maxAllocated, allocated, seen) != seen)
                    {
                    }

                    foreach (string id in outcome.DiagnosticIds.Distinct())
                    {
                        diagnosticCounts.AddOrUpdate(id, 1, (_, n) => n + 1);
                    }

                    if (!outcome.Passed)
                    {
                        if (KnownGeneratorBugs.Explain(outcome.Problems) is { } known)
                        {
                            tolerated.AddOrUpdate(known, [cases[i].Index], (_, list) => [.. list, cases[i].Index]);
                        }
                        else
                        {
                            failures.Add((cases[i], outcome));
                        }
                    }
                }
            });

        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        (TimeSpan generation, TimeSpan compilation) = RobustnessChecker.Spent;
        string summary =
            $"Fuzzed {done} of {count} cases (seed {seed}, first {first}) in {clock.Elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores " +
            $"(process CPU {cpu.TotalSeconds:0.0} s; generating {(generation - generationBefore).TotalSeconds:0.0} s, compiling {(compilation - compilationBefore).TotalSeconds:0.0} s summed over threads)" +
            $"{(stoppedEarly ? ", stopped early" : "")}: {withErrors} reported an error, {compiled} compiled, {sameAsBefore} generated code already compiled; " +
            $"largest allocation per spec {maxAllocated / (1 << 20)} MB; {tolerated.Sum(p => p.Value.Count)} hit a known generator bug; specs per diagnostic id: " +
            string.Join(", ", diagnosticCounts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        output.WriteLine(summary);
        foreach ((string known, List<int> indexes) in tolerated.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"tolerated known generator bug {known}: {indexes.Count} case(s), e.g. " + string.Join(", ", indexes.Order().Take(8)));
        }

        foreach (string log in Directory.EnumerateFiles(s_artifacts, "in-progress-*.txt"))
        {
            File.Delete(log);
        }

        if (!failures.IsEmpty)
        {
            string report = Report(seed, failures.OrderBy(f => f.Case.Index).ToList(), summary);
            File.WriteAllText(Path.Combine(s_artifacts, $"report-seed{seed}.txt"), HostileInputs.Printable(report + "\n\nAll failures:\n" + string.Join("\n", failures.OrderBy(f => f.Case.Index).Select(f => f.Case.Index + ": " + f.Case.Mutations[0] + "\n    " + string.Join("\n    ", f.Outcome.Problems)))).Replace("\\u000A", "\n"));
            Assert.Fail(report);
        }
    }

    private static string Report(int seed, List<(FuzzCase Case, CaseOutcome Outcome)> failures, string summary)
    {
        var builder = new StringBuilder();
        builder.Append(failures.Count).Append(" mutated spec(s) broke a promise of the generator (seed ").Append(seed).Append(").\n").Append(summary).Append("\n\n");
        foreach ((FuzzCase fuzzCase, CaseOutcome outcome) in failures.Take(10))
        {
            string file = Path.Combine(s_artifacts, $"seed{seed}-case{fuzzCase.Index}{Path.GetExtension(fuzzCase.Spec.Path)}");
            // Lone surrogates cannot be written as UTF-8: they become U+FFFD in the file (the case itself replays exactly).
            File.WriteAllText(file, fuzzCase.Spec.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
            builder.Append(fuzzCase.Describe()).Append('\n');
            foreach (string problem in outcome.Problems.Take(6))
            {
                builder.Append("  ✗ ").Append(problem).Append('\n');
            }

            builder.Append("  spec written to ").Append(file).Append('\n');
            builder.Append("  replay: ").Append(fuzzCase.ReplayCommand).Append("\n\n");
        }

        if (failures.Count > 10)
        {
            builder.Append("… and ").Append(failures.Count - 10).Append(" more: cases ").Append(string.Join(", ", failures.Skip(10).Select(f => f.Case.Index))).Append('\n');
        }

        return builder.ToString();
    }

    private static void LogBatchInProgress(int seed, List<FuzzCase> cases)
    {
        try
        {
            string file = Path.Combine(s_artifacts, "in-progress-" + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture) + ".txt");
            File.WriteAllText(file, $"seed {seed}\n" + string.Join("\n", cases.Select(c => c.Describe())), new UTF8Encoding(false, false));
        }
        catch (IOException)
        {
            // Only a help for post-mortems.
        }
    }

    internal static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
