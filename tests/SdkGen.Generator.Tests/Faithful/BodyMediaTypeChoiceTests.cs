using SdkGen.Generator.Parsing;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A request body that offers bytes beside JSON or text gets an overload per kind, so the caller chooses what to send
/// (issue 12, item 3); text, XML, forms and multipart beside JSON are the same data written another way and add none.
/// Behaviour on the wire: SdkGen.Generator.Consumer.Tests, BinaryContentBehaviourTests.
/// </summary>
public class BodyMediaTypeChoiceTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        servers: [ { url: https://api.example.com } ]
        paths:
          /files/{id}:
            put:
              operationId: putFile
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
                - { name: note, in: query, schema: { type: string } }
              requestBody:
                content:
                  application/json:
                    schema: { type: object, properties: { url: { type: string } } }
                  image/*: {}
                  application/xml:
                    schema: { type: string }
              responses: { '204': { description: ok } }
          /notes:
            post:
              operationId: postNote
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { type: object, properties: { text: { type: string } } }
                  text/plain:
                    schema: { type: string }
                  multipart/form-data:
                    schema: { type: object }
              responses: { '204': { description: ok } }
          /logs:
            post:
              operationId: postLog
              requestBody:
                required: true
                content:
                  text/plain:
                    schema: { type: string }
                  application/gzip: {}
              responses: { '204': { description: ok } }
        """;

    [Fact]
    public void Bytes_beside_JSON_or_text_get_an_overload_and_text_beside_JSON_does_not()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/choice.yaml", Spec, "Test.Api", "ChoiceClient"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        string client = result.Source("Test.Api.ChoiceClient.g.cs");
        Assert.Contains("PutFileAsync(string id, PutFileRequest? body = null, string? note = null, global::System.Threading.CancellationToken cancellationToken = default)", client);
        // Only a family (image/*): the caller must say which; the body is required in this overload, so a call
        // without a body is not ambiguous.
        Assert.Contains("PutFileAsync(string id, global::System.IO.Stream body, string contentType, string? note = null, global::System.Threading.CancellationToken cancellationToken = default)", client);
        Assert.Single(client.Split(" PostNoteAsync(").Skip(1));
        Assert.Contains("PostLogAsync(string body, global::System.Threading.CancellationToken cancellationToken = default)", client);
        Assert.Contains("PostLogAsync(global::System.IO.Stream body, global::System.Threading.CancellationToken cancellationToken = default)", client);
    }

    [Fact]
    public void The_overloads_keep_a_strict_build_green_with_the_client_interface()
    {
        GenerationResult result = StrictBuild.Run(new SpecFile("/specs/choice.yaml", Spec, "Test.Api", "ChoiceClient").With(SpecFileKnobs.ClientInterface, "true"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
        Assert.Equal(2, result.Source("IChoiceClient.g.cs").Split(" PutFileAsync(").Length - 1);
    }
}
