using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>
/// Every generated file of every test spec, compared with its checked-in baseline, so a change to
/// the generator or a spec shows up as a readable diff in review.
/// </summary>
public class SnapshotTests
{
    public static TheoryData<string, string> TestSpecs => new()
    {
        { "features.yaml", "FeatureClient" },
        { "features-31.json", "DeviceClient" },
        { "security.yaml", "SecureClient" },
    };

    // As src/SdkGen.Recording generates them: Genesys with its CometD notification schemas, which no operation reaches.
    public static TheoryData<string, string, string, string?> VendorSpecs => new()
    {
        { "bandwidth.yaml", "SdkGen.Recording.Bandwidth", "BandwidthClient", null },
        { "twilio.yaml", "SdkGen.Recording.Twilio", "TwilioClient", null },
        { "genesys.yaml", "SdkGen.Recording.Genesys", "GenesysClient", "true" },
        { "signalwire.yaml", "SdkGen.Recording.SignalWire", "SignalWireClient", null },
    };

    [Theory]
    [MemberData(nameof(TestSpecs))]
    public void Test_spec_output_matches_snapshots(string file, string clientName)
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromTestSpecs(file, "Test.Api", clientName));

        SnapshotVerifier.VerifyAll(Path.GetFileNameWithoutExtension(file), Files(result));
    }

    [Theory]
    [MemberData(nameof(VendorSpecs))]
    public void Vendor_spec_output_matches_snapshots(string file, string ns, string clientName, string? includeUnreachableSchemas)
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromRepository(file, ns, clientName) with { IncludeUnreachableSchemas = includeUnreachableSchemas });

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        SnapshotVerifier.VerifyAll("vendors/" + Path.GetFileNameWithoutExtension(file), Files(result));
    }

    private static IEnumerable<(string, string)> Files(GenerationResult result) =>
        result.Sources.Select(s => (s.HintName[..^".g.cs".Length], s.SourceText.ToString()));
}
