using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class JsonResponseReaderTests
{
    private sealed class Recording
    {
        public string? Sid { get; set; }

        public int Duration { get; set; }
    }

    private static Recording ReadRecording(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValueReader.UnexpectedToken(ref reader, "the start of an object");
        }

        var result = new Recording();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "sid":
                    result.Sid = JsonValueReader.ReadString(ref reader);
                    break;
                case "duration":
                    result.Duration = JsonValueReader.ReadInt32(ref reader);
                    break;
                default:
                    JsonValueReader.SkipValue(ref reader);
                    break;
            }
        }

        return result;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Reads_with_the_reader_on_the_first_token()
    {
        var recording = JsonResponseReader.Read(Utf8("{\"sid\":\"RE1\",\"duration\":\"12\",\"extra\":{\"a\":[1,2]}}"), ReadRecording);

        Assert.Equal("RE1", recording.Sid);
        Assert.Equal(12, recording.Duration);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var recording = JsonResponseReader.Read(Utf8("/* c */ {\"sid\":\"RE1\", // x\n \"duration\":3,}"), ReadRecording);

        Assert.Equal("RE1", recording.Sid);
        Assert.Equal(3, recording.Duration);
    }

    [Fact]
    public void A_comment_after_a_departure_leaves_the_departure_reported_once()
    {
        // A body is read with comments refused first; that read fails at the comment, and what it reported goes with it.
        static Recording ReadReporting(ref Utf8JsonReader reader)
        {
            LenientJsonReader.Missing("Recording.sid");
            return ReadRecording(ref reader);
        }

        Recording recording = JsonResponseReader.Read(Utf8("{\"duration\":3 /* late */}"), ReadReporting);

        Assert.Equal(3, recording.Duration);
        ResponseDeparture departure = Assert.Single(ResponseDepartures.Of(recording));
        Assert.Equal(("Recording.sid", ResponseDepartureKind.MissingRequired), (departure.Path, departure.Kind));
    }

    [Fact]
    public void A_body_invalid_after_a_comment_fails_as_before()
    {
        var error = Assert.Throws<JsonException>(() => JsonResponseReader.Read(Utf8("{\"sid\":\"RE1\" /* c */, \"duration\":x}"), ReadRecording));

        Assert.StartsWith("The response body is not valid for Recording: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_order_mark_is_skipped()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Utf8("{\"sid\":\"RE1\"}")];

        Assert.Equal("RE1", JsonResponseReader.Read(body, ReadRecording).Sid);
    }

    [Fact]
    public void Empty_body_throws_JsonException_naming_the_type()
    {
        var ex = Assert.Throws<JsonException>(() => JsonResponseReader.Read([], ReadRecording));

        Assert.Equal("The response body is not valid for Recording: the body is empty.", ex.Message);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("{\"sid\":")]
    [InlineData("{\"sid\":\"RE1\"")]
    [InlineData("<html>502</html>")]
    [InlineData("{'sid':'x'}")]
    public void Malformed_body_throws_JsonException_naming_the_type(string body)
    {
        var ex = Assert.Throws<JsonException>(() => JsonResponseReader.Read(Utf8(body), ReadRecording));

        Assert.StartsWith("The response body is not valid for Recording: ", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public void Wrong_shape_throws_JsonException_with_the_inner_message()
    {
        var ex = Assert.Throws<JsonException>(() => JsonResponseReader.Read(Utf8("[1,2]"), ReadRecording));

        Assert.Equal("The response body is not valid for Recording: Expected the start of an object but found an array at byte 0.", ex.Message);
    }

    [Fact]
    public void Invalid_operation_from_the_reader_is_wrapped()
    {
        var ex = Assert.Throws<JsonException>(() => JsonResponseReader.Read(Utf8("{\"a\":1}"),
            static (ref Utf8JsonReader r) => r.GetString()));

        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.StartsWith("The response body is not valid for String: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_exception_from_the_read_function_is_wrapped()
    {
        var ex = Assert.Throws<JsonException>(() => JsonResponseReader.Read(Utf8("\"x\""),
            static (ref Utf8JsonReader r) => r.GetInt32()));

        Assert.IsType<InvalidOperationException>(ex.InnerException);

        var ex2 = Assert.Throws<JsonException>(() => JsonResponseReader.Read<int>(Utf8("1"),
            static (ref Utf8JsonReader r) => throw new FormatException("bad format")));

        Assert.Equal("The response body is not valid for Int32: bad format", ex2.Message);
        Assert.IsType<FormatException>(ex2.InnerException);
    }

    [Fact]
    public void Depth_over_256_throws()
    {
        string deep = new string('[', 300) + new string(']', 300);

        Assert.Throws<JsonException>(() => JsonResponseReader.Read(Utf8(deep), JsonValueReader.ReadElement));
    }

    [Fact]
    public void Depth_of_256_is_allowed()
    {
        string deep = new string('[', 256) + new string(']', 256);

        Assert.Equal(JsonValueKind.Array, JsonResponseReader.Read(Utf8(deep), JsonValueReader.ReadElement).ValueKind);
    }

    [Fact]
    public void Read_null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => JsonResponseReader.Read(null!, ReadRecording));
        Assert.Throws<ArgumentNullException>(() => JsonResponseReader.Read<Recording>([], null!));
    }

    [Fact]
    public void TryRead_reads_a_valid_body()
    {
        Assert.Equal("RE9", JsonResponseReader.TryRead(Utf8("{\"sid\":\"RE9\"}"), ReadRecording)!.Sid);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("{\"duration\":true}")]
    [InlineData("{\"sid\":\"x\"")]
    public void TryRead_returns_null_on_empty_or_invalid(string body)
    {
        Assert.Null(JsonResponseReader.TryRead(Utf8(body), ReadRecording));
    }

    [Fact]
    public void TryRead_returns_null_for_null_body()
    {
        Assert.Null(JsonResponseReader.TryRead(null, ReadRecording));
    }

    [Fact]
    public void TryRead_null_function_throws()
    {
        Assert.Throws<ArgumentNullException>(() => JsonResponseReader.TryRead<Recording>([1], null!));
    }

    [Fact]
    public void GetText_decodes_utf8()
    {
        Assert.Equal("é€ {}", JsonResponseReader.GetText(Utf8("é€ {}")));
    }

    [Fact]
    public void GetText_skips_bom_and_returns_null_for_empty()
    {
        Assert.Equal("x", JsonResponseReader.GetText([0xEF, 0xBB, 0xBF, (byte)'x']));
        Assert.Null(JsonResponseReader.GetText([]));
        Assert.Null(JsonResponseReader.GetText(null));
        Assert.Null(JsonResponseReader.GetText([0xEF, 0xBB, 0xBF]));
    }

    [Fact]
    public void GetText_replaces_invalid_utf8()
    {
        Assert.Equal("a\uFFFDb", JsonResponseReader.GetText([(byte)'a', 0xFF, (byte)'b']));
    }
}
