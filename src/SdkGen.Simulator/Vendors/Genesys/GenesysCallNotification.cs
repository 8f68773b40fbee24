using System.Globalization;
using System.Text.Json.Nodes;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors.Genesys;

/// <summary>
/// Builds the <c>CallStateChangeMessage</c> notifications GWS sends on <c>/v2/me/calls</c>: the
/// <c>CallRecordingStateChange</c> that reports a recording operation's outcome, and the other types GWS sends for the
/// same call (<see cref="StatusChange"/>, <see cref="ParticipantsUpdated"/>), all carrying the whole call.
/// </summary>
internal static class GenesysCallNotification
{
    public const string Channel = "/v2/me/calls";

    public const string RecordingStateChange = "CallRecordingStateChange";

    public const string StatusChange = "StatusChange";

    public const string ParticipantsUpdated = "ParticipantsUpdated";

    /// <summary>
    /// The other notification type GWS sends before the outcome of the call's operation numbered
    /// <paramref name="operation"/> (from 1), or null. With <see cref="ResponseVariations.GenesysOtherNotifications"/>
    /// the first of every three operations gets a <c>StatusChange</c>, the second a <c>ParticipantsUpdated</c>, the
    /// third none. It carries the call as it was before the operation, so a client that takes the first notification
    /// for the call as the outcome reads a stale <c>recordingState</c>.
    /// </summary>
    public static string? OtherTypeBefore(int operation, ResponseVariations variations) =>
        !variations.GenesysOtherNotifications
            ? null
            : ((operation - 1) % 3) switch
            {
                0 => StatusChange,
                1 => ParticipantsUpdated,
                _ => null,
            };

    public static string WireState(SimulatedRecordingStatus status) => status switch
    {
        SimulatedRecordingStatus.InProgress => "Recording",
        SimulatedRecordingStatus.Paused => "Paused",
        _ => "Stopped",
    };

    /// <summary>The operations allowed in each state, as listed in <c>call.capabilities</c>.</summary>
    public static string[] Capabilities(SimulatedRecordingStatus status) => status switch
    {
        SimulatedRecordingStatus.InProgress => ["PauseCallRecording", "StopCallRecording"],
        SimulatedRecordingStatus.Paused => ["ResumeCallRecording", "StopCallRecording"],
        _ => ["StartCallRecording"],
    };

    /// <param name="call">The call (read under the state lock).</param>
    /// <param name="notificationType">The <c>notificationType</c>, e.g. <see cref="RecordingStateChange"/>.</param>
    /// <param name="apiBase">Absolute URL of the GWS <c>api/v2/</c> root, ending with a slash.</param>
    /// <param name="now">The current time, for the call duration.</param>
    /// <param name="variations">String participants and unknown fields, when on.</param>
    public static JsonObject Build(CallRecord call, string notificationType, string apiBase, DateTimeOffset now, ResponseVariations variations)
    {
        var details = call.Genesys!;
        var status = call.Recordings[0].Status;
        var digits = details.CallerE164.TrimStart('+');
        return UnknownFields.AddTo(new JsonObject
        {
            ["messageType"] = "CallStateChangeMessage",
            ["notificationType"] = notificationType,
            ["phoneNumber"] = details.AgentPhoneNumber,
            ["call"] = UnknownFields.AddTo(new JsonObject
            {
                ["id"] = call.CallId,
                ["state"] = "Established",
                ["callUuid"] = details.CallUuid,
                ["connId"] = details.ConnId,
                ["deviceUri"] = $"{apiBase}devices/{details.DeviceId}",
                // Older GWS versions list participants as bare phone numbers.
                ["participants"] = variations.GenesysParticipantsAsStrings
                    ? new JsonArray(details.CallerE164)
                    : new JsonArray(new JsonObject
                    {
                        ["e164Number"] = details.CallerE164,
                        ["formattedPhoneNumber"] = $"({digits[1..4]}) {digits[4..7]}-{digits[7..]}",
                        ["phoneNumber"] = digits,
                        ["digits"] = digits,
                    }),
                ["dnis"] = details.AgentPhoneNumber,
                ["callType"] = "Inbound",
                ["duration"] = ((int)(now - call.CreatedAt).TotalSeconds).ToString(CultureInfo.InvariantCulture),
                ["mute"] = "Off", // GWS samples send the text "Off"/"On", not a boolean
                ["supervisorListeningIn"] = false,
                ["monitoredUserMuted"] = false,
                ["monitoring"] = false,
                ["recordingState"] = WireState(status),
                ["capabilities"] = new JsonArray(Capabilities(status).Select(c => (JsonNode)c).ToArray()),
                ["userData"] = new JsonObject
                {
                    ["GSIP_RECORD"] = status switch
                    {
                        SimulatedRecordingStatus.InProgress => "ON",
                        SimulatedRecordingStatus.Paused => "PAUSED",
                        _ => "OFF",
                    },
                },
                ["uri"] = $"{apiBase}me/calls/{call.CallId}",
                ["path"] = $"/calls/{call.CallId}",
            }, variations),
        }, variations);
    }
}
