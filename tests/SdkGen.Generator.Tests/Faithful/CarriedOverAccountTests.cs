using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Parsing.Text;
using SdkGen.Generator.Tests.Infrastructure;
using SdkGen.Generator.Tests.Robustness;
using Xunit;
using Xunit.Abstractions;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// An account, per document, of what the generator did not carry over, made from the document and the generated code
/// (not from the diagnostics), which must equal the diagnostics: every operation the document declares is a method or
/// an SDKGEN013, every form field left out of a request is an SDKGEN016, and nothing else. Written to the test output
/// as JSON. Runs on the vendor and test documents always, and on the real-world ones when fetched.
/// </summary>
public class CarriedOverAccountTests(ITestOutputHelper output)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static TheoryData<string> Documents => new()
    {
        "specs/bandwidth.yaml", "specs/twilio.yaml", "specs/genesys.yaml", "specs/signalwire.yaml",
        "tests/SdkGen.Generator.Tests/Specs/features.yaml", "tests/SdkGen.Generator.Tests/Specs/features-31.json",
        "tests/SdkGen.Generator.Tests/Specs/faithful/allof-reference.yaml", "tests/SdkGen.Generator.Tests/Specs/faithful/forms.yaml",
        "tests/SdkGen.Generator.Tests/Specs/faithful/binary.yaml", "tests/SdkGen.Generator.Tests/Specs/faithful/servers.yaml",
        "tests/SdkGen.Generator.Tests/Specs/faithful/transport-headers.yaml",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void What_is_not_carried_over_equals_the_diagnostics(string relativePath) =>
        Check(Path.Combine(SpecFile.RepositoryRoot, relativePath), compile: true);

    [RealWorldSpecFact("twilio/twilio_api_v2010.json")]
    public void Twilio_full_api_account_equals_the_diagnostics() => Check(RealWorldSpecFactAttribute.PathOf("twilio/twilio_api_v2010.json"), compile: true);

    [RealWorldSpecFact("github/api.github.com.json")]
    public void GitHub_account_equals_the_diagnostics() => Check(RealWorldSpecFactAttribute.PathOf("github/api.github.com.json"), compile: false);

    private void Check(string path, bool compile)
    {
        string text = File.ReadAllText(path);
        var spec = new SpecFile("/specs/" + Path.GetFileName(path), text, "Account.Api", "AccountClient");
        GenerationResult result = GeneratorHarness.Run(spec);
        JsonNode root = SpecTextReader.Read(spec.Path, text, CancellationToken.None).Root!;

        int declared = root["paths"] is JsonObject paths
            ? paths.Sum(p => p.Value is JsonObject item ? Methods.Count(m => item.ContainsKey(m)) : 0)
            : 0;
        string code = string.Concat(result.Sources.Select(s => s.SourceText.ToString()));
        // One private body per operation, shared by its plain and WithResponse methods.
        int generated = CountOf(code, "private async global::System.Threading.Tasks.Task<");
        int formFieldsLeftOut = CountOf(code, "(reported as SDKGEN016)");
        var ids = result.Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var account = new
        {
            document = Path.GetFileName(path),
            operationsDeclared = declared,
            operationsGenerated = generated,
            operationsSkipped = declared - generated,
            operationsSkippedWithDiagnostic = ids.GetValueOrDefault("SDKGEN013"),
            formFieldsLeftOut,
            formFieldsLeftOutWithDiagnostic = ids.GetValueOrDefault("SDKGEN016"),
            diagnostics = ids.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
        };
        output.WriteLine(JsonSerializer.Serialize(account));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SDKGEN010");
        Assert.Equal(account.operationsSkipped, account.operationsSkippedWithDiagnostic);
        Assert.Equal(account.formFieldsLeftOut, account.formFieldsLeftOutWithDiagnostic);
        if (compile)
        {
            // TreatWarningsAsErrors minus the SDKGEN warnings: no C# warning or error at all.
            Assert.Empty(result.CompilationProblems);
        }
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
