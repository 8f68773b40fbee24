using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// <c>{nullable: true, allOf: [{$ref: X}]}</c> is how OpenAPI 3.0 says "X or null" (a <c>$ref</c> takes no siblings):
/// the property is X, nullable. Microsoft.OpenApi drops a <c>nullable</c> without a <c>type</c>, so it is read from
/// the document as written (issue 12).
/// </summary>
public class AllOfNullableTests
{
    [Theory]
    [InlineData("{nullable: true, allOf: [{$ref: '#/components/schemas/Inner'}]}", "Inner")]
    [InlineData("{allOf: [{$ref: '#/components/schemas/Inner'}], nullable: true, description: The inner part.}", "Inner")]
    [InlineData("{allOf: [{$ref: '#/components/schemas/Inner'}, {nullable: true}]}", "Inner")]
    [InlineData("{allOf: [{$ref: '#/components/schemas/Name'}], nullable: true}", "string")]
    public void A_3_0_nullable_beside_an_allOf_reference_makes_the_property_nullable(string schema, string type)
    {
        string outer = Outer("3.0.3", schema);

        Assert.Contains("public " + type + "? P { get; set; }", outer);
        Assert.DoesNotContain("ArgumentNullException(nameof(p))", outer);
    }

    [Theory]
    [InlineData("3.0.3", "{allOf: [{$ref: '#/components/schemas/Inner'}]}")]
    [InlineData("3.0.3", "{nullable: false, allOf: [{$ref: '#/components/schemas/Inner'}]}")]
    [InlineData("3.1.0", "{nullable: true, allOf: [{$ref: '#/components/schemas/Inner'}]}")]
    public void Without_a_3_0_nullable_the_property_stays_required(string version, string schema)
    {
        string outer = Outer(version, schema);

        Assert.Contains("public Inner P { get; set; }", outer);
    }

    private static string Outer(string version, string schema)
    {
        string spec = "openapi: " + version + "\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /x:\n    get:\n      operationId: getX\n"
            + "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Outer'}\n"
            + "components:\n  schemas:\n    Name: {type: string}\n    Inner: {type: object, properties: {a: {type: string}}}\n"
            + "    Outer:\n      type: object\n      required: [p]\n      properties:\n        p: " + schema + "\n";
        GenerationResult result = StrictBuild.Run(new SpecFile("/specs/n.yaml", spec, "Test.Api", "NClient"));
        Assert.Empty(result.CompilationProblems);
        return result.Source("Test.Api.NClient.Outer.g.cs");
    }
}
