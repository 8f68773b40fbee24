using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdkGen.Runtime.Tests.Authentication;

/// <summary>A request as the loopback server received it off the socket.</summary>
internal sealed record LoopbackRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}

/// <summary>What the loopback server answers; <paramref name="HeaderLines"/> are sent as written (each ending in CRLF).</summary>
internal sealed record LoopbackResponse(int Status, byte[] Body, string ContentType = "application/json", string HeaderLines = "")
{
    public static LoopbackResponse Json(int status, string json) => new(status, Encoding.UTF8.GetBytes(json));

    public static LoopbackResponse Token(string token, int? expiresIn = 3600) =>
        Json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\"" + (expiresIn is { } e ? ",\"expires_in\":" + e.ToString(CultureInfo.InvariantCulture) : "") + "}");
}

/// <summary>
/// A loopback HTTP/1.1 server on port 0 (as the CLI tests' CannedHttpServer, but answering through a handler): the
/// in-test token endpoint and API. Real sockets, real HTTP; one request per connection, connections served at once.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<LoopbackRequest, Task<LoopbackResponse>> _handler;
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _loop;

    public LoopbackHttpServer(Func<LoopbackRequest, Task<LoopbackResponse>> handler)
    {
        _handler = handler;
        _listener.Start(1024);
        _loop = AcceptAsync();
    }

    public LoopbackHttpServer(Func<LoopbackRequest, LoopbackResponse> handler)
        : this(request => Task.FromResult(handler(request)))
    {
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        await Task.WhenAll(_connections);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _connections.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Stopped (InvalidOperationException: the loop came back to accept after the listener stopped).
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                LoopbackRequest? request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                LoopbackResponse response = await _handler(request);
                string head = $"HTTP/1.1 {response.Status} Loopback\r\nContent-Type: {response.ContentType}\r\nContent-Length: {response.Body.Length}\r\n{response.HeaderLines}Connection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(response.Body, _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The client gave up on this connection, or the server is stopping.
            }
        }
    }

    private async Task<LoopbackRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headEnd = -1;
        int contentLength = 0;
        string head = "";
        while (headEnd < 0 || received.Count < headEnd + contentLength)
        {
            int read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return null;
            }

            received.AddRange(buffer.AsSpan(0, read));
            if (headEnd < 0 && Encoding.ASCII.GetString([.. received]).IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0)
            {
                headEnd = end + 4;
                head = Encoding.ASCII.GetString([.. received], 0, end);
                contentLength = head.Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
            }
        }

        string[] lines = head.Split("\r\n");
        string[] requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string name = line[..colon];
            string value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out string? earlier) ? earlier + "\n" + value : value;
        }

        return new LoopbackRequest(requestLine[0], requestLine[1], headers, [.. received.Skip(headEnd).Take(contentLength)]);
    }
}
