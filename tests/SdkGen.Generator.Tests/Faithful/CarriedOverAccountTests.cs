using System.Text.Json;
using SdkGen.Generator.Tests.Infrastructure;
using SdkGen.Generator.Tests.Robustness;
using Xunit;
using Xunit.Abstractions;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// An account, per document, of what the generator did not carry over, made from the document and the generated code
/// (not from the diagnostics), which must equal the diagnostics: every operation the document declares is a method or
/// an SDKGEN013, every form field left out of a request is an SDKGEN016, every multipart part left out an SDKGEN022,
/// and nothing else. Written to the test output
/// as JSON. Runs on the vendor and test documents always, and on the real-world ones when fetched.
/// </summary>
public class CarriedOverAccountTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents => new()
    {
        "specs/bandwidth.yaml", "specs/twilio.yaml", "specs/genesys.yaml", "specs/signalwire.yaml",
        "tests/SdkGen.Generator.Tests/Specs/features.yaml", "tests/SdkGen.Generator.Tests/Specs/features-31.json",
        "tests/SdkGen.Generator.Tests/Specs/faithful/allof-reference.yaml", "tests/SdkGen.Generator.Tests/Specs/faithful/forms.yaml",
        "tests/SdkGen.Generator.Tests/Specs/faithful/binary.yaml", "tests/SdkGen.Generator.Tests/Specs/faithful/servers.yaml",
        "tests/SdkGen.Generator.Tests/Specs/faithful/transport-headers.yaml", "tests/SdkGen.Generator.Tests/Specs/faithful/multipart.yaml",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void What_is_not_carried_over_equals_the_diagnostics(string relativePath) =>
        Check(Path.Combine(SpecFile.RepositoryRoot, relativePath), compile: true);

    [RealWorldSpecFact("twilio/twilio_api_v2010.json")]
    public void Twilio_full_api_account_equals_the_diagnostics() => Check(RealWorldSpecFactAttribute.PathOf("twilio/twilio_api_v2010.json"), compile: true);

    [RealWorldSpecFact("github/api.github.com.json")]
    public void GitHub_account_equals_the_diagnostics() => Check(RealWorldSpecFactAttribute.PathOf("github/api.github.com.json"), compile: false);

    [Fact]
    public void Multipart_parts_are_counted_sent_or_left_out_and_part_headers_are_not_parts()
    {
        string path = Path.Combine(SpecFile.RepositoryRoot, "tests/SdkGen.Generator.Tests/Specs/faithful/multipart.yaml");
        string text = File.ReadAllText(path);
        var spec = new SpecFile("/specs/multipart.yaml", text, "Account.Api", "AccountClient");
        var account = CarriedOverAccount.Of("multipart.yaml", spec.Path, text, GeneratorHarness.Run(spec));

        // uploadDocument 10 (of 13: legacy, archive, stage left out), setAvatar 2, setLabels 3, sendBundle 2; createNote sends JSON.
        Assert.Equal(17, account.MultipartPartsSent);
        Assert.Equal(3, account.MultipartPartsNotSent);
        // Four SDKGEN022: the three parts, and the part headers of 'file', whose part is sent.
        Assert.Equal(4, account.Diagnostics["SDKGEN022"]);
        Assert.Equal(3, account.MultipartPartsNotSentWithDiagnostic);
        Assert.Empty(account.Disagreements());
        Assert.Contains("2 multipart parts are left out of requests but 3 SDKGEN022 say so", (account with { MultipartPartsNotSent = 2 }).Disagreements());
    }

    private void Check(string path, bool compile)
    {
        string text = File.ReadAllText(path);
        var spec = new SpecFile("/specs/" + Path.GetFileName(path), text, "Account.Api", "AccountClient");
        GenerationResult result = GeneratorHarness.Run(spec);
        var account = CarriedOverAccount.Of(Path.GetFileName(path), spec.Path, text, result);
        output.WriteLine(JsonSerializer.Serialize(account));

        Assert.Empty(account.Disagreements());
        if (compile)
        {
            // TreatWarningsAsErrors minus the SDKGEN warnings: no C# warning or error at all.
            Assert.Empty(result.CompilationProblems);
        }
    }
}
