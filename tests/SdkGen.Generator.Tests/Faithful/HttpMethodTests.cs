using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// OpenAPI 3.2 <c>additionalOperations</c>: the method is sent as its key is written (RFC 9110 §9.1, methods are
/// case-sensitive), and the operation is located where it is written. On the wire: SdkGen.Generator.Consumer.Tests,
/// HttpMethodBehaviourTests; the generated code: Snapshots/faithful/methods-32.
/// </summary>
public class HttpMethodTests
{
    private const string Spec = """
        openapi: 3.2.0
        info: {title: T, version: '1'}
        servers: [{url: 'https://api.example.com'}]
        paths:
          /files:
            post:
              operationId: copyFile
              responses:
                '204': {description: ok}
            additionalOperations:
              copy:
                operationId: copy_file
                responses:
                  '204': {description: ok}
        """;

    [Fact]
    public void A_custom_method_keeps_its_case_beside_the_fixed_fields_upper_case()
    {
        GenerationResult result = StrictBuild.Run(new SpecFile("/specs/methods.yaml", Spec, "Test.Api", "TClient"));

        string client = result.Source("Test.Api.TClient.g.cs");
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("new global::System.Net.Http.HttpMethod(\"copy\")", client, StringComparison.Ordinal);
        Assert.Contains("uri.ToRequest(global::System.Net.Http.HttpMethod.Post", client, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_about_a_custom_method_points_at_its_additionalOperations_entry()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/methods.yaml", Spec, "Test.Api", "TClient"));

        Diagnostic collision = Assert.Single(result.Diagnostics, d => d.Id == "SDKGEN006");
        Assert.Contains("CopyFileAsync2", collision.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(11, collision.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Theory]
    [InlineData("3.1.0")]
    [InlineData("3.0.3")]
    public void An_operation_under_x_oai_additionalOperations_is_reported_not_dropped(string version)
    {
        // How Microsoft.OpenApi writes 3.2's additionalOperations into an older document; its reader does not read them back.
        string spec = "openapi: " + version + "\ninfo: {title: T, version: '1'}\npaths:\n  /files/{id}:\n    parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n"
            + "    get:\n      operationId: getFile\n      responses: {'204': {description: ok}}\n"
            + "    x-oai-additionalOperations:\n      COPY:\n        operationId: copyFile\n        responses: {'204': {description: ok}}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/methods.yaml", spec, "Test.Api", "TClient"));

        Diagnostic skipped = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN013", skipped.Id);
        Assert.StartsWith("The operation 'COPY /files/{id}' is not generated: it is declared under x-oai-additionalOperations", skipped.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(10, skipped.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("GetFileAsync", result.Source("Test.Api.TClient.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems);
    }
}
