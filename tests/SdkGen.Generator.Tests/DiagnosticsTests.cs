using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>
/// Each kind of bad input produces its own diagnostic pointing at the spec file and line — never an
/// exception inside the compiler (CS8785) and never code that does not compile.
/// </summary>
public class DiagnosticsTests
{
    private const string Header = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\n";

    [Fact]
    public void Broken_yaml_reports_SDKGEN001_at_the_line()
    {
        string spec = Header + "paths:\n  /a:\n    get:\n   responses: {}\n      bad: [\n";

        Diagnostic diagnostic = Single(Run(new SpecFile("/specs/broken.yaml", spec)), "SDKGEN001");

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/specs/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(Line(diagnostic), 7, 9);
        Assert.Contains("YAML", diagnostic.GetMessage());
    }

    [Fact]
    public void Broken_json_reports_SDKGEN001_at_the_line()
    {
        string spec = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": { \"title\": \"T\", \"version\": \"1\" }\n  \"paths\": {}\n}\n";

        Diagnostic diagnostic = Single(Run(new SpecFile("/specs/broken.json", spec)), "SDKGEN001");

        Assert.Equal(4, Line(diagnostic));
        Assert.Contains("JSON", diagnostic.GetMessage());
    }

    [Fact]
    public void A_document_without_an_openapi_version_reports_SDKGEN002()
    {
        Diagnostic diagnostic = Single(Run(new SpecFile("/specs/not-openapi.yaml", "title: just yaml\nitems: [1, 2]\n")), "SDKGEN002");

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(1, Line(diagnostic));
    }

    [Fact]
    public void An_invalid_openapi_document_reports_SDKGEN002_at_the_offending_node()
    {
        string spec = Header + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: 42\n";

        GenerationResult result = Run(new SpecFile("/specs/invalid.yaml", spec));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "SDKGEN002");
        Assert.InRange(Line(diagnostic), 5, 13);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_union_of_an_object_and_a_string_is_a_union_class_without_a_warning()
    {
        string spec = Header + """
            paths: {}
            components:
              schemas:
                Shape:
                  type: object
                  properties:
                    outline:
                      oneOf:
                        - $ref: '#/components/schemas/Circle'
                        - type: string
                Circle:
                  type: object
                  properties:
                    radius: { type: number }
                Square:
                  type: object
                  properties:
                    side: { type: number }
            """;

        // The schemas here are reached by no operation (paths: {}): generated on request, as every schema was before.
        GenerationResult result = Run(new SpecFile("/specs/shapes.yaml", spec, IncludeUnreachableSchemas: "true"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SDKGEN017");
        Assert.Contains("ShapeOutline? Outline", result.Source(".Shape.g.cs"));
        Assert.Contains("public bool TryGetCircle(out Circle? value)", result.Source(".ShapeOutline.g.cs"));
        Assert.Contains("public bool IsString => ", result.Source(".ShapeOutline.g.cs"));
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void An_operation_that_cannot_be_generated_is_skipped_with_SDKGEN013()
    {
        string spec = Header + """
            paths:
              /upload:
                post:
                  operationId: upload
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema: { type: object, required: [meta], properties: { meta: { type: object, properties: { a: { type: string } } } } }
                        encoding: { meta: { contentType: application/xml } }
                  responses:
                    '204': { description: done }
              /ok:
                get:
                  operationId: ok
                  responses:
                    '204': { description: done }
            """;

        GenerationResult result = Run(new SpecFile("/specs/upload.yaml", spec, "Test.Api", "ApiClient"));

        Diagnostic diagnostic = Single(result, "SDKGEN013");
        Assert.Equal(7, Line(diagnostic));
        Assert.Contains("the required multipart part 'meta', which cannot be sent: its encoding asks for contentType 'application/xml'", diagnostic.GetMessage());
        string client = result.Source("Test.Api.ApiClient.g.cs");
        Assert.DoesNotContain("UploadAsync", client);
        Assert.Contains("OkAsync", client);
        Assert.Empty(result.CompilationProblems);
    }

    [Theory]
    [InlineData(".yaml")]
    [InlineData(".json")]
    public void A_pattern_dotnet_cannot_compile_reports_SDKGEN005_at_the_pattern(string extension)
    {
        string yaml = Header + "paths: {}\ncomponents:\n  schemas:\n    Code:\n      type: object\n      properties:\n        value:\n          type: string\n          pattern: '^[a-z$'\n";
        string spec = extension == ".yaml" ? yaml : YamlToJson(yaml);
        int expectedLine = extension == ".yaml" ? 13 : spec.Split('\n').ToList().FindIndex(l => l.Contains("\"pattern\"")) + 1;

        // The schemas here are reached by no operation (paths: {}): generated on request, as every schema was before.
        GenerationResult result = Run(new SpecFile("/specs/pattern" + extension, spec, IncludeUnreachableSchemas: "true"));

        Diagnostic diagnostic = Single(result, "SDKGEN005");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(expectedLine, Line(diagnostic));
        Assert.Contains("^[a-z$", diagnostic.GetMessage());
    }

    [Fact]
    public void Names_that_collide_after_pascal_casing_report_SDKGEN006_and_still_compile()
    {
        string spec = Header + """
            paths: {}
            components:
              schemas:
                Call:
                  type: object
                  properties:
                    call_sid: { type: string }
                    callSid: { type: string }
                    DateSent<: { type: string }
                    DateSent>: { type: string }
            """;

        // The schemas here are reached by no operation (paths: {}): generated on request, as every schema was before.
        GenerationResult result = Run(new SpecFile("/specs/collide.yaml", spec, IncludeUnreachableSchemas: "true"));

        Diagnostic diagnostic = Single(result, "SDKGEN006");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(12, Line(diagnostic));
        Assert.Contains("CallSid2", diagnostic.GetMessage());
        string model = result.Source(".Call.g.cs");
        Assert.Contains("DateSentBefore", model);
        Assert.Contains("DateSentAfter", model);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void An_openapi_file_without_opt_in_metadata_reports_SDKGEN007()
    {
        GenerationResult result = Run(new SpecFile("/specs/forgotten.yaml", Header + "paths: {}\n", Namespace: null, ClientName: null));

        Diagnostic diagnostic = Single(result, "SDKGEN007");
        Assert.Equal("/specs/forgotten.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Other_json_files_without_metadata_are_ignored_silently()
    {
        GenerationResult result = Run(new SpecFile("/app/appsettings.json", "{ \"Logging\": { \"LogLevel\": \"Information\" } }", Namespace: null, ClientName: null));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("1Bad.Namespace", null)]
    [InlineData("Good.Namespace", "class")]
    [InlineData("Good.Namespace", "Has Space")]
    public void An_invalid_namespace_or_client_name_reports_SDKGEN008(string ns, string? clientName)
    {
        GenerationResult result = Run(new SpecFile("/specs/options.yaml", Header + "paths: {}\n", ns, clientName));

        Assert.Equal(DiagnosticSeverity.Error, Single(result, "SDKGEN008").Severity);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void CSharp_7_3_reports_SDKGEN009_and_generates_nothing()
    {
        GenerationResult result = GeneratorHarness.Run([SpecFile.FromTestSpecs("features.yaml", "Test.Api", "FeatureClient")], LanguageVersion.CSharp7_3);

        Assert.Equal(DiagnosticSeverity.Error, Single(result, "SDKGEN009").Severity);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_project_without_SdkGen_Runtime_reports_SDKGEN012_instead_of_compile_errors()
    {
        GenerationResult result = GeneratorHarness.Run([SpecFile.FromTestSpecs("features.yaml", "Test.Api", "FeatureClient")], LanguageVersion.CSharp8, referenceRuntime: false);

        Diagnostic diagnostic = Single(result, "SDKGEN012");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("SdkGen.Runtime", diagnostic.GetMessage());
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Two_specs_generating_the_same_client_report_SDKGEN011_and_only_the_first_is_generated()
    {
        GenerationResult result = Run(
            new SpecFile("/specs/a.yaml", Header + "paths: {}\n", "Same", "SameClient"),
            new SpecFile("/specs/b.yaml", Header + "paths: {}\n", "Same", "SameClient"));

        Diagnostic diagnostic = Single(result, "SDKGEN011");
        Assert.Equal("/specs/b.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Single(result.Sources, s => s.HintName == "Same.SameClient.g.cs");
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void A_broken_spec_does_not_stop_the_other_specs_from_generating()
    {
        GenerationResult result = Run(
            new SpecFile("/specs/broken.yaml", "openapi: [\n"),
            SpecFile.FromTestSpecs("features.yaml", "Test.Features", "FeatureClient"));

        Single(result, "SDKGEN001");
        Assert.Contains(result.Sources, s => s.HintName == "Test.Features.FeatureClient.g.cs");
        Assert.Empty(result.CompilationProblems);
    }

    private static GenerationResult Run(params SpecFile[] specs)
    {
        GenerationResult result = GeneratorHarness.Run(specs);

        // An exception inside the generator surfaces as CS8785 and costs the user every generated file.
        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        return result;
    }

    private static Diagnostic Single(GenerationResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static string YamlToJson(string yaml)
    {
        var reader = SdkGen.Generator.Parsing.Text.SpecTextReader.Read("x.yaml", yaml, CancellationToken.None);
        return reader.Root!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
