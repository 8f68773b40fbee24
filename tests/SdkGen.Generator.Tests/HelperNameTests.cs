using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>
/// Schemas named like the generator's own helpers: the internal classes and their members (name tables, readers and
/// writers, body helpers, validators, pattern checks, exception factories, enum tables) are named around every type,
/// so the output still compiles and each public type keeps its name.
/// </summary>
public class HelperNameTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Hostile helper names, version: '1' }
        servers: [ { url: 'https://hostile.example.com' } ]
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
                '404': { description: gone, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            post:
              operationId: addPet
              parameters:
                - { name: pet, in: query, schema: { type: string, pattern: '^[a-z]+$' } }
              requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/BodyArrayOfPet' } } } }
          /nested:
            get:
              operationId: getNested
              responses:
                '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } } }
            put:
              operationId: putNested
              requestBody: { required: true, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/ArrayOfPet' } } } } }
              responses:
                '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/ArrayOfPet' } } } } }
          /everything:
            get:
              operationId: getEverything
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Everything' } } } }
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: { type: string, pattern: '^[A-Z]' }
                kinds: { type: array, items: { $ref: '#/components/schemas/ReadKind' } }
            ReadKind: { type: string, enum: [cat, dog] }
            Mode: { type: string, enum: [cat, dog] }
            Everything:
              type: object
              properties:
                petNames: { $ref: '#/components/schemas/PetNames' }
                fooNames: { $ref: '#/components/schemas/FooNames' }
                readFoo: { $ref: '#/components/schemas/ReadFoo' }
                readPet: { $ref: '#/components/schemas/ReadPet' }
                wireValues: { $ref: '#/components/schemas/BandwidthWireValues' }
                kindExtensions: { $ref: '#/components/schemas/KindExtensions' }
                createPetException: { $ref: '#/components/schemas/CreatePetException' }
                matchesPattern1: { $ref: '#/components/schemas/MatchesPattern1' }
                validatePet: { $ref: '#/components/schemas/ValidatePet' }
                list: { $ref: '#/components/schemas/List' }
                element: { $ref: '#/components/schemas/Element' }
                required: { $ref: '#/components/schemas/Required' }
                int64: { $ref: '#/components/schemas/Int64' }
                mode: { $ref: '#/components/schemas/Mode' }
                arrayOfPetShape: { $ref: '#/components/schemas/ArrayOfPetShape' }
            PetNames: { type: object, properties: { x: { type: string } } }
            FooNames: { type: object, properties: { x: { type: string } } }
            ReadFoo: { type: object, properties: { x: { type: string } } }
            ReadPet: { type: object, properties: { x: { type: string } } }
            BandwidthWireValues: { type: object, properties: { x: { type: string } } }
            KindExtensions: { type: object, properties: { x: { type: string } } }
            CreatePetException: { type: object, properties: { x: { type: string } } }
            MatchesPattern1: { type: object, properties: { x: { type: string } } }
            ValidatePet: { type: object, properties: { x: { type: string } } }
            BodyArrayOfPet: { type: object, properties: { x: { type: string } } }
            ArrayOfPet: { type: object, properties: { x: { type: string } } }
            List: { type: object, properties: { x: { type: string } } }
            Element: { type: object, properties: { x: { type: string } } }
            Required: { type: object, properties: { x: { type: string } } }
            Int64: { type: object, properties: { x: { type: string } } }
            ArrayOfPetShape: { type: object, properties: { y: { type: integer } } }
        """;

    [Fact]
    public void Schemas_named_like_generated_helpers_compile_and_keep_their_names()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/hostile-helpers.yaml", Spec, "Hostile.Helpers", "Bandwidth"));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        // The public schema keeps its name; the internal class yields.
        Assert.Contains("public partial class BandwidthWireValues", result.Source("Hostile.Helpers.Bandwidth.BandwidthWireValues.g.cs"));
        string tables = result.Source("Hostile.Helpers.Bandwidth.BandwidthWireValues2.g.cs");
        Assert.Contains("internal static class BandwidthWireValues2", tables);
        Assert.Contains("ModeTexts", tables);
        Assert.DoesNotContain("ReadKindTexts", tables);

        // The table of ReadFoo and the reader of FooNames would both be ReadFooNames. (The one-property models share one
        // serializer body, written in the file of the first of them, so the serializer files are searched together.)
        string serializers = string.Concat(result.Sources.Where(s => s.HintName.Contains("BandwidthJsonSerializer.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        Assert.Contains("internal static FooNames ReadFooNames(", serializers);
        Assert.Contains(" ReadFooNames2 = new", serializers);

        // The one-property models share one body, named after the first of them (ArrayOfPet); the reader of the model
        // ArrayOfPetShape keeps its name.
        Assert.Contains("internal static ArrayOfPetShape ReadArrayOfPetShape(", serializers);
        Assert.Contains("private static T ReadArrayOfPetShape2<T>(", serializers);
        Assert.Contains("private static void WriteArrayOfPetShape2(", serializers);

        // A member named like a type would hide it where the class names it in an expression (KindExtensions.FromWireValue).
        Assert.Contains("internal static KindExtensions ReadKindExtensions2(", serializers);
        Assert.Contains("ReadKindExtensions.FromWireValue", result.Source("Hostile.Helpers.Bandwidth.BandwidthJsonSerializer.P.g.cs"));
        string validation = result.Source("Hostile.Helpers.Bandwidth.BandwidthValidation.g.cs");
        Assert.Contains("internal static void ValidatePet2(Pet value, string name)", validation);
        Assert.Contains("internal static void ValidatePet3(string value, string name)", validation);
        Assert.Contains("internal static bool MatchesPattern1_2(string value, string name)", validation); // yields to the model MatchesPattern1
        Assert.Contains("BandwidthValidation.ValidatePet3(pet, nameof(pet));", result.Source("Hostile.Helpers.Bandwidth.g.cs"));

        // The reader of the model BodyArrayOfPet, and one reader for each of two array types both keyed ArrayOfArrayOfPet.
        string bodies = result.Source("Hostile.Helpers.Bandwidth.BandwidthJsonSerializer.Bodies.g.cs");
        Assert.Contains("ReadBodyArrayOfPet2(", bodies);
        Assert.Contains("ReadBodyArrayOfArrayOfPet(", bodies);
        Assert.Contains("ReadBodyArrayOfArrayOfPet2(", bodies);
    }

    [Fact]
    public void Servers_variables_and_credentials_named_like_the_options_members_compile()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Hostile options, version: '1' }
            servers:
              - url: 'https://{endpointTemplate}.example.com/{resolveEndpoint}/{defaultUploadsEndpoint}'
                variables:
                  endpointTemplate: { default: api }
                  resolveEndpoint: { default: v1 }
                  defaultUploadsEndpoint: { default: x }
            security: [ { resolveEndpoint: [] } ]
            paths:
              /files:
                servers: [ { url: 'https://uploads.example.com' } ]
                get:
                  operationId: listFiles
                  responses: { '204': { description: ok } }
              /defaults:
                servers: [ { url: 'https://default.example.com' } ]
                get:
                  operationId: listDefaults
                  responses: { '204': { description: ok } }
            components:
              securitySchemes:
                resolveEndpoint: { type: http, scheme: bearer }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/hostile-options.yaml", spec, "Hostile.Options", "OptionsClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string servers = result.Source("Hostile.Options.OptionsClient.OptionsClientOptions.Servers.g.cs");
        Assert.Contains("public const string DefaultUploadsEndpoint = ", servers);
        Assert.Contains("internal global::System.Uri ResolveUploadsEndpoint()", servers);
        Assert.Contains("public global::System.Uri? DefaultEndpoint2 { get; set; }", servers);
        Assert.Contains("options.ResolveDefaultEndpoint2()", result.Source("Hostile.Options.OptionsClient.g.cs"));
    }
    /// <summary>
    /// The client's own fields — one per operation server, per credential and per HTTP method .NET has no property
    /// for — are named with the client's other members: hosts and schemes whose C# names differ only in a character
    /// that lower-cases alike (the Kelvin sign, U+212A, and K), a scheme named like the client's fixed fields, methods
    /// that differ in case or are no identifier; and the model validators' locals are chosen around the parameters and
    /// each other (properties named value, vName, nName, items, nItems, entry, i). So are a model's fields behind its
    /// properties.
    /// </summary>
    [Fact]
    public void Client_fields_and_validator_locals_named_like_spec_members_compile()
    {
        const string spec = """
            openapi: 3.2.0
            info: { title: Hostile client members, version: '1' }
            servers: [ { url: 'https://api.example.com' } ]
            security: [ { "\u212Aey": [], key: [], httpClient: [] } ]
            paths:
              /a:
                servers: [ { url: "https://\u212Aey.example.com" } ]
                get:
                  operationId: getA
                  responses: { '204': { description: ok } }
                additionalOperations:
                  COPY:
                    operationId: copyA
                    responses: { '204': { description: ok } }
                  copy:
                    operationId: copyALower
                    responses: { '204': { description: ok } }
                  M-SEARCH:
                    operationId: searchA
                    responses: { '204': { description: ok } }
              /b:
                servers: [ { url: 'https://key.example.com' } ]
                post:
                  operationId: postB
                  requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
                  responses: { '204': { description: ok } }
                query:
                  operationId: queryB
                  responses: { '204': { description: ok } }
            components:
              securitySchemes:
                "\u212Aey": { type: apiKey, in: header, name: X-Key-1 }
                key: { type: apiKey, in: header, name: X-Key-2 }
                httpClient: { type: apiKey, in: query, name: k3 }
              schemas:
                Thing:
                  type: object
                  properties:
                    value: { type: string, maxLength: 3 }
                    name: { type: string, maxLength: 3 }
                    vName: { type: string, maxLength: 3 }
                    nName: { $ref: '#/components/schemas/Thing' }
                    items: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                    nItems: { type: array, items: { $ref: '#/components/schemas/Thing' } }
                    entry: { type: object, additionalProperties: { $ref: '#/components/schemas/Thing' } }
                    i: { type: integer, minimum: 1 }
                    kind: { $ref: '#/components/schemas/Letter' }
                    "\u212Aind": { $ref: '#/components/schemas/Letter' }
                    kept: { type: [string, 'null'] }
                    "\u212Aept": { type: [string, 'null'] }
                Letter: { type: string, enum: [a, b] }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/hostile-client.yaml", spec, "Hostile.Client", "HostileClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics);

        // Both lower-case to _keyEndpoint and _keyCredential; the later one yields. M-SEARCH is no identifier as it stands.
        string client = result.Source("Hostile.Client.HostileClient.g.cs");
        Assert.Contains("private readonly global::System.Uri _keyEndpoint2;", client);
        Assert.Contains("private readonly global::SdkGen.Runtime.ApiKeyCredentials? _keyCredential2;", client);
        Assert.Contains("private static readonly global::System.Net.Http.HttpMethod s_mSearchMethod = new global::System.Net.Http.HttpMethod(\"M-SEARCH\");", client);
        Assert.Contains("uri.ToRequest(s_mSearchMethod", client);

        // The same for a model's fields behind an enum's wire text and behind a property whose null is sent.
        string thing = result.Source("Hostile.Client.HostileClient.Thing.g.cs");
        Assert.Contains("private string? _kindWireValue2;", thing);
        Assert.Contains("private string? _kept2;", thing);
    }
}
