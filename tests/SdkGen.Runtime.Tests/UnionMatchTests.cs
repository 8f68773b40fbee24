using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// How a union picks its alternative: by the JSON token first, then an integer's range, a formatted string's parse, an
/// enum's values, an array's items, an object's required names; on a copy of the reader, never throwing on any value.
/// And what a union that holds raw JSON may send.
/// </summary>
public class UnionMatchTests
{
    private static readonly string[][] Alternatives =
    [
        ["enum", "low", "high"],
        ["date-time"],
        ["uuid"],
        ["string"],
        ["int32"],
        ["integer"],
        ["number"],
        ["boolean"],
        ["array", "integer"],
        ["array", "string"],
        ["array", "any"],
        ["object", "a", "b"],
        ["object", "c"],
    ];

    [Theory]
    [InlineData("\"high\"", 0)]
    [InlineData("\"2024-01-02T03:04:05Z\"", 1)]
    [InlineData("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", 2)]
    [InlineData("\"medium\"", 3)]
    [InlineData("\"12\"", 3)]
    [InlineData("7", 4)]
    [InlineData("3000000000", 5)]
    [InlineData("1.5", 6)]
    [InlineData("1e400", -1)]
    [InlineData("false", 7)]
    [InlineData("[1,2]", 8)]
    [InlineData("[]", 8)]
    [InlineData("[\"a\",\"b\"]", 9)]
    [InlineData("[1,\"a\",[],{}]", 10)]
    [InlineData("[1,\"a\",null]", -1)]
    [InlineData("{\"b\":1,\"x\":[{\"c\":1}],\"a\":2}", 11)]
    [InlineData("{\"c\":{\"a\":1,\"b\":2}}", 12)]
    [InlineData("{\"d\":1}", -1)]
    [InlineData("null", -1)]
    public void The_first_alternative_of_the_value_s_shape_wins_and_the_reader_does_not_move(string json, int expected)
    {
        var reader = Start(json);
        long before = reader.BytesConsumed;

        int index = GeneratedJsonSerializer.MatchUnion(reader, Alternatives);

        Assert.Equal(expected, index);
        Assert.Equal(before, reader.BytesConsumed);
        Assert.Equal(expected, UnionShapes.First(JsonDocument.Parse(json).RootElement, Alternatives));
    }

    [Theory]
    [InlineData("[1,\"a\"]")]
    [InlineData("[null]")]
    [InlineData("[[1]]")]
    public void An_array_reads_as_an_item_kind_only_when_every_item_has_it(string json)
    {
        Assert.Equal(-1, GeneratedJsonSerializer.MatchUnion(Start(json), [["array", "integer"], ["array", "string"]]));
    }

    [Fact]
    public void Raw_json_is_written_only_when_it_has_an_alternative_s_shape()
    {
        string[][] alternatives = [["string"], ["array", "string"]];
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            GeneratedJsonSerializer.WriteUnmatched(writer, JsonDocument.Parse("[\"a\"]").RootElement, alternatives, "MediaUrl");
        }

        Assert.Equal("[\"a\"]", Encoding.UTF8.GetString(stream.ToArray()));
        using var other = new Utf8JsonWriter(new MemoryStream());
        Assert.Contains("none of its alternatives", Assert.Throws<ArgumentException>(() => GeneratedJsonSerializer.WriteUnmatched(other, JsonDocument.Parse("{}").RootElement, alternatives, "MediaUrl")).Message);
        Assert.Contains("holds no value", Assert.Throws<ArgumentException>(() => GeneratedJsonSerializer.WriteUnmatched(other, default(JsonElement), alternatives, "MediaUrl")).Message);
        Assert.Contains("holds no value", Assert.Throws<ArgumentException>(() => GeneratedJsonSerializer.WriteUnmatched(other, null, alternatives, "MediaUrl")).Message);
        Assert.Equal(0, other.BytesCommitted + other.BytesPending);
    }

    [Fact]
    public void A_deeply_nested_value_is_matched_without_throwing()
    {
        string json = new string('[', 200) + new string(']', 200);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();

        Assert.Equal(0, GeneratedJsonSerializer.MatchUnion(reader, [["array", "array"]]));
    }

    private static Utf8JsonReader Start(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
