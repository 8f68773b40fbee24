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
}
