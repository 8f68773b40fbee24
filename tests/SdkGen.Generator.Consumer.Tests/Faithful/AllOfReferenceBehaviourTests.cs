using System.Net;
using Consumer.Faithful.AllOf;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// <c>allOf: [{$ref: X}, {description: …}]</c> is X on the wire: a string stays a string, an enum its wire text, an
/// array a JSON array, and a self-reference nests the same type (issue 12, item 1).
/// </summary>
public sealed class AllOfReferenceBehaviourTests
{
    private const string Stored = "{\"id\":\"N2\",\"color\":\"green\",\"tags\":[\"x\"],\"parent\":{\"id\":\"N1\",\"parent\":{\"id\":\"N0\"}},\"children\":[{\"id\":\"N3\",\"color\":\"blue\"}]}";

    [Fact]
    public async Task A_referenced_string_enum_array_and_self_reference_go_out_as_json_values()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, Stored);
        var client = new AllOfClient(new HttpClient(handler, disposeHandler: false), new AllOfClientOptions());
        var node = new Node("N2")
        {
            Color = Color.Green,
            Tags = new List<string> { "x" },
            Parent = new Node("N1") { Parent = new Node("N0") },
            Children = new List<Node> { new("N3") },
        };

        Node? result = await client.PutNodeAsync("N2", node);

        CapturedRequest request = handler.Single;
        Assert.Equal("PUT", request.Method);
        Assert.Equal("https://api.example.com/nodes/N2", request.Uri);
        Assert.Equal("application/json", request.RawContentType);
        Assert.Equal("{\"id\":\"N2\",\"color\":\"green\",\"tags\":[\"x\"],\"parent\":{\"id\":\"N1\",\"parent\":{\"id\":\"N0\"}},\"children\":[{\"id\":\"N3\"}]}", request.BodyText);

        Assert.NotNull(result);
        Assert.Equal("N2", result.Id);
        Assert.Equal(Color.Green, result.Color);
        Assert.Equal(["x"], result.Tags!);
        Assert.Equal("N0", result.Parent!.Parent!.Id);
        Node child = Assert.Single(result.Children!);
        Assert.Equal(Color.Unknown, child.Color);
        Assert.Equal("blue", child.ColorWireValue);
    }

    [Fact]
    public async Task The_referenced_pattern_is_checked_before_sending()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, Stored);
        var client = new AllOfClient(new HttpClient(handler, disposeHandler: false), new AllOfClientOptions());

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.PutNodeAsync("X2", new Node("N2")));

        Assert.Equal("id", error.ParamName);
        Assert.Empty(handler.Requests);
    }
}
