using System.Globalization;
using System.Text.Json.Nodes;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors.Genesys;

/// <summary>Builds the CometD <c>CallRecordingStateChange</c> message GWS sends on <c>/v2/me/calls</c>.</summary>
internal static class GenesysCallNotification
{
    public const string Channel = "/v2/me/calls";

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
    /// <param name="apiBase">Absolute URL of the GWS <c>api/v2/</c> root, ending with a slash.</param>
    /// <param name="now">The current time, for the call duration.</param>
    public static JsonObject Build(CallRecord call, string apiBase, DateTimeOffset now)
    {
        var details = call.Genesys!;
        var status = call.Recordings[0].Status;
        var digits = details.CallerE164.TrimStart('+');
        return new JsonObject
        {
            ["messageType"] = "CallStateChangeMessage",
            ["notificationType"] = "CallRecordingStateChange",
            ["phoneNumber"] = details.AgentPhoneNumber,
            ["call"] = new JsonObject
            {
                ["id"] = call.CallId,
                ["state"] = "Established",
                ["callUuid"] = details.CallUuid,
                ["connId"] = details.ConnId,
                ["deviceUri"] = $"{apiBase}devices/{details.DeviceId}",
                ["participants"] = new JsonArray(new JsonObject
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
            },
        };
    }
}
