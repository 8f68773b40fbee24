using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SdkGen.Generator.Tests.Infrastructure;

/// <summary>
/// Generates and compiles as a strict consumer project builds: TreatWarningsAsErrors, the highest warning level (every
/// warning wave), nullable enabled, GenerateDocumentationFile (doc comments parsed and checked: a bad cref or broken XML
/// fails), the newest C#. Every C# warning is then an error in <see cref="GenerationResult.CompilationProblems"/>.
/// </summary>
public static class StrictBuild
{
    public static GenerationResult Run(SpecFile spec)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new OpenApiClientGenerator().AsSourceGenerator()],
            additionalTexts: [new InMemoryAdditionalText(spec.Path, spec.Text)],
            parseOptions: parseOptions,
            optionsProvider: GeneratorHarness.OptionsFor([spec]));
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(languageVersion: LanguageVersion.Latest)
            .RemoveAllSyntaxTrees()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Placeholder { } }", parseOptions));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation compiled, out ImmutableArray<Diagnostic> generatorDiagnostics);

        // Made strict after generating: the SDKGEN warnings are the generator's reported losses, not C# problems.
        compiled = compiled.WithOptions(((CSharpCompilationOptions)compiled.Options).WithGeneralDiagnosticOption(ReportDiagnostic.Error).WithWarningLevel(9999));
        return new GenerationResult(driver.GetRunResult(), compiled, generatorDiagnostics);
    }
}
