using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SdkGen.Generator;

namespace SdkGen.Cli.Tests;

/// <summary>
/// <c>sdkgen generate</c> against the real source generator run by Roslyn's driver with the MSBuild equivalent of
/// the same options: the same file names, byte for byte the same files, the same diagnostics.
/// </summary>
public sealed class GenerateMatchesGeneratorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sdkgen-match-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    public static TheoryData<string, string[], string?, string?, string?, string?> Cases => new()
    {
        // Spec and CLI arguments, then what the project would have: SdkGenNamespace, SdkGenClientName, RootNamespace,
        // SdkGenIncludeUnreachableSchemas.
        { "twilio.yaml", ["--namespace", "Contoso.Twilio", "--client-name", "VoiceClient"], "Contoso.Twilio", "VoiceClient", "Ignored.Root", null },
        { "twilio.yaml", ["--client-name", "VoiceClient", "--root-namespace", "Contoso.App"], null, "VoiceClient", "Contoso.App", null },
        { "twilio.yaml", ["--namespace", "Contoso.Twilio"], "Contoso.Twilio", null, null, null },

        // No options at all: the generator's defaults for a project without RootNamespace and a file named twilio.yaml.
        { "twilio.yaml", [], null, "TwilioClient", null, null },
        { "twilio.yaml", ["--client-name", "TwilioClient"], null, "TwilioClient", null, null },

        // Genesys' CometD notification schemas are reached by no operation: left out, or generated on request.
        { "genesys.yaml", ["--namespace", "Contoso.Gws"], "Contoso.Gws", null, null, null },
        { "genesys.yaml", ["--namespace", "Contoso.Gws", "--include-unreachable-schemas"], "Contoso.Gws", null, null, "true" },
        { "genesys.yaml", ["--include-unreachable-schemas"], null, "GenesysClient", null, "true" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Generate_writes_exactly_what_the_generator_adds_to_the_compilation(
        string specFile, string[] options, string? nameSpace, string? clientName, string? rootNamespace, string? includeUnreachableSchemas)
    {
        string spec = Path.Combine(GenerateCommandTests.RepositoryRoot(), "specs", specFile);

        (int exitCode, _, string error) = await CliRunner.RunAsync(null, ["generate", spec, "-o", _directory, .. options]);

        Assert.True(exitCode == 0, error);
        Dictionary<string, string> fromCli = Directory.GetFiles(_directory).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        GeneratorRunResult fromGenerator = RunGenerator(spec, nameSpace, clientName, rootNamespace, includeUnreachableSchemas);
        Assert.Empty(fromGenerator.Diagnostics);
        Assert.Equal(fromGenerator.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal), fromCli.Keys.Order(StringComparer.Ordinal));
        foreach (GeneratedSourceResult source in fromGenerator.GeneratedSources)
        {
            Assert.True(source.SourceText.ToString() == fromCli[source.HintName], source.HintName + " differs");
        }
    }

    // Knob options become the spec's metadata; --dependency-injection stands for a project referencing Microsoft.Extensions.Http.
    public static TheoryData<string[], string[], bool> KnobCases => new()
    {
        { ["--client-split", "by-tag"], ["SdkGenClientSplit=by-tag"], false },
        { ["--client-interface", "--enum-prefix", "Api", "--model-prefix", "Api"], ["SdkGenClientInterface=true", "SdkGenEnumPrefix=Api", "SdkGenModelPrefix=Api"], false },
        { ["--visibility", "internal"], ["SdkGenVisibility=internal"], false },
        { ["--dependency-injection"], [], true },
        { ["--dependency-injection", "--client-split", "by-tag", "--visibility", "internal"], ["SdkGenClientSplit=by-tag", "SdkGenVisibility=internal"], true },
    };

    [Theory]
    [MemberData(nameof(KnobCases))]
    public async Task Knobs_and_registrations_are_exactly_the_generators(string[] options, string[] metadata, bool referencesHttp)
    {
        string spec = Path.Combine(GenerateCommandTests.RepositoryRoot(), "specs", "twilio.yaml");

        (int exitCode, _, string error) = await CliRunner.RunAsync(null, ["generate", spec, "-o", _directory, "--namespace", "Contoso.Twilio", .. options]);

        Assert.True(exitCode == 0, error);
        Dictionary<string, string> fromCli = Directory.GetFiles(_directory).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var knobs = metadata.Select(m => m.Split('=')).ToDictionary(p => "build_metadata.AdditionalFiles." + p[0], p => p[1]);
        GeneratorRunResult fromGenerator = RunGenerator(spec, "Contoso.Twilio", null, null, knobs: knobs, referencesHttp: referencesHttp);
        Assert.Empty(fromGenerator.Diagnostics);
        Assert.Equal(referencesHttp, fromCli.Keys.Any(k => k.Contains("ServiceCollectionExtensions", StringComparison.Ordinal)));
        Assert.Equal(fromGenerator.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal), fromCli.Keys.Order(StringComparer.Ordinal));
        foreach (GeneratedSourceResult source in fromGenerator.GeneratedSources)
        {
            Assert.True(source.SourceText.ToString() == fromCli[source.HintName], source.HintName + " differs");
        }
    }

    [Fact]
    public async Task An_invalid_knob_gives_the_generators_diagnostic()
    {
        string spec = Path.Combine(GenerateCommandTests.RepositoryRoot(), "specs", "twilio.yaml");

        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", _directory, "--client-split", "per-tag");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"{spec}(1,1): error SDKGEN008: The SdkGenClientSplit 'per-tag' is not valid: expected single or by-tag", error.Trim());
        Assert.False(Directory.Exists(_directory));
    }

    [Fact]
    public async Task An_invalid_name_gives_the_generators_diagnostic()
    {
        string spec = Path.Combine(GenerateCommandTests.RepositoryRoot(), "specs", "twilio.yaml");

        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, "generate", spec, "-o", _directory, "--client-name", "class");

        GeneratorRunResult fromGenerator = RunGenerator(spec, null, "class", null);
        Diagnostic expected = Assert.Single(fromGenerator.Diagnostics);
        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"{spec}(1,1): error {expected.Id}: {expected.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}", error.Trim());
        Assert.False(Directory.Exists(_directory));
    }

    private static GeneratorRunResult RunGenerator(string spec, string? nameSpace, string? clientName, string? rootNamespace, string? includeUnreachableSchemas = null, Dictionary<string, string>? knobs = null, bool referencesHttp = false)
    {
        var global = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        var metadata = new Dictionary<string, string>();
        if (nameSpace is not null)
        {
            metadata["build_metadata.AdditionalFiles.SdkGenNamespace"] = nameSpace;
        }

        if (clientName is not null)
        {
            metadata["build_metadata.AdditionalFiles.SdkGenClientName"] = clientName;
        }

        if (includeUnreachableSchemas is not null)
        {
            metadata["build_metadata.AdditionalFiles.SdkGenIncludeUnreachableSchemas"] = includeUnreachableSchemas;
        }

        foreach (KeyValuePair<string, string> knob in knobs ?? [])
        {
            metadata[knob.Key] = knob.Value;
        }

        IEnumerable<MetadataReference> references = GenerateCommandTests.References();
        if (referencesHttp)
        {
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            references = references.Concat(trusted.Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
                .Select(p => MetadataReference.CreateFromFile(p)));
        }

        CSharpCompilation compilation = CSharpCompilation.Create("Consumer", [], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            [new FileText(spec)],
            optionsProvider: new Provider(new Options(global), new Options(metadata)));
        return driver.RunGenerators(compilation).GetRunResult().Results.Single();
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class Provider(AnalyzerConfigOptions global, AnalyzerConfigOptions file) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => file;
    }
}
