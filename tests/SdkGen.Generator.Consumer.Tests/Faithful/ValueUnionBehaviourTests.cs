using System.Net;
using System.Text.Json;
using Consumer.Faithful.Unions;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Unions of strings, numbers, booleans, arrays and objects without a discriminator (issue 13): each value reads as the
/// first alternative whose JSON shape it has and goes back byte for byte; a value of no alternative's shape is kept,
/// reported, and refused if sent; callers build any alternative by implicit conversion; a union that nests itself
/// (<c>Value</c>) reads and writes any depth; a string-or-list form field is one field or the field repeated.
/// </summary>
public sealed class ValueUnionBehaviourTests
{
    [Theory]
    [InlineData("{\"media\":\"https://a/1.png\"}")]
    [InlineData("{\"media\":[\"https://a/1.png\",\"https://a/2.png\"]}")]
    [InlineData("{\"id\":5}")]
    [InlineData("{\"id\":\"x-5\"}")]
    [InlineData("{\"flag\":1.5}")]
    [InlineData("{\"flag\":true}")]
    [InlineData("{\"label\":\"plain\"}")]
    [InlineData("{\"label\":{\"text\":\"t\",\"color\":\"red\"}}")]
    [InlineData("{\"label\":[{\"text\":\"t\"},{\"text\":\"u\",\"color\":\"red\"}]}")]
    [InlineData("{\"when\":\"2024-01-02T03:04:05+01:00\"}")]
    [InlineData("{\"when\":7}")]
    [InlineData("{\"size\":3}")]
    [InlineData("{\"size\":\"L\"}")]
    [InlineData("{\"level\":\"high\"}")]
    [InlineData("{\"level\":2}")]
    [InlineData("{\"level\":\"medium\"}")]
    [InlineData("{\"counts\":[1,2]}")]
    [InlineData("{\"counts\":[\"a\"]}")]
    [InlineData("{\"counts\":[]}")]
    [InlineData("{\"shadowed\":4}")]
    [InlineData("{\"labels\":[\"a\",[\"b\",\"c\"],[]]}")]
    [InlineData("{\"extra\":\"s\"}")]
    [InlineData("{\"extra\":{\"k\":[1,{\"z\":null}],\"n\":null}}")]
    public async Task Every_alternative_reads_without_departure_and_goes_back_unchanged(string json)
    {
        var (client, handler) = Create(json);

        Thing thing = await client.PutThingAsync(new Thing());
        await client.PutThingAsync(thing);

        Assert.Empty(ResponseDepartures.Of(thing));
        Assert.Equal(json, handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task The_alternative_read_is_the_one_the_json_s_shape_says_with_its_typed_value()
    {
        var (client, _) = Create("{\"id\":\"7\",\"flag\":0,\"label\":{\"text\":\"t\"},\"when\":\"2024-01-02T03:04:05Z\",\"level\":\"low\",\"counts\":[\"1\"],\"media\":[\"u\"]}");

        Thing thing = await client.PutThingAsync(new Thing());

        Assert.True(thing.Id!.TryGetString(out string? id) && id == "7");
        Assert.False(thing.Id.IsInt64);
        Assert.True(thing.Flag!.TryGetDouble(out double flag) && flag == 0);
        Assert.False(thing.Flag.TryGetBoolean(out bool boolean) || boolean);
        Assert.True(thing.Label!.TryGetLabel(out Label? label) && label!.Text == "t");
        Assert.True(thing.When!.TryGetDateTimeOffset(out DateTimeOffset when) && when == new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Assert.True(thing.Level!.TryGetThingLevelOption1(out ThingLevelOption1 level) && level == ThingLevelOption1.Low);
        Assert.True(thing.Counts!.IsStringList);
        Assert.True(thing.Media!.TryGetStringList(out IList<string>? media) && media!.SequenceEqual(new[] { "u" }));
        Assert.Null(thing.Media.Json);
    }

    [Theory]
    [InlineData("{\"id\":true}", "ThingId", "true")]
    [InlineData("{\"flag\":\"yes\"}", "ThingFlag", "\"yes\"")]
    [InlineData("{\"when\":\"not a date\"}", "ThingWhen", "\"not a date\"")]
    [InlineData("{\"counts\":[1,\"a\"]}", "ThingCounts", "[1,\"a\"]")]
    [InlineData("{\"label\":{\"color\":\"red\"}}", "ThingLabel", "{\"color\":\"red\"}")]
    [InlineData("{\"media\":{\"url\":\"u\"}}", "MediaUrl", "{\"url\":\"u\"}")]
    public async Task A_value_of_no_alternative_s_shape_is_kept_reported_and_refused_when_sent_back(string json, string union, string value)
    {
        var (client, handler) = Create(json);

        Thing thing = await client.PutThingAsync(new Thing());

        ResponseDeparture departure = Assert.Single(ResponseDepartures.Of(thing));
        Assert.Equal(union, departure.Path);
        Assert.Equal(value, departure.RawJson);
        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.PutThingAsync(thing));
        Assert.Contains(union, error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Null_reads_as_null_for_a_property_and_is_a_departure_for_a_list_item()
    {
        var (client, _) = Create("{\"size\":null,\"id\":null,\"labels\":[null,\"a\"]}");

        Thing thing = await client.PutThingAsync(new Thing());

        Assert.Null(thing.Size);
        Assert.Null(thing.Id);
        Assert.True(Assert.Single(thing.Labels!).IsString);
        Assert.Equal("Thing.labels item", Assert.Single(ResponseDepartures.Of(thing)).Path);
    }

    [Fact]
    public async Task A_caller_builds_each_alternative_by_implicit_conversion_and_can_send_null()
    {
        var (client, handler) = Create("{}");
        var thing = new Thing
        {
            Media = new List<string> { "a" },
            Id = 5,
            Flag = true,
            Label = new Label("t"),
            When = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Size = null,
            Level = ThingLevelOption1.High,
            Counts = new List<long> { 1, 2 },
            Labels = new List<MediaUrl> { "x", new List<string>() },
        };

        await client.PutThingAsync(thing);

        Assert.Equal(
            "{\"media\":[\"a\"],\"id\":5,\"flag\":true,\"label\":{\"text\":\"t\"},\"when\":\"2024-01-02T03:04:05+00:00\",\"size\":null,\"level\":\"high\",\"counts\":[1,2],\"labels\":[\"x\",[]]}",
            handler.Single.BodyText);
    }

    [Fact]
    public async Task An_alternative_is_validated_and_an_empty_union_refused_before_anything_is_sent()
    {
        var (client, handler) = Create("{}");

        ArgumentException invalid = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.PutThingAsync(new Thing { Label = new Label("") }));
        ArgumentException invalidItem = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.PutThingAsync(new Thing { Label = new List<Label> { new("ok"), new("") } }));
        ArgumentException empty = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.PutThingAsync(new Thing { Id = new ThingId(default(JsonElement)) }));
        ArgumentException unmatched = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.PutThingAsync(new Thing { Id = new ThingId(JsonDocument.Parse("[1]").RootElement) }));

        Assert.Contains("Label.Text", invalid.Message);
        Assert.Contains("Label[1].Text", invalidItem.Message);
        Assert.Contains("ThingId holds no value", empty.Message);
        Assert.Contains("ThingId", unmatched.Message);
        Assert.Empty(handler.Requests);
        Assert.Throws<ArgumentNullException>(() => new ThingId((string)null!));
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("2.5")]
    [InlineData("false")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"a\":[1,\"x\",true,{\"b\":[[],{}]}],\"c\":{\"d\":-0.25}}")]
    public async Task A_union_that_nests_itself_reads_and_writes_any_depth(string json)
    {
        var (client, handler) = Create(json);

        Value value = await client.EchoValueAsync("seed");
        await client.EchoValueAsync(value);

        Assert.Empty(ResponseDepartures.Of(value));
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetRawText(), JsonDocument.Parse(handler.Requests[1].BodyText!).RootElement.GetRawText());
        Assert.Equal("\"seed\"", handler.Requests[0].BodyText);
    }

    [Fact]
    public async Task A_nested_value_is_reached_through_the_typed_accessors()
    {
        var (client, _) = Create("{\"a\":[1,\"x\",{\"b\":true}]}");

        Value value = await client.EchoValueAsync(new Dictionary<string, Value> { ["k"] = new List<Value> { 1.5, "y", false } });

        Assert.True(value.TryGetValueMap(out IDictionary<string, Value>? map));
        Assert.True(map!["a"].TryGetValueList(out IList<Value>? list));
        Assert.True(list![0].IsDouble && list[1].IsString);
        Assert.True(list[2].TryGetValueMap(out IDictionary<string, Value>? inner) && inner!["b"].TryGetBoolean(out bool b) && b);
    }

    [Theory]
    [InlineData("one", "To=x&MediaUrl=one")]
    [InlineData("a,b", "To=x&MediaUrl=a&MediaUrl=b")]
    [InlineData(null, "To=x")]
    public async Task A_string_or_list_form_field_is_one_field_or_the_field_repeated(string? urls, string expected)
    {
        var (client, handler) = Create("");
        MediaUrl? media = urls is null ? null : urls.Contains(',') ? urls.Split(',').ToList() : urls;

        await client.SendMessageAsync(new MessageForm("x") { MediaUrl = media });

        Assert.Equal("application/x-www-form-urlencoded", handler.Single.RawContentType);
        Assert.Equal(expected, handler.Single.BodyText);
    }

    [Fact]
    public async Task A_form_field_holding_json_of_no_alternative_s_shape_is_refused_before_sending()
    {
        var (client, handler) = Create("");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.SendMessageAsync(new MessageForm("x") { MediaUrl = new MediaUrl(JsonDocument.Parse("{\"u\":1}").RootElement) }));

        Assert.Empty(handler.Requests);
    }

    private static (UnionsClient Client, CapturingHandler Handler) Create(string response)
    {
        var handler = new CapturingHandler().Respond(response.Length == 0 ? HttpStatusCode.NoContent : HttpStatusCode.OK, response.Length == 0 ? null : response);
        return (new UnionsClient(new HttpClient(handler, disposeHandler: false), new UnionsClientOptions()), handler);
    }
}
