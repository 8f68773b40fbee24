using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SdkGen.Generator;
using SdkGen.Generator.Parsing;

namespace SdkGen.Benchmarks.Infrastructure;

/// <summary>A spec handed to the generator: path, text and the opt-in metadata MSBuild would pass.</summary>
internal sealed record BenchSpec(string Name, string Path, string Text, string Namespace, string ClientName);

/// <summary>Builds <see cref="CSharpGeneratorDriver"/>s and compilations the way the generator tests do.</summary>
internal static class DriverFactory
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static GeneratorDriver Create(IReadOnlyList<BenchSpec> specs, bool trackSteps, out IReadOnlyList<AdditionalText> texts)
    {
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (BenchSpec spec in specs)
        {
            perFile[spec.Path] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SpecFileSelector.NamespaceMetadata] = spec.Namespace,
                [SpecFileSelector.ClientNameMetadata] = spec.ClientName,
            };
        }

        texts = specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            generators: [new OpenApiClientGenerator().AsSourceGenerator()],
            additionalTexts: texts,
            parseOptions: ParseOptions,
            optionsProvider: new BenchAnalyzerConfigOptionsProvider(perFile),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static CSharpCompilation CreateCompilation(string source = "namespace Consumer { internal static class Placeholder { } }") =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, ParseOptions)],
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = trusted.Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(SdkGen.Runtime.ApiException).Assembly.Location));
        return [.. references];
    }
}

/// <summary>An AdditionalFile held in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Per-file metadata (<c>build_metadata.AdditionalFiles.*</c>) as MSBuild would pass it.</summary>
internal sealed class BenchAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    private static readonly Options s_empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => s_empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out IReadOnlyDictionary<string, string>? values) ? new Options(values) : s_empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
