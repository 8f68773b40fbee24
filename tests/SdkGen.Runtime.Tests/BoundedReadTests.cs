using System.Net;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>ResponseContent.ReadAsBytesAsync with a limit: what is buffered never passes it.</summary>
public class BoundedReadTests
{
    private static HttpResponseMessage Response(HttpStatusCode status, byte[] body, bool declareLength = true)
    {
        var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentLength = declareLength ? body.Length : null;
        return new HttpResponseMessage(status) { Content = content };
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_successful_body_within_the_limit_is_read_whole(bool declareLength)
    {
        byte[] body = new byte[100_000];
        new Random(1).NextBytes(body);
        using HttpResponseMessage response = Response(HttpStatusCode.OK, body, declareLength);

        Assert.Equal(body, await ResponseContent.ReadAsBytesAsync(response, body.Length, "Voice", CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_successful_body_past_the_limit_throws(bool declareLength)
    {
        using HttpResponseMessage response = Response(HttpStatusCode.Created, new byte[1001], declareLength);

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => ResponseContent.ReadAsBytesAsync(response, 1000, "Voice", CancellationToken.None));

        Assert.Equal(201, ex.Status);
        Assert.Equal(1000, ex.Limit);
        Assert.Equal(declareLength ? 1001 : null, ex.DeclaredLength);
        Assert.Null(ex.ResponseBody);
    }

    [Fact]
    public async Task An_error_body_is_cut_at_64_KiB_not_thrown()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.BadGateway, new byte[1_000_000]);

        byte[] read = await ResponseContent.ReadAsBytesAsync(response, ResponseContent.DefaultMaxContentLength, "Voice", CancellationToken.None);

        Assert.Equal(ResponseContent.MaxErrorContentLength, read.Length);
    }

    [Fact]
    public async Task An_error_body_is_cut_at_a_smaller_limit()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.NotFound, new byte[5000]);

        Assert.Equal(100, (await ResponseContent.ReadAsBytesAsync(response, 100, "Voice", CancellationToken.None)).Length);
    }

    [Fact]
    public async Task No_content_is_an_empty_body()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NoContent);

        Assert.Empty(await ResponseContent.ReadAsBytesAsync(response, 10, "Voice", CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task The_limit_must_be_positive(int limit)
    {
        using HttpResponseMessage response = Response(HttpStatusCode.OK, new byte[1]);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ResponseContent.ReadAsBytesAsync(response, limit, "Voice", CancellationToken.None));
    }

    [Fact]
    public async Task A_canceled_token_reads_nothing()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.OK, new byte[10]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResponseContent.ReadAsBytesAsync(response, 100, "Voice", new CancellationToken(canceled: true)));
    }

    // A content that is not from the wire can declare any length; the header sizes the buffer but never decides
    // what is read.
    [Theory]
    [InlineData(10, 4)]
    [InlineData(4, 10)]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    public async Task A_content_length_that_lies_changes_nothing_read(int declared, int actual)
    {
        byte[] body = new byte[actual];
        new Random(2).NextBytes(body);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(body)) };
        response.Content.Headers.ContentLength = declared;

        Assert.Equal(body, await ResponseContent.ReadAsBytesAsync(response, 1000, "Voice", CancellationToken.None));
    }

    [Fact]
    public async Task A_content_length_below_the_truth_still_stops_at_the_limit()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(new byte[50_000])) };
        response.Content.Headers.ContentLength = 10;

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => ResponseContent.ReadAsBytesAsync(response, 40_000, "Voice", CancellationToken.None));

        Assert.Equal(40_000, ex.Limit);
    }

    [Fact]
    public async Task A_body_stream_that_never_opens_ends_at_the_timeout()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new NeverOpeningContent() };

        var ex = await Assert.ThrowsAsync<TaskCanceledException>(
            () => ResponseContent.ReadAsBytesAsync(response, 100, "Voice", TimeSpan.FromMilliseconds(50), CancellationToken.None));

        Assert.IsType<TimeoutException>(ex.InnerException);
    }

    [Fact]
    public async Task A_body_stream_that_never_opens_ends_on_cancellation()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new NeverOpeningContent() };
        using var cts = new CancellationTokenSource();

        Task<byte[]> read = ResponseContent.ReadAsBytesAsync(response, 100, "Voice", Timeout.InfiniteTimeSpan, cts.Token);
        Assert.False(read.IsCompleted);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    /// <summary>Content whose stream is never handed out, whatever the token says.</summary>
    private sealed class NeverOpeningContent : HttpContent
    {
        protected override Task<Stream> CreateContentReadStreamAsync() => new TaskCompletionSource<Stream>().Task;

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw new NotSupportedException();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
