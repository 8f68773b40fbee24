using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// How a multipart/form-data body's properties become part parameters: which are files (3.0 and 3.1 spellings), that
/// hostile names compile and go out as written, and that every part left out is one the diagnostic reported.
/// </summary>
public class MultipartMappingTests
{
    [Fact]
    public void In_31_a_content_media_type_or_a_schema_without_type_is_a_file_and_in_30_an_empty_schema_is_JSON()
    {
        const string Body = """
            info: { title: M, version: '1' }
            paths:
              /a:
                post:
                  operationId: upload
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [photo]
                          properties:
                            photo: { type: string, contentMediaType: image/png }
                            scans: { type: array, items: {} }
                            any: {}
                            encoded: { type: string, contentEncoding: base64 }
                  responses:
                    '204': { description: ok }
            """;

        GenerationResult v31 = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", "openapi: 3.1.0\n" + Body, "M.Api", "MClient"));
        // 3.0 has no contentMediaType or contentEncoding.
        string body30 = Body.Replace("contentMediaType: image/png", "format: binary", StringComparison.Ordinal).Replace(", contentEncoding: base64", ", format: byte", StringComparison.Ordinal);
        GenerationResult v30 = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", "openapi: 3.0.3\n" + body30, "M.Api", "MClient"));

        Assert.Empty(v31.Diagnostics);
        Assert.Empty(v30.Diagnostics);
        Assert.Empty(v31.CompilationProblems);
        Assert.Empty(v30.CompilationProblems);
        string client31 = v31.Source("M.Api.MClient.g.cs");
        Assert.Contains("UploadAsync(global::SdkGen.Runtime.FilePart photo, global::System.Collections.Generic.IList<global::SdkGen.Runtime.FilePart>? scans = null, global::SdkGen.Runtime.FilePart? any = null, string? encoded = null,", client31);
        Assert.Contains("multipart.AddFile(\"photo\", photo, \"image/png\");", client31);
        Assert.Contains("multipart.AddFile(\"scans\", item, \"application/octet-stream\");", client31);
        Assert.Contains("multipart.AddText(\"encoded\", encoded);", client31);

        string client30 = v30.Source("M.Api.MClient.g.cs");
        Assert.Contains("global::System.Text.Json.JsonElement? any = null", client30);
        Assert.Contains("multipart.AddJson(\"any\", any);", client30);
    }

    [Fact]
    public void Hostile_part_names_compile_and_are_sent_as_written()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /a/{body}:
                post:
                  operationId: upload
                  parameters:
                    - { name: body, in: path, required: true, schema: { type: string } }
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            "a\"b\r\nX-Evil: 1": { type: string }
                            "*/ class": { type: string, format: binary }
                            "名前": { type: integer }
                            body: { type: string }
                            multipart: { type: string }
                            cancellationToken: { type: string }
                  responses:
                    '204': { description: ok }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        string client = result.Source("M.Api.MClient.g.cs");
        // The builder takes another name than the part parameter "multipart"; "body" and "cancellationToken" make way too.
        Assert.Contains("multipart2.AddText(\"a\\\"b\\r\\nX-Evil: 1\", abxEvil1);", client);
        Assert.Contains("multipart2.AddFile(\"*/ class\", starClass,", client);
        Assert.Contains("multipart2.AddText(\"名前\",", client);
        Assert.Contains("multipart2.AddText(\"body\", bodyParameter2);", client);
        Assert.Contains("multipart2.AddText(\"multipart\", multipart);", client);
        Assert.Contains("multipart2.AddText(\"cancellationToken\", cancellationTokenParameter);", client);
        Assert.Contains("var multipart2 = new global::SdkGen.Runtime.Internal.MultipartFormBuilder();", client);
    }

    [Fact]
    public void Each_part_left_out_is_reported_once_and_commented_once()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /a:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            xml: { type: object, properties: { a: { type: string } } }
                            label: { type: string }
                            count: { type: integer }
                            odd: { type: string }
                        encoding:
                          xml: { contentType: application/xml }
                          label: { contentType: application/json }
                          count: { contentType: application/json }
                          odd: { contentType: 'not a media type' }
                  responses:
                    '204': { description: ok }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        var reported = result.Diagnostics.Where(d => d.Id == "SDKGEN022").Select(d => d.GetMessage().Split('\'')[1]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["label", "odd", "xml"], reported);
        Assert.Equal(3, result.Diagnostics.Length);
        string client = result.Source("M.Api.MClient.g.cs");
        Assert.Equal(3, client.Split("(reported as SDKGEN022)").Length - 1);
        Assert.Contains("multipart.AddText(\"count\", global::SdkGen.Runtime.Internal.WireFormat.Format(count.Value), \"application/json\");", client);
        Assert.DoesNotContain("string? label", client);
    }

    [Fact]
    public void A_multipart_body_with_an_OAuth2_operation_builds_its_parts_in_the_request_function()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            security: [ { oauth: [] } ]
            paths:
              /a:
                post:
                  operationId: upload
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema: { type: object, required: [file], properties: { file: { type: string, format: binary } } }
                  responses:
                    '204': { description: ok }
            components:
              securitySchemes:
                oauth:
                  type: oauth2
                  flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: {} } }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        string client = result.Source("M.Api.MClient.g.cs");
        int function = client.IndexOf("HttpRequestMessage createRequest()", StringComparison.Ordinal);
        Assert.True(function > 0 && client.IndexOf("multipart.AddFile(\"file\", file,", StringComparison.Ordinal) > function);
    }

    [Fact]
    public void A_part_left_out_generates_no_type_and_reaches_no_component_that_only_it_uses()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /a:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            inline: { type: object, properties: { a: { type: string } } }
                            stage: { type: string, enum: [draft, final] }
                            record: { $ref: '#/components/schemas/OnlyHere' }
                            shared: { $ref: '#/components/schemas/Shared' }
                            note: { type: string }
                        encoding:
                          inline: { contentType: application/xml }
                          stage: { contentType: application/json }
                          record: { contentType: application/xml }
                          shared: { contentType: application/xml }
                  responses:
                    '204': { description: ok }
              /b:
                get:
                  operationId: read
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Shared' } } } }
            components:
              schemas:
                OnlyHere: { type: object, properties: { inner: { $ref: '#/components/schemas/Inner' } } }
                Inner: { type: object, properties: { x: { type: integer } } }
                Shared: { type: object, properties: { y: { type: string } } }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "SDKGEN022"));
        string code = string.Concat(result.Sources.Select(s => s.SourceText.ToString()));
        // Nothing for the parts left out: no inline model or enum, no component only they reach (nor what it reaches).
        Assert.DoesNotContain("class UploadInline", code);
        Assert.DoesNotContain("enum UploadStage", code);
        Assert.DoesNotContain("class OnlyHere", code);
        Assert.DoesNotContain("class Inner", code);
        // A component another operation uses is generated for it.
        Assert.Contains("public partial class Shared", code);
        Assert.Contains("multipart.AddText(\"note\", note);", result.Source("M.Api.MClient.g.cs"));
    }

    [Fact]
    public void An_operation_skipped_for_a_required_part_generates_no_type_for_its_other_parts()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /a:
                post:
                  operationId: upload
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [xml]
                          properties:
                            meta: { type: object, properties: { a: { type: string } } }
                            xml: { type: object, properties: { b: { type: string } } }
                        encoding:
                          xml: { contentType: application/xml }
                  responses:
                    '204': { description: ok }
              /b:
                post:
                  operationId: nothingSendable
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            xml: { type: object, properties: { c: { type: string } } }
                        encoding:
                          xml: { contentType: application/xml }
                  responses:
                    '204': { description: ok }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        var skipped = result.Diagnostics.Where(d => d.Id == "SDKGEN013").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Contains(skipped, m => m.Contains("required multipart part 'xml'", StringComparison.Ordinal));
        Assert.Contains(skipped, m => m.Contains("none of whose parts can be sent", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains("UploadMeta", StringComparison.Ordinal) || s.HintName.Contains("UploadXml", StringComparison.Ordinal) || s.HintName.Contains("NothingSendable", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_a_required_body_that_may_come_out_empty_checks_its_part_count()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /a:
                post:
                  operationId: withRequiredFile
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema: { type: object, required: [file], properties: { file: { type: string, format: binary }, note: { type: string } } }
                  responses:
                    '204': { description: ok }
              /b:
                post:
                  operationId: allOptional
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema: { type: object, properties: { note: { type: string }, count: { type: integer } } }
                  responses:
                    '204': { description: ok }
              /c:
                post:
                  operationId: optionalBody
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: { type: object, properties: { note: { type: string } } }
                  responses:
                    '204': { description: ok }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        string client = result.Source("M.Api.MClient.g.cs");
        Assert.Equal(1, client.Split("NoMultipartPart(").Length - 1);
        Assert.Contains("if (multipart.Count == 0) throw global::SdkGen.Runtime.Internal.ArgumentErrors.NoMultipartPart(\"note, count\");", client);
        Assert.Contains("if (multipart.Count > 0) request.Content = multipart.ToContent();", client);
    }

    [Fact]
    public void Other_multipart_subtypes_are_framed_as_declared_and_form_data_is_preferred()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: M, version: '1' }
            paths:
              /mixed:
                post:
                  operationId: mixed
                  requestBody:
                    required: true
                    content:
                      multipart/mixed:
                        schema: { type: object, required: [a], properties: { a: { type: string } } }
                  responses:
                    '204': { description: ok }
              /both:
                post:
                  operationId: both
                  requestBody:
                    required: true
                    content:
                      multipart/mixed:
                        schema: { type: object, required: [b], properties: { b: { type: string } } }
                      multipart/form-data:
                        schema: { type: object, required: [c], properties: { c: { type: string } } }
                  responses:
                    '204': { description: ok }
              /related:
                post:
                  operationId: related
                  requestBody:
                    required: true
                    content:
                      'multipart/related; type="application/json"':
                        schema: { type: object, required: [d], properties: { d: { type: string } } }
                  responses:
                    '204': { description: ok }
              /wildcard:
                post:
                  operationId: wildcard
                  requestBody:
                    content:
                      'multipart/*':
                        schema: { type: object, properties: { e: { type: string } } }
                  responses:
                    '204': { description: ok }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/m.yaml", Spec, "M.Api", "MClient"));

        Assert.Empty(result.CompilationProblems);
        string client = result.Source("M.Api.MClient.g.cs");
        Assert.Contains("var multipart = new global::SdkGen.Runtime.Internal.MultipartFormBuilder(\"mixed\");", client);
        Assert.Contains("/// <param name=\"a\">The <c>a</c> part of the multipart/mixed body.</param>", client);
        Assert.Contains("BothAsync(string c,", client);
        // A parameter the subtype needs would be lost, and a wildcard names no subtype: reported, as before.
        var reported = result.Diagnostics.Select(d => d.Id + " " + d.GetMessage()).ToList();
        Assert.Contains(reported, m => m.StartsWith("SDKGEN013", StringComparison.Ordinal) && m.Contains("RelatedAsync", StringComparison.Ordinal) && m.Contains("unsupported content types (multipart/related; type=\"application/json\")", StringComparison.Ordinal));
        Assert.Contains(reported, m => m.StartsWith("SDKGEN015", StringComparison.Ordinal) && m.Contains("WildcardAsync", StringComparison.Ordinal));
        Assert.Equal(2, reported.Count);
    }
}
