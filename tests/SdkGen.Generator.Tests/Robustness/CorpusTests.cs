using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Faithful;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// The corpus of real published documents (<see cref="CorpusDocument"/>, checked in, so this runs in CI): per
/// document, no exception and no SDKGEN error; the generated code compiles as a strict project builds it — every
/// warning an error at the highest warning level, nullable enabled, XML documentation checked, the newest C#; and
/// the account of what was not carried over (<see cref="CarriedOverAccount"/>) agrees with the diagnostics. The
/// account is checked in beside the document as <c>*.account.json</c> (a change fails the test until accepted with
/// <c>SDKGEN_ACCEPT_SNAPSHOTS=1</c>), and the README's Robustness table is rendered from those files.
/// </summary>
[Trait("Category", "Corpus")]
public class CorpusTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Documents => new(CorpusDocument.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Generates_strictly_compiling_code_and_accounts_for_every_loss(string name)
    {
        CorpusDocument document = CorpusDocument.All.Single(d => d.Name == name);
        string text = File.ReadAllText(document.FullPath);
        var spec = new SpecFile("/corpus/" + document.RelativePath, text, "Corpus.Api", "CorpusClient");

        var clock = Stopwatch.StartNew();
        GenerationResult result = StrictBuild.Run(spec);
        TimeSpan generation = clock.Elapsed;
        clock.Restart();
        IReadOnlyList<Diagnostic> csharp = result.CompilationProblems;
        output.WriteLine($"{document.Name}: {result.Sources.Count} files generated in {generation.TotalSeconds:0.0} s, compiled in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => !d.Id.StartsWith("SDKGEN", StringComparison.Ordinal));
        var problems = new List<string>();
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            RobustnessChecker.CheckDiagnostic(spec, diagnostic, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(20)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(csharp.Count == 0, $"{csharp.Count} C# errors under TreatWarningsAsErrors:\n" + string.Join("\n", csharp.Take(20).Select(RobustnessChecker.Render)));

        CarriedOverAccount account = CarriedOverAccount.Of(document.Name, spec.Path, text, result);
        string json = JsonSerializer.Serialize(account, s_json);
        output.WriteLine(json);
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            output.WriteLine(RobustnessChecker.Render(diagnostic));
        }

        Assert.Empty(account.Disagreements());
        VerifyAccount(document, json);
    }

    [Fact]
    public void The_README_table_is_the_checked_in_accounts()
    {
        string readme = File.ReadAllText(Path.Combine(SpecFile.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string table = CorpusTable.Render(CorpusDocument.All.Select(d => (d, JsonSerializer.Deserialize<CarriedOverAccount>(File.ReadAllText(d.AccountPath), s_json)!)));
        Assert.True(readme.Contains(table, StringComparison.Ordinal), "The README's corpus table is not the one the accounts give; put this in its Robustness section:\n" + table);
    }

    private static void VerifyAccount(CorpusDocument document, string json)
    {
        json = json.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        string? verified = File.Exists(document.AccountPath) ? File.ReadAllText(document.AccountPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (verified == json)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(SnapshotVerifier.AcceptVariable) == "1")
        {
            File.WriteAllText(document.AccountPath, json);
            return;
        }

        throw new XunitException($"The account of {document.Name} changed ({document.AccountPath}); if intended, accept it with {SnapshotVerifier.AcceptVariable}=1 and update the README table.\nnow:\n{json}\nwas:\n{verified}");
    }
}
