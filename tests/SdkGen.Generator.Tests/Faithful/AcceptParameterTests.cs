using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A declared <c>Accept</c> parameter chooses the response media type, so it is kept only when the method reads every
/// answer it can ask for: beside a JSON answer, CSV would be misread; beside a text answer, bytes would (issue 12,
/// item 3). Otherwise it is left out with an SDKGEN014 naming the media types, and the client asks for what it reads.
/// Behaviour on the wire: SdkGen.Generator.Consumer.Tests, TransportHeaderBehaviourTests.
/// </summary>
public class AcceptParameterTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n";

    private const string AcceptParameter = "      parameters:\n        - {name: Accept, in: header, schema: {type: string}}\n";

    [Theory]
    [InlineData("application/json: {schema: {type: object, properties: {a: {type: string}}}}", "text/csv: {schema: {type: string}}", "text/csv", "JSON answer; a second method asks for the text")]
    [InlineData("text/csv: {schema: {type: string}}", "application/pdf: {}", "application/pdf", "text answer")]
    public void An_Accept_parameter_that_could_ask_for_an_answer_the_method_misreads_is_left_out(string read, string other, string unreadable, string reads)
    {
        string spec = Header + "  /export:\n    get:\n      operationId: export\n" + AcceptParameter
            + "      responses:\n        '200':\n          description: ok\n          content:\n            " + read + "\n            " + other + "\n";

        GenerationResult result = StrictBuild.Run(new SpecFile("/specs/accept.yaml", spec, "Test.Api", "AClient"));

        Diagnostic warning = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN014", warning.Id);
        Assert.Equal(9, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(
            "The parameter 'Accept' of ExportAsync is left out: it could ask for " + unreadable + ", which the method does not read (it returns the " + reads + "); the client sends its own Accept",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("ExportAsync(global::System.Threading.CancellationToken cancellationToken = default)", result.Source("Test.Api.AClient.g.cs"));
    }

    [Theory]
    [InlineData("text/csv: {schema: {type: string}}", "text/plain: {schema: {type: string}}")]
    [InlineData("application/json: {schema: {type: object}}", "application/problem+json: {schema: {type: object}}")]
    [InlineData("image/png: {}", "image/jpeg: {}")]
    public void An_Accept_parameter_whose_every_answer_is_read_right_is_kept(string first, string second)
    {
        string spec = Header + "  /export:\n    get:\n      operationId: export\n" + AcceptParameter
            + "      responses:\n        '200':\n          description: ok\n          content:\n            " + first + "\n            " + second + "\n";

        GenerationResult result = StrictBuild.Run(new SpecFile("/specs/accept.yaml", spec, "Test.Api", "AClient"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SDKGEN014");
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("ExportAsync(string? accept = null, global::System.Threading.CancellationToken cancellationToken = default)", result.Source("Test.Api.AClient.g.cs"));
    }
}
