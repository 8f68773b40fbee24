using System.Text;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>How the shape of a document decides the shape of the generated code.</summary>
public class ShapeTests
{
    [Fact]
    public void A_document_split_by_tag_gets_one_client_per_tag()
    {
        var spec = new StringBuilder("openapi: 3.0.3\ninfo: { title: Big, version: '1' }\nservers: [ { url: 'https://big.example.com' } ]\npaths:\n");
        foreach (string tag in new[] { "users", "repos", "issues" })
        {
            for (int i = 0; i < 15; i++)
            {
                spec.Append($"  /{tag}/op{i}:\n    get:\n      operationId: {tag}Op{i}\n      tags: [{tag}]\n      responses:\n        '204': {{ description: ok }}\n");
            }
        }

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/big.yaml", spec.ToString(), "Big.Api", "BigClient").With(SpecFileKnobs.ClientSplit, "by-tag"));

        Assert.Empty(result.CompilationProblems);
        Assert.Contains("public virtual global::System.Threading.Tasks.Task UsersOp3Async(", result.Source("Big.Api.UsersClient.g.cs"));
        Assert.Contains("ReposOp14Async(", result.Source("Big.Api.ReposClient.g.cs"));
        Assert.Contains("IssuesOp0Async(", result.Source("Big.Api.IssuesClient.g.cs"));
        Assert.Contains("public partial class BigClientOptions", result.Source("Big.Api.BigClient.BigClientOptions.g.cs"));
    }

    [Fact]
    public void Enums_with_the_same_values_share_one_table_and_keep_their_own_names()
    {
        var spec = new StringBuilder("""
            openapi: 3.0.3
            info: { title: Shared, version: '1' }
            servers: [ { url: 'https://shared.example.com' } ]
            paths:
              /wide:
                get:
                  operationId: getWide
                  responses:
                    '200':
                      description: ok
                      content: { application/json: { schema: { $ref: '#/components/schemas/Wide' } } }
            components:
              schemas:
                Access: { type: string, enum: [read, write] }
                Mode: { type: string, enum: [read, write] }
                Equals: { type: string, enum: [write, read] }
                Wide:
                  type: object
                  required: [p69, access]
                  properties:
                    access: { $ref: '#/components/schemas/Access' }
                    mode: { $ref: '#/components/schemas/Mode' }
                    equals: { $ref: '#/components/schemas/Equals' }

            """);
        for (int i = 0; i < 70; i++)
        {
            spec.Append("        p" + i + ": { type: integer }\n");
        }

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/shared.yaml", spec.ToString(), "Shared.Api", "SharedClient"));

        Assert.Empty(result.CompilationProblems);
        string tables = result.Source("Shared.Api.SharedClient.SharedClientWireValues.g.cs");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(tables, "\"read\", \"write\""));
        Assert.Contains("EqualsTexts = new global::SdkGen.Runtime.Internal.WireValueTable(\"write\", \"read\")", tables, StringComparison.Ordinal);
        Assert.Contains("public enum Mode", result.Source("Shared.Api.SharedClient.Mode.g.cs"), StringComparison.Ordinal);
        Assert.Contains("(global::Shared.Api.Mode)global::Shared.Api.SharedClientWireValues.AccessTexts.FromWire(value)", result.Source("Shared.Api.SharedClient.Mode.g.cs"), StringComparison.Ordinal);
        Assert.Contains("required: new[] { 0, 72 }", result.Source("Shared.Api.SharedClient.SharedClientJsonSerializer.W.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_swagger_2_document_is_upgraded_and_generated()
    {
        const string spec = """
            swagger: '2.0'
            info: { title: Legacy, version: '1' }
            host: legacy.example.com
            basePath: /v1
            schemes: [https]
            paths:
              /items/{id}:
                get:
                  operationId: getItem
                  produces: [application/json]
                  parameters:
                    - { name: id, in: path, required: true, type: string }
                  responses:
                    '200':
                      description: ok
                      schema: { $ref: '#/definitions/Item' }
            definitions:
              Item:
                type: object
                properties:
                  name: { type: string }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/legacy.yaml", spec, "Legacy.Api", "LegacyClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.Contains("Task<Item> GetItemAsync(string id", result.Source("Legacy.Api.LegacyClient.g.cs"));
        Assert.Contains("\"https://legacy.example.com/v1\"", result.Source("LegacyClientOptions.g.cs"));
    }

    [Fact]
    public void Form_fields_follow_the_encoding_explode_setting_and_objects_are_sent_as_json()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Forms, version: '1' }
            paths:
              /submit:
                post:
                  operationId: submit
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema: { $ref: '#/components/schemas/Submission' }
                        encoding:
                          Joined: { style: form, explode: false }
                  responses:
                    '204': { description: ok }
            components:
              schemas:
                Submission:
                  type: object
                  properties:
                    Repeated: { type: array, items: { type: string } }
                    Joined: { type: array, items: { type: integer, format: int32 } }
                    Nested: { type: object, properties: { a: { type: string } } }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/forms.yaml", spec, "Forms.Api", "FormsClient"));

        Assert.Empty(result.CompilationProblems);
        string client = result.Source("Forms.Api.FormsClient.g.cs");
        Assert.Contains("foreach (var item in body.Repeated)", client);
        Assert.Contains("form.Add(\"Joined\", string.Join(\",\", global::System.Linq.Enumerable.Select(body.Joined, item => global::SdkGen.Runtime.Internal.WireFormat.Format(item))));", client);
        Assert.Contains("global::SdkGen.Runtime.Internal.FormFieldEncoder.Add(form, \"Nested\", body.Nested, FormsClientJsonSerializer.WriteSubmissionNested, global::SdkGen.Runtime.Internal.FormStyle.Default);", client);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Hostile_names_and_descriptions_still_compile()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Hostile, version: '1', description: "Ends a comment */ and closes </summary> & more" }
            paths:
              /things/{class}:
                get:
                  operationId: get
                  parameters:
                    - { name: class, in: path, required: true, schema: { type: string } }
                    - { name: cancellationToken, in: query, schema: { type: string } }
                    - { name: request, in: query, schema: { type: string } }
                    - { name: "DateSent<", in: query, schema: { type: string } }
                    - { name: "DateSent>", in: query, schema: { type: string } }
                  responses:
                    '200':
                      description: "</returns> \"quoted\""
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Thing' }
            components:
              schemas:
                Thing:
                  type: object
                  description: "A <b>thing</b>\u0007 with a bell"
                  properties:
                    Thing: { type: string }
                    namespace: { type: string }
                    "ünïcødé": { type: string }
                    "": { type: string }
                    "123": { type: integer }
                    status: { type: string, enum: ["", "a b", "A-B", "a_b", "null", "class"] }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/hostile.yaml", spec, "Hostile.Api", "HostileClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string client = result.Source("Hostile.Api.HostileClient.g.cs");
        Assert.Contains("string @class", client);
        Assert.Contains("string? cancellationTokenParameter = null", client);
        Assert.Contains("dateSentBefore", client);
    }
}
