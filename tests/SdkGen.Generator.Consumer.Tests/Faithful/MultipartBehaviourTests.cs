using System.Net;
using System.Text;
using Consumer.Faithful.Multipart;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// A required multipart body needs at least one part (RFC 2046 §5.1.1): when every part is optional, or a required
/// list may be empty, and none is given, the call is refused before anything is sent; any one part is enough. A
/// multipart/mixed body is framed as such, its parts named as OpenAPI 3.1 allows (Content-Disposition: form-data).
/// </summary>
public sealed class MultipartBehaviourTests
{
    private static DocumentsClient Client(CapturingHandler handler) => new(new HttpClient(handler, disposeHandler: false), new DocumentsClientOptions());

    [Fact]
    public async Task A_required_body_with_no_part_given_is_refused_and_nothing_is_sent()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        DocumentsClient client = Client(handler);

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => client.SetLabelsAsync(new List<FilePart>()));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SetLabelsWithResponseAsync(new List<FilePart>(), label: null, priority: null));

        Assert.Equal("At least one of scans, label, priority must be given: the multipart body is required and cannot be empty.", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("label")]
    [InlineData("priority")]
    [InlineData("scans")]
    public async Task Any_one_part_is_a_body_and_is_sent(string given)
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        var scans = given == "scans" ? new List<FilePart> { new(Encoding.UTF8.GetBytes("scan"), "s.png", "image/png") } : new List<FilePart>();

        await Client(handler).SetLabelsAsync(scans, label: given == "label" ? "urgent" : null, priority: given == "priority" ? 7 : null);

        CapturedRequest request = handler.Single;
        Assert.StartsWith("multipart/form-data; boundary=", request.RawContentType, StringComparison.Ordinal);
        string body = request.BodyText!;
        Assert.Equal(1, body.Split("Content-Disposition: form-data; name=").Length - 1);
        Assert.Contains("Content-Disposition: form-data; name=\"" + given + "\"", body, StringComparison.Ordinal);
        Assert.Contains(given switch { "label" => "\r\n\r\nurgent\r\n", "priority" => "\r\n\r\n7\r\n", _ => "\r\n\r\nscan\r\n" }, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_mixed_body_goes_out_as_multipart_mixed_with_named_typed_parts()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        await Client(handler).SendBundleAsync(new Metadata("Ada") { Year = 1843 }, new FilePart(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "notes.pdf"));

        CapturedRequest request = handler.Single;
        Assert.StartsWith("multipart/mixed; boundary=", request.RawContentType, StringComparison.Ordinal);
        string boundary = request.RawContentType!["multipart/mixed; boundary=".Length..].Trim('"');
        Assert.Equal(
            "--" + boundary + "\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name=\"manifest\"\r\n\r\n{\"author\":\"Ada\",\"year\":1843}\r\n"
            + "--" + boundary + "\r\nContent-Type: application/pdf\r\nContent-Disposition: form-data; name=\"payload\"; filename=\"notes.pdf\"\r\n\r\n%PDF\r\n"
            + "--" + boundary + "--\r\n",
            request.BodyText);
    }
}
