using System.Reflection;

namespace SdkGen.Benchmarks.Infrastructure;

/// <summary>Where the repository, the vendor specs and the fetched inputs are.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Specs => Path.Combine(RepositoryRoot, "specs");

    public static string Data => Path.Combine(RepositoryRoot, "tests", "SdkGen.Benchmarks", ".data");

    /// <summary>GitHub's spec as published in @octokit/openapi.</summary>
    public static string GitHubJsonAsPublished => Path.Combine(Data, "github", "api.github.com.json");

    /// <summary>The same with the two path templates OpenAPI forbids (same shape, other names) renamed, so it is accepted.</summary>
    public static string GitHubJson => Path.Combine(Data, "github", "api.github.com.fixed.json");

    public static string GitHubYaml => Path.Combine(Data, "github", "api.github.com.fixed.yaml");

    private static string FindRoot()
    {
        string? fromBuild = typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (fromBuild is not null && File.Exists(Path.Combine(fromBuild, "SdkGen.sln")))
        {
            return fromBuild;
        }

        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SdkGen.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("SdkGen.sln not found above " + AppContext.BaseDirectory);
    }
}
