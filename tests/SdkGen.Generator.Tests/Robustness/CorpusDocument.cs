using SdkGen.Generator.Tests.Infrastructure;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// A real published OpenAPI document checked into <c>tests/SdkGen.Generator.Tests/Corpus/</c>, byte for byte as the
/// npm package named here ships it (<c>scripts/fetch-real-world-specs.sh --corpus</c> fetches them again and says
/// whether they still match). Checked in rather than fetched so that CI's <c>dotnet test</c> on a fresh clone runs the
/// corpus with no script and no network; each folder keeps its licence (all MIT).
/// </summary>
/// <param name="Name">The name in test output, the account file and the README.</param>
/// <param name="RelativePath">The file under <c>Corpus/</c>.</param>
/// <param name="Package">The npm package and version it comes from, and the path inside the package.</param>
/// <param name="Style">OpenAPI version and format, to show the corpus covers 2.0, 3.0 and 3.1, YAML and JSON.</param>
public sealed record CorpusDocument(string Name, string RelativePath, string Package, string Style)
{
    public static readonly IReadOnlyList<CorpusDocument> All =
    [
        new("Blockfrost (Cardano)", "blockfrost/openapi.yaml", "@blockfrost/openapi@0.1.93 openapi.yaml", "OpenAPI 3.0.3, YAML"),
        new("Rclone RC API", "rclone/openapi.yaml", "rclone-openapi@1.75.0 openapi.yaml", "OpenAPI 3.1.0, YAML"),
        new("ReadMe API", "readme/readme.json", "@readme/oas-examples@8.2.2 3.1/json/readme.json", "OpenAPI 3.1.0, JSON"),
        new("Train Travel API", "readme/train-travel.json", "@readme/oas-examples@8.2.2 3.1/json/train-travel.json", "OpenAPI 3.1.0, JSON"),
        new("USPTO Data Set API", "readme/uspto.json", "@readme/oas-examples@8.2.2 3.0/json/uspto.json", "OpenAPI 3.0.1, JSON"),
        new("Swagger Petstore", "readme/petstore-swagger-2.0.json", "@readme/oas-examples@8.2.2 2.0/json/petstore.json", "Swagger 2.0, JSON"),
        new("Figma REST API", "figma/openapi.yaml", "@figma/rest-api-spec@0.43.0 openapi/openapi.yaml", "OpenAPI 3.1.0, YAML"),
        new("Twilio Studio v2", "twilio/twilio_studio_v2.json", "@twilio-alpha/mcp@0.7.0 twilio-oai/spec/json/twilio_studio_v2.json", "OpenAPI 3.0.1, JSON, form bodies"),
    ];

    public static string Directory => Path.Combine(SpecFile.RepositoryRoot, "tests", "SdkGen.Generator.Tests", "Corpus");

    public string FullPath => Path.Combine(Directory, RelativePath);

    /// <summary>The checked-in account of what the generator carries over from this document (see CorpusTests).</summary>
    public string AccountPath => Path.ChangeExtension(FullPath, ".account.json");

    public override string ToString() => Name;
}
