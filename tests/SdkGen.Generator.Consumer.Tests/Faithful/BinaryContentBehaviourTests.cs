using System.Net;
using System.Text;
using Consumer.Faithful.Binary;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Binary bodies go out as the caller's bytes with the chosen media type; binary responses come back as a stream the
/// caller reads from the network (not buffered first); text and XML travel as strings (issue 12, items 3 and 5).
/// </summary>
public sealed class BinaryContentBehaviourTests
{
    private static readonly byte[] Audio = [0x52, 0x49, 0x46, 0x46, 0x00, 0xFF, 0x0D, 0x0A, 0x1A, 0x80];

    private static BinaryClient Client(HttpMessageHandler handler) => new(new HttpClient(handler, disposeHandler: false), new BinaryClientOptions());

    [Fact]
    public async Task An_upload_sends_the_callers_bytes_with_the_first_media_type_and_leaves_the_stream_open()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        using var audio = new MemoryStream(Audio);

        await Client(handler).UploadRecordingAsync("r1", audio);

        CapturedRequest request = handler.Single;
        Assert.Equal("PUT", request.Method);
        Assert.Equal("https://api.example.com/recordings/r1/media", request.Uri);
        Assert.Equal("audio/wav", request.RawContentType);
        Assert.Equal(Audio, request.Body);
        Assert.True(audio.CanRead, "the caller's stream was disposed");
    }

    [Fact]
    public async Task The_caller_chooses_among_the_declared_media_types_and_a_non_media_type_is_refused_before_sending()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        await Client(handler).UploadRecordingAsync("r1", new MemoryStream(Audio), contentType: "audio/mpeg");
        ArgumentException refused = await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(handler).UploadRecordingAsync("r1", new MemoryStream(Audio), contentType: "audio/*"));
        ArgumentException garbage = await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(handler).UploadRecordingAsync("r1", new MemoryStream(Audio), contentType: "not a type\r\nX: 1"));

        Assert.Equal("audio/mpeg", handler.Single.RawContentType);
        Assert.Equal("contentType", refused.ParamName);
        Assert.Equal("contentType", garbage.ParamName);
    }

    [Fact]
    public async Task A_media_type_the_spec_does_not_declare_for_the_body_is_refused_and_nothing_is_sent()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        using var audio = new MemoryStream(Audio);

        ArgumentException upload = await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(handler).UploadRecordingAsync("r1", audio, contentType: "image/png"));
        ArgumentException overload = await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(handler).CreateTranscriptAsync(audio, contentType: "application/octet-stream"));
        ArgumentException family = await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(handler).PutAvatarAsync(audio, "text/plain"));

        Assert.Empty(handler.Requests);
        Assert.Equal(0, audio.Position);
        Assert.All(new[] { upload, overload, family }, e => Assert.Equal("contentType", e.ParamName));
        Assert.Equal("'contentType' must be a media type the API declares for this body: audio/wav, audio/mpeg. (Parameter 'contentType')", upload.Message);
        Assert.DoesNotContain("image/png", upload.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_media_type_matches_whatever_its_case_and_parameters_and_a_family_takes_its_members()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        await Client(handler).UploadRecordingAsync("r1", new MemoryStream(Audio), contentType: "AUDIO/MPEG; rate=8000");
        handler.Respond(HttpStatusCode.OK, "WEBP", "image/webp");
        await using ResponseStream image = await Client(handler).PutAvatarAsync(new MemoryStream(Audio), "image/webp");

        Assert.Equal(["AUDIO/MPEG; rate=8000", "image/webp"], handler.Requests.Select(r => r.RawContentType));
    }

    [Fact]
    public async Task A_wildcard_only_body_requires_the_caller_to_name_the_type()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "PNG", "image/png");

        await using ResponseStream image = await Client(handler).PutAvatarAsync(new MemoryStream(Audio), "image/png");

        Assert.Equal("image/png", handler.Single.RawContentType);
        Assert.Equal("image/*", handler.Single.Header("Accept"));
        Assert.Equal("image/png", image.ContentType);
    }

    [Fact]
    public async Task An_optional_binary_body_is_sent_when_given_and_absent_when_not()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        await Client(handler).AttachAsync(new MemoryStream(Audio));
        await Client(handler).AttachAsync();

        Assert.Equal(Audio, handler.Requests[0].Body);
        Assert.Equal("application/octet-stream", handler.Requests[0].RawContentType);
        Assert.Null(handler.Requests[1].Body);
    }

    [Fact]
    public async Task A_download_returns_the_exact_bytes_and_the_media_type_asking_for_the_declared_ones()
    {
        var handler = new CapturingHandler { Status = HttpStatusCode.OK, ResponseBody = Audio, ResponseContentType = "audio/mpeg" };

        await using ResponseStream stream = await Client(handler).DownloadRecordingAsync("r1");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(Audio, copy.ToArray());
        Assert.Equal("audio/mpeg", stream.ContentType);
        Assert.Equal(Audio.Length, stream.ContentLength);
        Assert.Equal(200, stream.StatusCode);
        Assert.Equal("audio/wav, audio/mpeg", handler.Single.Header("Accept"));
    }

    [Fact]
    public async Task A_download_is_handed_over_before_the_body_has_arrived_and_disposing_it_releases_the_response()
    {
        var body = new GatedStream(Audio[..4], Audio[4..]);
        var handler = new StreamingHandler(body);

        ResponseStream stream = await Client(handler).DownloadRecordingAsync("r1").WaitAsync(TimeSpan.FromSeconds(30));
        var first = new byte[4];
        await stream.ReadExactlyAsync(first);
        Assert.Equal(Audio[..4], first);
        Assert.False(body.Released, "the client read past what the caller asked for");

        body.Release();
        using var rest = new MemoryStream();
        await stream.CopyToAsync(rest);
        Assert.Equal(Audio[4..], rest.ToArray());
        await stream.DisposeAsync();
        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task A_download_cancelled_before_or_while_reading_throws_OperationCanceledException()
    {
        var body = new GatedStream(Audio[..4], Audio[4..]);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(new StreamingHandler(body)).DownloadRecordingAsync("r1", cancel.Token));

        await using ResponseStream stream = await Client(new StreamingHandler(body)).DownloadRecordingAsync("r1");
        var buffer = new byte[16];
        Assert.Equal(4, await stream.ReadAsync(buffer));
        using var midway = new CancellationTokenSource();
        Task<int> pending = stream.ReadAsync(buffer, midway.Token).AsTask();
        midway.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Concurrent_downloads_through_one_client_each_get_their_own_body()
    {
        var client = Client(new EchoPathHandler());

        string[] bodies = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            await using ResponseStream stream = await client.DownloadRecordingAsync("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync();
        }));

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => "/recordings/r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/media"), bodies);
    }

    /// <summary>Answers with the request's path as an octet-stream body.</summary>
    private sealed class EchoPathHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.RequestUri!.AbsolutePath)) });
    }

    [Fact]
    public async Task A_failed_download_throws_the_declared_error_and_releases_the_response()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NotFound, "{\"code\":20404,\"message\":\"no such recording\"}");

        ApiException<Error> error = await Assert.ThrowsAsync<ApiException<Error>>(() => Client(handler).DownloadRecordingAsync("r1"));

        Assert.Equal(404, error.Status);
        Assert.Equal("no such recording", error.Error!.Message);
    }

    [Fact]
    public async Task Text_and_xml_bodies_go_out_as_utf8_strings_with_their_media_type_and_come_back_as_strings()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "stored é", "text/plain; charset=utf-8");

        string echoed = await Client(handler).PostNoteAsync("note é");
        handler.Respond(HttpStatusCode.OK, "<doc a=\"1\"/>", "application/xml");
        string document = await Client(handler).PutDocumentAsync("<doc/>");

        Assert.Equal("text/plain; charset=utf-8", handler.Requests[0].RawContentType);
        Assert.Equal(Encoding.UTF8.GetBytes("note é"), handler.Requests[0].Body);
        Assert.Equal("text/plain", handler.Requests[0].Header("Accept"));
        Assert.Equal("stored é", echoed);
        Assert.Equal("application/xml; charset=utf-8", handler.Requests[1].RawContentType);
        Assert.Equal("<doc/>", handler.Requests[1].BodyText);
        Assert.Equal("application/xml", handler.Requests[1].Header("Accept"));
        Assert.Equal("<doc a=\"1\"/>", document);
    }

    /// <summary>Answers 200 with a body that arrives only as the test allows.</summary>
    private sealed class StreamingHandler(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StreamContent(body) };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "audio/wav");
            return Task.FromResult(response);
        }
    }

    /// <summary>Gives its first part at once and the rest only after <see cref="Release"/>.</summary>
    private sealed class GatedStream(byte[] first, byte[] rest) : Stream
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly MemoryStream _first = new(first);
        private readonly MemoryStream _rest = new(rest);

        public bool Released => _gate.Task.IsCompleted;

        public bool Disposed { get; private set; }

        public void Release() => _gate.TrySetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = _first.Read(buffer.Span);
            if (read > 0)
            {
                return read;
            }

            await _gate.Task.WaitAsync(cancellationToken);
            return _rest.Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

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

    [Fact]
    public async Task A_body_offering_JSON_and_bytes_is_sent_as_whichever_overload_the_caller_picks()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        BinaryClient client = Client(handler);

        await client.CreateTranscriptAsync(new CreateTranscriptRequest { Url = "https://example.com/a.wav" });
        await client.CreateTranscriptAsync(new MemoryStream(Audio));
        await client.CreateTranscriptAsync(new MemoryStream(Audio), contentType: "audio/mpeg");

        Assert.Equal(["application/json", "audio/wav", "audio/mpeg"], handler.Requests.Select(r => r.RawContentType));
        Assert.Equal("{\"url\":\"https://example.com/a.wav\"}", Encoding.UTF8.GetString(handler.Requests[0].Body!));
        Assert.Equal(Audio, handler.Requests[1].Body);
        Assert.Equal(Audio, handler.Requests[2].Body);
    }

    [Fact]
    public async Task An_optional_body_offering_JSON_and_bytes_sends_no_body_or_either_kind()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        BinaryClient client = Client(handler);

        await client.PutThumbnailAsync();
        await client.PutThumbnailAsync(new MemoryStream(Audio));

        Assert.Null(handler.Requests[0].RawContentType);
        Assert.Equal("application/octet-stream", handler.Requests[1].RawContentType);
        Assert.Equal(Audio, handler.Requests[1].Body);
    }
}
