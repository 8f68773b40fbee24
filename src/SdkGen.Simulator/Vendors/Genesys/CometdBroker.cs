using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors.Genesys;

/// <summary>The Bayeux server side: client sessions, their subscriptions and their undelivered messages.</summary>
internal sealed class CometdBroker
{
    private readonly ConcurrentDictionary<string, CometdClient> _clients = new(StringComparer.Ordinal);
    private long _messageId;

    public CometdClient Handshake()
    {
        var client = new CometdClient(IdFactory.Hex32());
        _clients[client.Id] = client;
        return client;
    }

    public CometdClient? Find(string? clientId) =>
        clientId is not null && _clients.TryGetValue(clientId, out var client) ? client : null;

    public void Disconnect(CometdClient client)
    {
        _clients.TryRemove(client.Id, out _);
        client.Close();
    }

    /// <summary>
    /// Queues the messages, in order, for every client subscribed to <paramref name="channel"/>, as one batch: a
    /// connect delivers all of them or none, so what one operation publishes is never split across two polls.
    /// Never blocks.
    /// </summary>
    public void Publish(string channel, IReadOnlyList<JsonObject> data)
    {
        foreach (var client in _clients.Values)
        {
            if (client.IsSubscribedTo(channel))
            {
                client.Enqueue(data.Select(d => new JsonObject
                {
                    ["channel"] = channel,
                    ["data"] = d.DeepClone(),
                    ["id"] = Interlocked.Increment(ref _messageId).ToString(CultureInfo.InvariantCulture),
                }).ToList());
            }
        }
    }
}

/// <summary>One handshaken CometD client.</summary>
internal sealed class CometdClient(string id)
{
    // Bounded so an abandoned client cannot grow without limit; the oldest batch goes first.
    private readonly Channel<List<JsonObject>> _queue = Channel.CreateBounded<List<JsonObject>>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    private readonly Lock _gate = new();
    private readonly HashSet<string> _subscriptions = new(StringComparer.Ordinal);
    private CancellationTokenSource? _heldConnect;

    public string Id { get; } = id;

    public void Subscribe(string channel)
    {
        lock (_gate)
        {
            _subscriptions.Add(channel);
        }
    }

    public void Unsubscribe(string channel)
    {
        lock (_gate)
        {
            _subscriptions.Remove(channel);
        }
    }

    public bool IsSubscribedTo(string channel)
    {
        lock (_gate)
        {
            return _subscriptions.Any(pattern => Matches(pattern, channel));
        }
    }

    public void Enqueue(List<JsonObject> batch) => _queue.Writer.TryWrite(batch);

    public void Close()
    {
        _queue.Writer.TryComplete();
        lock (_gate)
        {
            _heldConnect?.Cancel();
        }
    }

    /// <summary>
    /// The long poll: returns the queued messages as soon as there is at least one, or nothing once
    /// <paramref name="timeout"/> passes, <paramref name="release"/> fires (shutdown) or a newer connect from the
    /// same client takes over. Only <paramref name="requestAborted"/> makes it throw.
    /// </summary>
    public async Task<List<JsonObject>> WaitForMessagesAsync(
        TimeSpan timeout,
        TimeProvider time,
        CancellationToken release,
        CancellationToken requestAborted)
    {
        using var timeoutCts = new CancellationTokenSource(timeout, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(timeoutCts.Token, release, requestAborted);
        lock (_gate)
        {
            // Bayeux allows one outstanding connect per client: a new one releases the previous.
            _heldConnect?.Cancel();
            _heldConnect = wait;
        }

        try
        {
            await _queue.Reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
        }
        finally
        {
            lock (_gate)
            {
                if (_heldConnect == wait)
                {
                    _heldConnect = null;
                }
            }
        }

        requestAborted.ThrowIfCancellationRequested();
        var messages = new List<JsonObject>();
        while (_queue.Reader.TryRead(out var batch))
        {
            messages.AddRange(batch);
        }

        return messages;
    }

    /// <summary>Bayeux channel globbing: <c>/a/*</c> matches one segment, <c>/a/**</c> any depth.</summary>
    private static bool Matches(string pattern, string channel)
    {
        if (pattern.EndsWith("/**", StringComparison.Ordinal))
        {
            return channel.StartsWith(pattern[..^2], StringComparison.Ordinal);
        }

        if (pattern.EndsWith("/*", StringComparison.Ordinal))
        {
            var parent = pattern[..^1];
            return channel.StartsWith(parent, StringComparison.Ordinal) && !channel[parent.Length..].Contains('/', StringComparison.Ordinal);
        }

        return pattern == channel;
    }
}
