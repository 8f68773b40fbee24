using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Generator.Parsing;

namespace SdkGen.Generator.Tests.Infrastructure;

/// <summary>Runs the real generator through <see cref="CSharpGeneratorDriver"/> and compiles what it produces.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() => LoadReferences(dependencyInjection: false));

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_dependencyInjectionReferences = new(() => LoadReferences(dependencyInjection: true));

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary><see cref="References"/> plus Microsoft.Extensions.Http and what it brings (options, configuration, DI).</summary>
    public static ImmutableArray<MetadataReference> DependencyInjectionReferences => s_dependencyInjectionReferences.Value;

    /// <param name="metadataFor">Specs added to the driver later: their opt-in metadata must exist from the start, as MSBuild would have it.</param>
    /// <param name="projectProperties">MSBuild properties by name (<c>build_property.*</c>), e.g. the knobs' project-wide defaults.</param>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, bool trackSteps = true, LanguageVersion languageVersion = LanguageVersion.CSharp8, IEnumerable<SpecFile>? metadataFor = null, IReadOnlyDictionary<string, string>? projectProperties = null) =>
        CreateDriver(specs, out _, trackSteps, languageVersion, metadataFor, projectProperties);

    /// <param name="additionalTexts">The texts given to the driver, so that a test can replace or remove one later.</param>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, out IReadOnlyList<AdditionalText> additionalTexts, bool trackSteps = true, LanguageVersion languageVersion = LanguageVersion.CSharp8, IEnumerable<SpecFile>? metadataFor = null, IReadOnlyDictionary<string, string>? projectProperties = null)
    {
        var files = specs.ToList();
        additionalTexts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            generators: [new OpenApiClientGenerator().AsSourceGenerator()],
            additionalTexts: additionalTexts,
            parseOptions: new CSharpParseOptions(languageVersion),
            optionsProvider: OptionsFor(files.Concat(metadataFor ?? []), projectProperties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Each spec's metadata as MSBuild passes it (<c>build_metadata.AdditionalFiles.*</c>).</summary>
    public static TestAnalyzerConfigOptionsProvider OptionsFor(IEnumerable<SpecFile> specs, IReadOnlyDictionary<string, string>? projectProperties = null)
    {
        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (SpecFile spec in specs)
        {
            var metadata = new Dictionary<string, string>();
            if (spec.Namespace is not null)
            {
                metadata[SpecFileSelector.NamespaceMetadata] = spec.Namespace;
            }

            if (spec.ClientName is not null)
            {
                metadata[SpecFileSelector.ClientNameMetadata] = spec.ClientName;
            }

            if (spec.IncludeUnreachableSchemas is not null)
            {
                metadata[SpecFileSelector.IncludeUnreachableSchemasMetadata] = spec.IncludeUnreachableSchemas;
            }

            foreach (KeyValuePair<string, string> knob in spec.Knobs ?? new Dictionary<string, string>())
            {
                metadata[SpecFileKnobs.MetadataKey(knob.Key)] = knob.Value;
            }

            perFile[spec.Path] = metadata;
        }

        return new TestAnalyzerConfigOptionsProvider(perFile, projectProperties?.ToDictionary(p => SpecFileKnobs.PropertyKey(p.Key), p => p.Value));
    }

    public static CSharpCompilation CreateCompilation(string source = "namespace Consumer { internal static class Placeholder { } }", LanguageVersion languageVersion = LanguageVersion.CSharp8, bool referenceRuntime = true, bool referenceDependencyInjection = false) =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(languageVersion))],
            referenceDependencyInjection ? DependencyInjectionReferences : referenceRuntime ? References : References.Where(r => !(r.Display ?? "").EndsWith("SdkGen.Runtime.dll", StringComparison.Ordinal)),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // The SDK's own default: unification notes between reference versions are not problems.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>Generates from <paramref name="specs"/> and compiles the result.</summary>
    public static GenerationResult Run(params SpecFile[] specs) => Run(specs, LanguageVersion.CSharp8);

    public static GenerationResult Run(IEnumerable<SpecFile> specs, LanguageVersion languageVersion, bool referenceRuntime = true, bool referenceDependencyInjection = false, IReadOnlyDictionary<string, string>? projectProperties = null)
    {
        GeneratorDriver driver = CreateDriver(specs, languageVersion: languageVersion, projectProperties: projectProperties);
        CSharpCompilation compilation = CreateCompilation(languageVersion: languageVersion, referenceRuntime: referenceRuntime, referenceDependencyInjection: referenceDependencyInjection);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult run = driver.GetRunResult();
        return new GenerationResult(run, output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences(bool dependencyInjection)
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = trusted.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll"
                || (dependencyInjection && Path.GetFileName(p).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(SdkGen.Runtime.ApiException).Assembly.Location));
        return [.. references];
    }
}

/// <summary>What one generator run produced.</summary>
public sealed record GenerationResult(GeneratorDriverRunResult Run, Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Run.Results.SelectMany(r => r.GeneratedSources).ToList();

    public ImmutableArray<Diagnostic> Diagnostics => Run.Diagnostics;

    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public string Source(string hintNameSuffix) =>
        Sources.Single(s => s.HintName.EndsWith(hintNameSuffix, StringComparison.Ordinal)).SourceText.ToString();
}
