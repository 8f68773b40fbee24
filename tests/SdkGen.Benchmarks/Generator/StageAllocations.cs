using System.Text;
using Microsoft.OpenApi.Reader;
using SdkGen.Benchmarks.Infrastructure;
using SdkGen.Benchmarks.PerCall;
using SdkGen.Generator.Emitting;
using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Parsing.Text;

namespace SdkGen.Benchmarks.Generator;

/// <summary>
/// Which types each stage allocates (runtime AllocationTick samples, one per ~100 KB, scaled to the stage's measured
/// bytes): <c>stage-allocs SPEC [--out FILE]</c>. Names the hot spots behind the allocation columns of <c>stages</c>.
/// </summary>
internal static class StageAllocations
{
    public static int Run(string[] args)
    {
        BenchSpec spec = Specs.Load(args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "github-json");
        var input = new SpecFileInput(spec.Path, spec.Text, spec.Namespace, spec.ClientName);

        // Warm up once so JIT-time allocations are not billed to the stages.
        ParsedDocument warm = SpecParser.Parse(input, CancellationToken.None);
        DocumentEmitter.Emit(warm.Document!, dependencyInjection: false, CancellationToken.None);
        warm = null!;

        var text = new StringBuilder();
        text.AppendLine($"Spec {spec.Name}: bytes allocated per stage by type (top 12; sampled, scaled to the stage's measured total).");
        text.AppendLine();
        SpecTextReadResult read = Profile(text, "parse (SpecTextReader.Read)", () => SpecTextReader.Read(spec.Path, spec.Text, CancellationToken.None));
        ReadResult openApi = Profile(text, "read (SpecParser.ReadOpenApi)", () => SpecParser.ReadOpenApi(read.Root!, spec.Path));
        GC.KeepAlive(openApi);
        ParsedDocument parsed = Profile(text, "whole parser (SpecParser.Parse: parse + read + model)", () => SpecParser.Parse(input, CancellationToken.None));
        Profile(text, "emit (DocumentEmitter.Emit)", () => DocumentEmitter.Emit(parsed.Document!, dependencyInjection: false, CancellationToken.None));

        Console.Write(text);
        int outIndex = Array.IndexOf(args, "--out");
        if (outIndex >= 0)
        {
            File.WriteAllText(args[outIndex + 1], text.ToString());
        }

        return 0;
    }

    private static T Profile<T>(StringBuilder text, string stage, Func<T> work)
    {
        GC.Collect();
        T result;
        long measured;
        Dictionary<string, long> byType;
        using (var listener = new AllocationProfile.AllocationListener())
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            result = work();
            measured = GC.GetTotalAllocatedBytes(precise: true) - before;
            Thread.Sleep(1500); // runtime events reach listeners with a delay
            byType = new Dictionary<string, long>(listener.ByType);
        }

        long sampled = Math.Max(1, byType.Values.Sum());
        text.AppendLine($"- **{stage}**: {Measure.FormatBytes(measured)}");
        foreach ((string type, long bytes) in byType.OrderByDescending(p => p.Value).Take(12))
        {
            text.AppendLine($"  - {Measure.FormatBytes(bytes * measured / sampled),10}  `{type}`");
        }

        return result;
    }
}
