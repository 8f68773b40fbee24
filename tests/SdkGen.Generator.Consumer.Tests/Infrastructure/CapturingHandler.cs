using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SdkGen.Generator.Consumer.Tests.Infrastructure;

/// <summary>One request exactly as it reached the handler: nothing of it is re-derived from the client's code.</summary>
public sealed class CapturedRequest
{
    public CapturedRequest(
        string method,
        string uri,
        IReadOnlyDictionary<string, string[]> headers,
        IReadOnlyDictionary<string, string[]> contentHeaders,
        string? rawContentType,
        byte[]? body)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        ContentHeaders = contentHeaders;
        RawContentType = rawContentType;
        Body = body;
    }

    /// <summary>The HTTP method, for example <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The absolute request URI as it would go on the wire (<see cref="System.Uri.AbsoluteUri"/>).</summary>
    public string Uri { get; }

    /// <summary>Request headers (not content headers), by name, case-insensitive.</summary>
    public IReadOnlyDictionary<string, string[]> Headers { get; }

    /// <summary>Content headers, by name, case-insensitive; empty when there is no content.</summary>
    public IReadOnlyDictionary<string, string[]> ContentHeaders { get; }

    /// <summary>The Content-Type header text exactly as set, or null.</summary>
    public string? RawContentType { get; }

    /// <summary>The body bytes, or null when the request had no content.</summary>
    public byte[]? Body { get; }

    /// <summary>The body decoded as UTF-8 (strict), or null.</summary>
    public string? BodyText => Body is null ? null : new UTF8Encoding(false, true).GetString(Body);

    /// <summary>The single value of a request header, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string[]? values) ? string.Join(", ", values) : null;
}

/// <summary>
/// Records every request and answers with a configured response. Never touches the network.
/// </summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly List<CapturedRequest> _requests = new();

    /// <summary>The status of the answer.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>The reason phrase of the answer, or null for none.</summary>
    public string? ReasonPhrase { get; set; }

    /// <summary>The answer's body bytes; null sends no content at all.</summary>
    public byte[]? ResponseBody { get; set; }

    /// <summary>The answer's Content-Type (sent only with a body).</summary>
    public string ResponseContentType { get; set; } = "application/json";

    /// <summary>Extra response headers, for example <c>Retry-After</c>.</summary>
    public Dictionary<string, string> ResponseHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs after the request is recorded and before the answer is made (to cancel, to fail).</summary>
    public Func<CancellationToken, Task>? BeforeAnswer { get; set; }

    /// <summary>Whether a request arrived with its token already canceled.</summary>
    public bool ObservedCancellation { get; private set; }

    /// <summary>The requests seen so far.</summary>
    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>The only request seen; fails when there is not exactly one.</summary>
    public CapturedRequest Single => Assert.Single(Requests);

    /// <summary>Sets a UTF-8 text body for the answer.</summary>
    public CapturingHandler Respond(HttpStatusCode status, string? body, string contentType = "application/json")
    {
        Status = status;
        ResponseBody = body is null ? null : Encoding.UTF8.GetBytes(body);
        ResponseContentType = contentType;
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            ObservedCancellation = true;
            cancellationToken.ThrowIfCancellationRequested();
        }

        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = header.Value.ToArray();
        }

        var contentHeaders = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        byte[]? body = null;
        string? rawContentType = null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                contentHeaders[header.Key] = header.Value.ToArray();
            }

            rawContentType = request.Content.Headers.NonValidated.TryGetValues("Content-Type", out HeaderStringValues values)
                ? string.Join(", ", values)
                : null;
            body = await request.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var captured = new CapturedRequest(request.Method.Method, request.RequestUri!.AbsoluteUri, headers, contentHeaders, rawContentType, body);
        lock (_gate)
        {
            _requests.Add(captured);
        }

        if (BeforeAnswer is not null)
        {
            await BeforeAnswer(cancellationToken).ConfigureAwait(false);
        }

        var response = new HttpResponseMessage(Status) { RequestMessage = request };
        if (ReasonPhrase is not null)
        {
            response.ReasonPhrase = ReasonPhrase;
        }

        if (ResponseBody is not null)
        {
            response.Content = new ByteArrayContent(ResponseBody);
            response.Content.Headers.TryAddWithoutValidation("Content-Type", ResponseContentType);
        }

        foreach (KeyValuePair<string, string> header in ResponseHeaders)
        {
            Assert.True(response.Headers.TryAddWithoutValidation(header.Key, header.Value), "response header " + header.Key);
        }

        return response;
    }
}
