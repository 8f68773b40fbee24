using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// The runtime's helpers for arrays of enums, JSON and arrays, and for maps of every kind, called exactly as a
/// generated serializer calls them: items or map values of the wrong type (or null) are reported and left out, the
/// reader stops on the collection's last token, and null items or values are written as null.
/// </summary>
public class GeneratedJsonSerializerCollectionTests
{
    private enum Color
    {
        Unknown,
        Red,
        Blue,
    }

    private sealed class Tag
    {
        public string Name { get; set; } = "";
    }

    private abstract class Serializer : GeneratedJsonSerializer
    {
        private static readonly JsonPropertyNames TagNames = new("Tag", ["name"]);

        internal static Tag ReadTag(ref Utf8JsonReader reader)
        {
            var state = TagNames.Start(ref reader);
            var value = new Tag();
            while (TagNames.Next(ref reader, ref state))
            {
                switch (state.Property)
                {
                    case 0: if (ReadString(ref reader, "Tag.name", false) is string value0) value.Name = value0; break;
                    default: reader.Skip(); break;
                }
            }

            return value;
        }

        internal static void WriteTag(Utf8JsonWriter writer, Tag value)
        {
            writer.WriteStartObject();
            Write(writer, TagNames[0], value.Name);
            writer.WriteEndObject();
        }
    }

    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("c");

    private static Color FromWire(string text) => text switch { "red" => Color.Red, "blue" => Color.Blue, _ => Color.Unknown };

    private static string ToWire(Color color) => color == Color.Red ? "red" : "blue";

    // The collection is read from [collection, 0], so the test sees the reader stops on the collection's last token.
    private static (T Result, string Departures) Read<T>(string json, JsonReadFunc<T?> read)
        where T : class
    {
        T result = JsonResponseReader.Read(Encoding.UTF8.GetBytes("[" + json + ",0]"), (ref Utf8JsonReader reader) =>
        {
            reader.Read();
            T? value = read(ref reader);
            Assert.True(reader.Read(), "the reader is left on the collection's last token");
            Assert.Equal(JsonTokenType.Number, reader.TokenType);
            return value ?? throw new InvalidOperationException("not read");
        });
        return (result, string.Join("|", ResponseDepartures.Of(result)));
    }

    [Fact]
    public void Enum_items_convert_from_their_wire_text_and_unknown_text_is_the_unknown_member()
    {
        var (list, departures) = Read("[\"red\",\"green\",[7],\"blue\",null]", (ref Utf8JsonReader r) => Serializer.ReadEnumList(ref r, "M.colors", false, "M.colors item", FromWire));

        Assert.Equal(new[] { Color.Red, Color.Unknown, Color.Blue }, list);
        Assert.Equal("M.colors item: unexpected JSON [7]|M.colors item: null where the description says it cannot be", departures);
    }

    [Fact]
    public void Free_form_items_and_values_are_all_kept_null_included()
    {
        var (list, listDepartures) = Read("[1,{\"a\":[null]},null,\"x\"]", (ref Utf8JsonReader r) => Serializer.ReadJsonList(ref r, "M.any", false));
        var (map, mapDepartures) = Read("{\"a\":[1],\"b\":null}", (ref Utf8JsonReader r) => Serializer.ReadJsonMap(ref r, "M.extra", false));

        Assert.Equal(new[] { "1", "{\"a\":[null]}", "null", "\"x\"" }, list.Select(e => e.GetRawText()));
        Assert.Equal(new[] { "a=[1]", "b=null" }, map.Select(p => p.Key + "=" + p.Value.GetRawText()));
        Assert.Equal("", listDepartures + mapDepartures);
    }

    [Fact]
    public void Arrays_of_arrays_read_each_inner_array_and_report_what_is_not_one()
    {
        var (grid, departures) = Read(
            "[[1,2],\"row\",[3,\"x\"],null,[]]",
            (ref Utf8JsonReader r) => Serializer.ReadNestedList<IList<long>>(ref r, "M.grid", false, "M.grid item", (ref Utf8JsonReader r1, string w1, bool n1, string i1) => Serializer.ReadValueList<long>(ref r1, w1, n1, i1, Serializer.ReadInt64)));

        Assert.Equal(new[] { "1,2", "3", "" }, grid.Select(row => string.Join(",", row)));
        Assert.Equal(
            "M.grid item: unexpected JSON \"row\"|M.grid item item: unexpected JSON \"x\"|M.grid item: null where the description says it cannot be",
            departures);
    }

    [Fact]
    public void Maps_of_strings_models_values_and_enums_keep_every_key_and_report_bad_values()
    {
        var (names, namesDepartures) = Read("{\"a\":\"x\",\"b\":[true],\"c\":null,\"a\":\"y\"}", (ref Utf8JsonReader r) => Serializer.ReadMap(ref r, "M.names", false, "M.names value"));
        var (tags, tagsDepartures) = Read("{\"t\":{\"name\":\"n\"},\"u\":[1]}", (ref Utf8JsonReader r) => Serializer.ReadMap(ref r, "M.tags", false, "M.tags value", Serializer.ReadTag));
        var (counts, countsDepartures) = Read("{\"one\":1,\"half\":0.5}", (ref Utf8JsonReader r) => Serializer.ReadValueMap<long>(ref r, "M.counts", false, "M.counts value", Serializer.ReadInt64));
        var (colors, colorsDepartures) = Read("{\"x\":\"red\",\"y\":\"teal\",\"z\":{}}", (ref Utf8JsonReader r) => Serializer.ReadEnumMap(ref r, "M.colors", false, "M.colors value", FromWire));

        Assert.Equal(new[] { "a=y" }, names.Select(p => p.Key + "=" + p.Value));
        Assert.Equal("M.names value: unexpected JSON [true]|M.names value: null where the description says it cannot be", namesDepartures);
        Assert.Equal("n", Assert.Single(tags).Value.Name);
        Assert.Equal("M.tags value: unexpected JSON [1]", tagsDepartures);
        Assert.Equal(1L, Assert.Single(counts).Value);
        Assert.Equal("M.counts value: unexpected JSON 0.5", countsDepartures);
        Assert.Equal(new[] { "x=Red", "y=Unknown" }, colors.Select(p => p.Key + "=" + p.Value));
        Assert.Equal("M.colors value: unexpected JSON {}", colorsDepartures);
    }

    [Fact]
    public void Maps_of_arrays_read_each_array_with_its_own_departure_text()
    {
        var (errors, departures) = Read(
            "{\"name\":[\"too long\",{}],\"age\":\"bad\"}",
            (ref Utf8JsonReader r) => Serializer.ReadNestedMap<IList<string>>(ref r, "M.errors", false, "M.errors value", Serializer.ReadList));

        Assert.Equal(new[] { "too long" }, errors["name"]);
        Assert.False(errors.ContainsKey("age"));
        Assert.Equal("M.errors value item: unexpected JSON {}|M.errors value: unexpected JSON \"bad\"", departures);
    }

    [Theory]
    [InlineData("[1]", true, "M.map: unexpected JSON [1]")]
    [InlineData("null", true, "")]
    [InlineData("null", false, "M.map: null where the description says it cannot be")]
    public void A_value_that_is_not_an_object_reads_as_a_null_map_and_is_skipped(string json, bool nullable, string expected)
    {
        var (result, departures) = Read(json, (ref Utf8JsonReader r) => new[] { Serializer.ReadMap(ref r, "M.map", nullable, "M.map value") });

        Assert.Null(result[0]);
        Assert.Equal(expected, departures);
    }

    [Fact]
    public void Maps_enum_lists_and_nested_collections_are_written_in_one_call_each()
    {
        string json = GeneratedJsonSerializerTests.Write(writer =>
        {
            Serializer.WriteMap(writer, Name, new Dictionary<string, long> { ["a"] = 1, ["b"] = -2 }, Serializer.WriteValue);
            Serializer.WriteMap(writer, Name, new Dictionary<string, Tag> { ["t"] = new() { Name = "x" }, ["u"] = null! }, Serializer.WriteTag);
            Serializer.WriteEnumList(writer, Name, new[] { Color.Red, Color.Blue }, ToWire);
            Serializer.WriteEnumMap(writer, Name, new Dictionary<string, Color> { ["k"] = Color.Blue }, ToWire);
            Serializer.WriteList(writer, Name, new List<IList<double>> { new[] { 1.5 }, null!, Array.Empty<double>() }, (w1, v1) => Serializer.WriteArray(w1, v1, Serializer.WriteValue));
            Serializer.WriteList(writer, Name, new[] { JsonDocument.Parse("{\"a\":null}").RootElement }, Serializer.WriteValue);
            Serializer.WriteMap(writer, Name, new Dictionary<string, IDictionary<string, string>> { ["m"] = new Dictionary<string, string> { ["k"] = "v" } }, (w1, v1) => Serializer.WriteObject(w1, v1, Serializer.WriteValue));
        });

        Assert.Equal(
            "{\"c\":{\"a\":1,\"b\":-2},\"c\":{\"t\":{\"name\":\"x\"},\"u\":null},\"c\":[\"red\",\"blue\"],\"c\":{\"k\":\"blue\"},"
            + "\"c\":[[1.5],null,[]],\"c\":[{\"a\":null}],\"c\":{\"m\":{\"k\":\"v\"}}}",
            json);
    }

    [Fact]
    public void Absent_optional_collections_are_left_out_and_required_ones_written_as_null()
    {
        string optional = GeneratedJsonSerializerTests.Write(writer =>
        {
            Serializer.WriteMap(writer, Name, (IDictionary<string, string>?)null, Serializer.WriteValue);
            Serializer.WriteEnumList(writer, Name, (IList<Color>?)null, ToWire);
            Serializer.WriteEnumMap(writer, Name, (IDictionary<string, Color>?)null, ToWire);
            Serializer.WriteList(writer, Name, (IList<double>?)null, Serializer.WriteValue);
        });
        string required = GeneratedJsonSerializerTests.Write(writer =>
        {
            Serializer.WriteRequiredMap(writer, Name, (IDictionary<string, string>?)null, Serializer.WriteValue);
            Serializer.WriteRequiredEnumList(writer, Name, (IList<Color>?)null, ToWire);
            Serializer.WriteRequiredEnumMap(writer, Name, (IDictionary<string, Color>?)null, ToWire);
            Serializer.WriteRequiredList(writer, Name, (IList<double>?)null, Serializer.WriteValue);
        });

        Assert.Equal("{}", optional);
        Assert.Equal("{\"c\":null,\"c\":null,\"c\":null,\"c\":null}", required);
    }

    [Fact]
    public void A_model_sharing_a_shape_table_matches_the_same_names_and_reports_under_its_own_name()
    {
        var first = new JsonPropertyNames("Label", ["name", "count"], required: [0]);
        var second = new JsonPropertyNames("Tag", first);

        Assert.Equal(first[1].EncodedUtf8Bytes.ToArray(), second[1].EncodedUtf8Bytes.ToArray());
        Assert.Equal("Tag.count", second.What(1));
        Assert.Same(second.What(1), second.What(1));
        Assert.Equal("Label.count item", first.ItemWhat(1));
        Assert.Equal("Tag.name value", second.ValueWhat(0));
        Assert.Equal("Tag additional property", second.AdditionalWhat);
        Assert.Throws<ArgumentNullException>(() => new JsonPropertyNames("X", (JsonPropertyNames)null!));

        string departures = JsonResponseReader.Read(Encoding.UTF8.GetBytes("{\"count\":1}"), (ref Utf8JsonReader reader) =>
        {
            var state = second.Start(ref reader);
            while (second.Next(ref reader, ref state))
            {
                Assert.Equal(1, state.Property);
            }

            second.ReportMissing(state);
            return new object();
        }) is { } result ? string.Join("|", ResponseDepartures.Of(result)) : "";
        Assert.Equal("Tag.name: required but missing", departures);
    }
}
