using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// A one-connection loopback HTTP/1.1 server that answers with the headers and the first part of a body at once and
/// sends the rest only when <see cref="Release"/> is called, so a client's read of the rest must wait on the network.
/// The body is declared with <c>Content-Length</c> or sent chunked.
/// </summary>
internal sealed class PacedBodyServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _hungUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _serving;

    public PacedBodyServer(byte[] first, byte[] rest, bool declareLength, int status = 200)
    {
        _listener.Start();
        _serving = ServeAsync(first, rest, declareLength, status);
    }

    public Uri Uri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/body");

    /// <summary>Completes when the client closes the connection.</summary>
    public Task ClientHungUp => _hungUp.Task;

    /// <summary>Sends the rest of the body.</summary>
    public void Release() => _release.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        _listener.Stop();
        await _serving;
    }

    private async Task ServeAsync(byte[] first, byte[] rest, bool declareLength, int status)
    {
        try
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync();
            NetworkStream stream = client.GetStream();
            await ReadHeadAsync(stream);
            string framing = declareLength
                ? "Content-Length: " + (first.Length + rest.Length).ToString(CultureInfo.InvariantCulture)
                : "Transfer-Encoding: chunked";
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Paced\r\nContent-Type: application/json\r\n{framing}\r\nConnection: close\r\n\r\n"));
            await WritePartAsync(stream, first, declareLength);

            // The client sends nothing more: a read that ends tells it hung up.
            Task<int> hangUp = stream.ReadAsync(new byte[1]).AsTask();
            if (await Task.WhenAny(_release.Task, hangUp) == _release.Task)
            {
                await WritePartAsync(stream, rest, declareLength);
                if (!declareLength)
                {
                    await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
                }
            }

            await hangUp;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The client reset the connection, or the server is stopping.
        }

        _hungUp.TrySetResult();
    }

    private static async Task WritePartAsync(NetworkStream stream, byte[] part, bool declareLength)
    {
        if (part.Length == 0)
        {
            return;
        }

        if (!declareLength)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(part.Length.ToString("X", CultureInfo.InvariantCulture) + "\r\n"));
        }

        await stream.WriteAsync(part);
        if (!declareLength)
        {
            await stream.WriteAsync("\r\n"u8.ToArray());
        }

        await stream.FlushAsync();
    }

    private static async Task ReadHeadAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (!Encoding.ASCII.GetString([.. received]).Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                throw new IOException("The client closed the connection before its request ended.");
            }

            received.AddRange(buffer.AsSpan(0, read));
        }
    }
}
