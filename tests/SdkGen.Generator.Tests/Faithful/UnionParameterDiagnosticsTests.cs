using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// Unions as path, query and header parameters (issue 12): sent when every alternative can be sent there, else left out
/// (SDKGEN014) or the operation skipped (SDKGEN013) with the alternative that cannot be named — one decision
/// (<c>Parsing/ParameterValues.WhyNotSent</c>) feeds the mapper, the union's <c>ToParameterText</c> and the diagnostic.
/// </summary>
public class UnionParameterDiagnosticsTests
{
    // The operation (where SDKGEN013 points) is on line 6.
    private static GenerationResult Run(string location, string schema) => GeneratorHarness.Run(new SpecFile(
        "/specs/p.yaml",
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /a/{p}" + (location == "path" ? "/{v}" : "") + ":\n    get:\n      operationId: get\n      parameters:\n"
        + "        - {name: p, in: path, required: true, schema: {type: string}}\n"
        + "        - name: v\n          in: " + location + "\n          required: true\n          schema:\n" + schema
        + "      responses:\n        '204': {description: ok}\n"));

    [Theory]
    [InlineData("path", "            oneOf: [{type: integer}, {type: array, items: {type: integer}}]\n",
        "SDKGEN013 The operation GetAsync is not generated: its required parameter 'v' is a union (GetV) whose alternative 'Int64List' has a structured type (Array of Int64) that cannot be sent in the path", 6)]
    [InlineData("query", "            oneOf: [{type: string}, {type: object, properties: {name: {type: string}}}]\n",
        "SDKGEN013 The operation GetAsync is not generated: its required parameter 'v' is a union (GetV) whose alternative 'GetVOption2' has a structured type (Model) that cannot be sent in the query", 6)]
    [InlineData("header", "            oneOf: [{type: string}, {type: array, items: {type: array, items: {type: string}}}]\n",
        "SDKGEN013 The operation GetAsync is not generated: its required parameter 'v' is a union (GetV) whose alternative 'StringListList' has a structured type (Array of Array of String) that cannot be sent in the header", 6)]
    [InlineData("query", "            oneOf: [{type: integer}, {type: object, additionalProperties: {type: string}}]\n",
        "SDKGEN013 The operation GetAsync is not generated: its required parameter 'v' is a union (GetV) whose alternative 'StringMap' has a structured type (Map of String) that cannot be sent in the query", 6)]
    public void A_union_with_an_alternative_that_cannot_be_sent_there_is_reported_naming_it(string location, string schema, string expected, int line)
    {
        GenerationResult result = Run(location, schema);

        Assert.Empty(result.CompilationProblems);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(expected, diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain("ToParameterText", string.Join("\n", result.Sources.Select(s => s.SourceText.ToString())));
    }

    [Fact]
    public void An_optional_query_union_that_cannot_be_sent_is_left_out_at_its_line()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile(
            "/specs/p.yaml",
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: get\n      parameters:\n"
            + "        - name: v\n          in: query\n          schema:\n            oneOf: [{type: string}, {type: object, properties: {n: {type: string}}}]\n"
            + "      responses:\n        '204': {description: ok}\n"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(
            "SDKGEN014 The parameter 'v' of GetAsync is left out: it is a union (GetV) whose alternative 'GetVOption2' has a structured type (Model) that cannot be sent in the query",
            diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Theory]
    [InlineData("path", "            oneOf: [{type: string, enum: [a, b]}, {type: string, format: uuid}, {type: integer, format: int32}, {type: number}, {type: boolean}]\n")]
    [InlineData("path", "            oneOf: [{type: string, format: date-time}, {type: integer}]\n")]
    [InlineData("path", "            anyOf: [{type: string, format: date}, {type: boolean}, {type: string, format: duration}]\n")]
    [InlineData("query", "            oneOf: [{type: integer}, {type: array, items: {type: string, format: date-time}}]\n")]
    [InlineData("header", "            oneOf: [{type: boolean}, {type: array, items: {type: integer}}]\n")]
    public void A_union_whose_every_alternative_can_be_sent_there_is_a_parameter_of_the_union_type(string location, string schema)
    {
        GenerationResult result = Run(location, schema);

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id + " " + d.GetMessage()));
        Assert.Contains("internal string[]? ToParameterText() => _index switch", result.Source("Client.GetV.g.cs"));
        Assert.Contains("v.ToParameterText()", string.Join("\n", result.Sources.Where(s => s.HintName.EndsWith("Client.g.cs", StringComparison.Ordinal)).Select(s => s.SourceText.ToString())));
    }

    [Fact]
    public void A_union_only_read_or_sent_in_a_body_gets_no_parameter_text()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile(
            "/specs/p.yaml",
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      operationId: send\n      requestBody:\n        content:\n          application/json:\n            schema:\n              oneOf: [{type: integer}, {type: string}]\n"
            + "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                oneOf: [{type: integer}, {type: string}]\n"));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain("ToParameterText", string.Join("\n", result.Sources.Select(s => s.SourceText.ToString())));
    }
}
