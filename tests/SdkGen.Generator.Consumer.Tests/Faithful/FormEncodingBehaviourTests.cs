using System.Net;
using System.Text.Json;
using Consumer.Faithful.Forms;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Form fields of every shape go on the wire per OpenAPI 3's encoding rules (issue 12, item 2): objects as JSON by
/// default, as deepObject or exploded form when the encoding says so, maps, delimited and repeated arrays, a union of
/// string and array of strings, untyped values by their runtime shape.
/// </summary>
public sealed class FormEncodingBehaviourTests
{
    private static FormsClient Client(CapturingHandler handler) => new(new HttpClient(handler, disposeHandler: false), new FormsClientOptions());

    [Fact]
    public async Task Every_field_shape_is_encoded_as_its_encoding_says()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        var form = new MessageForm("+1 555", new MessageFormFlow { Name = "f", Steps = new List<int> { 1, 2 } })
        {
            Count = 3,
            Priority = MessageFormPriority.High,
            MediaUrl = new List<string> { "https://a/1.png", "https://a/2.png" },
            Card = new Address { City = "Oslo", Lines = new List<string> { "a", "b" } },
            Options = new MessageFormOptions { Color = "red", Size = 2 },
            Pair = new MessageFormPair { K = "x", V = "y" },
            Metadata = new Dictionary<string, string> { ["k1"] = "v 1" },
            Tags = new List<string> { "t1", "t2" },
            Ids = new List<int> { 1, 2 },
            Codes = new List<string> { "a", "b" },
            Words = new List<string> { "w1", "w2" },
            Items = new List<Address> { new() { City = "X" } },
            Raw = new List<string> { "r1", "r2" },
            Anything = JsonSerializer.Deserialize<JsonElement>("42"),
            Legacy = new MessageFormLegacy { A = "never sent" },
        };

        await Client(handler).CreateMessageAsync(form);

        CapturedRequest request = handler.Single;
        Assert.Equal("application/x-www-form-urlencoded", request.RawContentType);
        Assert.Equal(
            "To=%2B1+555&Count=3&Priority=high"
            + "&MediaUrl=https%3A%2F%2Fa%2F1.png&MediaUrl=https%3A%2F%2Fa%2F2.png"
            + "&Flow=%7B%22name%22%3A%22f%22%2C%22steps%22%3A%5B1%2C2%5D%7D"
            + "&Card%5Bcity%5D=Oslo&Card%5Blines%5D%5B0%5D=a&Card%5Blines%5D%5B1%5D=b"
            + "&color=red&size=2"
            + "&Pair=k%2Cx%2Cv%2Cy"
            + "&Metadata=%7B%22k1%22%3A%22v+1%22%7D"
            + "&Tags=t1&Tags=t2&Ids=1%2C2&Codes=a%7Cb&Words=w1+w2"
            + "&Items=%7B%22city%22%3A%22X%22%7D"
            + "&Raw=%5B%22r1%22%2C%22r2%22%5D"
            + "&Anything=42",
            request.BodyText);
        Assert.DoesNotContain("Legacy", request.BodyText, StringComparison.Ordinal);
    }

    public static TheoryData<MessageFormMediaUrl?, string> MediaUrls => new()
    {
        { "one", "MediaUrl=one" },
        { new List<string> { "a", "b" }, "MediaUrl=a&MediaUrl=b" },
        { new List<string>(), "" },
        { new MessageFormMediaUrl(JsonSerializer.Deserialize<JsonElement>("\"raw\"")), "MediaUrl=raw" },
        { null, "" },
    };

    [Theory]
    [MemberData(nameof(MediaUrls))]
    public async Task A_string_or_array_of_strings_is_one_field_or_the_field_repeated(MessageFormMediaUrl? mediaUrl, string expected)
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        var form = new MessageForm("x", new MessageFormFlow()) { MediaUrl = mediaUrl };

        await Client(handler).CreateMessageAsync(form);

        Assert.Equal("To=x&" + (expected.Length == 0 ? "" : expected + "&") + "Flow=%7B%7D", handler.Single.BodyText);
    }

    [Fact]
    public async Task A_required_object_field_is_never_left_out()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(handler).CreateMessageAsync(new MessageForm("x", null!)));

        Assert.Empty(handler.Requests);
    }
}
