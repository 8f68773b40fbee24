using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// The runtime half of every generated serializer, driven through a serializer written exactly as the generator
/// writes one (name table, read switch, write calls), with hostile bodies: wrong types, escapes, duplicates,
/// deep nesting, oversized values.
/// </summary>
public class GeneratedJsonSerializerTests
{
    private sealed class Box
    {
        public string Sid { get; set; } = null!;

        public int? Count { get; set; }

        public long Total { get; set; }

        public string? StateWireValue { get; set; }

        public JsonElement? Extra { get; set; }

        public Box? Inner { get; set; }
    }

    // What SerializerEmitter emits for Box (sid and total required).
    private abstract class BoxSerializer : GeneratedJsonSerializer
    {
        private static readonly JsonPropertyNames BoxNames = new("Box", ["sid", "count", "total", "state", "extra", "inner"], required: [0, 2]);

        internal static Box ReadBox(ref Utf8JsonReader reader)
        {
            var state = BoxNames.Start(ref reader);
            var value = new Box();
            while (BoxNames.Next(ref reader, ref state))
            {
                switch (state.Property)
                {
                    case 0: if (ReadString(ref reader, "Box.sid", false) is string value0) value.Sid = value0; break;
                    case 1: if (ReadInt32(ref reader, "Box.count", true) is int value1) value.Count = value1; break;
                    case 2: if (ReadInt64(ref reader, "Box.total", false) is long value2) value.Total = value2; break;
                    case 3: value.StateWireValue = ReadString(ref reader, "Box.state", true); break;
                    case 4: value.Extra = ReadElement(ref reader, true); break;
                    case 5:
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            value.Inner = ReadBox(ref reader);
                        }
                        else
                        {
                            Mismatch(ref reader, "Box.inner", true);
                        }

                        break;
                    default: reader.Skip(); break;
                }
            }

            BoxNames.ReportMissing(state);
            return value;
        }

        internal static void WriteBox(Utf8JsonWriter writer, Box value)
        {
            writer.WriteStartObject();
            WriteRequired(writer, BoxNames[0], value.Sid);
            Write(writer, BoxNames[1], value.Count);
            Write(writer, BoxNames[2], value.Total);
            Write(writer, BoxNames[3], value.StateWireValue);
            Write(writer, BoxNames[4], value.Extra);
            if (value.Inner is object)
            {
                writer.WritePropertyName(BoxNames[5]);
                WriteBox(writer, value.Inner);
            }

            writer.WriteEndObject();
        }
    }

    private static Box Read(string json) => JsonResponseReader.Read(Encoding.UTF8.GetBytes(json), BoxSerializer.ReadBox);

    private static string Departures(Box box) => string.Join("|", ResponseDepartures.Of(box));

    internal static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData("""{"sid":"CA1","count":2,"total":3,"state":"paused","extra":[1,{"a":null}],"inner":{"sid":"CA2","total":4}}""")]
    [InlineData("""{"inner":{"total":4,"sid":"CA2"},"extra":[1,{"a":null}],"state":"paused","total":3,"count":2,"sid":"CA1"}""")]
    [InlineData("""{"\u0073id":"CA1","unknown":{"deep":[[[{"x":1}]]]},"count":"2","total":"3","state":"paused","extra":[1,{"a":null}],"inner":{"sid":"CA2","total":4.0}}""")]
    public void Properties_are_found_in_any_order_escaped_or_not_and_unknown_ones_are_skipped(string json)
    {
        Box box = Read(json);

        Assert.Equal("", Departures(box));
        Assert.Equal(("CA1", 2, 3L, "paused"), (box.Sid, box.Count, box.Total, box.StateWireValue));
        Assert.Equal("""[1,{"a":null}]""", box.Extra!.Value.GetRawText());
        Assert.Equal(("CA2", 4L), (box.Inner!.Sid, box.Inner.Total));
    }

    [Fact]
    public void Wrong_types_and_nulls_are_departures_and_leave_defaults()
    {
        Box box = Read("""{"sid":{"a":1},"count":"many","total":null,"state":[1],"extra":null,"inner":"x"}""");

        Assert.Equal(
            "Box.sid: unexpected JSON {\"a\":1}|Box.count: unexpected JSON \"many\"|Box.total: null where the description says it cannot be"
                + "|Box.state: unexpected JSON [1]|Box.inner: unexpected JSON \"x\"",
            Departures(box));
        Assert.Equal((null, null, 0L, null, null, null), (box.Sid, box.Count, box.Total, box.StateWireValue, box.Extra, box.Inner));
    }

    [Fact]
    public void Missing_required_properties_are_reported_once_each_in_table_order()
    {
        Box box = Read("""{"count":1,"inner":{"sid":"x"}}""");

        Assert.Equal("Box.total: required but missing|Box.sid: required but missing|Box.total: required but missing", Departures(box));
    }

    [Fact]
    public void A_duplicate_property_keeps_the_last_readable_value()
    {
        Box box = Read("""{"sid":"a","total":1,"sid":"b","total":2,"total":"x"}""");

        Assert.Equal(("b", 2L), (box.Sid, box.Total));
        Assert.Equal("Box.total: unexpected JSON \"x\"", Departures(box));
    }

    [Theory]
    [InlineData("[]", "Expected an object for Box but found an array at byte 0.")]
    [InlineData("\"x\"", "Expected an object for Box but found a string at byte 0.")]
    public void A_body_that_is_not_an_object_is_refused_with_the_model_named(string json, string reason)
    {
        var ex = Assert.Throws<JsonException>(() => Read(json));

        Assert.EndsWith(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_is_bounded_by_the_reader_depth()
    {
        string within = new string('[', 250) + new string(']', 250);
        string beyond = new string('[', 300) + new string(']', 300);

        Assert.Equal("CA1", Read("""{"sid":"CA1","total":1,"unknown":""" + within + "}").Sid);
        Assert.Throws<JsonException>(() => Read("""{"sid":"CA1","total":1,"unknown":""" + beyond + "}"));
        Assert.Throws<JsonException>(() => Read(string.Concat(Enumerable.Repeat("""{"inner":""", 300)) + "{}" + new string('}', 300)));
    }

    [Fact]
    public void Oversized_values_are_read_whole_and_reported_cut()
    {
        string big = new('x', 1_000_000);

        Box box = Read("""{"sid":""" + "\"" + big + "\"" + ""","total":[""" + "\"" + big + "\"" + "]}");

        Assert.Equal(big, box.Sid);
        ResponseDeparture departure = Assert.Single(ResponseDepartures.Of(box));
        Assert.Equal(ResponseDeparture.MaxRawJsonLength, departure.RawJson!.Length);
    }

    [Fact]
    public void Writes_leave_out_absent_optionals_send_required_nulls_and_nest()
    {
        var box = new Box { Sid = null!, Total = 0, Inner = new Box { Sid = "in", Count = 0, StateWireValue = "stopped" } };

        string json = Write(w =>
        {
            w.WritePropertyName("box");
            BoxSerializer.WriteBox(w, box);
        });

        Assert.Equal("""{"box":{"sid":null,"total":0,"inner":{"sid":"in","count":0,"total":0,"state":"stopped"}}}""", json);
    }

    [Fact]
    public void Every_overload_writes_as_Utf8JsonWriter_does()
    {
        var name = JsonEncodedText.Encode("n");
        var when = new DateTimeOffset(2026, 12, 2, 19, 0, 0, TimeSpan.FromHours(1));
        var id = Guid.Parse("6f1c4c2e-8f3b-4c1e-9a57-2f6f0f9b1c3d");

        string json = Write(w =>
        {
            GeneratedJsonSerializer.Write(w, name, 1);
            GeneratedJsonSerializer.Write(w, name, 2L);
            GeneratedJsonSerializer.Write(w, name, 1.5f);
            GeneratedJsonSerializer.Write(w, name, 2.5d);
            GeneratedJsonSerializer.Write(w, name, 3.25m);
            GeneratedJsonSerializer.Write(w, name, true);
            GeneratedJsonSerializer.Write(w, name, when);
            GeneratedJsonSerializer.Write(w, name, id);
            GeneratedJsonSerializer.Write(w, name, (int?)null);
            GeneratedJsonSerializer.Write(w, name, (Guid?)null);
            GeneratedJsonSerializer.Write(w, name, (JsonElement?)null);
            GeneratedJsonSerializer.WriteRequired(w, name, (decimal?)null);
            GeneratedJsonSerializer.WriteRequired(w, name, (bool?)false);
            GeneratedJsonSerializer.WriteRequired(w, name, (JsonElement?)null);
        });

        Assert.Equal(
            """{"n":1,"n":2,"n":1.5,"n":2.5,"n":3.25,"n":true,"n":"2026-12-02T19:00:00+01:00","n":"6f1c4c2e-8f3b-4c1e-9a57-2f6f0f9b1c3d","n":null,"n":false,"n":null}""",
            json);
    }

    [Fact]
    public void Wire_names_are_written_exactly_and_escaped_and_matched_after_unescaping()
    {
        var names = new JsonPropertyNames("Odd", ["a\"b", "<tag>", "ünï", ""]);

        string json = Write(w =>
        {
            for (int i = 0; i < names.Count; i++)
            {
                GeneratedJsonSerializer.Write(w, names[i], i);
            }
        });
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var state = names.Start(ref reader);
        var found = new List<int>();
        while (names.Next(ref reader, ref state))
        {
            found.Add(state.Property);
            Assert.Equal(state.Property, reader.GetInt32());
        }

        Assert.Equal([0, 1, 2, 3], found);
        Assert.Contains("\\u0022", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_properties_beyond_the_first_64_are_tracked()
    {
        string[] wire = Enumerable.Range(0, 130).Select(i => "p" + i).ToArray();
        var names = new JsonPropertyNames("Wide", wire, required: [1, 63, 64, 100, 129]);
        byte[] json = Encoding.UTF8.GetBytes("{" + string.Join(",", new[] { 129, 1, 64, 5 }.Select(i => "\"p" + i + "\":0")) + ",\"zzz\":1}");

        object result = JsonResponseReader.Read(json, (ref Utf8JsonReader reader) =>
        {
            var state = names.Start(ref reader, keepUnknownNames: true);
            var unknown = new List<string?>();
            while (names.Next(ref reader, ref state))
            {
                if (state.Property == JsonPropertyNames.Unknown)
                {
                    unknown.Add(state.UnknownName);
                }
            }

            names.ReportMissing(state);
            return unknown;
        });

        Assert.Equal(["zzz"], (List<string?>)result);
        Assert.Equal("Wide.p63: required but missing|Wide.p100: required but missing", string.Join("|", ResponseDepartures.Of(result)));
    }

    [Fact]
    public void Unknown_names_are_not_kept_unless_asked()
    {
        var names = new JsonPropertyNames("M", ["a"]);
        var reader = new Utf8JsonReader("""{"b":1}"""u8);
        reader.Read();
        var state = names.Start(ref reader);

        Assert.True(names.Next(ref reader, ref state));
        Assert.Equal((JsonPropertyNames.Unknown, null), (state.Property, state.UnknownName));
    }

    [Fact]
    public void A_names_table_refuses_bad_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new JsonPropertyNames(null!, ["a"]));
        Assert.Throws<ArgumentNullException>(() => new JsonPropertyNames("M", [null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonPropertyNames("M", ["a"], required: [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonPropertyNames("M", ["a"], required: [-1]));
    }
}
