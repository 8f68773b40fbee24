using System.Text;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// Issue 12, items 6–8: generated code that compiles under strict builds, file names any file system accepts,
/// and emitted code that is safe by construction. Behaviour over HTTP is tested in the consumer tests.
/// </summary>
public class SafetyTests
{
    [Fact]
    public void Safety_spec_output_matches_snapshots_and_compiles_without_warnings()
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromTestSpecs("safety.yaml", "Test.Api", "SafetyClient"));

        Assert.True(result.CompilationProblems.Count == 0, string.Join("\n", result.CompilationProblems));
        SnapshotVerifier.VerifyAll("safety", result.Sources.Select(s => (s.HintName[..^".g.cs".Length], s.SourceText.ToString())));
    }
}
