using System.Net;
using Consumer.Faithful.Headers;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Header parameters named Accept, Authorization and Content-Type no longer cost the operation: each replaces what the
/// client would send; Content-Length is HttpClient's (issue 12, item 5).
/// </summary>
public sealed class TransportHeaderBehaviourTests
{
    private static HeadersClient Client(CapturingHandler handler) =>
        new(new HttpClient(handler, disposeHandler: false), new HeadersClientOptions { Basic = new BasicCredentials(Clients.AccountSid, Clients.Password) });

    [Fact]
    public async Task Accept_chooses_the_media_type_and_replaces_the_default()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "a,b\n1,2\n", "text/csv");

        string chosen = await Client(handler).GetReportAsync("r1", accept: GetReportAccept.TextCsv);
        await Client(handler).GetReportAsync("r1");

        Assert.Equal("a,b\n1,2\n", chosen);
        Assert.Equal(["text/csv"], handler.Requests[0].Headers["Accept"]);
        Assert.Equal(["text/csv, text/plain"], handler.Requests[1].Headers["Accept"]);
    }

    [Fact]
    public async Task An_Accept_that_could_ask_for_CSV_beside_JSON_is_not_offered_and_the_client_asks_for_the_JSON_it_reads()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "{\"rows\":3}");

        GetExportResponse export = await Client(handler).GetExportAsync("e1");

        Assert.Equal(3, export.Rows);
        Assert.Equal(["application/json"], handler.Single.Headers["Accept"]);
        Assert.DoesNotContain(typeof(HeadersClient).GetMethod(nameof(HeadersClient.GetExportAsync))!.GetParameters(), p => p.Name == "accept");
    }

    [Fact]
    public async Task Authorization_given_replaces_the_clients_credentials_and_is_the_only_one_sent()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "ok", "text/plain");

        await Client(handler).GetReportAsync("r1", authorization: "Bearer t0ken");
        await Client(handler).GetReportAsync("r1");

        Assert.Equal(["Bearer t0ken"], handler.Requests[0].Headers["Authorization"]);
        Assert.Equal(["Basic " + Clients.ExpectedBasic], handler.Requests[1].Headers["Authorization"]);
    }

    [Fact]
    public async Task A_content_type_header_parameter_chooses_the_raw_bodys_media_type()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        await Client(handler).UploadAsync(new MemoryStream([1, 2, 3]), contentType: "image/png");
        await Client(handler).CreateNoteAsync(new CreateNoteRequest { Text = "hi" });
        await Client(handler).PutDocumentAsync("<doc/>");

        Assert.Equal("image/png", handler.Requests[0].RawContentType);
        Assert.Equal(new byte[] { 1, 2, 3 }, handler.Requests[0].Body);
        Assert.Equal("application/json", handler.Requests[1].RawContentType);
        Assert.Equal("{\"text\":\"hi\"}", handler.Requests[1].BodyText);
        Assert.Equal("text/xml; charset=utf-8", handler.Requests[2].RawContentType);
        Assert.Equal("<doc/>", handler.Requests[2].BodyText);
    }
}
