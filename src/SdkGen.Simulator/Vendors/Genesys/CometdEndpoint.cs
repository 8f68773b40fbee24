using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;

namespace SdkGen.Simulator.Vendors.Genesys;

/// <summary>
/// CometD (Bayeux 1.0) over long-polling on <c>POST /api/v2/notifications</c> (also with a trailing
/// <c>/handshake</c>, <c>/connect</c>… as CometD clients append by default). The body is a JSON array of
/// messages (a single object is accepted too); the reply is a JSON array of replies followed by deliveries.
/// Same Basic auth (and CSRF, when enabled) as every other GWS POST.
/// </summary>
/// <remarks>
/// <c>/meta/connect</c> is always held until a message is queued or the timeout passes, including the first
/// one after the handshake (the Java CometD server answers that first one at once; clients loop either way).
/// Messages published while no connect is held are queued per client and delivered by the next connect.
/// </remarks>
internal sealed class CometdEndpoint(
    GenesysEndpoints genesys,
    CometdBroker broker,
    SimulatorOptions options,
    CancellationToken shutdown)
{
    private const string BayeuxVersion = "1.0";
    private const string LongPolling = "long-polling";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.Map(VendorRoutes.Genesys + "/api/v2/notifications", HandleAsync);
        routes.Map(VendorRoutes.Genesys + "/api/v2/notifications/{**messageType}", HandleAsync);
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await GenesysEndpoints.MethodNotAllowedAsync(context, "POST");
            return;
        }

        if (!await genesys.AdmitAsync(context))
        {
            return;
        }

        var messages = await HttpJson.TryReadAsync(context.Request) switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => null,
        };
        if (messages is null || messages.Count == 0)
        {
            await VendorErrors.GenesysAsync(context, 400, 1, "The body must be a JSON array of Bayeux messages");
            return;
        }

        var replies = new JsonArray();
        var deliveries = new List<JsonObject>();
        foreach (var message in messages)
        {
            replies.Add((JsonNode)await ReplyAsync(message, deliveries, context.RequestAborted));
        }

        foreach (var delivery in deliveries)
        {
            replies.Add((JsonNode)delivery);
        }

        await HttpJson.WriteAsync(context, 200, replies);
    }

    private async Task<JsonObject> ReplyAsync(JsonObject message, List<JsonObject> deliveries, CancellationToken requestAborted)
    {
        var channel = HttpJson.GetString(message, "channel") ?? "";
        var reply = new JsonObject { ["channel"] = channel };
        if (message["id"] is { } id)
        {
            reply["id"] = id.DeepClone();
        }

        if (channel == "/meta/handshake")
        {
            var client = broker.Handshake();
            reply["version"] = BayeuxVersion;
            reply["supportedConnectionTypes"] = new JsonArray(LongPolling);
            reply["clientId"] = client.Id;
            reply["successful"] = true;
            reply["advice"] = RetryAdvice();
            return reply;
        }

        if (!channel.StartsWith("/meta/", StringComparison.Ordinal))
        {
            return Fail(reply, "403::Publishing is not allowed");
        }

        var clientId = HttpJson.GetString(message, "clientId");
        reply["clientId"] = clientId;
        var session = broker.Find(clientId);
        if (session is null)
        {
            reply["advice"] = new JsonObject { ["reconnect"] = "handshake", ["interval"] = 0 };
            return Fail(reply, "402::Unknown client");
        }

        switch (channel)
        {
            case "/meta/connect":
                if (HttpJson.GetString(message, "connectionType") is { } type && type != LongPolling)
                {
                    return Fail(reply, $"400::Unsupported connection type {type}");
                }

                deliveries.AddRange(await session.WaitForMessagesAsync(ConnectTimeout(message), options.TimeProvider, shutdown, requestAborted));
                reply["successful"] = true;
                reply["advice"] = RetryAdvice();
                return reply;

            case "/meta/subscribe" or "/meta/unsubscribe":
                var subscription = HttpJson.GetString(message, "subscription");
                reply["subscription"] = subscription;
                if (subscription is null || !subscription.StartsWith('/') || subscription.StartsWith("/meta/", StringComparison.Ordinal))
                {
                    return Fail(reply, $"400::Invalid subscription '{subscription}'");
                }

                if (channel == "/meta/subscribe")
                {
                    session.Subscribe(subscription);
                }
                else
                {
                    session.Unsubscribe(subscription);
                }

                reply["successful"] = true;
                return reply;

            case "/meta/disconnect":
                broker.Disconnect(session);
                reply["successful"] = true;
                return reply;

            default:
                return Fail(reply, $"400::Unknown channel {channel}");
        }
    }

    /// <summary>The server's hold time, shortened if the client's connect carries a smaller <c>advice.timeout</c> (ms).</summary>
    private TimeSpan ConnectTimeout(JsonObject message)
    {
        var timeout = options.CometdConnectTimeout;
        if (message["advice"] is JsonObject advice
            && advice["timeout"] is JsonValue value
            && value.TryGetValue<double>(out var milliseconds)
            && milliseconds >= 0
            && TimeSpan.FromMilliseconds(milliseconds) < timeout)
        {
            timeout = TimeSpan.FromMilliseconds(milliseconds);
        }

        return timeout;
    }

    private JsonObject RetryAdvice() => new()
    {
        ["reconnect"] = "retry",
        ["interval"] = 0,
        ["timeout"] = (long)options.CometdConnectTimeout.TotalMilliseconds,
    };

    private static JsonObject Fail(JsonObject reply, string error)
    {
        reply["successful"] = false;
        reply["error"] = error;
        return reply;
    }
}
