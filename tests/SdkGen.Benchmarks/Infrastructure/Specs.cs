namespace SdkGen.Benchmarks.Infrastructure;

/// <summary>The inputs measured: the four vendor specs and GitHub's (JSON and the YAML copy run.sh makes).</summary>
internal static class Specs
{
    public static readonly string[] VendorNames = ["bandwidth", "twilio", "genesys", "signalwire"];

    /// <summary>github-json/-yaml are GitHub's spec with its two duplicate path templates renamed (see run.sh); github-json-asis is the file as published; github-json-reachable drops the component schemas no operation references (a projection).</summary>
    public static readonly string[] AllNames = [.. VendorNames, "github-json", "github-yaml", "github-json-asis", "github-json-reachable"];

    public static BenchSpec Load(string name) => name switch
    {
        "github-json" => FromFile(name, Paths.GitHubJson, "Bench.GitHub", "GitHubClient"),
        "github-yaml" => FromFile(name, Paths.GitHubYaml, "Bench.GitHub", "GitHubClient"),
        "github-json-asis" => FromFile(name, Paths.GitHubJsonAsPublished, "Bench.GitHub", "GitHubClient"),
        "github-json-reachable" => FromFile(name, Path.Combine(Paths.Data, "github", "api.github.com.reachable.json"), "Bench.GitHub", "GitHubClient"),
        _ when VendorNames.Contains(name) => FromFile(name, Path.Combine(Paths.Specs, name + ".yaml"), "Bench." + Pascal(name), Pascal(name) + "Client"),
        _ => throw new ArgumentException("unknown spec '" + name + "'; one of: " + string.Join(", ", AllNames)),
    };

    private static BenchSpec FromFile(string name, string path, string ns, string clientName)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("missing input (run tests/SdkGen.Benchmarks/run.sh to fetch it): " + path);
        }

        return new BenchSpec(name, path, File.ReadAllText(path), ns, clientName);
    }

    private static string Pascal(string name) => name switch
    {
        "signalwire" => "SignalWire",
        _ => char.ToUpperInvariant(name[0]) + name[1..],
    };
}
