using System.Net;
using System.Text.Json;
using Consumer.Faithful.Shapes;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Issue 14: Label and Tag have one shape, so one serializer body reads and writes both; each keeps its own type, and
/// a departure names the model that was read. Every kind of collection (enum arrays, maps of strings, numbers, models
/// and enums, arrays of arrays, maps of arrays, free-form JSON) goes out and comes back through the runtime helpers.
/// </summary>
public sealed class SharedShapeBehaviourTests
{
    private readonly CapturingHandler _handler = new();

    private ShapesClient Client => new(new HttpClient(_handler, disposeHandler: false), new ShapesClientOptions());

    [Fact]
    public async Task Two_models_of_one_shape_are_written_and_read_by_the_shared_body_as_their_own_types()
    {
        _handler.Respond(HttpStatusCode.OK, "{\"name\":\"bug\",\"color\":null,\"state\":\"archived\",\"count\":3,\"aliases\":[\"defect\"],\"extra\":1}");

        Tag tag = await Client.PutLabelAsync("l1", new Label("bug") { Color = "red", State = LabelState.Closed, Count = 2, Aliases = ["b"] });

        Assert.Equal("{\"name\":\"bug\",\"color\":\"red\",\"state\":\"closed\",\"count\":2,\"aliases\":[\"b\"]}", _handler.Single.BodyText);
        Assert.Equal("bug", tag.Name);
        Assert.Null(tag.Color);
        Assert.Equal(TagState.Archived, tag.State);
        Assert.Equal(3, tag.Count);
        Assert.Equal(["defect"], tag.Aliases!);
        Assert.Empty(ResponseDepartures.Of(tag));
    }

    [Fact]
    public async Task The_shared_body_keeps_explicit_null_apart_from_left_out()
    {
        // Label is sent, so it tracks assignment (JSON Merge Patch); Tag, only read, shares its body all the same.
        _handler.Respond(HttpStatusCode.OK, "{\"name\":\"bug\"}");
        _handler.Respond(HttpStatusCode.OK, "{\"name\":\"bug\"}");

        await Client.PutLabelAsync("l1", new Label("bug") { Color = null });
        await Client.PutLabelAsync("l1", new Label("bug"));

        Assert.Equal(["{\"name\":\"bug\",\"color\":null}", "{\"name\":\"bug\"}"], _handler.Requests.Select(r => r.BodyText));
    }

    [Fact]
    public async Task A_departure_in_a_shared_body_names_the_model_that_was_read()
    {
        _handler.Respond(HttpStatusCode.OK, "{\"color\":[1],\"aliases\":[\"a\",{}]}");

        Tag tag = await Client.PutLabelAsync("l1", new Label("bug"));

        Assert.Equal(
            ["Tag.color: unexpected JSON [1]", "Tag.aliases item: unexpected JSON {}", "Tag.name: required but missing"],
            ResponseDepartures.Of(tag).Select(d => d.ToString()));
        Assert.Equal(["a"], tag.Aliases!);
    }

    [Fact]
    public async Task Every_kind_of_collection_goes_out_and_comes_back_unchanged()
    {
        var inventory = new Inventory
        {
            States = [TagState.Open, TagState.Archived],
            Counts = new Dictionary<string, long> { ["a"] = 1, ["b"] = long.MaxValue },
            Names = new Dictionary<string, string> { ["x"] = "\"quoted\"" },
            Labels = new Dictionary<string, Label> { ["l"] = new("n") { Count = 5 } },
            StateByName = new Dictionary<string, TagState> { ["s"] = TagState.Closed },
            Grid = [[1, 2], [], [3]],
            AliasesByName = new Dictionary<string, IList<string>> { ["k"] = ["v", "w"] },
            Anything = [JsonDocument.Parse("{\"deep\":[null,true]}").RootElement.Clone(), JsonDocument.Parse("null").RootElement.Clone()],
            Extras = new Dictionary<string, JsonElement> { ["e"] = JsonDocument.Parse("[1]").RootElement.Clone() },
            Prices = [0.5, -1e300],
        };
        const string Json =
            "{\"states\":[\"open\",\"archived\"],\"counts\":{\"a\":1,\"b\":9223372036854775807},\"names\":{\"x\":\"\\u0022quoted\\u0022\"},"
            + "\"labels\":{\"l\":{\"name\":\"n\",\"count\":5}},\"stateByName\":{\"s\":\"closed\"},\"grid\":[[1,2],[],[3]],"
            + "\"aliasesByName\":{\"k\":[\"v\",\"w\"]},\"anything\":[{\"deep\":[null,true]},null],\"extras\":{\"e\":[1]},\"prices\":[0.5,-1E+300]}";
        _handler.Respond(HttpStatusCode.OK, Json);

        Inventory back = await Client.PostInventoryAsync(inventory);

        Assert.Equal(Json, _handler.Single.BodyText);
        Assert.Equal(inventory.States, back.States!);
        Assert.Equal(inventory.Counts, back.Counts!);
        Assert.Equal(inventory.Names, back.Names!);
        Assert.Equal(5, back.Labels!["l"].Count);
        Assert.Equal(TagState.Closed, back.StateByName!["s"]);
        Assert.Equal(["1,2", "", "3"], back.Grid!.Select(row => string.Join(",", row)));
        Assert.Equal(["v", "w"], back.AliasesByName!["k"]);
        Assert.Equal(["{\"deep\":[null,true]}", "null"], back.Anything!.Select(e => e.GetRawText()));
        Assert.Equal("[1]", back.Extras!["e"].GetRawText());
        Assert.Equal(inventory.Prices, back.Prices!);
        Assert.Empty(ResponseDepartures.Of(back));
    }

    [Fact]
    public async Task Collection_items_of_the_wrong_type_are_reported_under_their_path_and_the_rest_is_kept()
    {
        _handler.Respond(HttpStatusCode.OK, "{\"states\":[\"open\",\"melted\",[1]],\"counts\":{\"a\":\"x\",\"b\":2},\"grid\":[[1],\"row\",[{}]],\"aliasesByName\":{\"k\":[1.5,[]]},\"labels\":{\"l\":3}}");

        Inventory back = await Client.PostInventoryAsync(new Inventory());

        Assert.Equal([TagState.Open, TagState.Unknown], back.States!);
        Assert.Equal(new Dictionary<string, long> { ["b"] = 2 }, back.Counts!);
        Assert.Equal(["1", ""], back.Grid!.Select(row => string.Join(",", row)));
        Assert.Empty(back.Labels!);
        Assert.Equal(
            [
                "Inventory.states item: unexpected JSON [1]",
                "Inventory.counts value: unexpected JSON \"x\"",
                "Inventory.grid item: unexpected JSON \"row\"",
                "Inventory.grid item item: unexpected JSON {}",
                "Inventory.aliasesByName value item: unexpected JSON 1.5", // text expected: read as "1.5", still a departure
                "Inventory.aliasesByName value item: unexpected JSON []",
                "Inventory.labels value: unexpected JSON 3",
            ],
            ResponseDepartures.Of(back).Select(d => d.ToString()));
        Assert.Equal(["1.5"], back.AliasesByName!["k"]);
    }
}
