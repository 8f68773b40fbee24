using System.Net;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// ResponseContent.ReadAsBytesAsync over real loopback HTTP when the body does not arrive with the headers: the read
/// waits, and only then are the deadline (HttpClient.Timeout) and the disposal on cancellation set up. A body already
/// received never waits and takes the path without them (the in-memory tests in <see cref="BoundedReadTests"/>).
/// </summary>
public sealed class BoundedReadOverLoopbackTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    private static byte[] Bytes(int length, int seed)
    {
        byte[] bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, Uri uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_that_arrives_after_the_headers_is_read_whole(bool declareLength)
    {
        byte[] first = Bytes(300, 1), rest = Bytes(5000, 2);
        await using var server = new PacedBodyServer(first, rest, declareLength);
        using var http = new HttpClient();
        using HttpResponseMessage response = await GetAsync(http, server.Uri);

        Task<byte[]> read = ResponseContent.ReadAsBytesAsync(response, 10_000, "Voice", Generous, CancellationToken.None);
        Assert.False(read.IsCompleted);
        server.Release();

        byte[] body = await read;
        Assert.Equal(first.Concat(rest), body);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_past_the_limit_is_refused_whether_declared_or_found_while_waiting(bool declareLength)
    {
        await using var server = new PacedBodyServer(Bytes(600, 3), Bytes(1400, 4), declareLength);
        using var http = new HttpClient();
        using HttpResponseMessage response = await GetAsync(http, server.Uri);

        Task<byte[]> read = ResponseContent.ReadAsBytesAsync(response, 1000, "Voice", Generous, CancellationToken.None);
        server.Release();

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => read);
        Assert.Equal(1000, ex.Limit);
        Assert.Equal(declareLength ? 2000 : null, ex.DeclaredLength);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_error_body_past_its_cut_is_cut_while_waiting(bool declareLength)
    {
        await using var server = new PacedBodyServer(Bytes(60_000, 5), Bytes(20_000, 6), declareLength, status: 503);
        using var http = new HttpClient();
        using HttpResponseMessage response = await GetAsync(http, server.Uri);

        Task<byte[]> read = ResponseContent.ReadAsBytesAsync(response, ResponseContent.DefaultMaxContentLength, "Voice", Generous, CancellationToken.None);
        server.Release();

        Assert.Equal(ResponseContent.MaxErrorContentLength, (await read).Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Canceling_a_waiting_read_ends_it_and_the_connection(bool declareLength)
    {
        await using var server = new PacedBodyServer(Bytes(300, 7), Bytes(300, 8), declareLength);
        using var http = new HttpClient();
        using HttpResponseMessage response = await GetAsync(http, server.Uri);
        using var cts = new CancellationTokenSource();

        Task<byte[]> read = ResponseContent.ReadAsBytesAsync(response, 10_000, "Voice", Generous, cts.Token);
        Assert.False(read.IsCompleted);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.Equal(cts.Token, ex.CancellationToken);
        await server.ClientHungUp.WaitAsync(Generous);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_read_that_waits_past_the_timeout_ends_as_HttpClients_own_timeout(bool declareLength)
    {
        await using var server = new PacedBodyServer(Bytes(300, 9), Bytes(300, 10), declareLength);
        using var http = new HttpClient();
        using HttpResponseMessage response = await GetAsync(http, server.Uri);

        var ex = await Assert.ThrowsAsync<TaskCanceledException>(
            () => ResponseContent.ReadAsBytesAsync(response, 10_000, "Voice", TimeSpan.FromMilliseconds(100), CancellationToken.None));

        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Contains("HttpClient.Timeout", ex.Message, StringComparison.Ordinal);
        await server.ClientHungUp.WaitAsync(Generous);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Without_a_timeout_a_waiting_read_still_ends_on_cancellation(bool declareLength)
    {
        await using var server = new PacedBodyServer(Bytes(300, 11), Bytes(300, 12), declareLength);
        using var http = new HttpClient();
        using HttpResponseMessage response = await GetAsync(http, server.Uri);
        using var cts = new CancellationTokenSource();

        Task<byte[]> read = ResponseContent.ReadAsBytesAsync(response, 10_000, "Voice", Timeout.InfiniteTimeSpan, cts.Token);
        Assert.False(read.IsCompleted);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        await server.ClientHungUp.WaitAsync(Generous);
    }

    [Fact]
    public async Task A_thousand_waiting_reads_at_once_each_get_their_own_body()
    {
        var servers = Enumerable.Range(0, 1000).Select(i => new PacedBodyServer(Bytes(100, i), Bytes(100 + i, 10_000 + i), declareLength: i % 2 == 0)).ToArray();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });
            HttpResponseMessage[] responses = await Task.WhenAll(servers.Select(s => GetAsync(http, s.Uri)));
            Task<byte[]>[] reads = [.. responses.Select(r => ResponseContent.ReadAsBytesAsync(r, 10_000, "Voice", Generous, CancellationToken.None))];
            foreach (PacedBodyServer server in servers)
            {
                server.Release();
            }

            byte[][] bodies = await Task.WhenAll(reads);
            for (int i = 0; i < bodies.Length; i++)
            {
                Assert.Equal(Bytes(100, i).Concat(Bytes(100 + i, 10_000 + i)), bodies[i]);
                responses[i].Dispose();
            }
        }
        finally
        {
            foreach (PacedBodyServer server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
