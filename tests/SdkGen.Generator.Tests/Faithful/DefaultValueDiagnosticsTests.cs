using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A <c>default</c> the property cannot hold, or that breaks the property's own rules, would make every new request
/// model carry a value the generated checks refuse: it is reported as SDKGEN004 at the default's line and not preset
/// (issue 13); the rest compiles.
/// </summary>
public class DefaultValueDiagnosticsTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      operationId: create\n"
        + "      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Item'}\n"
        + "      responses:\n        '204': {description: ok}\ncomponents:\n  schemas:\n    Item:\n      type: object\n      properties:\n        p:\n";

    public static TheoryData<string, string> Cases => new()
    {
        { "          type: integer\n          default: 2.5\n", "it is the number 2.5, not a number the property's type (int64) holds" },
        { "          type: integer\n          format: int32\n          default: 3000000000\n", "it is the number 3000000000, not a number the property's type (int32) holds" },
        { "          type: number\n          exclusiveMinimum: true\n          minimum: 0\n          default: 0\n", "it breaks the property's own rule (exclusiveMinimum 0)" },
        { "          type: number\n          multipleOf: 0.5\n          default: 0.25\n", "it breaks the property's own rule (multipleOf 0.5)" },
        { "          type: string\n          pattern: '^[a-z]+$'\n          default: 'A1'\n", "it breaks the property's own rules (pattern ^[a-z]+$)" },
        { "          type: string\n          minLength: 3\n          default: '\U0001F600\U0001F600'\n", "it breaks the property's own rules (minLength 3)" },
        { "          type: boolean\n          default: 'yes'\n", "it is the string \"yes\", not a boolean" },
        { "          type: array\n          items: {type: integer}\n          default: [1, x]\n", "it has an item that is the string \"x\", not a number the property's type (int64) holds" },
        { "          type: array\n          maxItems: 1\n          items: {type: string}\n          default: [a, b]\n", "it breaks the property's own rule (maxItems 1)" },
        { "          type: array\n          uniqueItems: true\n          items: {type: string}\n          default: [a, a]\n", "it breaks the property's own rule (uniqueItems)" },
        { "          type: array\n          items: {type: string}\n          default: a\n", "it is the string \"a\", not a list" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_default_the_property_refuses_is_reported_at_its_line_and_not_preset(string property, string reason)
    {
        string spec = Header + property;
        int line = spec.Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith("default:", System.StringComparison.Ordinal)) + 1;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", spec, "Test.Api", "DClient"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN004", diagnostic.Id);
        Assert.Equal("The default of 'p' is ignored: " + reason + ", so a new model does not start with it (left out until set)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(result.CompilationProblems);
        string model = result.Sources.Single(s => s.HintName.EndsWith(".Item.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.DoesNotContain("} =", model);
        Assert.DoesNotContain("_p =", model);
    }

    [Theory]
    [InlineData("          type: integer\n          default: 2.0\n", "public long? P { get; set; } = 2L;")]
    [InlineData("          type: string\n          pattern: '^[a-z]+$'\n          minLength: 2\n          default: ab\n", "public string? P { get; set; } = \"ab\";")]
    [InlineData("          type: number\n          multipleOf: 0.5\n          maximum: 10\n          default: 1.5\n", "public double? P { get; set; } = 1.5d;")]
    [InlineData("          type: string\n          nullable: true\n          default: null\n", "public string? P { get => _p; set { _p = value; PIsSet = true; } }")]
    public void A_default_the_property_accepts_is_preset_without_a_diagnostic(string property, string expected)
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Header + property, "Test.Api", "DClient"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        string model = result.Sources.Single(s => s.HintName.EndsWith(".Item.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains(expected, model);
        Assert.DoesNotContain("sentinel", model);
    }

    [Fact]
    public void A_null_default_is_shown_as_null_and_not_preset()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Header + "          type: string\n          nullable: true\n          default: null\n", "Test.Api", "DClient"));

        string model = result.Sources.Single(s => s.HintName.EndsWith(".Item.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("private string? _p;", model);
        Assert.Contains("the service assumes <c>null</c>", model);
    }
}
