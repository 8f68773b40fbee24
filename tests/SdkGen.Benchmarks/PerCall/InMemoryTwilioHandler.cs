using System.Net;
using System.Net.Http.Headers;

namespace SdkGen.Benchmarks.PerCall;

/// <summary>
/// Answers every request with the documented CallRecording JSON, after writing the request body out as a
/// transport would (so the cost of producing the body is counted). The same handler serves every client.
/// </summary>
public sealed class InMemoryTwilioHandler(byte[] responseBody) : HttpMessageHandler
{
    public HttpRequestMessage? LastRequest { get; private set; }

    public byte[]? LastBody { get; private set; }

    public bool Capture { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Capture)
        {
            LastRequest = request;
            LastBody = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var content = new ByteArrayContent(responseBody);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    internal static MediaTypeHeaderValue Json { get; } = new("application/json");
}
