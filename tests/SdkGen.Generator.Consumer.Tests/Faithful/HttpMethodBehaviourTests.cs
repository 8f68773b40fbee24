using Consumer.Faithful.Methods;
using SdkGen.Runtime.Tests.Authentication;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// The request line's method token as it reaches a socket (methods-32.yaml): the path item's fixed fields send the
/// standard upper-case methods, OpenAPI 3.2's <c>additionalOperations</c> send their key exactly as written, since
/// methods are case-sensitive (RFC 9110 §9.1).
/// </summary>
public sealed class HttpMethodBehaviourTests : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server = new(_ => new LoopbackResponse(204, []));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Fixed_fields_send_upper_case_and_additional_operations_their_key_as_written()
    {
        var client = new MethodsClient(new HttpClient(), new MethodsClientOptions { Endpoint = _server.BaseUri });

        await client.GetFileAsync("a");
        await client.QueryFileAsync("a");
        await client.CopyFileAsync("a");
        await client.LockFileAsync("a");
        await client.PurgeFileAsync("a");

        Assert.Equal(["GET", "QUERY", "copy", "LOCK", "Purge"], _server.Requests.Select(r => r.Method));
        Assert.All(_server.Requests, r => Assert.Equal("/files/a", r.Target));
    }
}
