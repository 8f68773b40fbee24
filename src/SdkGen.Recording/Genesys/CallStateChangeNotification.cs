using System.Text.Json;
using System.Text.Json.Nodes;
using SdkGen.Runtime.Internal;

namespace SdkGen.Recording.Genesys;

// The generated model gains parsers for what GWS pushes over CometD, which no HTTP operation returns.
public partial class CallStateChangeNotification
{
    /// <summary>The CometD channel GWS publishes call notifications on.</summary>
    public const string CallsChannel = "/v2/me/calls";

    /// <summary>The <c>notificationType</c> GWS sends after a call recording operation; the channel carries many others.</summary>
    public const string RecordingStateChangeType = "CallRecordingStateChange";

    /// <summary>Whether this notification reports a recording state change (and not another change of the call).</summary>
    public bool IsRecordingStateChange => string.Equals(Data?.NotificationType, RecordingStateChangeType, StringComparison.Ordinal);

    /// <summary>Parses one CometD message delivered on <see cref="CallsChannel"/>.</summary>
    /// <param name="json">The message, e.g. <c>{"channel":"/v2/me/calls","data":{"messageType":"CallStateChangeMessage",…}}</c>.</param>
    /// <exception cref="JsonException">The text is not a notification.</exception>
    public static CallStateChangeNotification Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return JsonResponseReader.Read(System.Text.Encoding.UTF8.GetBytes(Normalize(json)), GenesysClientJsonSerializer.ReadCallStateChangeNotification);
    }

    /// <summary>
    /// Some GWS versions send <c>participants</c> as an array of phone-number strings rather than objects: a string
    /// becomes a participant with that <c>phoneNumber</c>, and anything else that is not an object is left out, so
    /// one odd item never costs the notification.
    /// </summary>
    private static string Normalize(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return json; // The reader below reports what is wrong, in its own words.
        }

        if (root is not JsonObject { } message || message["data"] is not JsonObject data || data["call"] is not JsonObject call
            || call["participants"] is not JsonArray participants
            || participants.All(item => item is JsonObject))
        {
            return json;
        }

        JsonNode?[] items = participants.ToArray();
        participants.Clear();
        foreach (JsonNode? item in items)
        {
            if (item is JsonObject participant)
            {
                participants.Add((JsonNode)participant);
            }
            else if (item is JsonValue value && value.TryGetValue(out string? number))
            {
                participants.Add((JsonNode)new JsonObject { ["phoneNumber"] = number });
            }
        }

        return root.ToJsonString();
    }

    /// <summary>
    /// Parses a CometD (Bayeux) response — a JSON array of messages, as a <c>/meta/connect</c> reply carries —
    /// and returns the notifications on <see cref="CallsChannel"/>, skipping <c>/meta/…</c> and other channels.
    /// A message on the channel that cannot be read as a notification is skipped, so it never costs the others.
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
                try
                {
                    notifications.Add(Parse(message.GetRawText()));
                }
                catch (JsonException)
                {
                    // Another kind of message on the same channel, or a shape this SDK cannot read: not ours.
                }
            }
        }

        return notifications;
    }
}
