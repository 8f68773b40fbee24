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
        { "forms.yaml", "FormsClient" },
        { "binary.yaml", "BinaryClient" },
        { "servers.yaml", "ServersClient" },
        { "transport-headers.yaml", "HeadersClient" },
        { "rules.yaml", "RulesClient" },
        { "rules-31.yaml", "Rules31Client" },
        { "formats.yaml", "FormatsClient" },
        { "deprecated.yaml", "DeprecatedClient" },
        { "shapes.yaml", "ShapesClient" },
        { "response-metadata.yaml", "MetadataClient" },
        { "merge-patch.yaml", "MergePatchClient" },
        { "item-rules.yaml", "ItemRulesClient" },
        { "polymorphism.yaml", "PetsClient" },
        { "unions.yaml", "UnionsClient" },
        { "multipart.yaml", "DocumentsClient" },
        { "subtypes.yaml", "SubtypesClient" },
        { "union-parameters.yaml", "UnionParametersClient" },
        { "parameter-styles.yaml", "StylesClient" },
        { "methods-32.yaml", "MethodsClient" },
        { "defaults.yaml", "DefaultsClient" },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Output_matches_snapshots(string file, string clientName)
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromTestSpecs("faithful/" + file, "Test.Faithful", clientName));

        SnapshotVerifier.VerifyAll("faithful/" + Path.GetFileNameWithoutExtension(file), result.Sources.Select(s => (s.HintName[..^".g.cs".Length], s.SourceText.ToString())));
        Assert.Empty(result.CompilationProblems);
        Assert.Equal(ExpectedWarnings(file), result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // What each document deliberately holds that cannot be carried: exactly these warnings, no more.
    private static string[] ExpectedWarnings(string file) => file switch
    {
        "forms.yaml" =>
        [
            "SDKGEN016 The form field 'Legacy' of CreateMessageAsync is not sent: its encoding asks for contentType 'application/xml', and the generator writes structured values only as JSON",
        ],
        "transport-headers.yaml" =>
        [
            "SDKGEN014 The parameter 'Content-Length' of UploadAsync is left out: HttpClient sets Content-Length from the body it sends",
            "SDKGEN014 The parameter 'content-type' of CreateNoteAsync is left out: the body's encoding sets it (application/json)",
            "SDKGEN014 The parameter 'Accept' of GetExportAsync is left out: it could ask for text/csv, which the method does not read (it returns the JSON answer; a second method asks for the text); the client sends its own Accept",
        ],
        "defaults.yaml" =>
        [
            "SDKGEN004 The default of 'sent' is ignored: it is the string \"tomorrow\", not a date-time as the generated code reads one, so a new model does not start with it (left out until set)",
            "SDKGEN004 The default of 'size' is ignored: it breaks the property's own rule (maximum 100), so a new model does not start with it (left out until set)",
            "SDKGEN004 The default of 'code' is ignored: it is the number 42, not a string, so a new model does not start with it (left out until set)",
            "SDKGEN004 The default of 'colour' is ignored: it is the string \"blue\", not one of the values of NewOrderColour, so a new model does not start with it (left out until set)",
        ],
        "multipart.yaml" =>
        [
            "SDKGEN022 The multipart part 'file' of UploadDocumentAsync: its encoding declares the part headers X-Checksum, which are not sent (the method has no value for them); the part itself is sent",
            "SDKGEN022 The multipart part 'legacy' of UploadDocumentAsync: it is not sent (the method has no parameter for it): its encoding asks for contentType 'application/xml', and the generator writes structured values only as JSON",
            "SDKGEN022 The multipart part 'archive' of UploadDocumentAsync: it is not sent (the method has no parameter for it): its encoding asks for contentType 'application/xml', and the generator writes structured values only as JSON",
            "SDKGEN022 The multipart part 'stage' of UploadDocumentAsync: it is not sent (the method has no parameter for it): its encoding asks for contentType 'application/json' for a text value, which the generator does not write as a JSON string",
        ],
        "polymorphism.yaml" =>
        [
            "SDKGEN024 The discriminator value 'fish' of Pet has no generated subtype and reads as UnknownPet, its JSON kept whole: 'FishName' is not an object schema with properties",
            "SDKGEN025 Alternative 2 ('Employee') of Party is never chosen when reading: an earlier alternative ('Person') requires only properties it also requires, and alternatives are tried in order; such objects read as 'Person'",
        ],
        "unions.yaml" =>
        [
            "SDKGEN025 Alternative 1 ('Int32') of ThingShadowed is never chosen when reading: an earlier alternative ('Double') takes every value it would, and alternatives are tried in order; such values read as 'Double'",
        ],
        _ => [],
    };
}
