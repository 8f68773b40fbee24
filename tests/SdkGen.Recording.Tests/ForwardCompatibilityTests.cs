using System.Net;
using System.Text.Json.Nodes;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.Tests.Infrastructure;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;
using SignalWireModels = SdkGen.Recording.SignalWire;
using TwilioModels = SdkGen.Recording.Twilio;

namespace SdkGen.Recording.Tests;

/// <summary>New enum values and new properties from the vendors never break an old client.</summary>
public sealed class ForwardCompatibilityTests
{
    private static readonly JsonObject UnknownProperties = JsonNode.Parse("""
        {
          "media_url": "https://example.invalid/recording.wav",
          "new_flag": true,
          "new_number": 1.5e300,
          "new_nested": { "a": [1, {"b": null}], "status": "not-the-real-status" },
          "new_array": [[], {}, "x"],
          "new_null": null
        }
        """)!.AsObject();

    [Fact]
    public async Task Twilio_unknown_status_source_and_track_read_Unknown_and_keep_the_wire_text()
    {
        JsonObject body = JsonNode.Parse(TwilioWireTests.PausedExample())!.AsObject();
        body["status"] = "archived";
        body["source"] = "StartStreamRecordingAPI";
        body["track"] = "mixed";
        Merge(body, UnknownProperties);

        TwilioModels.CallRecording recording = await TwilioPause(body.ToJsonString());

        Assert.Equal(TwilioModels.CallRecordingStatus.Unknown, recording.Status);
        Assert.Equal("archived", recording.StatusWireValue);
        Assert.Equal(TwilioModels.CallRecordingSource.Unknown, recording.Source);
        Assert.Equal("StartStreamRecordingAPI", recording.SourceWireValue);
        Assert.Equal(TwilioModels.CallRecordingTrack.Unknown, recording.Track);
        Assert.Equal("mixed", recording.TrackWireValue);
        // The documented fields around the unknown ones are still read.
        Assert.Equal("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", recording.Sid);
        Assert.Equal(2L, recording.Channels);
    }

    [Fact]
    public async Task Twilio_enum_text_differing_only_in_case_is_not_silently_mapped()
    {
        JsonObject body = JsonNode.Parse(TwilioWireTests.PausedExample())!.AsObject();
        body["status"] = "Paused";

        TwilioModels.CallRecording recording = await TwilioPause(body.ToJsonString());

        Assert.Equal(TwilioModels.CallRecordingStatus.Unknown, recording.Status);
        Assert.Equal("Paused", recording.StatusWireValue);
    }

    [Fact]
    public async Task SignalWire_unknown_status_and_source_read_Unknown_and_keep_the_wire_text()
    {
        JsonObject body = JsonNode.Parse(SignalWireWireTests.StoppedExample())!.AsObject();
        body["status"] = "failed";
        body["source"] = "StartCallRecordingAPI"; // Twilio's spelling is not SignalWire's StartCallRecordingApi
        Merge(body, UnknownProperties);

        SignalWireModels.CallRecordingResponse recording = await SignalWireStop(body.ToJsonString());

        Assert.Equal(SignalWireModels.RecordingStatus.Unknown, recording.Status);
        Assert.Equal("failed", recording.StatusWireValue);
        Assert.Equal(SignalWireModels.RecordingSource.Unknown, recording.Source);
        Assert.Equal("StartCallRecordingAPI", recording.SourceWireValue);
        Assert.Equal(4, recording.Duration);
        Assert.Equal("do-not-trim", recording.Trim);
    }

    [Fact]
    public async Task SignalWire_every_documented_status_and_source_is_known()
    {
        foreach (string wire in EnumValues(SignalWireSpec, "RecordingStatus"))
        {
            JsonObject body = JsonNode.Parse(SignalWireWireTests.StoppedExample())!.AsObject();
            body["status"] = wire;
            Assert.NotEqual(SignalWireModels.RecordingStatus.Unknown, (await SignalWireStop(body.ToJsonString())).Status);
        }

        foreach (string wire in EnumValues(SignalWireSpec, "RecordingSource"))
        {
            JsonObject body = JsonNode.Parse(SignalWireWireTests.StoppedExample())!.AsObject();
            body["source"] = wire;
            Assert.NotEqual(SignalWireModels.RecordingSource.Unknown, (await SignalWireStop(body.ToJsonString())).Source);
        }
    }

    [Fact]
    public async Task Genesys_ApiStatus_with_extra_properties_parses()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, "{\"referenceId\":42,\"statusCode\":0,\"user\":{\"id\":\"x\"}}");

        ApiStatus status = await Vendors.Genesys(handler).PerformCallRecordingOperationAsync(
            GenesysCallId, new CallRecordingOperationRequest(CallRecordingOperationName.ResumeCallRecording));

        Assert.Equal(0, status.StatusCode);
    }

    [Fact]
    public void Genesys_notification_with_new_recording_state_and_fields_parses()
    {
        JsonObject message = SpecExamples.Object(GenesysSpec, "components", "schemas", "CallStateChangeNotification", "example");
        JsonObject call = message["data"]!["call"]!.AsObject();
        call["recordingState"] = "Suspended";
        call["userData"]!["GSIP_RECORD"] = "SUSPENDED";
        Merge(call, UnknownProperties);
        Merge(message["data"]!.AsObject(), UnknownProperties);
        message["id"] = "1234";

        CallStateChangeNotification notification = CallStateChangeNotification.Parse(message.ToJsonString());

        Assert.Equal(CallRecordingState.Unknown, notification.Data!.Call!.RecordingState);
        Assert.Equal("Suspended", notification.Data.Call.RecordingStateWireValue);
        Assert.Equal(GsipRecordState.Unknown, notification.Data.Call.UserData!.GsipRecord);
        Assert.Equal("SUSPENDED", notification.Data.Call.UserData.GsipRecordWireValue);
        Assert.Equal(GenesysCallId, notification.Data.Call.Id);
    }

    private static void Merge(JsonObject target, JsonObject extra)
    {
        foreach (var (key, value) in extra)
        {
            target[key] = value?.DeepClone();
        }
    }

    private static IEnumerable<string> EnumValues(string spec, string schema) =>
        SpecExamples.Node(spec, "components", "schemas", schema, "enum")!.AsArray().Select(v => v!.GetValue<string>());

    private static Task<TwilioModels.CallRecording> TwilioPause(string responseBody) =>
        Vendors.Twilio(CapturingHandler.Answering(HttpStatusCode.OK, responseBody)).UpdateCallRecordingAsync(
            TwilioAccountSid, TwilioCallSid, TwilioModels.TwilioRecordingSid.Current,
            new TwilioModels.UpdateCallRecordingRequest(TwilioModels.CallRecordingUpdateStatus.Paused));

    private static Task<SignalWireModels.CallRecordingResponse> SignalWireStop(string responseBody) =>
        Vendors.SignalWire(CapturingHandler.Answering(HttpStatusCode.OK, responseBody)).UpdateRecordingAsync(
            SignalWireProjectId, SignalWireCallSid, SignalWireRecordingSid,
            new SignalWireModels.UpdateRecordingRequest(SignalWireModels.RecordingUpdateStatus.Stopped));
}
