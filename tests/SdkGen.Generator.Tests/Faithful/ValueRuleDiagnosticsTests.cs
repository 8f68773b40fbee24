using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A numeric or list rule the generated code cannot check, or that no value satisfies, is reported as SDKGEN021 at its
/// line, naming the rule and why; the generator does not fail and the rest compiles (issue 13).
/// </summary>
public class ValueRuleDiagnosticsTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: read\n      parameters:\n";
    private const string Footer = "      responses:\n        '204': {description: ok}\n";

    public static TheoryData<string, int, string> Cases => new()
    {
        { "        - {name: n, in: query, schema: {type: integer, minimum: 10, maximum: 5}}\n", 8, "The rule 'minimum 10 / maximum 5' is not checked before sending: no value satisfies both bounds" },
        { "        - {name: n, in: query, schema: {type: integer, minimum: 5, maximum: 5, exclusiveMaximum: true}}\n", 8, "no value satisfies both bounds" },
        { "        - {name: n, in: query, schema: {type: number, multipleOf: 0}}\n", 8, "The rule 'multipleOf 0' is not checked before sending: it must be greater than 0" },
        { "        - {name: n, in: query, schema: {type: number, multipleOf: -2}}\n", 8, "The rule 'multipleOf -2' is not checked before sending" },
        { "        - {name: n, in: query, schema: {type: number, multipleOf: 1e-40}}\n", 8, "The rule 'multipleOf 1e-40' is not checked before sending: it must be greater than 0 and at least 1E-28" },
        { "        - {name: n, in: query, schema: {type: integer, minimum: 1e400}}\n", 8, "The rule 'minimum 1e400' is not checked before sending: the bound is not a number the generated code can compare exactly" },
        { "        - {name: n, in: query, schema: {type: number, maximum: -99999999999999999999999999999999}}\n", 8, "is not checked before sending: the bound is not a number" },
        { "        - {name: n, in: query, schema: {type: array, minItems: 3, maxItems: 2, items: {type: string}}}\n", 8, "The rule 'minItems 3 / maxItems 2' is not checked before sending: no list satisfies both" },
        { "        - {name: n, in: query, schema: {type: array, uniqueItems: true, items: {type: string, format: date-time}}}\n", 8, "The rule 'uniqueItems' is not checked before sending: items of kind DateTimeOffset" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rule_that_cannot_be_checked_is_reported_at_its_line(string parameter, int line, string message)
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Header + parameter + Footer, "Test.Api", "DClient"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN021", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void A_component_used_by_many_parameters_is_reported_once()
    {
        string spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: a\n      parameters:\n        - {name: x, in: query, schema: {$ref: '#/components/schemas/Bad'}}\n        - {name: y, in: query, schema: {$ref: '#/components/schemas/Bad'}}\n"
            + Footer + "components:\n  schemas:\n    Bad: {type: integer, multipleOf: 0}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", spec, "Test.Api", "DClient"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN021", diagnostic.Id);
        Assert.Equal(14, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void A_multipleOf_too_large_for_the_reader_is_a_diagnostic_not_a_crash()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Header + "        - {name: n, in: query, schema: {type: number, multipleOf: 1e400}}\n" + Footer, "Test.Api", "DClient"));

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("SDKGEN", d.Id, StringComparison.Ordinal));
    }
}
