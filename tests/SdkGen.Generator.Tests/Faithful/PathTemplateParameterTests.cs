using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A path parameter the path template does not name (issue 12): OpenAPI requires it to appear there, so it has nowhere to
/// go. It used to stay in the method's signature and be dropped silently; now it is left out of the method and reported
/// (SDKGEN014) at its line, and the operation is still generated.
/// </summary>
public class PathTemplateParameterTests
{
    [Fact]
    public void A_path_parameter_missing_from_the_template_is_left_out_and_reported_at_its_line()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile(
            "/specs/p.yaml",
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /items/{id}:\n    get:\n      operationId: getItem\n      parameters:\n"
            + "        - {name: id, in: path, required: true, schema: {type: string}}\n"
            + "        - {name: tenant, in: path, required: true, schema: {type: string}}\n"
            + "      responses:\n        '204': {description: ok}\n"));

        Assert.Empty(result.CompilationProblems);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(
            "SDKGEN014 The parameter 'tenant' of GetItemAsync is left out: the path template /items/{id} has no {tenant} to put it in",
            diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        string client = string.Join("\n", result.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("GetItemAsync(string id, global::System.Threading.CancellationToken cancellationToken = default)", client);
        Assert.DoesNotContain("tenant", client);
    }
}
