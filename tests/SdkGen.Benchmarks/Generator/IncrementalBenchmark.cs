using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Benchmarks.Infrastructure;
using SdkGen.Generator;

namespace SdkGen.Benchmarks.Generator;

/// <summary>
/// What an IDE pays per keystroke: the driver rerun after (a) a C# edit unrelated to any spec and (b) an edit
/// of one spec among several (the four vendor specs and GitHub's). Timed without step tracking (as the IDE
/// runs it); then run again with tracking to print every step's reasons as proof of what was redone.
/// </summary>
internal static class IncrementalBenchmark
{
    private static readonly string[] s_steps =
    [
        TrackingNames.LanguageVersion,
        TrackingNames.SpecFiles,
        TrackingNames.SpecInputs,
        TrackingNames.ParsedDocuments,
        TrackingNames.Documents,
        TrackingNames.Diagnostics,
    ];

    public static int Run(string[] args)
    {
        int rounds = 20;
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                default: throw new ArgumentException("unknown option " + args[i]);
            }
        }

        List<BenchSpec> specs = [.. Specs.VendorNames.Select(Specs.Load), Specs.Load("github-json")];
        int twilioIndex = specs.FindIndex(s => s.Name == "twilio");
        int gitHubIndex = specs.FindIndex(s => s.Name == "github-json");
        var report = new StringBuilder();
        report.AppendLine($"Inputs: {string.Join(", ", specs.Select(s => s.Name))} in one driver; {rounds} reruns per scenario (median; max in brackets), untracked driver.");
        report.AppendLine();
        report.AppendLine("| scenario | rerun time (median [max]) | allocated (median) |");
        report.AppendLine("| --- | --- | --- |");

        // Untracked: the timing.
        foreach ((string label, Scenario scenario) in Scenarios(twilioIndex, gitHubIndex))
        {
            int n = scenario.Expensive ? Math.Max(2, rounds / 10) : rounds;
            var samples = new List<Sample>();
            (GeneratorDriver driver, CSharpCompilation compilation, IReadOnlyList<AdditionalText> texts) = Start(specs, trackSteps: false);
            for (int i = 0; i < n; i++)
            {
                (driver, compilation, texts) = scenario.Edit(driver, compilation, texts, specs, i);
                GeneratorDriver before = driver;
                CSharpCompilation c = compilation;
                driver = Measure.Run(() => before.RunGenerators(c), out Sample sample);
                samples.Add(sample);
            }

            Sample median = Measure.Median(samples);
            Figures.Record("incremental." + Key(label) + ".medianMs", median.Milliseconds);
            report.AppendLine($"| {label} | {Measure.FormatMs(median.Milliseconds)} [{Measure.FormatMs(samples.Max(s => s.Milliseconds))}] | {Measure.FormatBytes(median.Bytes)} |");
        }

        // Tracked: the proof.
        report.AppendLine();
        report.AppendLine("Step reasons on the rerun (tracked driver; `Cached`/`Unchanged` = not recomputed):");
        report.AppendLine();
        foreach ((string label, Scenario scenario) in Scenarios(twilioIndex, gitHubIndex))
        {
            (GeneratorDriver driver, CSharpCompilation compilation, IReadOnlyList<AdditionalText> texts) = Start(specs, trackSteps: true);
            (driver, compilation, texts) = scenario.Edit(driver, compilation, texts, specs, 0);
            GeneratorDriver before = driver;
            driver = Measure.Run(() => before.RunGenerators(compilation), out Sample tracked);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            report.AppendLine($"- **{label}** (tracked rerun {Measure.FormatMs(tracked.Milliseconds)}):");
            foreach (string step in s_steps)
            {
                report.AppendLine($"  - `{step}`: {Reasons(result.TrackedSteps.TryGetValue(step, out var runs) ? runs : [])}");
            }

            foreach (KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> output2 in result.TrackedOutputSteps)
            {
                report.AppendLine($"  - output `{output2.Key}`: {Reasons(output2.Value)}");
            }

            foreach (KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> other in result.TrackedSteps.Where(s => !s_steps.Contains(s.Key)))
            {
                report.AppendLine($"  - Roslyn's own input `{other.Key}`: {Reasons(other.Value)}");
            }

            bool allCached = s_steps.SelectMany(s => result.TrackedSteps.TryGetValue(s, out var r) ? r : []).SelectMany(r => r.Outputs)
                .Concat(result.TrackedOutputSteps.Values.SelectMany(r => r).SelectMany(r => r.Outputs))
                .All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            report.AppendLine($"  - every step of the generator and every output cached or unchanged: **{(allCached ? "yes" : "no")}**");
            Figures.Record("incremental." + Key(label) + ".allCached", allCached ? "yes" : "no");
        }

        Console.Write(report);
        if (output is not null)
        {
            File.WriteAllText(output, report.ToString());
        }

        return 0;
    }

    private static (GeneratorDriver, CSharpCompilation, IReadOnlyList<AdditionalText>) Start(List<BenchSpec> specs, bool trackSteps)
    {
        GeneratorDriver driver = DriverFactory.Create(specs, trackSteps, out IReadOnlyList<AdditionalText> texts);
        CSharpCompilation compilation = DriverFactory.CreateCompilation(UnrelatedSource(-1));
        driver = driver.RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static string UnrelatedSource(int i) =>
        $"namespace Consumer {{ internal static class Placeholder {{ public static int Value() => {i}; }} }}";

    private delegate (GeneratorDriver, CSharpCompilation, IReadOnlyList<AdditionalText>) EditFunc(
        GeneratorDriver driver, CSharpCompilation compilation, IReadOnlyList<AdditionalText> texts, List<BenchSpec> specs, int round);

    private sealed record Scenario(EditFunc Edit, bool Expensive = false);

    private static IEnumerable<(string, Scenario)> Scenarios(int twilioIndex, int gitHubIndex)
    {
        yield return ("no edit (same compilation)", new Scenario((d, c, t, _, _) => (d, c, t)));
        yield return ("unrelated C# edit", new Scenario((d, c, t, _, i) =>
        {
            SyntaxTree old = c.SyntaxTrees.First();
            return (d, c.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(UnrelatedSource(i), DriverFactory.ParseOptions)), t);
        }));
        yield return ("edit twilio.yaml (1 of 5 specs)", new Scenario((d, c, t, specs, i) => EditSpec(d, c, t, specs, twilioIndex, i)));
        yield return ("edit GitHub JSON (1 of 5 specs)", new Scenario((d, c, t, specs, i) => EditSpec(d, c, t, specs, gitHubIndex, i), Expensive: true));
    }

    private static (GeneratorDriver, CSharpCompilation, IReadOnlyList<AdditionalText>) EditSpec(
        GeneratorDriver driver, CSharpCompilation compilation, IReadOnlyList<AdditionalText> texts, List<BenchSpec> specs, int index, int round)
    {
        BenchSpec spec = specs[index];
        // A change to the first operation summary: the document's records change, so its files are emitted again.
        string marker = spec.Text.TrimStart().StartsWith('{') ? "\"summary\": \"" : "summary: ";
        int at = spec.Text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        string edited = spec.Text[..at] + "Edit " + round + ". " + spec.Text[at..];
        var replacement = new InMemoryAdditionalText(spec.Path, edited);
        driver = driver.ReplaceAdditionalText(texts[index], replacement);
        var updated = texts.ToList();
        updated[index] = replacement;
        return (driver, compilation, updated);
    }

    private static string Key(string label) => label.Split(' ')[0] switch
    {
        "no" => "noEdit",
        "unrelated" => "unrelated",
        _ => label.Contains("twilio", StringComparison.Ordinal) ? "editTwilio" : "editGitHub",
    };

    private static string Reasons(IEnumerable<IncrementalGeneratorRunStep> runs)
    {
        var counts = runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}").ToList();
        return counts.Count == 0 ? "(no outputs)" : string.Join(", ", counts);
    }
}
