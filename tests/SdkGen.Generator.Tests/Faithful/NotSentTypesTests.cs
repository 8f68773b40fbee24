using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// What no method sends generates no type (Parsing/NotSent.cs, recorded where SDKGEN013/SDKGEN014 are reported): the
/// schema of a parameter left out, every schema of a skipped operation, and a multipart body's own component, whose
/// parts alone are parameters. A component something generated uses is still generated.
/// </summary>
public class NotSentTypesTests
{
    [Fact]
    public void A_parameter_left_out_or_an_operation_skipped_generates_no_type()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: P, version: '1' }
            paths:
              /a:
                get:
                  operationId: list
                  parameters:
                    - { name: filter, in: query, schema: { $ref: '#/components/schemas/FilterOnly' } }
                    - { name: shape, in: query, schema: { type: object, properties: { a: { type: string } } } }
                    - { name: mode, in: cookie, schema: { type: string, enum: [x, y] } }
                    - { name: Content-Type, in: header, schema: { $ref: '#/components/schemas/MediaKind' } }
                    - { name: shared, in: query, schema: { $ref: '#/components/schemas/SharedFilter' } }
                    - { name: size, in: query, schema: { type: string, enum: [small, large] } }
                  responses:
                    '204': { description: ok }
              /b/{id}:
                get:
                  operationId: skipped
                  parameters:
                    - { name: kind, in: query, schema: { type: string, enum: [one, two] } }
                    - { name: id, in: path, required: true, schema: { $ref: '#/components/schemas/IdObject' } }
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/SkippedAnswer' } } } }
              /c:
                post:
                  operationId: send
                  requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/SharedFilter' } } } }
                  responses:
                    '204': { description: ok }
            components:
              schemas:
                FilterOnly: { type: object, properties: { inner: { $ref: '#/components/schemas/Inner' } } }
                Inner: { type: object, properties: { x: { type: integer } } }
                MediaKind: { type: string, enum: [text/plain, text/csv] }
                SharedFilter: { type: object, properties: { y: { type: string } } }
                IdObject: { type: object, properties: { v: { type: string } } }
                SkippedAnswer: { type: object, properties: { z: { type: string } } }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/p.yaml", Spec, "P.Api", "PClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.Equal(5, result.Diagnostics.Count(d => d.Id == "SDKGEN014"));
        Assert.Single(result.Diagnostics, d => d.Id == "SDKGEN013");
        string[] notSent = ["FilterOnly", "Inner", "ListShape", "ListMode", "MediaKind", "SkippedKind", "IdObject", "SkippedAnswer"];
        Assert.All(notSent, name => Assert.DoesNotContain(result.Sources, s => s.HintName == "P.Api.PClient." + name + ".g.cs"));
        Assert.Contains(result.Sources, s => s.HintName == "P.Api.PClient.SharedFilter.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "P.Api.PClient.ListSize.g.cs");
    }

    [Fact]
    public void A_multipart_body_given_as_a_component_generates_no_model_for_it_but_one_for_what_its_parts_use()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /upload:
                post:
                  operationId: upload
                  requestBody: { required: true, content: { multipart/form-data: { schema: { $ref: '#/components/schemas/UploadForm' } } } }
                  responses:
                    '204': { description: ok }
              /shared:
                post:
                  operationId: share
                  requestBody: { required: true, content: { multipart/form-data: { schema: { $ref: '#/components/schemas/SharedForm' } } } }
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/SharedForm' } } } }
            components:
              schemas:
                UploadForm:
                  type: object
                  required: [file]
                  properties:
                    file: { type: string, format: binary }
                    meta: { $ref: '#/components/schemas/Meta' }
                Meta: { type: object, properties: { author: { type: string } } }
                SharedForm: { type: object, properties: { title: { type: string } } }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.Sources, s => s.HintName == "M.Api.MClient.UploadForm.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "M.Api.MClient.Meta.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "M.Api.MClient.SharedForm.g.cs");
        Assert.Contains("multipart.AddJson(\"meta\", meta,", result.Source("M.Api.MClient.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_list_part_is_checked_for_null_once()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /tags:
                post:
                  operationId: tag
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema: { type: object, required: [tags], properties: { tags: { type: array, items: { type: string } }, more: { type: array, items: { type: string } } } }
                  responses:
                    '204': { description: ok }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        string client = result.Source("M.Api.MClient.g.cs");
        Assert.Contains("if (tags is null) throw", client, StringComparison.Ordinal);
        Assert.DoesNotContain("if (tags is object)", client, StringComparison.Ordinal);
        Assert.Contains("if (more is object)", client, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_the_probe_lets_through_whose_mapped_type_cannot_be_sent_is_still_left_out()
    {
        // Mutation fuzz seed 20240611 case 582: the response maps Pet to the depth limit first, and there PetStatus
        // becomes raw JSON, so the parameter's mapped type differs from the probe's enum.
        const string Spec = """
            openapi: 3.0.3
            info: { title: P, version: '1' }
            paths:
              /pets/{petId}:
                get:
                  operationId: getPet
                  parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
              /pets:
                get:
                  operationId: listPets
                  parameters: [{ name: status, in: query, schema: { $ref: '#/components/schemas/PetStatus' } }]
                  responses:
                    '204': { description: ok }
            components:
              schemas:
                PetStatus: { type: string, enum: [available, sold] }
                Pet:
                  type: object
                  properties:
                    name: { allOf: [{ $ref: '#/components/schemas/Pet' }, { $ref: '#/components/schemas/Pet' }] }
                    status: { $ref: '#/components/schemas/PetStatus' }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/p.yaml", Spec, "P.Api", "PClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.Contains(result.Diagnostics, d => d.Id == "SDKGEN014" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'status'", StringComparison.Ordinal));
    }
}
