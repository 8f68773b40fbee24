using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// Baselines of the minimal documents behind issue 12's faithfulness items (allOf references, form encoding, binary
/// content, per-operation servers, transport headers), one folder each under <c>Snapshots/faithful/</c>.
/// </summary>
public class FaithfulSnapshotTests
{
    public static TheoryData<string, string> Specs => new()
    {
        { "allof-reference.yaml", "AllOfClient" },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Output_matches_snapshots(string file, string clientName)
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromTestSpecs("faithful/" + file, "Test.Faithful", clientName));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        SnapshotVerifier.VerifyAll("faithful/" + Path.GetFileNameWithoutExtension(file), result.Sources.Select(s => (s.HintName[..^".g.cs".Length], s.SourceText.ToString())));
    }
}
