using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// The runtime's array and nested-object helpers, called exactly as a generated serializer calls them: items of the
/// wrong type are reported and left out, a non-array is reported and skipped, null items are written as null.
/// </summary>
public class GeneratedJsonSerializerListTests
{
    private sealed class Tag
    {
        public string Name { get; set; } = "";
    }

    private abstract class Serializer : GeneratedJsonSerializer
    {
        private static readonly JsonPropertyNames TagNames = new("Tag", ["name"], required: [0]);

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

            TagNames.ReportMissing(state);
            return value;
        }

        internal static void WriteTag(Utf8JsonWriter writer, Tag value)
        {
            writer.WriteStartObject();
            WriteRequired(writer, TagNames[0], value.Name);
            writer.WriteEndObject();
        }
    }

    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("list");

    private static (T Result, string Departures) Read<T>(string json, JsonReadFunc<T?> read)
        where T : class
    {
        T result = JsonResponseReader.Read(Encoding.UTF8.GetBytes(json), (ref Utf8JsonReader reader) =>
        {
            T? value = read(ref reader);
            Assert.True(reader.Read(), "the reader is left on the array's last token");
            Assert.Equal(JsonTokenType.Number, reader.TokenType);
            return value ?? throw new InvalidOperationException("not read");
        });
        return (result, string.Join("|", ResponseDepartures.Of(result)));
    }

    private static string Write(Action<Utf8JsonWriter> write) => GeneratedJsonSerializerTests.Write(write);

    // Each body is an array followed by a number, read as [list, 0], so the test sees where the reader stops.
    private static string Pair(string list) => "[" + list + ",0]";

    private static JsonReadFunc<T?> InPair<T>(JsonReadFunc<T?> read)
        where T : class =>
        (ref Utf8JsonReader reader) =>
        {
            reader.Read();
            return read(ref reader);
        };

    [Fact]
    public void Strings_of_the_wrong_type_are_reported_and_left_out()
    {
        var (list, departures) = Read(Pair("[\"a\",[true],null,\"b\",{\"x\":[1]}]"), InPair((ref Utf8JsonReader r) => Serializer.ReadList(ref r, "M.tags", false, "M.tags item")));

        Assert.Equal(new[] { "a", "b" }, list);
        Assert.Equal("M.tags item: unexpected JSON [true]|M.tags item: null where the description says it cannot be|M.tags item: unexpected JSON {\"x\":[1]}", departures);
    }

    [Fact]
    public void Objects_are_read_with_the_generated_reader_and_other_items_reported()
    {
        var (list, departures) = Read(Pair("[{\"name\":\"a\"},\"x\",{\"name\":\"b\",\"more\":[1,2]}]"), InPair((ref Utf8JsonReader r) => Serializer.ReadList(ref r, "M.tags", false, "M.tags item", Serializer.ReadTag)));

        Assert.Equal(new[] { "a", "b" }, list.Select(t => t.Name));
        Assert.Equal("M.tags item: unexpected JSON \"x\"", departures);
    }

    [Fact]
    public void Values_are_read_with_the_lenient_reader()
    {
        var (list, departures) = Read(Pair("[1,\"x\",3.5,9223372036854775807]"), InPair((ref Utf8JsonReader r) => Serializer.ReadValueList<long>(ref r, "M.ids", false, "M.ids item", Serializer.ReadInt64)));

        Assert.Equal(new[] { 1L, long.MaxValue }, list);
        Assert.Equal("M.ids item: unexpected JSON \"x\"|M.ids item: unexpected JSON 3.5", departures);
    }

    [Theory]
    [InlineData("null", true, "")]
    [InlineData("null", false, "M.tags: null where the description says it cannot be")]
    [InlineData("{\"a\":[1]}", true, "M.tags: unexpected JSON {\"a\":[1]}")]
    public void A_value_that_is_not_an_array_reads_as_null_and_is_skipped(string json, bool nullable, string expected)
    {
        var (result, departures) = Read(Pair(json), InPair((ref Utf8JsonReader r) => new[] { Serializer.ReadList(ref r, "M.tags", nullable, "M.tags item") }));

        Assert.Null(result[0]);
        Assert.Equal(expected, departures);
    }

    [Fact]
    public void Optional_values_are_left_out_when_null_and_required_ones_written_as_null()
    {
        string json = Write(writer =>
        {
            Serializer.WriteList(writer, Name, (IList<string>?)null);
            Serializer.WriteList(writer, Name, (IList<long>?)null);
            Serializer.WriteList(writer, Name, (IList<Tag>?)null, Serializer.WriteTag);
            Serializer.Write(writer, Name, (Tag?)null, Serializer.WriteTag);
        });
        Assert.Equal("{}", json);

        json = Write(writer =>
        {
            Serializer.WriteRequiredList(writer, Name, (IList<string>?)null);
            Serializer.WriteRequiredList(writer, Name, (IList<long>?)null);
            Serializer.WriteRequiredList(writer, Name, (IList<Tag>?)null, Serializer.WriteTag);
            Serializer.WriteRequired(writer, Name, (Tag?)null, Serializer.WriteTag);
        });
        Assert.Equal("{\"list\":null,\"list\":null,\"list\":null,\"list\":null}", json);
    }

    [Fact]
    public void Items_are_written_in_order_and_null_items_as_null()
    {
        string json = Write(writer =>
        {
            Serializer.WriteList(writer, Name, new List<string> { "a\"", null!, "b" });
            Serializer.WriteRequiredList(writer, Name, new[] { 1L, long.MinValue });
            Serializer.WriteList(writer, Name, new List<Tag> { new() { Name = "x" }, null! }, Serializer.WriteTag);
            Serializer.WriteRequired(writer, Name, new Tag { Name = "y" }, Serializer.WriteTag);
        });

        Assert.Equal("{\"list\":[\"a\\u0022\",null,\"b\"],\"list\":[1,-9223372036854775808],\"list\":[{\"name\":\"x\"},null],\"list\":{\"name\":\"y\"}}", json);
    }
}
