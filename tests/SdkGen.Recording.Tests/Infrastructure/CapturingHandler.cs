using System.Net;
using System.Text;

namespace SdkGen.Recording.Tests.Infrastructure;

/// <summary>One request exactly as it reached the handler; nothing in it is re-derived from the SDK's code.</summary>
public sealed class CapturedRequest
{
    public CapturedRequest(
        string method,
        Uri uri,
        IReadOnlyDictionary<string, string[]> headers,
        IReadOnlyDictionary<string, string[]> contentHeaders,
        byte[]? body)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        ContentHeaders = contentHeaders;
        Body = body;
    }

    /// <summary>The HTTP method, for example <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The request URI object the HttpClient was given.</summary>
    public Uri Uri { get; }

    /// <summary>The absolute URI text (<see cref="System.Uri.AbsoluteUri"/>).</summary>
    public string AbsoluteUri => Uri.AbsoluteUri;

    /// <summary>Request headers (not content headers), by name, case-insensitive, values as set (not re-validated).</summary>
    public IReadOnlyDictionary<string, string[]> Headers { get; }

    /// <summary>Content headers, by name, case-insensitive; empty when there is no content.</summary>
    public IReadOnlyDictionary<string, string[]> ContentHeaders { get; }

    /// <summary>The body bytes, or null when the request had no content.</summary>
    public byte[]? Body { get; }

    /// <summary>The body decoded as strict UTF-8, or null.</summary>
    public string? BodyText => Body is null ? null : new UTF8Encoding(false, true).GetString(Body);

    /// <summary>The <c>Content-Type</c> exactly as set, or null.</summary>
    public string? ContentType => ContentHeaders.TryGetValue("Content-Type", out string[]? values) ? string.Join(", ", values) : null;

    /// <summary>A request header's values joined with <c>", "</c>, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string[]? values) ? string.Join(", ", values) : null;
}

/// <summary>Records every request (method, URI, headers, content headers, body bytes) and answers with a configured response.</summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly List<CapturedRequest> _requests = [];

    /// <summary>The status of the answer (200 unless set).</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>The answer's body bytes; null sends no content at all.</summary>
    public byte[]? ResponseBody { get; set; }

    /// <summary>The answer's Content-Type (sent only with a body).</summary>
    public string ResponseContentType { get; set; } = "application/json";

    /// <summary>Extra response headers, for example <c>Retry-After</c>.</summary>
    public Dictionary<string, string> ResponseHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>Answers <paramref name="status"/> with a UTF-8 <paramref name="body"/> (null: no content).</summary>
    public static CapturingHandler Answering(HttpStatusCode status, string? body = null, string contentType = "application/json") =>
        new CapturingHandler().Respond(status, body, contentType);

    /// <summary>Sets the answer.</summary>
    public CapturingHandler Respond(HttpStatusCode status, string? body, string contentType = "application/json")
    {
        Status = status;
        ResponseBody = body is null ? null : Encoding.UTF8.GetBytes(body);
        ResponseContentType = contentType;
        return this;
    }

    /// <summary>Adds a response header.</summary>
    public CapturingHandler WithHeader(string name, string value)
    {
        ResponseHeaders[name] = value;
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = header.Value.ToArray();
        }

        var contentHeaders = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        byte[]? body = null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                contentHeaders[header.Key] = header.Value.ToArray();
            }

            body = await request.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
        }

        lock (_gate)
        {
            _requests.Add(new CapturedRequest(request.Method.Method, request.RequestUri!, headers, contentHeaders, body));
        }

        var response = new HttpResponseMessage(Status) { RequestMessage = request };
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
