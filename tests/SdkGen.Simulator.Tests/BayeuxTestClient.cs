using System.Net;
using System.Text.Json;

namespace SdkGen.Simulator.Tests;

/// <summary>A bare Bayeux long-polling client for the GWS notifications endpoint.</summary>
internal sealed class BayeuxTestClient(HttpClient http)
{
    private int _nextId;

    public string? ClientId { get; private set; }

    public async Task<JsonElement> SendAsync(string messagesJson)
    {
        using var response = await http.PostAsync("api/v2/notifications", TestHttp.Json(messagesJson));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        return body;
    }

    public async Task<JsonElement> HandshakeAsync()
    {
        var reply = await SendAsync($$"""[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"],"id":"{{NextId()}}"}]""");
        var handshake = GenesysTests.Single(reply, "/meta/handshake");
        Assert.True(handshake.GetProperty("successful").GetBoolean());
        ClientId = handshake.GetProperty("clientId").GetString();
        return handshake;
    }

    public async Task<JsonElement> SubscribeAsync(string channel)
    {
        var reply = await SendAsync($$"""[{"channel":"/meta/subscribe","clientId":"{{ClientId}}","subscription":"{{channel}}","id":"{{NextId()}}"}]""");
        return GenesysTests.Single(reply, "/meta/subscribe");
    }

    /// <summary>One long poll; <paramref name="adviceTimeoutMs"/> asks the server to hold it at most that long.</summary>
    public Task<JsonElement> ConnectAsync(int? adviceTimeoutMs = null)
    {
        var advice = adviceTimeoutMs is { } ms ? $$""","advice":{"timeout":{{ms}}}""" : "";
        return SendAsync($$"""[{"channel":"/meta/connect","clientId":"{{ClientId}}","connectionType":"long-polling","id":"{{NextId()}}"{{advice}}}]""");
    }

    public Task<JsonElement> DisconnectAsync() =>
        SendAsync($$"""[{"channel":"/meta/disconnect","clientId":"{{ClientId}}","id":"{{NextId()}}"}]""");

    /// <summary>The messages of a connect reply that are deliveries (not the <c>/meta/connect</c> reply).</summary>
    public static JsonElement[] Deliveries(JsonElement reply) =>
        reply.EnumerateArray().Where(m => !m.GetProperty("channel").GetString()!.StartsWith("/meta/", StringComparison.Ordinal)).ToArray();

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
