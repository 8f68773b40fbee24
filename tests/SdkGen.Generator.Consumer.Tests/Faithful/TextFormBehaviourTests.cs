using System.Text;
using Consumer.Faithful.Headers;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;
using SdkGen.Runtime.Tests.Authentication;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// An answer offered as JSON or CSV (transport-headers.yaml, <c>GET /exports/{id}</c>): <c>GetExportAsync</c> asks for
/// and reads the JSON, <c>GetExportAsTextAsync</c> asks for and returns the CSV, over real sockets to a server that
/// answers by the <c>Accept</c> it receives (issue 12).
/// </summary>
public sealed class TextFormBehaviourTests : IAsyncDisposable
{
    private const string Csv = "rows\n3\n";

    private readonly LoopbackHttpServer _server = new(AnswerByAccept);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Each_method_asks_for_its_media_type_and_reads_the_answer_it_gets()
    {
        HeadersClient client = Client();

        GetExportResponse json = await client.GetExportAsync("e1");
        string text = await client.GetExportAsTextAsync("e1");

        Assert.Equal(3, json.Rows);
        Assert.Equal(Csv, text);
        Assert.Equal(["application/json", "text/csv"], _server.Requests.Select(r => r.Header("Accept")));
        Assert.All(_server.Requests, r => Assert.Equal("/exports/e1", r.Target));
    }

    [Fact]
    public async Task The_text_forms_with_response_method_carries_the_status_and_headers()
    {
        Response<string> response = await Client().GetExportAsTextWithResponseAsync("e1");

        Assert.Equal(200, response.Status);
        Assert.Equal(Csv, response.Value);
        Assert.Equal("text/csv", response.Headers.GetValue("Content-Type"));
    }

    [Fact]
    public async Task A_text_answer_is_read_within_the_clients_limit()
    {
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(200, Encoding.ASCII.GetBytes(new string('x', 1 << 20)), "text/csv"));

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Client(server, limit: 1024).GetExportAsTextAsync("e1"));

        Assert.Contains("MaxResponseContentLength", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_answer_to_the_text_form_is_an_api_exception_without_the_credentials()
    {
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(406, Encoding.UTF8.GetBytes("not acceptable"), "text/plain"));

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => Client(server).GetExportAsTextAsync("e1"));

        Assert.Equal(406, ex.Status);
        Assert.DoesNotContain(Clients.Password, ex.ToString(), StringComparison.Ordinal);
    }

    private HeadersClient Client() => Client(_server);

    private static HeadersClient Client(LoopbackHttpServer server, int limit = 1 << 20) =>
        new(new HttpClient(), new HeadersClientOptions
        {
            Endpoint = server.BaseUri,
            Basic = new BasicCredentials(Clients.AccountSid, Clients.Password),
            MaxResponseContentLength = limit,
        });

    private static LoopbackResponse AnswerByAccept(LoopbackRequest request) =>
        request.Header("Accept") == "text/csv"
            ? new LoopbackResponse(200, Encoding.UTF8.GetBytes(Csv), "text/csv")
            : LoopbackResponse.Json(200, "{\"rows\":3}");
}
