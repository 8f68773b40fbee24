using System.Net;
using System.Text;
using Consumer.Faithful.Multipart;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// A required multipart/form-data body needs at least one part (RFC 2046 §5.1.1): when every part is optional, or a
/// required list may be empty, and none is given, the call is refused before anything is sent; any one part is enough.
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
}
