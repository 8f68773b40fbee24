using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// Unions without a discriminator (issue 13): which ones become a union class and which stay raw JSON, with SDKGEN017
/// naming exactly why — one decision (<c>SchemaMapper.WhyNoUnion</c>) feeds both — and nullable unions in 3.0 and 3.1.
/// </summary>
public class UnionDiagnosticsTests
{
    private static GenerationResult Run(string version, string schemas) => GeneratorHarness.Run(new SpecFile(
        "/specs/u.yaml",
        "openapi: " + version + "\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      operationId: send\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/M'}\n      responses:\n        '204': {description: ok}\ncomponents:\n  schemas:\n" + schemas));

    [Theory]
    [InlineData("3.0.3", "    M:\n      type: object\n      properties:\n        v:\n          nullable: true\n          oneOf: [{type: integer, format: int32}, {type: string, format: uuid}]\n")]
    [InlineData("3.0.3", "    M:\n      type: object\n      properties:\n        v:\n          nullable: true\n          oneOf: [{type: integer}, {type: string}]\n")]
    [InlineData("3.1.0", "    M:\n      type: object\n      properties:\n        v:\n          oneOf: [{type: integer, format: int32}, {type: string, format: uuid}, {type: 'null'}]\n")]
    [InlineData("3.1.0", "    M:\n      type: object\n      properties:\n        v: {type: [integer, string, 'null']}\n")]
    public void A_nullable_union_is_a_nullable_union_class_that_can_send_null(string version, string schemas)
    {
        GenerationResult result = Run(version, schemas);

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id + " " + d.GetMessage()));
        string model = result.Source("Client.M.g.cs");
        Assert.Contains("public Mv? V { get => _v; set { _v = value; VIsSet = true; } }", model);
    }
}
