using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A raw body's <c>contentType</c> argument takes only what the spec declares for the body: its media types (a family
/// such as <c>image/*</c> taking its members) and the <c>enum</c> of the spec's own <c>Content-Type</c> parameter; that
/// parameter without an <c>enum</c> declares any media type (issue 12). Behaviour on the wire:
/// SdkGen.Generator.Consumer.Tests, BinaryContentBehaviourTests.
/// </summary>
public class ContentTypeArgumentTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths:\n";

    [Fact]
    public void Several_declared_media_types_are_checked_with_the_arguments()
    {
        string client = Build(Upload("", "audio/wav: {}", "audio/*: {}"));

        Assert.Contains("RawContentFactory.RequireDeclaredMediaType(contentType, nameof(contentType), \"audio/wav\", \"audio/*\");", client);
    }

    [Fact]
    public void A_content_type_parameter_with_an_enum_adds_its_values()
    {
        string client = Build(Upload("{name: Content-Type, in: header, schema: {type: string, enum: [image/png, application/octet-stream]}}", "application/octet-stream: {}"));

        Assert.Contains("RequireDeclaredMediaType(contentType, nameof(contentType), \"application/octet-stream\", \"image/png\");", client);
    }

    [Fact]
    public void A_content_type_parameter_without_an_enum_takes_any_media_type()
    {
        string client = Build(Upload("{name: Content-Type, in: header, schema: {type: string}}", "application/octet-stream: {}"));

        Assert.Contains("string contentType", client);
        Assert.DoesNotContain("RequireDeclaredMediaType", client);
        Assert.Contains("The media type of the body, for example application/octet-stream.", client);
    }

    [Fact]
    public void An_optional_body_is_checked_only_when_given()
    {
        string client = Build(Upload("", "text/csv: {schema: {type: string}}", "text/plain: {schema: {type: string}}").Replace("        required: true\n", "", StringComparison.Ordinal));

        Assert.Contains("if (body is object) global::SdkGen.Runtime.Internal.RawContentFactory.RequireDeclaredMediaType(contentType, nameof(contentType), \"text/csv\", \"text/plain\");", client);
    }

    private static string Upload(string parameter, params string[] media) =>
        Header + "  /upload:\n    put:\n      operationId: upload\n"
        + (parameter.Length == 0 ? "" : "      parameters:\n        - " + parameter + "\n")
        + "      requestBody:\n        required: true\n        content:\n" + string.Concat(media.Select(m => "          " + m + "\n"))
        + "      responses:\n        '204': {description: ok}\n";

    private static string Build(string spec)
    {
        GenerationResult result = StrictBuild.Run(new SpecFile("/specs/upload.yaml", spec, "Test.Api", "UClient"));
        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics);
        return result.Source("Test.Api.UClient.g.cs");
    }
}
