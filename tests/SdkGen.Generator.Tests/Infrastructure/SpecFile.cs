namespace SdkGen.Generator.Tests.Infrastructure;

/// <summary>A spec given to the generator: its path, text and opt-in metadata (null: the item has no such metadata).</summary>
/// <param name="Knobs">Further metadata on the item, by knob name (e.g. <c>SdkGenClientSplit</c> → <c>by-tag</c>).</param>
public sealed record SpecFile(string Path, string Text, string? Namespace = "Test.Api", string? ClientName = null, string? IncludeUnreachableSchemas = null, IReadOnlyDictionary<string, string>? Knobs = null)
{
    /// <summary>This spec with the metadata <paramref name="knob"/> = <paramref name="value"/>.</summary>
    public SpecFile With(string knob, string value) =>
        this with { Knobs = new Dictionary<string, string>(Knobs ?? new Dictionary<string, string>()) { [knob] = value } };

    /// <summary>Reads a spec under the test project's <c>Specs/</c> folder.</summary>
    public static SpecFile FromTestSpecs(string fileName, string ns = "Test.Api", string? clientName = null)
    {
        string path = System.IO.Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        return new SpecFile("/specs/" + fileName, File.ReadAllText(path), ns, clientName);
    }

    /// <summary>Reads one of the repository's vendor specs under <c>specs/</c>.</summary>
    public static SpecFile FromRepository(string fileName, string ns, string clientName)
    {
        string path = System.IO.Path.Combine(RepositoryRoot, "specs", fileName);
        return new SpecFile("/specs/" + fileName, File.ReadAllText(path), ns, clientName);
    }

    public static string RepositoryRoot
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "SdkGen.sln")))
            {
                dir = System.IO.Path.GetDirectoryName(dir);
            }

            return dir ?? throw new InvalidOperationException("SdkGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
