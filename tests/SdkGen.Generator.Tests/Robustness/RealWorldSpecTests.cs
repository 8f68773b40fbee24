using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// The generator on the biggest public documents there are: GitHub's REST API (~13 MB, as JSON and as YAML)
/// and Twilio's 2010 API (~2 MB; NSwag's client for it fails to compile with 198 errors, from query parameters
/// named <c>DateSent&lt;</c> and <c>DateSent&gt;</c>). No exception, no SDKGEN error, zero C# errors.
/// The documents are downloaded by <c>scripts/fetch-real-world-specs.sh</c>; without them these tests are skipped.
/// </summary>
[Trait("Category", "RealWorld")]
public class RealWorldSpecTests(ITestOutputHelper output)
{
    // GitHub's document has /orgs/{org}/attestations/{attestation_id} (delete) and /orgs/{org}/attestations/{subject_digest}
    // (get), and the same under /users/{username}: Microsoft.OpenApi's validation rules call that an error, which
    // made the whole document generate nothing until SpecParser stopped running those rules.
    [RealWorldSpecFact("github/api.github.com.json")]
    public void GitHub_json_generates_code_that_compiles() =>
        GeneratesCodeThatCompiles("github/api.github.com.json", "RealWorld.GitHub", "GitHubClient");

    [RealWorldSpecFact("github/api.github.com.yaml")]
    public void GitHub_yaml_generates_code_that_compiles() =>
        GeneratesCodeThatCompiles("github/api.github.com.yaml", "RealWorld.GitHubYaml", "GitHubClient");

    [RealWorldSpecFact("twilio/twilio_api_v2010.json")]
    public void Twilio_generates_code_that_compiles_including_DateSent_comparisons()
    {
        GenerationResult result = GeneratesCodeThatCompiles("twilio/twilio_api_v2010.json", "RealWorld.Twilio", "TwilioClient");

        // Twilio filters messages with DateSent, DateSent< and DateSent>: three distinct parameters, sent under their own names.
        string code = string.Concat(result.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("\"DateSent<\"", code, StringComparison.Ordinal);
        Assert.Contains("\"DateSent>\"", code, StringComparison.Ordinal);
        Assert.Contains("dateSentBefore", code, StringComparison.Ordinal);
        Assert.Contains("dateSentAfter", code, StringComparison.Ordinal);
    }

    private GenerationResult GeneratesCodeThatCompiles(string relativePath, string ns, string clientName)
    {
        string path = RealWorldSpecFactAttribute.PathOf(relativePath);
        var spec = new SpecFile(path, File.ReadAllText(path), ns, clientName);

        GeneratorDriver driver = GeneratorHarness.CreateDriver([spec], trackSteps: false);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        var clock = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation compiled, out ImmutableArray<Diagnostic> driverDiagnostics);
        TimeSpan generation = clock.Elapsed;
        var result = new GenerationResult(driver.GetRunResult(), compiled, driverDiagnostics);

        clock.Restart();
        List<Diagnostic> csharp = compiled.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        TimeSpan compilationTime = clock.Elapsed;

        List<Diagnostic> errors = csharp.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        int files = result.Sources.Count;
        long lines = result.Sources.Sum(s => (long)s.SourceText.Lines.Count);
        long chars = result.Sources.Sum(s => (long)s.SourceText.Length);
        output.WriteLine($"{relativePath} ({spec.Text.Length / 1024} KB): generated {files} files, {lines:N0} lines, {chars / 1024:N0} KB in {generation.TotalSeconds:0.0} s; compiled in {compilationTime.TotalSeconds:0.0} s");
        output.WriteLine("generator diagnostics: " + Counts(result.Diagnostics));
        output.WriteLine($"C#: {errors.Count} errors, {csharp.Count - errors.Count} warnings: " + Counts(csharp));
        foreach (Diagnostic error in errors.Take(20))
        {
            output.WriteLine("  " + RobustnessChecker.Render(error) + " — " + HostileInputs.Show(error.Location.SourceTree?.GetText().Lines[error.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim(), 160));
        }

        foreach (Diagnostic diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20))
        {
            output.WriteLine("  " + RobustnessChecker.Render(diagnostic));
        }

        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(driverDiagnostics, d => !d.Id.StartsWith("SDKGEN", StringComparison.Ordinal));
        var problems = new List<string>();
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            RobustnessChecker.CheckDiagnostic(spec, diagnostic, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(20)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.Sources);
        Assert.True(errors.Count == 0, $"{errors.Count} C# errors in the code generated from {relativePath}:\n" + string.Join("\n", errors.Take(20).Select(RobustnessChecker.Render)));
        return result;
    }

    private static string Counts(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Select(g => g.Key + "×" + g.Count()));
}
