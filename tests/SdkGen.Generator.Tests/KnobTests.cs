using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>
/// The generation knobs (<see cref="SpecFileKnobs"/>): each changes exactly what its snapshot shows, compiles, is read from
/// metadata or from the MSBuild property of the same name (metadata wins), and an invalid value is SDKGEN008 at the file.
/// </summary>
public class KnobTests
{
    private static SpecFile Knobs() => SpecFile.FromTestSpecs("knobs.yaml", "Test.Knobs", "PetClient");

    public static TheoryData<string, string, string> KnobSnapshots => new()
    {
        { "default", "", "" },
        { "by-tag", SpecFileKnobs.ClientSplit, "by-tag" },
        { "interface", SpecFileKnobs.ClientInterface, "true" },
        { "enum-prefix", SpecFileKnobs.EnumPrefix, "Api" },
        { "model-prefix", SpecFileKnobs.ModelPrefix, "Api" },
        { "internal", SpecFileKnobs.Visibility, "internal" },
        { "include-unreachable", SpecFileKnobs.IncludeUnreachableSchemas, "true" },
    };

    // A knob's folder holds only the files it changes or adds; the rest are asserted equal to the default output.
    [Theory]
    [MemberData(nameof(KnobSnapshots))]
    public void Each_knob_output_matches_its_snapshots(string name, string knob, string value)
    {
        SpecFile spec = knob.Length == 0 ? Knobs() : Knobs().With(knob, value);
        Dictionary<string, string> defaults = knob.Length == 0 ? [] : Files(GeneratorHarness.Run(Knobs())).ToDictionary(f => f.Item1, f => f.Item2);

        GenerationResult result = GeneratorHarness.Run(spec);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        SnapshotVerifier.VerifyAll("knobs/" + name, Files(result).Where(f => !(defaults.TryGetValue(f.Item1, out string? same) && same == f.Item2)));
    }

    [Fact]
    public void Dependency_injection_output_matches_its_snapshot_when_Microsoft_Extensions_Http_is_referenced()
    {
        GenerationResult result = GeneratorHarness.Run([Knobs().With(SpecFileKnobs.ClientSplit, "by-tag")], LanguageVersion.CSharp8, referenceDependencyInjection: true);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        SnapshotVerifier.Verify("knobs/dependency-injection/Test.Knobs.PetClient.PetClientServiceCollectionExtensions", result.Source("PetClientServiceCollectionExtensions.g.cs"));
    }

    // On .NET 5+/7+ the reflection-bound overload tells the trimming and AOT analyzers so at the caller; the Action
    // overload stays clean (bind there, where the configuration binding source generator can see the call).
    [Fact]
    public void Only_the_configuration_overload_is_marked_for_trimming_and_AOT()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET5_0_OR_GREATER", "NET7_0_OR_GREATER"]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new OpenApiClientGenerator().AsSourceGenerator()], [new InMemoryAdditionalText(Knobs().Path, Knobs().Text)], parseOptions, GeneratorHarness.OptionsFor([Knobs()]));
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(languageVersion: LanguageVersion.Latest, referenceDependencyInjection: true);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        INamedTypeSymbol extensions = output.GetTypeByMetadataName("Test.Knobs.PetClientServiceCollectionExtensions")!;
        IMethodSymbol[] overloads = extensions.GetMembers("AddPetClient").OfType<IMethodSymbol>().ToArray();
        Assert.Equal(2, overloads.Length);
        IMethodSymbol fromConfiguration = overloads.Single(m => m.Parameters[1].Type.Name == "IConfiguration");
        IMethodSymbol fromAction = overloads.Single(m => m.Parameters[1].Type.Name == "Action");
        Assert.Equal(["RequiresUnreferencedCodeAttribute", "RequiresDynamicCodeAttribute"], fromConfiguration.GetAttributes().Select(a => a.AttributeClass!.Name));
        Assert.Empty(fromAction.GetAttributes());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // A library that registers its clients its own way (the recording SDK) turns the registrations off; the rest of
    // the output is the same.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SdkGenDependencyInjection_false_leaves_the_registrations_out_even_with_the_reference(bool asProperty)
    {
        GenerationResult on = GeneratorHarness.Run([Knobs()], LanguageVersion.CSharp8, referenceDependencyInjection: true);
        GenerationResult off = asProperty
            ? GeneratorHarness.Run([Knobs()], LanguageVersion.CSharp8, referenceDependencyInjection: true, projectProperties: new Dictionary<string, string> { [SpecFileKnobs.DependencyInjection] = "false" })
            : GeneratorHarness.Run([Knobs().With(SpecFileKnobs.DependencyInjection, "False")], LanguageVersion.CSharp8, referenceDependencyInjection: true);

        Assert.Empty(off.Diagnostics);
        Assert.Empty(off.CompilationProblems);
        Assert.Contains(on.Sources, s => s.HintName.Contains("ServiceCollectionExtensions", StringComparison.Ordinal));
        Assert.Equal(
            on.Sources.Where(s => !s.HintName.Contains("ServiceCollectionExtensions", StringComparison.Ordinal)).Select(s => s.HintName + s.SourceText),
            off.Sources.Select(s => s.HintName + s.SourceText));
    }

    [Fact]
    public void Without_Microsoft_Extensions_Http_no_registration_is_generated()
    {
        GenerationResult result = GeneratorHarness.Run(Knobs());

        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("ServiceCollectionExtensions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void Every_knob_at_once_compiles_and_the_client_implements_its_interface(LanguageVersion version)
    {
        SpecFile spec = Knobs()
            .With(SpecFileKnobs.Visibility, "internal")
            .With(SpecFileKnobs.ClientSplit, "by-tag")
            .With(SpecFileKnobs.ClientInterface, "true")
            .With(SpecFileKnobs.EnumPrefix, "Api")
            .With(SpecFileKnobs.ModelPrefix, "Api");
        const string usage = """
            namespace Consumer
            {
                internal static class Usage
                {
                    internal static global::System.Threading.Tasks.Task<global::Test.Knobs.ApiPet> Fetch(global::Test.Knobs.IPetsClient client) => client.GetPetAsync("p1");

                    internal static global::Test.Knobs.IPetsClient Create() =>
                        new global::Test.Knobs.PetsClient(new global::System.Net.Http.HttpClient(), new global::Test.Knobs.PetClientOptions());

                    internal static global::Test.Knobs.IStoreClient Store(global::Test.Knobs.StoreClient client) => client;

                    internal static global::Test.Knobs.ApiPetStatus Status() => global::Test.Knobs.ApiPetStatus.Available;
                }
            }
            """;

        GenerationResult result = RunWith(usage, version, spec, referenceDependencyInjection: true);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        INamespaceSymbol generated = result.Compilation.GetTypeByMetadataName("Test.Knobs.PetClient")!.ContainingNamespace;
        Assert.Contains(generated.GetTypeMembers(), t => t.TypeKind == TypeKind.Interface);
        Assert.Contains(generated.GetTypeMembers(), t => t.Name == "PetClientServiceCollectionExtensions");
        Assert.All(generated.GetTypeMembers(), t => Assert.True(t.DeclaredAccessibility == Accessibility.Internal, t.Name + " is " + t.DeclaredAccessibility));
    }

    [Fact]
    public void The_MSBuild_property_is_the_project_wide_default()
    {
        var properties = new Dictionary<string, string>
        {
            [SpecFileKnobs.ClientSplit] = "by-tag",
            [SpecFileKnobs.ClientInterface] = "true",
            [SpecFileKnobs.ModelPrefix] = "Api",
            [SpecFileKnobs.EnumPrefix] = "E",
        };

        GenerationResult result = GeneratorHarness.Run([Knobs()], LanguageVersion.CSharp8, projectProperties: properties);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Sources, s => s.HintName == "Test.Knobs.PetsClient.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "Test.Knobs.PetClient.IPetsClient.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "Test.Knobs.PetClient.ApiPet.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "Test.Knobs.PetClient.EPetStatus.g.cs");
    }

    [Fact]
    public void Metadata_on_the_spec_wins_over_the_property()
    {
        var properties = new Dictionary<string, string> { [SpecFileKnobs.ClientSplit] = "by-tag", [SpecFileKnobs.ModelPrefix] = "Api" };

        GenerationResult result = GeneratorHarness.Run([Knobs().With(SpecFileKnobs.ClientSplit, "single").With(SpecFileKnobs.ModelPrefix, "My")], LanguageVersion.CSharp8, projectProperties: properties);

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Sources, s => s.HintName == "Test.Knobs.PetsClient.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "Test.Knobs.PetClient.MyPet.g.cs");
    }

    [Fact]
    public void Include_unreachable_schemas_has_a_property_form()
    {
        SpecFile reachability = SpecFile.FromTestSpecs("reachability.yaml", "Test.Reach", "ReachClient");
        int without = GeneratorHarness.Run(reachability).Sources.Count;

        GenerationResult result = GeneratorHarness.Run([reachability], LanguageVersion.CSharp8, projectProperties: new Dictionary<string, string> { [SpecFileKnobs.IncludeUnreachableSchemas] = "true" });

        Assert.True(result.Sources.Count > without, "the property did not add the unreachable schemas");
    }

    [Fact]
    public void More_than_forty_operations_stay_on_one_client_by_default()
    {
        string paths = string.Concat(Enumerable.Range(0, 45).Select(i => $"  /r{i}:\n    get:\n      operationId: op{i}\n      tags: [t{i % 3}]\n      responses:\n        '204': {{description: ok}}\n"));
        var spec = new SpecFile("/specs/many.yaml", "openapi: 3.0.3\ninfo: {title: Many, version: '1'}\nservers: [{url: 'https://x.example.com'}]\npaths:\n" + paths, "Test.Many", "ManyClient");

        GenerationResult result = GeneratorHarness.Run(spec);

        Assert.Empty(result.CompilationProblems);
        Assert.Single(result.Sources, s => s.HintName.EndsWith("Client.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SpecFileKnobs.ClientSplit, "per-tag", "single or by-tag")]
    [InlineData(SpecFileKnobs.Visibility, "private", "public or internal")]
    [InlineData(SpecFileKnobs.ClientInterface, "yes", "true or false")]
    [InlineData(SpecFileKnobs.IncludeUnreachableSchemas, "1", "true or false")]
    [InlineData(SpecFileKnobs.DependencyInjection, "no", "true or false")]
    [InlineData(SpecFileKnobs.EnumPrefix, "9Api", "the start of a C# identifier")]
    [InlineData(SpecFileKnobs.ModelPrefix, "Api.", "the start of a C# identifier")]
    public void An_invalid_value_is_SDKGEN008_at_the_file_and_generates_nothing(string knob, string value, string expected)
    {
        GenerationResult fromMetadata = GeneratorHarness.Run(Knobs().With(knob, value));
        GenerationResult fromProperty = GeneratorHarness.Run([Knobs()], LanguageVersion.CSharp8, projectProperties: new Dictionary<string, string> { [knob] = value });

        foreach (GenerationResult result in new[] { fromMetadata, fromProperty })
        {
            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("SDKGEN008", diagnostic.Id);
            Assert.Equal(Knobs().Path, diagnostic.Location.GetLineSpan().Path);
            Assert.Equal($"The {knob} '{value}' is not valid: expected {expected}", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(result.Sources);
        }
    }

    [Theory]
    [InlineData("true", "True ")]
    [InlineData("by-tag", "BY-TAG")]
    public void Values_are_read_ignoring_case_and_surrounding_space(string canonical, string written)
    {
        string knob = canonical == "true" ? SpecFileKnobs.ClientInterface : SpecFileKnobs.ClientSplit;

        GenerationResult expected = GeneratorHarness.Run(Knobs().With(knob, canonical));
        GenerationResult actual = GeneratorHarness.Run(Knobs().With(knob, written));

        Assert.Empty(actual.Diagnostics);
        Assert.Equal(expected.Sources.Select(s => s.SourceText.ToString()), actual.Sources.Select(s => s.SourceText.ToString()));
    }

    private static GenerationResult RunWith(string source, LanguageVersion version, SpecFile spec, bool referenceDependencyInjection)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver([spec], languageVersion: version);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(source, version, referenceDependencyInjection: referenceDependencyInjection);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var generatorDiagnostics);
        return new GenerationResult(driver.GetRunResult(), output, generatorDiagnostics);
    }

    private static IEnumerable<(string, string)> Files(GenerationResult result) =>
        result.Sources.Select(s => (s.HintName[..^".g.cs".Length], s.SourceText.ToString()));
}
