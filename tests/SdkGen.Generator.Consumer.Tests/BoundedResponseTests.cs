using System.Net;
using System.Net.Sockets;
using System.Text;
using Consumer.Safety;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests;

[CollectionDefinition(nameof(BoundedResponseTests), DisableParallelization = true)]
public sealed class BoundedResponseCollection
{
}

/// <summary>
/// Issue 12, "memory bounded": a generated client reads at most <c>MaxResponseContentLength</c> bytes of a successful
/// body and 64 KiB of an error body, however much the service sends, and a canceled read stops. Bounds are asserted in
/// bytes read from the body and bytes allocated, never in time. (Runs alone: it measures the process's allocations.)
/// </summary>
[Collection(nameof(BoundedResponseTests))]
public sealed class BoundedResponseTests
{
    private const int Limit = 1024 * 1024;

    private static SafetyClient Client(HttpMessageHandler handler, Uri? endpoint = null, int limit = Limit) =>
        new(new HttpClient(handler), new SafetyClientOptions { Endpoint = endpoint ?? new Uri("https://demo.example.com/api"), MaxResponseContentLength = limit });

    [Fact]
    public async Task A_never_ending_successful_body_stops_at_the_limit()
    {
        var body = new EndlessStream();
        var handler = new StreamingHandler(HttpStatusCode.OK, body);

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Client(handler).GetItemAsync("i1"));

        Assert.Equal(200, ex.Status);
        Assert.Equal(Limit, ex.Limit);
        Assert.Null(ex.DeclaredLength);
        Assert.InRange(body.BytesRead, Limit + 1, Limit + 16 * 1024);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_declared_length_past_the_limit_is_refused_before_reading()
    {
        var body = new EndlessStream();
        var handler = new StreamingHandler(HttpStatusCode.OK, body, declaredLength: 100L * 1024 * 1024);

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => Client(handler).GetItemAsync("i1"));

        Assert.Equal(100L * 1024 * 1024, ex.DeclaredLength);
        Assert.Equal(0, body.BytesRead);
        Assert.Contains("MaxResponseContentLength", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_read()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"id":"i1","count":1,"state":"active","tags":[],"owner":{"equals":"e","toString":"t"},"created":"2024-01-02T03:04:05Z"}""");
        var handler = new StreamingHandler(HttpStatusCode.OK, new MemoryStream(json));

        Item item = await Client(handler, limit: json.Length).GetItemAsync("i1");

        Assert.Equal("i1", item.Id);
        await Assert.ThrowsAsync<ApiResponseTooLargeException>(
            () => Client(new StreamingHandler(HttpStatusCode.OK, new MemoryStream(json)), limit: json.Length - 1).GetItemAsync("i1"));
    }

    [Fact]
    public async Task A_never_ending_error_body_is_cut_and_still_surfaces_as_the_services_error()
    {
        var body = new EndlessStream();
        var handler = new StreamingHandler(HttpStatusCode.InternalServerError, body);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => Client(handler).GetItemAsync("i1"));

        Assert.Equal(500, ex.Status);
        Assert.IsNotType<ApiResponseTooLargeException>(ex);
        Assert.InRange(body.BytesRead, 1, 64 * 1024 + 16 * 1024);
        Assert.Equal(ApiException.MaxResponseBodyLength, ex.ResponseBody!.Length);
        Assert.InRange(ex.Message.Length, 1, 2 * 1024);
    }

    [Fact]
    public async Task Canceling_while_the_body_is_read_stops_the_read()
    {
        var body = new StallingStream();
        var handler = new StreamingHandler(HttpStatusCode.OK, body);
        using var cts = new CancellationTokenSource();

        Task<Item> call = Client(handler).GetItemAsync("i1", cancellationToken: cts.Token);
        await body.Stalled;
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_body_that_stalls_past_HttpClient_Timeout_ends_like_HttpClients_own_timeout()
    {
        // With ResponseHeadersRead, HttpClient.Timeout stops at the headers; the client applies it to the body too.
        var body = new StallingStream();
        var http = new HttpClient(new StreamingHandler(HttpStatusCode.OK, body)) { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new SafetyClient(http, new SafetyClientOptions { Endpoint = new Uri("https://demo.example.com/api") });

        var ex = await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetItemAsync("i1"));

        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task Over_loopback_a_never_ending_body_allocates_a_bounded_amount()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Task<long> server = ServeEndlessChunkedBodyAsync(listener);

        long before = GC.GetTotalAllocatedBytes(precise: true);
        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(
            () => Client(new SocketsHttpHandler(), new Uri("http://127.0.0.1:" + port + "/api")).GetItemAsync("i1"));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        long served = await server;

        Assert.Equal(200, ex.Status);
        // The server kept writing until the client hung up; the client held on to a small multiple of the limit at most.
        Assert.True(served > Limit, "served " + served);
        Assert.InRange(allocated, 0, 16L * Limit);
    }

    // A minimal HTTP/1.1 server: headers, then 64 KiB chunks until the client closes the connection (or 256 MiB).
    private static async Task<long> ServeEndlessChunkedBodyAsync(TcpListener listener)
    {
        using TcpClient client = await listener.AcceptTcpClientAsync();
        using NetworkStream stream = client.GetStream();
        var request = new byte[4096];
        int seen = 0;
        while (!Encoding.ASCII.GetString(request, 0, seen).Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int n = await stream.ReadAsync(request.AsMemory(seen));
            if (n == 0)
            {
                return 0;
            }

            seen += n;
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        byte[] chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string(' ', 0x10000) + "\r\n");
        long served = 0;
        try
        {
            while (served < 256L * 1024 * 1024)
            {
                await stream.WriteAsync(chunk);
                served += 0x10000;
            }
        }
        catch (IOException)
        {
            // The client hung up.
        }

        return served;
    }

    private sealed class StreamingHandler(HttpStatusCode status, Stream body, long? declaredLength = null) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            content.Headers.ContentLength = declaredLength;
            return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>JSON whitespace for ever, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public bool Disposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ObjectDisposedException.ThrowIf(Disposed, this);
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>Sends one byte, then a read that ignores its token and ends only when the stream is disposed.</summary>
    private sealed class StallingStream : Stream
    {
        private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<int> _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _sentFirst;

        public Task Stalled => _stalled.Task;

        public bool Disposed => _disposed.Task.IsCompleted;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sentFirst)
            {
                _sentFirst = true;
                buffer.Span[0] = (byte)'{';
                return 1;
            }

            _stalled.TrySetResult();
            await _disposed.Task;
            throw new ObjectDisposedException(nameof(StallingStream));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _disposed.TrySetResult(0);
            base.Dispose(disposing);
        }
    }
}
