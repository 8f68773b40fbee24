using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// One id per kind of loss (the split of the former catch-all SDKGEN004): each minimal document reports exactly one
/// warning, with that id, at the line of the construct, naming what was lost; and the rest still compiles.
/// </summary>
public class DiagnosticIdTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

    public static TheoryData<string, string, int, string> Cases => new()
    {
        {
            "SDKGEN013",
            "paths:\n  /a:\n    post:\n      operationId: upload\n      requestBody:\n        required: true\n        content:\n          multipart/mixed:\n            schema: {type: object}\n      responses:\n        '204': {description: ok}\n",
            5,
            "The operation UploadAsync is not generated: its request body is multipart/mixed but its schema is not an object with properties"
        },
        {
            "SDKGEN014",
            "paths:\n  /a:\n    get:\n      operationId: read\n      parameters:\n        - {name: session, in: cookie, schema: {type: string}}\n      responses:\n        '204': {description: ok}\n",
            8,
            "The parameter 'session' of ReadAsync is left out: it is a Cookie parameter, which is not supported"
        },
        {
            "SDKGEN015",
            "paths:\n  /a:\n    post:\n      operationId: upload\n      requestBody:\n        content:\n          multipart/mixed:\n            schema: {type: object}\n      responses:\n        '204': {description: ok}\n",
            7,
            "The optional request body of UploadAsync is left out: is multipart/mixed but its schema is not an object with properties; the method sends no body"
        },
        {
            "SDKGEN016",
            "paths:\n  /a:\n    post:\n      operationId: send\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema:\n              type: object\n              properties:\n                list: {type: array, items: {type: string}}\n            encoding:\n              list: {style: deepObject}\n      responses:\n        '204': {description: ok}\n",
            13,
            "The form field 'list' of SendAsync is not sent: its encoding says style: deepObject, which OpenAPI defines only for objects"
        },
        {
            "SDKGEN017",
            "paths: {}\ncomponents:\n  schemas:\n    M:\n      type: object\n      properties:\n        v: {oneOf: [{type: integer}, {description: anything}]}\n",
            9,
            "'oneOf' with 2 different schemas is typed as raw JSON (System.Text.Json.JsonElement): branch 1 accepts any JSON value, so the union holds any JSON"
        },
        {
            "SDKGEN018",
            "paths:\n  /a:\n    get:\n      operationId: read\n      responses:\n        '204': {description: ok}\n        '2x0': {description: odd}\n",
            9,
            "The response '2x0' of ReadAsync is ignored: it is not a status code, a range such as 4XX, or default"
        },
        {
            "SDKGEN019",
            "paths: {}\ncomponents:\n  securitySchemes:\n    oidc: {type: openIdConnect, openIdConnectUrl: 'https://id.example.com/.well-known/openid-configuration'}\n",
            6,
            "The security scheme 'oidc' (openIdConnect) is not applied by the client: OpenID Connect discovery is not built in"
        },
        {
            "SDKGEN020",
            "paths:\n  /a:\n    get:\n      operationId: read\n      parameters:\n        - $ref: '#/components/parameters/P'\n      responses:\n        '204': {description: ok}\ncomponents:\n  parameters:\n    P: {$ref: '#/components/parameters/P'}\n",
            8,
            "A parameter of ReadAsync is a $ref ('#/components/parameters/P') that leads back to itself; it is left out"
        },
        {
            "SDKGEN022",
            "paths:\n  /a:\n    post:\n      operationId: upload\n      requestBody:\n        content:\n          multipart/form-data:\n            schema:\n              type: object\n              properties:\n                file: {type: string, format: binary}\n                meta: {type: object, properties: {a: {type: string}}}\n            encoding:\n              meta: {contentType: application/xml}\n      responses:\n        '204': {description: ok}\n",
            14,
            "The multipart part 'meta' of UploadAsync: it is not sent (the method has no parameter for it): its encoding asks for contentType 'application/xml', and the generator writes structured values only as JSON"
        },
        {
            "SDKGEN024",
            "paths: {}\ncomponents:\n  schemas:\n    U:\n      oneOf:\n        - $ref: '#/components/schemas/A'\n        - $ref: '#/components/schemas/B'\n      discriminator: {propertyName: t}\n    A: {type: object, properties: {a: {type: string}}}\n    P: {type: object, properties: {p: {type: string}}}\n    B: {allOf: [{$ref: '#/components/schemas/P'}, {type: object, properties: {b: {type: string}}}]}\n",
            9,
            "The discriminator value 'B' of U has no generated subtype and reads as UnknownU, its JSON kept whole: 'B' already extends 'P' through allOf, and a C# class has one base"
        },
        {
            "SDKGEN024",
            "paths: {}\ncomponents:\n  schemas:\n    U:\n      oneOf:\n        - $ref: '#/components/schemas/A'\n        - $ref: '#/components/schemas/B'\n      discriminator: {propertyName: t, mapping: {B: '#/components/schemas/A'}}\n    A: {type: object, properties: {a: {type: string}}}\n    B: {type: object, properties: {b: {type: string}}}\n",
            9,
            "The discriminator value 'B' of U already reads as A, so it never reads as B"
        },
        {
            "SDKGEN025",
            "paths: {}\ncomponents:\n  schemas:\n    M:\n      type: object\n      properties:\n        v:\n          oneOf:\n            - {type: object, properties: {a: {type: string}}}\n            - {type: object, required: [b], properties: {b: {type: string}}}\n",
            12,
            "Alternative 1 ('MVOption2') of Mv is never chosen when reading: an earlier alternative ('MVOption1') requires no property, and alternatives are tried in order; such objects read as 'MVOption1'"
        },
        {
            "SDKGEN004",
            "paths: {}\ncomponents:\n  schemas:\n    M:\n      type: object\n      x-sdkgen-success-when: {property: missing, equals: 0}\n      properties:\n        a: {type: string}\n",
            8,
            "This x-sdkgen-success-when is ignored"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_loss_has_its_own_id_at_its_line(string id, string rest, int line, string message)
    {
        // The schemas here are reached by no operation (paths: {}): generated on request, as every schema was before.
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Header + rest, "Test.Api", "DClient", IncludeUnreachableSchemas: "true"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal("/specs/d.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.CompilationProblems);
    }
}
