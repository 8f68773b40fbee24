using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// OperationSender over real loopback HTTP: the request it is given is disposed on every path (answer read, error
/// status, cancellation, a failed send), the response is disposed unless a ResponseStream takes it over, a 2xx body is
/// read by the operation's reader and any other status is thrown as the error map chooses.
/// </summary>
public sealed class OperationSenderTests
{
    private static readonly Func<HttpResponseMessage, byte[], ApiException> ToError =
        (response, content) => new ApiException("Voice", (int)response.StatusCode, response.ReasonPhrase, "mapped", null, Encoding.UTF8.GetString(content), null);

    private static readonly JsonReadFunc<int> ReadNumber = (ref Utf8JsonReader reader) => reader.GetInt32();

    private sealed class TrackedContent() : ByteArrayContent("{}"u8.ToArray())
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private static (HttpRequestMessage Request, TrackedContent Content) Request(Uri uri)
    {
        var content = new TrackedContent();
        return (new HttpRequestMessage(HttpMethod.Post, uri) { Content = content }, content);
    }

    private static OperationSender Sender(HttpClient http) => new(http, 1000, "Voice");

    [Fact]
    public void A_sender_needs_a_client_a_positive_limit_and_a_service_name()
    {
        using var http = new HttpClient();
        Assert.Throws<ArgumentNullException>(() => new OperationSender(null!, 1000, "Voice"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OperationSender(http, 0, "Voice"));
        Assert.Throws<ArgumentNullException>(() => new OperationSender(http, 1000, null!));
    }

    private static PacedBodyServer Answering(string body, int status = 200) =>
        new(Encoding.UTF8.GetBytes(body), [], declareLength: true, status);

    [Fact]
    public async Task A_2xx_body_is_read_by_the_operations_reader_and_the_request_is_disposed()
    {
        await using PacedBodyServer server = Answering("42");
        using var http = new HttpClient();
        (HttpRequestMessage request, TrackedContent content) = Request(server.Uri);

        int result = await Sender(http).SendForJsonAsync(request, ReadNumber, (_, body) => body, ToError, CancellationToken.None);

        Assert.Equal(42, result);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task Another_status_is_thrown_as_the_error_map_chooses_with_the_body_read()
    {
        await using PacedBodyServer server = Answering("{\"code\":7}", status: 404);
        using var http = new HttpClient();
        (HttpRequestMessage request, TrackedContent content) = Request(server.Uri);

        var ex = await Assert.ThrowsAsync<ApiException>(() =>
            Sender(http).SendForJsonAsync(request, ReadNumber, (_, body) => body, ToError, CancellationToken.None));

        Assert.Equal(404, ex.Status);
        Assert.Equal("mapped", ex.ErrorCode);
        Assert.Equal("{\"code\":7}", ex.ResponseBody);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_canceled_call_sends_nothing_and_disposes_the_request()
    {
        await using PacedBodyServer server = Answering("42");
        using var http = new HttpClient();
        (HttpRequestMessage request, TrackedContent content) = Request(server.Uri);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Sender(http).SendAsync(request, _ => 0, ToError, new CancellationToken(canceled: true)));

        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_send_that_fails_still_disposes_the_request()
    {
        // A port that was just free: nothing listens there, so the connection is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient();
        (HttpRequestMessage request, TrackedContent content) = Request(new Uri($"http://127.0.0.1:{port}/"));

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Sender(http).SendAsync(request, _ => 0, ToError, CancellationToken.None));

        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_request_the_operation_sends_itself_is_awaited_and_its_answer_read_the_same_way()
    {
        await using PacedBodyServer server = Answering("{\"code\":7}", status: 403);
        using var http = new HttpClient();
        (HttpRequestMessage request, TrackedContent content) = Request(server.Uri);
        Task<HttpResponseMessage> sending = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        var ex = await Assert.ThrowsAsync<ApiException>(() =>
            Sender(http).SendForJsonAsync(sending, ReadNumber, (_, body) => body, ToError, CancellationToken.None));

        Assert.Equal(403, ex.Status);
        Assert.Equal("{\"code\":7}", ex.ResponseBody);
        Assert.False(content.Disposed); // the operation owns the request it sends
        request.Dispose();
    }

    [Fact]
    public async Task An_empty_2xx_body_is_null_or_the_empty_text_as_the_operation_declares()
    {
        using var http = new HttpClient();
        await using (PacedBodyServer server = Answering(""))
        {
            int? number = await Sender(http).SendForJsonValueOrEmptyAsync(Request(server.Uri).Request, ReadNumber, (_, body) => body, ToError, CancellationToken.None);
            Assert.Null(number);
        }

        await using (PacedBodyServer server = Answering(""))
        {
            string? text = await Sender(http).SendForTextOrEmptyAsync(Request(server.Uri).Request, (_, body) => body, ToError, CancellationToken.None);
            Assert.Null(text);
        }

        await using (PacedBodyServer server = Answering(""))
        {
            string text = await Sender(http).SendForTextAsync(Request(server.Uri).Request, (_, body) => body, ToError, CancellationToken.None);
            Assert.Equal("", text);
        }
    }

    [Fact]
    public async Task A_body_reporting_a_failure_inside_a_2xx_answer_is_thrown()
    {
        await using PacedBodyServer server = Answering("7");
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => Sender(http).SendForJsonAsync(
            Request(server.Uri).Request, ReadNumber,
            (response, content, body) => body != 0 ? ToError(response, content) : null,
            (_, body) => body, ToError, CancellationToken.None));

        Assert.Equal(200, ex.Status);
    }

    [Fact]
    public async Task A_streamed_2xx_body_stays_open_for_the_caller_after_the_request_is_disposed()
    {
        await using PacedBodyServer server = new("abc"u8.ToArray(), "def"u8.ToArray(), declareLength: true);
        using var http = new HttpClient();
        (HttpRequestMessage request, TrackedContent content) = Request(server.Uri);

        using ResponseStream stream = await Sender(http).SendForStreamAsync(request, (_, body) => body, ToError, CancellationToken.None);
        Assert.True(content.Disposed);
        server.Release();

        using var reader = new StreamReader(stream);
        Assert.Equal("abcdef", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task A_streamed_operations_error_is_read_bounded_and_thrown()
    {
        await using PacedBodyServer server = Answering("nope", status: 503);
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() =>
            Sender(http).SendForStreamAsync(Request(server.Uri).Request, (_, body) => body, ToError, CancellationToken.None));

        Assert.Equal(503, ex.Status);
        Assert.Equal("nope", ex.ResponseBody);
    }
}
