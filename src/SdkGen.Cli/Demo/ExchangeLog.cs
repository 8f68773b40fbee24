namespace SdkGen.Cli.Demo;

/// <summary>Remembers the last request line and reply status that went through the demo's HttpClient.</summary>
internal sealed class ExchangeLog : DelegatingHandler
{
    private readonly object _gate = new();
    private readonly List<string> _requests = new();

    public ExchangeLog(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>The request lines since the last <see cref="Take"/>, CometD polls left out.</summary>
    public IReadOnlyList<string> Take()
    {
        lock (_gate)
        {
            var taken = _requests.ToList();
            _requests.Clear();
            return taken;
        }
    }

    // The simulator serves each vendor under a prefix (/twilio/…); the vendor's own path follows it.
    // Long ids are abbreviated so a table row fits a terminal.
    private static string Shorten(string path)
    {
        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> vendorPath = segments.Skip(1).Select(s => s.Length > 20 ? s[..6] + "…" + s[^4..] : s);
        return "/" + string.Join("/", vendorPath);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        string path = request.RequestUri!.AbsolutePath;
        if (!path.Contains("/notifications", StringComparison.Ordinal))
        {
            lock (_gate)
            {
                _requests.Add($"{request.Method} {Shorten(path)} {(int)response.StatusCode}");
            }
        }

        return response;
    }
}
