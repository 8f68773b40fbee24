using System.Net;
using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>Lenient response reading: departures reported, never thrown; unreadable bodies typed.</summary>
public class LenientReadingTests
{
    private sealed class Box
    {
        public int? Number { get; set; }

        public string? Text { get; set; }
    }

    // What a generated read function does: lenient values into a fresh object.
    private static Box ReadBox(ref Utf8JsonReader reader)
    {
        var box = new Box();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == "n")
            {
                box.Number = LenientJsonReader.ReadInt32(ref reader, "Box.n", nullable: false);
            }
            else if (name == "t")
            {
                box.Text = LenientJsonReader.ReadString(ref reader, "Box.t", nullable: true);
            }
            else
            {
                reader.Skip();
            }
        }

        if (box.Text is null)
        {
            LenientJsonReader.Missing("Box.t");
        }

        return box;
    }

    [Fact]
    public void Clean_reads_before_between_and_inside_reads_with_departures_keep_none()
    {
        // The departure list is made at the first departure; clean reads share a marker that must never collect any.
        Box clean1 = JsonResponseReader.Read(Encoding.UTF8.GetBytes("""{"n":1,"t":"x"}"""), ReadBox);
        Box inner = null!;
        Box outer = JsonResponseReader.Read(Encoding.UTF8.GetBytes("""{"n":null}"""), (ref Utf8JsonReader reader) =>
        {
            LenientJsonReader.Missing("Outer.before");
            inner = JsonResponseReader.Read(Encoding.UTF8.GetBytes("""{"n":3,"t":"x"}"""), ReadBox);
            Box read = ReadBox(ref reader);
            LenientJsonReader.Missing("Outer.after");
            return read;
        });
        Box clean2 = JsonResponseReader.Read(Encoding.UTF8.GetBytes("""{"n":2,"t":"x"}"""), ReadBox);

        Assert.Empty(ResponseDepartures.Of(clean1));
        Assert.Empty(ResponseDepartures.Of(inner));
        Assert.Empty(ResponseDepartures.Of(clean2));
        Assert.Equal(
            "Outer.before: required but missing|Box.n: null where the description says it cannot be|Box.t: required but missing|Outer.after: required but missing",
            string.Join("|", ResponseDepartures.Of(outer)));
    }

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData("true", "true")]
    [InlineData("-0", "-0")]
    public void A_number_or_boolean_where_text_belongs_reads_as_its_json_text_and_is_a_departure(string value, string text)
    {
        Box box = JsonResponseReader.Read(Encoding.UTF8.GetBytes("{\"n\":1,\"t\":" + value + "}"), ReadBox);

        Assert.Equal(text, box.Text);
        ResponseDeparture departure = Assert.Single(ResponseDepartures.Of(box));
        Assert.Equal(("Box.t", ResponseDepartureKind.WrongType, value), (departure.Path, departure.Kind, departure.RawJson));
        Assert.True(ResponseDepartures.Concern(box, "Box.t"));
    }

    [Theory]
    [InlineData("""{"n":1,"t":"x"}""", "")]
    [InlineData("""{"n":null,"t":"x"}""", "Box.n: null where the description says it cannot be")]
    [InlineData("""{"n":{"deep":[1,2,{"x":null}]},"t":"x","after":1}""", "Box.n: unexpected JSON {\"deep\":[1,2,{\"x\":null}]}")]
    [InlineData("""{"n":"seven","t":"x"}""", "Box.n: unexpected JSON \"seven\"")]
    [InlineData("""{"n":1,"t":[true]}""", "Box.t: unexpected JSON [true]|Box.t: required but missing")]
    [InlineData("""{"n":1,"t":12.50}""", "Box.t: unexpected JSON 12.50")]
    public void Departures_are_reported_and_the_rest_is_read(string json, string expected)
    {
        Box box = JsonResponseReader.Read(Encoding.UTF8.GetBytes(json), ReadBox);

        Assert.Equal(expected, string.Join("|", ResponseDepartures.Of(box)));
        Assert.Equal(json.Contains("\"n\":1", StringComparison.Ordinal) ? 1 : null, box.Number);
    }

    [Fact]
    public void Raw_JSON_of_a_departure_is_cut_and_departures_are_capped()
    {
        var json = new StringBuilder("{\"n\":[");
        json.Append(string.Join(",", Enumerable.Repeat("123456789", 100))).Append("]");
        for (int i = 0; i < 300; i++)
        {
            json.Append(",\"n\":\"x\"");
        }

        Box box = JsonResponseReader.Read(Encoding.UTF8.GetBytes(json.Append('}').ToString()), ReadBox);

        IReadOnlyList<ResponseDeparture> departures = ResponseDepartures.Of(box);
        Assert.Equal(ResponseDepartures.MaxPerResponse, departures.Count);
        Assert.Equal(ResponseDeparture.MaxRawJsonLength, departures[0].RawJson!.Length);
        Assert.All(departures.Take(ResponseDepartures.MaxPerResponse - 1), d => Assert.NotEqual(ResponseDepartureKind.MoreNotListed, d.Kind));
        Assert.Equal(ResponseDepartureKind.MoreNotListed, departures[^1].Kind);   // the cut is said, not hidden
        Assert.EndsWith("more departures than are kept", departures[^1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Departures_outside_a_response_read_are_ignored_and_reads_do_not_share_them()
    {
        LenientJsonReader.Missing("Nowhere.x");
        Box first = JsonResponseReader.Read(Encoding.UTF8.GetBytes("""{"n":null}"""), ReadBox);
        Box second = JsonResponseReader.Read(Encoding.UTF8.GetBytes("""{"n":2,"t":"x"}"""), ReadBox);

        Assert.Equal(2, ResponseDepartures.Of(first).Count);
        Assert.Empty(ResponseDepartures.Of(second));
        Assert.True(ResponseDepartures.Concern(first, "Box.n"));
        Assert.False(ResponseDepartures.Concern(second, "Box.n"));
    }

    [Theory]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("")]
    [InlineData("{\"n\":")]
    public void Unreadable_successful_bodies_are_ApiResponseFormatException(string body)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        var ex = Assert.Throws<ApiResponseFormatException>(() => JsonResponseReader.ReadResponse("Voice", response, Encoding.UTF8.GetBytes(body), ReadBox));

        Assert.Equal(200, ex.Status);
        Assert.Equal(body.Length == 0 ? null : body, ex.ResponseBody);
        Assert.StartsWith("Voice answered HTTP 200 with a body that could not be read: ", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public void A_huge_unreadable_body_keeps_only_the_start()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        byte[] body = Encoding.UTF8.GetBytes("<html>" + new string('x', 1_000_000));

        var ex = Assert.Throws<ApiResponseFormatException>(() => JsonResponseReader.ReadResponse("Voice", response, body, ReadBox));

        Assert.Equal(ApiException.MaxResponseBodyLength, ex.ResponseBody!.Length);
    }
}
