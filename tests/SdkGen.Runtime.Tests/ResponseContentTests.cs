using System.Net;
using System.Text;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class ResponseContentTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reads_the_body()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"a\":1}") };

        byte[] body = await ResponseContent.ReadAsBytesAsync(response, CancellationToken.None);

        Assert.Equal(Encoding.UTF8.GetBytes("{\"a\":1}"), body);
    }

    [Fact]
    public async Task No_content_gives_an_empty_array()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NoContent);

        Assert.Empty(await ResponseContent.ReadAsBytesAsync(response, CancellationToken.None));
    }

    [Fact]
    public async Task Empty_content_gives_an_empty_array()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };

        Assert.Empty(await ResponseContent.ReadAsBytesAsync(response, CancellationToken.None));
    }

    [Fact]
    public async Task Canceled_token_throws()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new PendingContent() };
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResponseContent.ReadAsBytesAsync(response, cts.Token));
    }

    [Fact]
    public async Task Cancellation_during_the_read_throws()
    {
        var content = new PendingContent();
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        using var cts = new CancellationTokenSource();

        Task<byte[]> read = ResponseContent.ReadAsBytesAsync(response, cts.Token);
        await content.Started;
        Assert.False(read.IsCompleted);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
    }

    [Fact]
    public async Task Fallback_reads_the_body()
    {
        using var content = new StringContent("hello");
        using var cts = new CancellationTokenSource();

        Assert.Equal(Encoding.UTF8.GetBytes("hello"), await ResponseContent.ReadWithoutTokenOverloadAsync(content, cts.Token));
        Assert.Equal(Encoding.UTF8.GetBytes("hello"), await ResponseContent.ReadWithoutTokenOverloadAsync(content, CancellationToken.None));
    }

    [Fact]
    public async Task Fallback_reads_a_body_that_completes_later()
    {
        var content = new PendingContent();
        using var cts = new CancellationTokenSource();

        Task<byte[]> read = ResponseContent.ReadWithoutTokenOverloadAsync(content, cts.Token);
        await content.Started;
        content.Complete([1, 2, 3]);

        Assert.Equal(new byte[] { 1, 2, 3 }, await read);
        content.Dispose();
    }

    [Fact]
    public async Task Fallback_honours_an_already_canceled_token()
    {
        using var content = new PendingContent();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ResponseContent.ReadWithoutTokenOverloadAsync(content, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Fallback_cancels_a_pending_read_and_disposes_the_content()
    {
        var content = new PendingContent();
        using var cts = new CancellationTokenSource();

        Task<byte[]> read = ResponseContent.ReadWithoutTokenOverloadAsync(content, cts.Token);
        await content.Started;
        cts.Cancel();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task Null_response_throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => ResponseContent.ReadAsBytesAsync(null!, CancellationToken.None));
    }

    [Fact]
    public void RetryAfter_delta_seconds()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "120");

        Assert.Equal(TimeSpan.FromSeconds(120), ResponseContent.GetRetryAfter(response));
    }

    [Fact]
    public void RetryAfter_zero_seconds()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "0");

        Assert.Equal(TimeSpan.Zero, ResponseContent.GetRetryAfter(response));
    }

    [Fact]
    public void RetryAfter_date_is_relative_to_the_Date_header()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Date", "Wed, 01 May 2024 12:00:00 GMT");
        response.Headers.TryAddWithoutValidation("Retry-After", "Wed, 01 May 2024 12:00:30 GMT");

        // The Date header wins over "now", whatever the clock says.
        Assert.Equal(TimeSpan.FromSeconds(30), ResponseContent.GetRetryAfter(response));
        Assert.Equal(TimeSpan.FromSeconds(30), ResponseContent.GetRetryAfter(response, Now.AddDays(10)));
    }

    [Fact]
    public void RetryAfter_date_without_Date_header_is_relative_to_now()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "Wed, 01 May 2024 12:01:00 GMT");

        Assert.Equal(TimeSpan.FromMinutes(1), ResponseContent.GetRetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_date_without_Date_header_uses_the_clock()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddHours(1));

        TimeSpan delay = ResponseContent.GetRetryAfter(response)!.Value;

        Assert.InRange(delay, TimeSpan.FromMinutes(55), TimeSpan.FromHours(1));
    }

    [Fact]
    public void RetryAfter_date_in_the_past_is_zero()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Date", "Wed, 01 May 2024 12:00:00 GMT");
        response.Headers.TryAddWithoutValidation("Retry-After", "Wed, 01 May 2024 11:00:00 GMT");

        Assert.Equal(TimeSpan.Zero, ResponseContent.GetRetryAfter(response));
    }

    [Fact]
    public void RetryAfter_missing_is_null()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(ResponseContent.GetRetryAfter(response));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    [InlineData("Wed, 99 Foo 2024")]
    public void RetryAfter_garbage_is_null(string value)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", value);

        Assert.Null(ResponseContent.GetRetryAfter(response));
    }

    [Fact]
    public void RetryAfter_null_response_throws()
    {
        Assert.Throws<ArgumentNullException>(() => ResponseContent.GetRetryAfter(null!));
    }

    /// <summary>Content whose body arrives only when completed; disposing it fails a pending read.</summary>
    private sealed class PendingContent : HttpContent
    {
        private readonly TaskCompletionSource<byte[]> _body = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public bool Disposed { get; private set; }

        public void Complete(byte[] body) => _body.TrySetResult(body);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            _started.TrySetResult();
            byte[] body = await _body.Task;
            await stream.WriteAsync(body);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            using (cancellationToken.Register(() => _body.TrySetCanceled(cancellationToken)))
            {
                await SerializeToStreamAsync(stream, context);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            _body.TrySetException(new ObjectDisposedException(nameof(PendingContent)));
            base.Dispose(disposing);
        }
    }
}
