using System.Net;
using Consumer.Faithful.Metadata;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Issue 13, response metadata: <c>{Operation}WithResponseAsync</c> returns the status, the headers and the body the
/// plain method returns, sends exactly the same request, reads declared headers typed and leniently (a malformed value
/// is null, its text kept, nothing thrown), and still throws the typed exception for an error answer.
/// </summary>
public sealed class ResponseMetadataBehaviourTests
{
    private static readonly HttpClient s_loopbackHttp = new();

    private const string Items = """[{"id":"i-1","name":"first"},{"id":"i-2"}]""";

    [Fact]
    public async Task The_status_headers_and_body_come_back_typed_and_the_request_is_the_plain_methods()
    {
        CapturingHandler handler = Answer(HttpStatusCode.OK, Items);
        handler.ReasonPhrase = "Fine";
        handler.ResponseHeaders["X-Total-Count"] = "42";
        handler.ResponseHeaders["ETag"] = "\"v7\"";
        handler.ResponseHeaders["X-Rate-Limit-Reset"] = "Tue, 15 Nov 1994 08:12:31 GMT";
        handler.ResponseHeaders["X-Request-Id"] = "8f6d2c1e-0000-4000-8000-000000000001";
        handler.ResponseHeaders["X-Cache"] = "miss";
        handler.ResponseHeaders["X-Sampled"] = "true";
        handler.ResponseHeaders["X-Cost"] = "0.25";
        handler.ResponseHeaders["X-Links"] = "a, b";
        handler.ResponseHeaders["Value"] = "named like a member";
        MetadataClient client = Client(handler);

        ListItemsResponse answer = await client.ListItemsWithResponseAsync(response: "r", result: "s");
        IList<Item> plain = await client.ListItemsAsync(response: "r", result: "s");

        Assert.Equal(200, answer.Status);
        Assert.Equal("Fine", answer.ReasonPhrase);
        Assert.Equal(new[] { "i-1", "i-2" }, answer.Value.Select(i => i.Id));
        Assert.Equal(answer.Value.Select(i => i.Id), plain.Select(i => i.Id));
        Assert.Equal(42L, answer.XTotalCount);
        Assert.Equal("\"v7\"", answer.ETag);
        Assert.Equal(new DateTimeOffset(1994, 11, 15, 8, 12, 31, TimeSpan.Zero), answer.XRateLimitReset);
        Assert.Equal("8f6d2c1e-0000-4000-8000-000000000001", answer.XRequestId);
        Assert.Equal(ListItemsXCache.Miss, answer.XCache);
        Assert.True(answer.XSampled);
        Assert.Equal(0.25, answer.XCost);
        Assert.Equal("a, b", answer.XLinks);
        Assert.Equal("named like a member", answer.ValueHeader);
        Assert.Equal("application/json", answer.Headers.GetValue("content-type"));
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("https://api.example.com/items?response=r&result=s", handler.Requests[0].Uri);
        Assert.Equal(handler.Requests[0].Uri, handler.Requests[1].Uri);
        Assert.Equal(handler.Requests[0].Headers.Keys.Order(), handler.Requests[1].Headers.Keys.Order());
    }

    [Fact]
    public async Task Over_loopback_real_response_headers_read_typed_and_a_repeated_one_keeps_every_value()
    {
        const string headers = "X-Total-Count: 42\r\nETag: \"v7\"\r\nX-Rate-Limit-Reset: Sun, 06 Nov 1994 08:49:37 GMT\r\nX-Cache: hit\r\nX-Links: a\r\nX-Links: b\r\n";
        await using var server = new SdkGen.Runtime.Tests.Authentication.LoopbackHttpServer(_ => new SdkGen.Runtime.Tests.Authentication.LoopbackResponse(200, System.Text.Encoding.UTF8.GetBytes(Items), HeaderLines: headers));
        using var http = new HttpClient();
        var client = new MetadataClient(http, new MetadataClientOptions { Endpoint = server.BaseUri });

        ListItemsResponse answer = await client.ListItemsWithResponseAsync();

        Assert.Equal(200, answer.Status);
        Assert.Equal("Loopback", answer.ReasonPhrase);
        Assert.Equal(2, answer.Value.Count);
        Assert.Equal(42L, answer.XTotalCount);
        Assert.Equal("\"v7\"", answer.ETag);
        Assert.Equal(new DateTimeOffset(1994, 11, 6, 8, 49, 37, TimeSpan.Zero), answer.XRateLimitReset);
        Assert.Equal(ListItemsXCache.Hit, answer.XCache);
        Assert.Equal(new[] { "a", "b" }, answer.Headers.GetValues("X-Links"));
        Assert.Equal("a, b", answer.XLinks);
        Assert.Equal("GET /items", server.Requests.Single().Method + " " + server.Requests.Single().Target);
    }

    [Theory]
    [InlineData("X-Total-Count: 42\r\nX-Total-Count: 42\r\nETag: \"v7\"\r\nETag: \"v7\"\r\nX-Cache: hit\r\nX-Cache: hit\r\nX-Sampled: true\r\nX-Sampled: true\r\n")]
    [InlineData("X-Total-Count: 42, 42\r\nETag: \"v7\"\r\nX-Cache: hit\r\nX-Sampled: true,true\r\n")]
    public async Task Over_loopback_a_single_valued_header_sent_twice_with_one_value_reads_as_that_value(string headers)
    {
        await using var server = Serve(headers + "X-Links: a\r\nX-Links: b, c\r\n");

        ListItemsResponse answer = await LoopbackClient(server).ListItemsWithResponseAsync();

        Assert.Equal(42L, answer.XTotalCount);
        Assert.Equal("\"v7\"", answer.ETag);
        Assert.Equal(ListItemsXCache.Hit, answer.XCache);
        Assert.True(answer.XSampled);
        Assert.Equal("a, b, c", answer.XLinks);   // a list combines every field line (RFC 9110 5.3)
        Assert.Empty(ResponseDepartures.Of(answer));
    }

    [Fact]
    public async Task Over_loopback_a_single_valued_header_sent_with_different_values_reads_as_null_keeps_both_and_is_a_departure()
    {
        const string headers = "X-Total-Count: 42\r\nX-Total-Count: 43\r\nETag: \"v7\"\r\nETag: \"v8\"\r\nX-Cache: hit\r\nX-Cache: miss\r\nX-Cost: 0.25, 0.5\r\n";
        await using var server = Serve(headers);

        ListItemsResponse answer = await LoopbackClient(server).ListItemsWithResponseAsync();

        Assert.Equal(2, answer.Value.Count);   // nothing thrown: the service has acted
        Assert.Null(answer.XTotalCount);
        Assert.Null(answer.ETag);
        Assert.Null(answer.XCache);
        Assert.Null(answer.XCost);
        Assert.Null(answer.XTotalCount);   // read twice, noted once
        Assert.Equal(new[] { "42", "43" }, answer.Headers.GetValues("X-Total-Count"));
        Assert.Equal(new[] { "\"v7\"", "\"v8\"" }, answer.Headers.GetValues("ETag"));
        Assert.Equal("hit, miss", answer.Headers.GetValue("X-Cache"));
        Assert.Equal("0.25, 0.5", answer.Headers.GetValue("X-Cost"));
        Assert.Equal(
            new[] { "header X-Total-Count", "header ETag", "header X-Cache", "header X-Cost" },
            ResponseDepartures.Of(answer).Select(d => d.Path));
        Assert.All(ResponseDepartures.Of(answer), d => Assert.Equal(ResponseDepartureKind.ConflictingHeaderValues, d.Kind));
    }

    [Fact]
    public async Task Over_loopback_absent_headers_read_as_null_and_are_no_departure()
    {
        await using var server = Serve("");

        ListItemsResponse answer = await LoopbackClient(server).ListItemsWithResponseAsync();

        Assert.Null(answer.XTotalCount);
        Assert.Null(answer.ETag);
        Assert.Null(answer.XCache);
        Assert.Null(answer.XLinks);
        Assert.Empty(ResponseDepartures.Of(answer));
    }

    [Fact]
    public async Task Malformed_or_missing_header_values_read_as_null_or_unknown_with_the_text_kept_and_nothing_thrown()
    {
        CapturingHandler handler = Answer(HttpStatusCode.OK, "[]");
        handler.ResponseHeaders["X-Total-Count"] = "lots";
        handler.ResponseHeaders["X-Rate-Limit-Reset"] = "soon";
        handler.ResponseHeaders["X-Cache"] = "warm";
        handler.ResponseHeaders["X-Sampled"] = "yes";
        handler.ResponseHeaders["X-Cost"] = "NaN";

        ListItemsResponse answer = await Client(handler).ListItemsWithResponseAsync();

        Assert.Null(answer.XTotalCount);
        Assert.Equal("lots", answer.Headers.GetValue("X-Total-Count"));
        Assert.Null(answer.XRateLimitReset);
        Assert.Equal("soon", answer.Headers.GetValue("x-rate-limit-reset"));
        Assert.Equal(ListItemsXCache.Unknown, answer.XCache);
        Assert.Equal("warm", answer.Headers.GetValue("X-Cache"));
        Assert.Null(answer.XSampled);
        Assert.Null(answer.XCost);
        Assert.Null(answer.ETag);
        Assert.Null(answer.XRequestId);
        Assert.False(answer.Headers.Contains("ETag"));
        Assert.Empty(answer.Headers.GetValues("ETag"));
        Assert.Empty(answer.Value);
    }

    [Fact]
    public async Task Operations_without_a_body_or_declared_headers_return_the_runtimes_response()
    {
        CapturingHandler deleted = Answer(HttpStatusCode.NoContent, null);
        deleted.ResponseHeaders["X-Request-Id"] = "req-1";
        deleted.ResponseHeaders["Delete-Item-Response"] = "gone";
        CapturingHandler accepted = Answer(HttpStatusCode.Accepted, null);
        accepted.ResponseHeaders["X-Queue"] = "3";

        DeleteItemResult delete = await Client(deleted).DeleteItemWithResponseAsync("i-1");
        Response archive = await Client(accepted).ArchiveItemWithResponseAsync("i-1");

        Assert.Equal(204, delete.Status);
        Assert.Equal("req-1", delete.XRequestId);
        Assert.Equal("gone", delete.DeleteItemResponse);
        Assert.Equal("DELETE https://api.example.com/items/i-1", deleted.Single.Method + " " + deleted.Single.Uri);
        Assert.Equal(202, archive.Status);
        Assert.Equal(3, archive.Headers.GetInt32("x-queue"));
        Assert.Equal("POST https://api.example.com/items/i-1/archive", accepted.Single.Method + " " + accepted.Single.Uri);
    }

    [Fact]
    public async Task A_body_response_converts_to_its_value_and_an_error_answer_still_throws_the_typed_exception()
    {
        Response<Item> found = await Client(Answer(HttpStatusCode.OK, """{"id":"i-9"}""")).GetItemWithResponseAsync("i-9");
        Item item = found;
        Assert.Equal("i-9", item.Id);

        CapturingHandler missing = Answer(HttpStatusCode.NotFound, """{"code":"gone","message":"No such item."}""");
        var error = await Assert.ThrowsAsync<ApiException<Problem>>(() => Client(missing).GetItemWithResponseAsync("i-0"));
        Assert.Equal(404, error.Status);
        Assert.Equal("gone", error.Error!.Code);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_sent_by_the_metadata_method_too()
    {
        CapturingHandler handler = Answer(HttpStatusCode.OK, "{}");

        await Assert.ThrowsAsync<ArgumentException>(() => Client(handler).GetItemWithResponseAsync(".."));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_interface_has_the_metadata_method_and_a_response_can_be_built_for_a_mock()
    {
        var headers = new ResponseHeaders(new[] { new KeyValuePair<string, IEnumerable<string>>("X-Total-Count", new[] { "7" }) });
        IMetadataClient client = new MockClient(new ListItemsResponse(200, "OK", headers, new List<Item>()));

        ListItemsResponse answer = await client.ListItemsWithResponseAsync();

        Assert.Equal(7L, answer.XTotalCount);
    }

    [Fact]
    public async Task A_download_with_its_response_hands_over_the_open_stream_and_the_headers()
    {
        byte[] audio = [1, 2, 3, 4, 5];
        var handler = new CapturingHandler { Status = HttpStatusCode.OK, ResponseBody = audio, ResponseContentType = "audio/mpeg" };
        handler.ResponseHeaders["X-Duration"] = "12";
        var client = new global::Consumer.Faithful.Binary.BinaryClient(new HttpClient(handler, disposeHandler: false), new global::Consumer.Faithful.Binary.BinaryClientOptions());

        Response<ResponseStream> answer = await client.DownloadRecordingWithResponseAsync("r1");
        await using ResponseStream stream = answer.Value;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(audio, copy.ToArray());
        Assert.Equal(200, answer.Status);
        Assert.Equal("12", answer.Headers.GetValue("X-Duration"));
        Assert.Equal("audio/mpeg", answer.Headers.GetValue("Content-Type"));
    }

    private sealed class MockClient(ListItemsResponse answer) : MetadataClient
    {
        public override Task<ListItemsResponse> ListItemsWithResponseAsync(string? response = null, string? result = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(answer);
    }

    private static SdkGen.Runtime.Tests.Authentication.LoopbackHttpServer Serve(string headerLines) =>
        new(_ => new SdkGen.Runtime.Tests.Authentication.LoopbackResponse(200, System.Text.Encoding.UTF8.GetBytes(Items), HeaderLines: headerLines));

    private static MetadataClient LoopbackClient(SdkGen.Runtime.Tests.Authentication.LoopbackHttpServer server) =>
        new(s_loopbackHttp, new MetadataClientOptions { Endpoint = server.BaseUri });

    private static CapturingHandler Answer(HttpStatusCode status, string? body) => new CapturingHandler().Respond(status, body);

    private static MetadataClient Client(CapturingHandler handler) =>
        new(new HttpClient(handler, disposeHandler: false), new MetadataClientOptions());
}
