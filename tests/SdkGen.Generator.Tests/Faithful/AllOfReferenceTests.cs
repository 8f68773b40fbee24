using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary><c>allOf: [{$ref: X}, {description: …}]</c> is X, whatever X is, with the description in the docs.</summary>
/// <remarks>The schemas here are reached by no operation (<c>paths: {}</c>): generated on request, as every schema was before.</remarks>
public class AllOfReferenceTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n";

    [Theory]
    [InlineData("{type: string}", "string?")]
    [InlineData("{type: string, enum: [a, b]}", "X?")]
    [InlineData("{type: array, items: {type: integer, format: int32}}", "global::System.Collections.Generic.IList<int>?")]
    [InlineData("{type: object, properties: {a: {type: string}}}", "X?")]
    public void A_reference_with_a_description_is_the_referenced_type(string x, string expectedType)
    {
        string spec = Header + "    X: " + x + "\n    M:\n      type: object\n      properties:\n        p:\n          allOf:\n            - $ref: '#/components/schemas/X'\n            - description: Described here.\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/a.yaml", spec, "Test.Api", "AClient", IncludeUnreachableSchemas: "true"));

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics);
        string model = result.Source(".AClient.M.g.cs");
        Assert.Contains("public " + expectedType + " P\n", model.Replace(" {", "\n", StringComparison.Ordinal));
        Assert.Contains("/// <summary>Described here.</summary>", model);
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains(".MP.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_self_reference_with_a_description_makes_one_type_not_one_per_level()
    {
        string spec = Header + "    Node:\n      type: object\n      properties:\n        name: {type: string}\n        parent:\n          allOf:\n            - $ref: '#/components/schemas/Node'\n            - description: The parent.\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/a.yaml", spec, "Test.Api", "AClient", IncludeUnreachableSchemas: "true"));

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("public Node? Parent {", result.Source(".Node.g.cs"));
        Assert.Equal(
            ["Test.Api.AClient.AClientExceptions.g.cs", "Test.Api.AClient.AClientJsonSerializer.N.g.cs", "Test.Api.AClient.AClientJsonSerializer.g.cs", "Test.Api.AClient.AClientOptions.g.cs", "Test.Api.AClient.AClientValidation.g.cs", "Test.Api.AClient.Node.g.cs", "Test.Api.AClient.g.cs"],
            result.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_shaped_members_are_still_a_composition()
    {
        string spec = Header + "    A: {type: object, properties: {a: {type: string}}}\n    B: {type: object, properties: {b: {type: string}}}\n    Both:\n      allOf:\n        - $ref: '#/components/schemas/A'\n        - $ref: '#/components/schemas/B'\n        - description: Both.\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/a.yaml", spec, "Test.Api", "AClient", IncludeUnreachableSchemas: "true"));

        Assert.Empty(result.CompilationProblems);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".Both.g.cs", StringComparison.Ordinal));
        string model = result.Sources.First(s => s.HintName.EndsWith(".Both.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("public string? A {", model);
        Assert.Contains("public string? B {", model);
    }
}
