using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdkGen.Cli.Tests;

/// <summary>
/// A loopback HTTP/1.1 server (port 0) that answers every request with one fixed response: the "2xx with a body
/// the SDK cannot read" and the hostile vendor messages the simulator does not serve. Real sockets, real HTTP.
/// </summary>
internal sealed class CannedHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _response;
    private readonly Task _loop;
    private int _requests;

    public CannedHttpServer(int status, string contentType, string body)
    {
        byte[] content = Encoding.UTF8.GetBytes(body);
        string head = $"HTTP/1.1 {status} Canned\r\nContent-Type: {contentType}\r\nContent-Length: {content.Length}\r\nConnection: close\r\n\r\n";
        _response = [.. Encoding.ASCII.GetBytes(head), .. content];
        _listener.Start();
        _loop = AcceptAsync();
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public int RequestCount => Volatile.Read(ref _requests);

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
                try
                {
                    await AnswerAsync(client.GetStream());
                }
                catch (IOException)
                {
                    // The client gave up on this connection (its timeout); serve the next one.
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Disposed.
        }
    }

    private async Task AnswerAsync(NetworkStream stream)
    {
        // Read the head and the body the request announces, so the client never sees its request cut off.
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headEnd = -1;
        int contentLength = 0;
        while (headEnd < 0 || received.Count < headEnd + contentLength)
        {
            int read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
            if (headEnd < 0 && Encoding.ASCII.GetString([.. received]).IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0)
            {
                headEnd = end + 4;
                string head = Encoding.ASCII.GetString([.. received], 0, headEnd);
                contentLength = head.Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            }
        }

        Interlocked.Increment(ref _requests);
        await stream.WriteAsync(_response, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
