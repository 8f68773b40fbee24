using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using SdkGen.Benchmarks.Infrastructure;
using SdkGen.Generator.Emitting;
using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Parsing.Text;

namespace SdkGen.Benchmarks.Generator;

/// <summary>
/// Times each stage of the generator on one spec by calling the internal stage functions directly —
/// parse (text → JSON tree + line map), read (OpenAPI object model), model (records), emit (C# text) — then
/// what the compiler does with the output (parsing the generated C#), and the whole
/// <see cref="CSharpGeneratorDriver"/> run. Round 0 is cold (first use in the process, JIT included); the
/// median of the later rounds is warm. <c>driver-cold</c> times one driver run in a fresh process.
/// </summary>
internal static class StageBenchmark
{
    private delegate DocumentSpec MapDocumentFunc(SpecFileInput input, OpenApiDocument document, ParseContext context);

    // SpecParser.MapDocument is private; the model stage is timed through it so it is not a difference of two noisy figures.
    private static readonly MapDocumentFunc? s_mapDocument = typeof(SpecParser)
        .GetMethod("MapDocument", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SpecFileInput), typeof(OpenApiDocument), typeof(ParseContext)])
        ?.CreateDelegate<MapDocumentFunc>();

    public static int Run(string[] args, bool driverOnly)
    {
        var names = new List<string>();
        int rounds = 5;
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                default: names.Add(args[i]); break;
            }
        }

        if (names.Count == 0)
        {
            names.AddRange(Specs.AllNames);
        }

        foreach (string name in names)
        {
            BenchSpec spec = Specs.Load(name);
            if (driverOnly)
            {
                // A fresh process: the first driver run pays for loading and JIT-compiling Roslyn and the generator.
                GeneratorDriver driver = DriverFactory.Create([spec], trackSteps: false, out _);
                CSharpCompilation compilation = DriverFactory.CreateCompilation();
                GeneratorDriverRunResult run = Measure.Run(() => driver.RunGenerators(compilation).GetRunResult(), out Sample cold);
                string row = $"| {spec.Name} | {Measure.Format(cold)} | {run.GeneratedTrees.Length} | {Measure.FormatBytes(Environment.WorkingSet)} |";
                Figures.Record("driverCold." + spec.Name + ".ms", cold.Milliseconds);
                Console.WriteLine(row);
                Append(output, ".driver-cold.md", row);
                continue;
            }

            (string warm, string coldRow) = Rows(spec, Math.Max(2, rounds));
            Console.WriteLine(warm);
            Console.WriteLine(coldRow);
            Append(output, ".warm.md", warm);
            Append(output, ".cold.md", coldRow);
        }

        return 0;
    }

    private static void Append(string? prefix, string suffix, string row)
    {
        if (prefix is not null)
        {
            File.AppendAllText(prefix + suffix, row + Environment.NewLine);
        }
    }

    private static (string Warm, string Cold) Rows(BenchSpec spec, int rounds)
    {
        var input = new SpecFileInput(spec.Path, spec.Text, spec.Namespace, spec.ClientName);
        var parse = new List<Sample>();
        var read = new List<Sample>();
        var model = new List<Sample>();
        var emit = new List<Sample>();
        var csharp = new List<Sample>();
        var parser = new List<Sample>();
        var driver = new List<Sample>();
        int files = 0;
        long chars = 0;
        string diagnostics = "";
        string readerErrors = "";

        for (int round = 0; round < rounds; round++)
        {
            SpecTextReadResult text = Measure.Run(() => SpecTextReader.Read(spec.Path, spec.Text, CancellationToken.None), out Sample p);
            parse.Add(p);
            if (text.Root is null)
            {
                throw new InvalidOperationException(spec.Name + ": " + text.Error?.Message);
            }

            ReadResult result = Measure.Run(() => SpecParser.ReadOpenApi(text.Root, spec.Path), out Sample r);
            read.Add(r);
            readerErrors = result.Diagnostic is { Errors.Count: > 0 } d0 ? $"; reader errors: {d0.Errors.Count} (first: {d0.Errors[0].Message})" : "";

            // As the generator does: a document the reader reports errors for is not modelled or emitted.
            DocumentSpec? document = null;
            if (s_mapDocument is not null && result.Document is not null && result.Diagnostic is not { Errors.Count: > 0 })
            {
                var context = new ParseContext(spec.Path, text.Root, text.LineMap, CancellationToken.None);
                document = Measure.Run(() => s_mapDocument(input, result.Document, context), out Sample m);
                model.Add(m);
            }

            text = null!;
            result = null!;

            // The parser as the generator calls it (parse + read + model + diagnostics): a cross-check of the split.
            ParsedDocument parsed = Measure.Run(() => SpecParser.Parse(input, CancellationToken.None), out Sample all);
            parser.Add(all);
            parsed = null!;

            if (document is not null)
            {
                List<GeneratedFile> generated = Measure.Run(() => DocumentEmitter.Emit(document, dependencyInjection: false, CancellationToken.None), out Sample e);
                emit.Add(e);
                files = generated.Count;
                chars = generated.Sum(f => (long)f.Source.Length);

                // What the driver does next with each AddSource: SourceText (UTF-8) and a parsed syntax tree.
                List<SyntaxTree> trees = Measure.Run(
                    () => generated.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Source, Encoding.UTF8), DriverFactory.ParseOptions, f.HintName)).ToList(),
                    out Sample c);
                csharp.Add(c);
                GC.KeepAlive(trees);
            }

            document = null;

            GeneratorDriver fresh = DriverFactory.Create([spec], trackSteps: false, out _);
            CSharpCompilation compilation = DriverFactory.CreateCompilation();
            GeneratorDriverRunResult run = Measure.Run(() => fresh.RunGenerators(compilation).GetRunResult(), out Sample dr);
            driver.Add(dr);
            int errors = run.Diagnostics.Count(x => x.Severity == DiagnosticSeverity.Error);
            int warnings = run.Diagnostics.Count(x => x.Severity == DiagnosticSeverity.Warning);
            diagnostics = $"{run.GeneratedTrees.Length} files; {errors} errors, {warnings} warnings"
                + (errors > 0 ? " — " + run.Diagnostics.First(x => x.Severity == DiagnosticSeverity.Error).GetMessage(System.Globalization.CultureInfo.InvariantCulture) : "");
        }

        Console.Error.WriteLine($"{spec.Name}: driver rounds {string.Join(", ", driver.Select(s => Measure.FormatMs(s.Milliseconds)))}; {diagnostics}{readerErrors}");

        string Warm(List<Sample> samples) => samples.Count > 1 ? Measure.Format(Measure.Median(samples.Skip(1).ToList())) : "—";
        string Cold(List<Sample> samples) => samples.Count > 0 ? Measure.Format(samples[0]) : "—";
        string stagesWarm = model.Count > 1 && emit.Count > 1
            ? Measure.FormatMs(Measure.Median(parse.Skip(1).Select(s => s.Milliseconds)) + Measure.Median(read.Skip(1).Select(s => s.Milliseconds))
                + Measure.Median(model.Skip(1).Select(s => s.Milliseconds)) + Measure.Median(emit.Skip(1).Select(s => s.Milliseconds)))
            : "—";
        string stagesCold = model.Count > 0 && emit.Count > 0
            ? Measure.FormatMs(parse[0].Milliseconds + read[0].Milliseconds + model[0].Milliseconds + emit[0].Milliseconds)
            : "—";
        if (driver.Count > 1)
        {
            Figures.Record("driverWarm." + spec.Name + ".ms", Measure.Median(driver.Skip(1).Select(x => x.Milliseconds)));
        }

        long size = Encoding.UTF8.GetByteCount(spec.Text);
        string output = files > 0 ? $"{files} files, {chars / 1e6:F1} M chars" : "none";
        string note = diagnostics + readerErrors;
        string warm = $"| {spec.Name} | {Measure.FormatBytes(size)} | {Warm(parse)} | {Warm(read)} | {Warm(model)} | {Warm(emit)} | **{stagesWarm}** | {Warm(csharp)} | **{Warm(driver)}** | {output} | {note} |";
        string cold = $"| {spec.Name} | {Cold(parse)} | {Cold(read)} | {Cold(model)} | {Cold(emit)} | **{stagesCold}** | {Cold(csharp)} | {Cold(driver)} (after the stages) |";
        return (warm, cold);
    }
}
