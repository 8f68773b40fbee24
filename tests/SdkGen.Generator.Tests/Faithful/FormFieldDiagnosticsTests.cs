using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A form field is sent, or reported as not sent — by the same decision, so no warning names a field that is sent
/// and no generated comment names a diagnostic that was not reported.
/// </summary>
public class FormFieldDiagnosticsTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Forms, version: '1' }
        paths:
          /submit:
            post:
              operationId: submit
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [{{REQUIRED}}]
                      properties:
                        name: { type: string }
                        nested: { type: object, properties: { a: { type: string } } }
                        map: { type: object, additionalProperties: { type: integer } }
                        list: { type: array, items: { type: string } }
                        xml: { type: object, properties: { a: { type: string } } }
                        deep: { type: array, items: { type: string } }
                        untyped: { description: anything }
                    encoding:
                      xml: { contentType: application/xml }
                      deep: { style: deepObject }
              responses:
                '204': { description: ok }
        """;

    [Fact]
    public void Only_fields_without_an_encoding_are_reported_and_each_comment_matches_a_reported_diagnostic()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/forms.yaml", Spec.Replace("{{REQUIRED}}", "name"), "Forms.Api", "FormsClient"));

        Assert.Empty(result.CompilationProblems);
        var reported = result.Diagnostics.Where(d => d.Id == "SDKGEN016").ToList();
        Assert.Equal(["deep", "xml"], reported.Select(d => d.GetMessage().Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Contains("deepObject, which OpenAPI defines only for objects", reported.Single(d => d.GetMessage().Contains("'deep'", StringComparison.Ordinal)).GetMessage());
        Assert.Equal(19, reported.Single(d => d.GetMessage().Contains("'xml'", StringComparison.Ordinal)).Location.GetLineSpan().StartLinePosition.Line + 1);

        string client = result.Source("Forms.Api.FormsClient.g.cs");
        Assert.Equal(reported.Count, client.Split("(reported as SDKGEN016)").Length - 1);
        Assert.Contains("// \"xml\" is not sent", client);
        Assert.Contains("// \"deep\" is not sent", client);
        foreach (string sent in new[] { "\"name\"", "\"nested\"", "\"map\"", "\"list\"", "\"untyped\"" })
        {
            Assert.Contains("form.Add(" + sent, client.Replace("FormFieldEncoder.Add(form, ", "form.Add(", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_required_field_that_cannot_be_sent_skips_the_operation_with_SDKGEN013()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/forms.yaml", Spec.Replace("{{REQUIRED}}", "xml"), "Forms.Api", "FormsClient"));

        Assert.Empty(result.CompilationProblems);
        Diagnostic skipped = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN013", skipped.Id);
        Assert.Contains("SubmitAsync", skipped.GetMessage());
        Assert.Contains("the required form field 'xml', which cannot be sent", skipped.GetMessage());
        Assert.DoesNotContain("SubmitAsync", result.Source("Forms.Api.FormsClient.g.cs"));
    }
}
