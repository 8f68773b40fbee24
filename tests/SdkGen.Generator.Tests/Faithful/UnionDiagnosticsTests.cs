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
    private const string Header = "openapi: 3.x\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    post:\n      operationId: send\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/M'}\n      responses:\n        '204': {description: ok}\ncomponents:\n  schemas:";

    private static GenerationResult Run(string version, string schemas) =>
        GeneratorHarness.Run(new SpecFile("/specs/u.yaml", Header.Replace("3.x", version, StringComparison.Ordinal) + "\n" + schemas));

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

    [Theory]
    [InlineData(
        "    M:\n      type: object\n      properties:\n        v:\n          oneOf:\n            - {type: boolean}\n            - {anyOf: [{type: integer}, {type: array, items: {type: string}}]}\n",
        "SDKGEN017 'oneOf' with 2 different schemas is typed as raw JSON (System.Text.Json.JsonElement): branch 1 is itself a union of several shapes, and unions are not nested")]
    [InlineData(
        "    M:\n      type: object\n      properties:\n        v:\n          anyOf:\n            - {type: integer}\n            - {description: anything}\n",
        "SDKGEN017 'anyOf' with 2 different schemas is typed as raw JSON (System.Text.Json.JsonElement): branch 1 accepts any JSON value, so the union holds any JSON")]
    [InlineData(
        "    M:\n      type: object\n      properties:\n        v: {$ref: '#/components/schemas/U'}\n    U:\n      oneOf:\n        - {type: boolean}\n        - {$ref: '#/components/schemas/U'}\n        - {type: array, items: {$ref: '#/components/schemas/U'}}\n",
        "SDKGEN025 Alternative 1 ('U') of U is never chosen when reading: it is the union itself, which adds no value to it")]
    [InlineData(
        "    M:\n      type: object\n      properties:\n        v:\n          oneOf:\n            - {type: string}\n            - {type: string, enum: [a, b]}\n            - {type: integer, format: int32}\n",
        null)]
    [InlineData(
        "    M:\n      type: object\n      properties:\n        v:\n          oneOf:\n            - {type: string}\n            - {type: string, format: date-time}\n            - {type: integer, format: int32}\n",
        null)]
    [InlineData(
        "    M:\n      type: object\n      properties:\n        v:\n          oneOf:\n            - {type: string}\n            - {type: string, format: uuid}\n            - {type: boolean}\n",
        null)]
    public void A_union_falls_back_or_drops_an_alternative_only_with_the_reason_named(string schemas, string? expected)
    {
        GenerationResult result = Run("3.0.3", schemas);

        Assert.Empty(result.CompilationProblems);
        string[] warnings = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id + " " + d.GetMessage()).ToArray();
        if (expected is null)
        {
            // A string first takes every string: the enum, date-time or uuid after it is shadowed (or is the same type).
            Assert.Equal("SDKGEN025", Assert.Single(warnings)[..9]);
            Assert.Contains("is never chosen when reading: an earlier alternative", warnings[0]);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(warnings));
        }
    }

    private const string Fallbacks = """
            M:
              type: object
              properties:
                untyped:
                  oneOf:
                    - {}
                    - {type: string}
                nested:
                  maxLength: 4
                  oneOf:
                    - {type: boolean}
                    - oneOf: [{type: integer}, {type: array, items: {type: string}}]
                beside:
                  oneOf:
                    - {type: string}
                    - {type: integer}
                  maxLength: 5
                  minimum: 2
                  minLength: 0
                stamp:
                  oneOf:
                    - {type: string, format: date-time, maxLength: 30}
                    - {type: integer}
                strings:
                  pattern: '^x'
                  oneOf:
                    - {type: string, minLength: 2}
                    - {type: string, enum: [a, b]}
                typeList:
                  type: [integer, string]
                  maxLength: 3

        """;

    [Theory]
    [InlineData("untyped:", "SDKGEN017 'oneOf' with 2 different schemas is typed as raw JSON (System.Text.Json.JsonElement): branch 0 accepts any JSON value, so the union holds any JSON")]
    [InlineData("nested:", "SDKGEN017 'oneOf' with 2 different schemas is typed as raw JSON (System.Text.Json.JsonElement): branch 1 is itself a union of several shapes, and unions are not nested")]
    [InlineData("maxLength: 5", "SDKGEN021 The rule 'maxLength 5' is not checked before sending: it is written beside 'oneOf' and binds every alternative, but only the rules inside each alternative are checked; write it inside the alternatives it applies to")]
    [InlineData("minimum: 2", "SDKGEN021 The rule 'minimum 2' is not checked before sending: it is written beside 'oneOf' and binds every alternative, but only the rules inside each alternative are checked; write it inside the alternatives it applies to")]
    [InlineData("format: date-time", "SDKGEN021 The rule 'maxLength 30' is not checked before sending: branch 0 is read and written as a DateTimeOffset, whose text the serializer writes, so rules on the text are not checked")]
    [InlineData("pattern: '^x'", "SDKGEN021 The rule 'pattern '^x'' is not checked before sending: it is written beside 'oneOf' and binds every alternative, but only the rules inside each alternative are checked; write it inside the alternatives it applies to")]
    public void Each_rule_or_shape_a_union_loses_is_reported_at_its_line(string marker, string expected)
    {
        GenerationResult result = Run("3.1.0", Fallbacks);

        Assert.Empty(result.CompilationProblems);
        Diagnostic reported = Assert.Single(result.Diagnostics, d => d.Id + " " + d.GetMessage() == expected);
        Assert.Equal(LineOf(marker), reported.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_type_list_carries_its_rules_into_each_branch_and_no_alternative_loses_them_silently()
    {
        GenerationResult result = Run("3.1.0", Fallbacks);

        // Six reports, no more: no-op values (minLength 0), the type list's maxLength (checked on its string) and a rule
        // beside a union read as raw JSON (its SDKGEN017 says nothing is checked) are not reported again.
        Assert.Equal(6, result.Diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains("if (global::SdkGen.Runtime.Internal.TextLength.IsLongerThan(v1, 3)) throw", result.Source("Validation.g.cs"), StringComparison.Ordinal);
    }

    private static int LineOf(string marker)
    {
        string[] lines = Header.Split('\n').Concat(Fallbacks.Split('\n')).ToArray();
        return Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal)) + 1;
    }
}
