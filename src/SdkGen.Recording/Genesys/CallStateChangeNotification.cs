using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Recording.Genesys;

// The generated model gains parsers for what GWS pushes over CometD, which no HTTP operation returns.
public partial class CallStateChangeNotification
{
    /// <summary>The CometD channel GWS publishes call notifications on.</summary>
    public const string CallsChannel = "/v2/me/calls";

    /// <summary>Parses one CometD message delivered on <see cref="CallsChannel"/>.</summary>
    /// <param name="json">The message, e.g. <c>{"channel":"/v2/me/calls","data":{"messageType":"CallStateChangeMessage",…}}</c>.</param>
    /// <exception cref="JsonException">The text is not a notification.</exception>
    public static CallStateChangeNotification Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return JsonResponseReader.Read(System.Text.Encoding.UTF8.GetBytes(json), GenesysClientJsonSerializer.ReadCallStateChangeNotification);
    }

    /// <summary>
    /// Parses a CometD (Bayeux) response — a JSON array of messages, as a <c>/meta/connect</c> reply carries —
    /// and returns the notifications on <see cref="CallsChannel"/>, skipping <c>/meta/…</c> and other channels.
    /// </summary>
    /// <exception cref="JsonException">The text is not a JSON array of Bayeux messages.</exception>
    public static IReadOnlyList<CallStateChangeNotification> ParseMessages(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        using JsonDocument document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("A CometD response is a JSON array of messages.");
        }

        var notifications = new List<CallStateChangeNotification>();
        foreach (JsonElement message in document.RootElement.EnumerateArray())
        {
            if (message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("channel", out JsonElement channel)
                && channel.ValueKind == JsonValueKind.String
                && channel.GetString() == CallsChannel
                && message.TryGetProperty("data", out _))
            {
                notifications.Add(Parse(message.GetRawText()));
            }
        }

        return notifications;
    }
}
