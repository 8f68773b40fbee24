using Consumer.Faithful.ParameterStyles;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// OpenAPI 3 parameter styles other than the defaults (issue 12): a <c>spaceDelimited</c> or <c>pipeDelimited</c> query
/// array joins its items with <c>%20</c> or <c>%7C</c> (each item percent-encoded on its own, so a space or pipe inside
/// one stays apart from the separator); a <c>label</c> path value follows a <c>.</c>, a <c>matrix</c> one <c>;name=</c>.
/// </summary>
public sealed class ParameterStyleBehaviourTests
{
    private const string Colors = "https://api.example.com/colors/";

    [Fact]
    public async Task Label_and_matrix_path_values_carry_their_prefixes()
    {
        var (client, handler) = Create();

        await client.FindColorsAsync("blue", 5);
        await client.FindColorsAsync("a/b.c", -1);

        Assert.Equal(Colors + ".blue/;matrix=5", handler.Requests[0].Uri);
        Assert.Equal(Colors + ".a%2Fb.c/;matrix=-1", handler.Requests[1].Uri);
    }

    [Fact]
    public async Task Space_and_pipe_delimited_arrays_join_their_items_with_the_encoded_separator()
    {
        var (client, handler) = Create();

        await client.FindColorsAsync("x", 1, spaced: ["blue", "black brown", "a|b"], piped: [1, 2, 3]);

        Assert.Equal(Colors + ".x/;matrix=1?spaced=blue%20black%20brown%20a%7Cb&piped=1%7C2%7C3", handler.Single.Uri);
    }

    [Fact]
    public async Task A_union_list_with_pipe_delimited_style_is_joined_by_pipes_and_a_value_is_one_field()
    {
        var (client, handler) = Create();

        await client.FindColorsAsync("x", 1, either: new List<string> { "red", "green" });
        await client.FindColorsAsync("x", 1, either: "red green");

        Assert.Equal(Colors + ".x/;matrix=1?either=red%7Cgreen", handler.Requests[0].Uri);
        Assert.Equal(Colors + ".x/;matrix=1?either=red%20green", handler.Requests[1].Uri);
    }

    [Fact]
    public async Task Empty_lists_send_an_empty_field()
    {
        var (client, handler) = Create();

        await client.FindColorsAsync("x", 1, spaced: [], piped: []);

        Assert.Equal(Colors + ".x/;matrix=1?spaced=&piped=", handler.Single.Uri);
    }

    private static (StylesClient Client, CapturingHandler Handler) Create()
    {
        var handler = new CapturingHandler().Respond(System.Net.HttpStatusCode.NoContent, null);
        return (new StylesClient(new HttpClient(handler, disposeHandler: false), new StylesClientOptions()), handler);
    }
}
