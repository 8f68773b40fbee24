using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// A fact that needs a document fetched by <c>scripts/fetch-real-world-specs.sh</c>: skipped, saying so, when the
/// file is not there (xunit 2 has no dynamic skip, so the attribute decides when tests are discovered).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealWorldSpecFactAttribute : FactAttribute
{
    public const string Script = "scripts/fetch-real-world-specs.sh";

    public RealWorldSpecFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        if (!File.Exists(PathOf(relativePath)))
        {
            Skip = $"tests/real-world-specs/{relativePath} is not there: run {Script} to download it (npm registry), then run the tests again.";
        }
    }

    public string RelativePath { get; }

    /// <summary>A generator bug that makes this test fail even with the file present: the test is skipped with it as the reason.</summary>
    public string? KnownBug
    {
        get => _knownBug;
        set
        {
            _knownBug = value;
            if (value is not null && File.Exists(PathOf(RelativePath)))
            {
                Skip = value;
            }
        }
    }

    private string? _knownBug;

    public static string Directory => Path.Combine(SpecFile.RepositoryRoot, "tests", "real-world-specs");

    public static string PathOf(string relativePath) => Path.Combine(Directory, relativePath);
}
