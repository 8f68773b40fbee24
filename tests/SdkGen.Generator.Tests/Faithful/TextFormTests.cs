using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// An answer that offers text (<c>text/*</c>, XML) beside JSON gets a second method, <c>{Operation}AsTextAsync</c>,
/// that asks for the text and returns it; the first still reads the JSON (issue 12). Behaviour on the wire:
/// SdkGen.Generator.Consumer.Tests, TextFormBehaviourTests.
/// </summary>
public class TextFormTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n";

    private const string Json = "application/json: {schema: {type: object, properties: {rows: {type: integer}}}}";

    [Fact]
    public void Json_beside_text_gets_a_method_asking_for_the_text()
    {
        GenerationResult result = Build(Export(Json, "text/csv: {schema: {type: string}}", "text/plain: {schema: {type: string}}"));

        string client = result.Source("Test.Api.TClient.g.cs");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("Task<ExportResponse> ExportAsync(global::System.Threading.CancellationToken cancellationToken = default)", client);
        Assert.Contains("Task<string> ExportAsTextAsync(global::System.Threading.CancellationToken cancellationToken = default)", client);
        Assert.Contains("Task<global::SdkGen.Runtime.Response<string>> ExportAsTextWithResponseAsync(", client);
        // One method builds the request for both; each asks for its own media types.
        Assert.Contains("private global::System.Net.Http.HttpRequestMessage CreateExportRequest(string accept)", client);
        Assert.Contains("uri.ToRequest(global::System.Net.Http.HttpMethod.Get, accept);", client);
        Assert.Contains("CreateExportRequest(\"application/json\")", client);
        Assert.Contains("CreateExportRequest(\"text/csv, text/plain\")", client);
    }

    [Theory]
    [InlineData(Json, "application/problem+json: {schema: {type: object}}")]
    [InlineData("text/csv: {schema: {type: string}}", "text/plain: {schema: {type: string}}")]
    [InlineData(Json, "application/pdf: {}")]
    [InlineData(Json, "text/csv: {schema: {type: string, format: binary}}")]
    public void No_text_form_without_text_beside_json(string first, string second)
    {
        GenerationResult result = Build(Export(first, second));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain("AsText", string.Concat(result.Sources.Select(s => s.SourceText.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_the_spec_names_like_the_text_form_keeps_its_name()
    {
        string spec = Export(Json, "text/csv: {schema: {type: string}}")
            + "  /other:\n    get:\n      operationId: exportAsText\n      responses:\n        '204': {description: ok}\n";

        GenerationResult result = Build(spec);

        string client = result.Source("Test.Api.TClient.g.cs");
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("Task ExportAsTextAsync(global::System.Threading.CancellationToken cancellationToken = default)", client);
        Assert.Contains("Task<string> ExportAsTextAsync2(", client);
    }

    [Fact]
    public void A_body_offered_as_bytes_keeps_its_overload_and_the_text_form_sends_the_json_body()
    {
        string spec = Header + "  /export:\n    post:\n      operationId: export\n"
            + "      requestBody:\n        required: true\n        content:\n"
            + "          application/json: {schema: {type: object, properties: {q: {type: string}}}}\n"
            + "          application/octet-stream: {}\n"
            + "      responses:\n        '200':\n          description: ok\n          content:\n            " + Json + "\n            application/xml: {schema: {type: string}}\n";

        GenerationResult result = Build(spec);

        string client = result.Source("Test.Api.TClient.g.cs");
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("ExportAsync(ExportRequest body, ", client);
        Assert.Contains("ExportAsync(global::System.IO.Stream body, ", client);
        Assert.Contains("Task<string> ExportAsTextAsync(ExportRequest body, ", client);
        Assert.DoesNotContain("ExportAsTextAsync(global::System.IO.Stream", client);
        Assert.Contains("CreateExportRequest(body, \"application/xml\")", client);
        Assert.Contains("CreateExportRequest(body, \"application/json\")", client);
    }

    private static string Export(params string[] media) =>
        Header + "  /export:\n    get:\n      operationId: export\n      responses:\n        '200':\n          description: ok\n          content:\n"
        + string.Concat(media.Select(m => "            " + m + "\n"));

    [Fact]
    public void A_parameter_named_accept_keeps_its_name_beside_the_accept_the_shared_request_method_is_passed()
    {
        string spec = Header + "  /export:\n    get:\n      operationId: export\n"
            + "      parameters:\n        - {name: accept, in: query, schema: {type: string}}\n"
            + "      responses:\n        '200':\n          description: ok\n          content:\n            " + Json + "\n            text/csv: {schema: {type: string}}\n";

        GenerationResult result = Build(spec);

        string client = result.Source("Test.Api.TClient.g.cs");
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("CreateExportRequest(string? accept, string accept2)", client);
        Assert.Contains("uri.AppendQuery(\"accept\", accept);", client);
        Assert.Contains("uri.ToRequest(global::System.Net.Http.HttpMethod.Get, accept2);", client);
        Assert.Contains("CreateExportRequest(accept, \"text/csv\")", client);
    }

    private static GenerationResult Build(string spec) => StrictBuild.Run(new SpecFile("/specs/text.yaml", spec, "Test.Api", "TClient"));
}
