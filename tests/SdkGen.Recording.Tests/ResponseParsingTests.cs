using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.Tests.Infrastructure;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;
using SignalWireModels = SdkGen.Recording.SignalWire;
using TwilioModels = SdkGen.Recording.Twilio;

namespace SdkGen.Recording.Tests;

/// <summary>Success bodies, taken from the specs' documented examples, parse into the typed models.</summary>
public sealed class ResponseParsingTests
{
    [Fact]
    public async Task Twilio_CallRecording_example_parses_every_field()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, TwilioWireTests.PausedExample());

        TwilioModels.CallRecording recording = await TwilioPause(handler);

        Assert.Equal("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", recording.AccountSid);
        Assert.Equal("2010-04-01", recording.ApiVersion);
        Assert.Equal("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", recording.CallSid);
        Assert.Null(recording.ConferenceSid);
        Assert.Equal(2L, recording.Channels);
        Assert.Equal("Fri, 14 Oct 2016 21:56:34 +0000", recording.DateCreated);
        Assert.Equal("Fri, 14 Oct 2016 21:56:34 +0000", recording.DateUpdated);
        Assert.Equal("Fri, 14 Oct 2016 21:56:34 +0000", recording.StartTime);
        Assert.Equal(new DateTimeOffset(2016, 10, 14, 21, 56, 34, TimeSpan.Zero), ParseRfc2822(recording.DateCreated!));
        Assert.Null(recording.Price);
        Assert.Null(recording.PriceUnit);
        Assert.Null(recording.Duration);
        Assert.Equal("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", recording.Sid);
        Assert.Equal(TwilioModels.CallRecordingSource.StartCallRecordingApi, recording.Source);
        Assert.Equal("StartCallRecordingAPI", recording.SourceWireValue);
        Assert.Equal(TwilioModels.CallRecordingStatus.Paused, recording.Status);
        Assert.Equal("paused", recording.StatusWireValue);
        Assert.Null(recording.ErrorCode);
        Assert.Null(recording.EncryptionDetails);
        Assert.Equal(TwilioModels.CallRecordingTrack.Both, recording.Track);
        Assert.Equal("both", recording.TrackWireValue);
        Assert.Equal(
            "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings/REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
            recording.Uri);
    }

    [Fact]
    public async Task Twilio_string_typed_duration_and_price_and_the_schemas_field_examples_parse()
    {
        // The paused example has null duration/price; fill them from the schema's own property examples.
        JsonObject body = JsonNode.Parse(TwilioWireTests.PausedExample())!.AsObject();
        foreach (string property in new[] { "duration", "price", "price_unit", "date_created" })
        {
            body[property] = SpecExamples.Node(TwilioSpec, "components", "schemas", "CallRecording", "properties", property, "example");
        }

        body["status"] = "completed";
        body["source"] = "DialVerb";
        body["track"] = "inbound";
        body["channels"] = 1;
        body["error_code"] = 16114;
        body["conference_sid"] = "CF0123456789abcdef0123456789abcdef";
        body["encryption_details"] = JsonNode.Parse("{\"type\":\"rsa-aes\",\"public_key_sid\":\"CRaaaa\",\"iv\":\"x\"}");
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, body.ToJsonString());

        TwilioModels.CallRecording recording = await TwilioPause(handler);

        Assert.Equal("23", recording.Duration);
        Assert.Equal("-0.0025", recording.Price);
        Assert.Equal(-0.0025m, decimal.Parse(recording.Price!, NumberStyles.Float, CultureInfo.InvariantCulture));
        Assert.Equal("USD", recording.PriceUnit);
        Assert.Equal(TwilioModels.CallRecordingStatus.Completed, recording.Status);
        Assert.Equal(TwilioModels.CallRecordingSource.DialVerb, recording.Source);
        Assert.Equal(TwilioModels.CallRecordingTrack.Inbound, recording.Track);
        Assert.Equal(1L, recording.Channels);
        Assert.Equal(16114L, recording.ErrorCode);
        Assert.Equal("CF0123456789abcdef0123456789abcdef", recording.ConferenceSid);
        Assert.Equal("rsa-aes", recording.EncryptionDetails!.Value.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("in-progress", TwilioModels.CallRecordingStatus.InProgress)]
    [InlineData("paused", TwilioModels.CallRecordingStatus.Paused)]
    [InlineData("stopped", TwilioModels.CallRecordingStatus.Stopped)]
    [InlineData("processing", TwilioModels.CallRecordingStatus.Processing)]
    [InlineData("completed", TwilioModels.CallRecordingStatus.Completed)]
    [InlineData("absent", TwilioModels.CallRecordingStatus.Absent)]
    public async Task Twilio_every_documented_status_parses(string wire, TwilioModels.CallRecordingStatus expected)
    {
        JsonObject body = JsonNode.Parse(TwilioWireTests.PausedExample())!.AsObject();
        body["status"] = wire;

        TwilioModels.CallRecording recording = await TwilioPause(CapturingHandler.Answering(HttpStatusCode.OK, body.ToJsonString()));

        Assert.Equal(expected, recording.Status);
    }

    [Fact]
    public async Task Twilio_every_documented_source_parses()
    {
        var values = SpecExamples.Node(TwilioSpec, "components", "schemas", "CallRecordingSource", "enum")!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(7, values.Length);
        foreach (string wire in values)
        {
            JsonObject body = JsonNode.Parse(TwilioWireTests.PausedExample())!.AsObject();
            body["source"] = wire;

            TwilioModels.CallRecording recording = await TwilioPause(CapturingHandler.Answering(HttpStatusCode.OK, body.ToJsonString()));

            Assert.NotEqual(TwilioModels.CallRecordingSource.Unknown, recording.Source);
            Assert.Equal(wire, TwilioModels.CallRecordingSourceExtensions.ToWireValue(recording.Source!.Value));
        }
    }

    [Fact]
    public async Task SignalWire_CallRecordingResponse_example_parses_every_field()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, SignalWireWireTests.StoppedExample());

        SignalWireModels.CallRecordingResponse recording = await SignalWireStop(handler);

        Assert.Equal(SignalWireRecordingSid, recording.Sid);
        Assert.Equal(SignalWireProjectId, recording.AccountSid);
        Assert.Equal("2010-04-01", recording.ApiVersion);
        Assert.Equal(SignalWireCallSid, recording.CallSid);
        Assert.Null(recording.ConferenceSid);
        Assert.Equal("1", recording.Channel);
        Assert.Equal("1", recording.Channels);
        Assert.Equal("Tue, 25 Sept 2018 23:00:00 +0000", recording.DateCreated);
        Assert.Equal("Wed, 26 Sept 2018 23:00:04 +0000", recording.DateUpdated);
        Assert.Equal("Tue, 25 Sept 2018 23:00:00 +0000", recording.StartTime);
        Assert.Equal("Wed, 26 Sept 2018 23:00:04 +0000", recording.EndTime);
        Assert.Equal(4, recording.Duration);
        Assert.Equal("-0.0025", recording.Price);
        Assert.Equal("USD", recording.PriceUnit);
        Assert.Equal(SignalWireModels.RecordingSource.DialVerb, recording.Source);
        Assert.Equal(SignalWireModels.RecordingStatus.Stopped, recording.Status);
        Assert.Null(recording.ErrorCode);
        Assert.Equal(
            "/api/laml/2010-04-01/Accounts/720796a0-8ee9-4350-83bd-2d07a3121f1e/Calls/43bb71ee-553f-4074-bb20-8e2747647cce/Recordings/19e436af-5688-4307-b03b-bdb2b42b8142.json",
            recording.Uri);
        Assert.Equal(
            "/api/laml/2010-04-01/Accounts/720796a0-8ee9-4350-83bd-2d07a3121f1e/Recordings/19e436af-5688-4307-b03b-bdb2b42b8142/Transcriptions.json",
            recording.SubresourceUris.Transcriptions);
        Assert.Null(recording.EncryptionDetails);
        Assert.Equal("do-not-trim", recording.Trim);
    }

    [Fact]
    public async Task SignalWire_a_missing_required_field_is_read_leniently_and_reported()
    {
        // Issue 12, item 9: the stop was applied; losing the answer over its shape would hide that.
        JsonObject body = JsonNode.Parse(SignalWireWireTests.StoppedExample())!.AsObject();
        body.Remove("status");
        body["duration"] = null;

        SignalWireModels.CallRecordingResponse recording = await SignalWireStop(CapturingHandler.Answering(HttpStatusCode.OK, body.ToJsonString()));

        Assert.Equal(SignalWireModels.RecordingStatus.Unknown, recording.Status);
        Assert.Contains(SdkGen.Runtime.ResponseDepartures.Of(recording), d => d.Kind == SdkGen.Runtime.ResponseDepartureKind.MissingRequired && d.Path.EndsWith(".status", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"statusCode\":null}")]
    [InlineData("{\"statusCode\":\"zero\"}")]
    public async Task Genesys_ApiStatus_without_a_usable_statusCode_is_not_taken_for_success(string json)
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, json);

        var ex = await Assert.ThrowsAnyAsync<SdkGen.Runtime.ApiException>(() => Vendors.Genesys(handler).PerformCallRecordingOperationAsync(
            GenesysCallId, new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording)));

        Assert.Equal(200, ex.Status);
    }

    [Fact]
    public async Task Genesys_ApiStatus_accepted_example_is_success()
    {
        string accepted = SpecExamples.Json(GenesysSpec, "paths", GenesysOperationPath, "post", "responses", "200", "content", "application/json", "examples", "accepted", "value");
        Assert.Equal("{\"statusCode\":0}", accepted);
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, accepted);

        ApiStatus status = await Vendors.Genesys(handler).PerformCallRecordingOperationAsync(
            GenesysCallId, new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording));

        Assert.Equal(0, status.StatusCode);
        Assert.Null(status.StatusMessage);
    }

    [Fact]
    public void Genesys_notification_example_parses()
    {
        string json = SpecExamples.Json(GenesysSpec, "components", "schemas", "CallStateChangeNotification", "example");

        CallStateChangeNotification notification = CallStateChangeNotification.Parse(json);

        AssertSpecExample(notification);
    }

    [Fact]
    public void Genesys_ParseMessages_skips_meta_messages_and_other_channels()
    {
        string notification = SpecExamples.Json(GenesysSpec, "components", "schemas", "CallStateChangeNotification", "example");
        string bayeux = "["
            + "{\"channel\":\"/meta/connect\",\"successful\":true,\"clientId\":\"2fi1bq8nzo7qk1o2l0ds9k3o2z\",\"advice\":{\"reconnect\":\"retry\",\"interval\":0,\"timeout\":60000},\"id\":\"7\"},"
            + notification + ","
            + "{\"channel\":\"/v2/me/devices\",\"data\":{\"messageType\":\"DeviceStateChangeMessage\"}},"
            + "{\"channel\":\"/meta/subscribe\",\"successful\":true,\"subscription\":\"/v2/me/calls\"}"
            + "]";

        IReadOnlyList<CallStateChangeNotification> notifications = CallStateChangeNotification.ParseMessages(bayeux);

        AssertSpecExample(Assert.Single(notifications));
    }

    [Fact]
    public void Genesys_ParseMessages_returns_every_calls_notification_in_order()
    {
        JsonObject paused = SpecExamples.Object(GenesysSpec, "components", "schemas", "CallStateChangeNotification", "example");
        JsonObject resumed = paused.DeepClone().AsObject();
        resumed["data"]!["call"]!["recordingState"] = "Recording";
        resumed["data"]!["call"]!["userData"]!["GSIP_RECORD"] = "ON";
        var array = new JsonArray(JsonNode.Parse("{\"channel\":\"/meta/connect\",\"successful\":true}"), paused, resumed);

        IReadOnlyList<CallStateChangeNotification> notifications = CallStateChangeNotification.ParseMessages(array.ToJsonString());

        Assert.Equal(2, notifications.Count);
        Assert.Equal(CallRecordingState.Paused, notifications[0].Data!.Call!.RecordingState);
        Assert.Equal(CallRecordingState.Recording, notifications[1].Data!.Call!.RecordingState);
        Assert.Equal(GsipRecordState.On, notifications[1].Data!.Call!.UserData!.GsipRecord);
    }

    [Fact]
    public void Genesys_participants_as_strings_parse_as_phone_numbers_and_odd_items_are_left_out()
    {
        JsonObject notification = SpecExamples.Object(GenesysSpec, "components", "schemas", "CallStateChangeNotification", "example");
        notification["data"]!["call"]!["participants"] = new JsonArray("15001", JsonNode.Parse("{\"phoneNumber\":\"5000\"}"), 42, null, new JsonArray());

        CallStateChangeNotification parsed = CallStateChangeNotification.Parse(notification.ToJsonString());

        Assert.Equal(["15001", "5000"], parsed.Data!.Call!.Participants!.Select(p => p.PhoneNumber));
        Assert.Equal(CallRecordingState.Paused, parsed.Data.Call.RecordingState);
    }

    [Fact]
    public void Genesys_one_unreadable_message_never_costs_the_rest_of_the_batch()
    {
        JsonObject good = SpecExamples.Object(GenesysSpec, "components", "schemas", "CallStateChangeNotification", "example");
        JsonObject strings = good.DeepClone().AsObject();
        strings["data"]!["call"]!["participants"] = new JsonArray("15001", "5000");
        var batch = new JsonArray(
            // Responses are read leniently (a wrong-typed field is a departure, not an error), so only a message that is
            // not an object at all is unreadable.
            JsonValue.Create(42),
            strings,
            good);

        IReadOnlyList<CallStateChangeNotification> notifications = CallStateChangeNotification.ParseMessages(batch.ToJsonString());

        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n => Assert.True(n.IsRecordingStateChange));
    }

    [Fact]
    public void Genesys_ParseMessages_with_only_meta_messages_is_empty()
    {
        Assert.Empty(CallStateChangeNotification.ParseMessages("[{\"channel\":\"/meta/connect\",\"successful\":true}]"));
        Assert.Empty(CallStateChangeNotification.ParseMessages("[]"));
    }

    [Theory]
    [InlineData("{\"channel\":\"/v2/me/calls\"}")]
    [InlineData("not json")]
    [InlineData("")]
    public void Genesys_ParseMessages_rejects_what_is_not_a_Bayeux_array(string json)
    {
        Assert.ThrowsAny<JsonException>(() => CallStateChangeNotification.ParseMessages(json));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("")]
    public void Genesys_Parse_rejects_what_is_not_a_notification_object(string json)
    {
        Assert.ThrowsAny<JsonException>(() => CallStateChangeNotification.Parse(json));
    }

    [Fact]
    public void Genesys_Parse_and_ParseMessages_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => CallStateChangeNotification.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CallStateChangeNotification.ParseMessages(null!));
    }

    private static void AssertSpecExample(CallStateChangeNotification notification)
    {
        Assert.Equal("/v2/me/calls", notification.Channel);
        Assert.Equal(CallStateChangeNotification.CallsChannel, notification.Channel);
        CallStateChangeMessage data = notification.Data!;
        Assert.Equal("CallStateChangeMessage", data.MessageType);
        Assert.Equal("CallRecordingStateChange", data.NotificationType);
        Assert.Equal("15000", data.PhoneNumber);

        Call call = data.Call!;
        Assert.Equal(GenesysCallId, call.Id);
        Assert.Equal("Established", call.State);
        Assert.Equal(GenesysCallId, call.CallUuid);
        Assert.Equal("007102719818001f", call.ConnId);
        Assert.Equal("http://127.0.0.1:8080/api/v2/devices/631608b3-ceb1-472b-ba05-2ae39555b0d1", call.DeviceUri);
        CallParticipant participant = Assert.Single(call.Participants!);
        Assert.Equal("", participant.E164Number);
        Assert.Equal("15001", participant.FormattedPhoneNumber);
        Assert.Equal("15001", participant.PhoneNumber);
        Assert.Equal("15001", participant.Digits);
        Assert.Equal("15001", call.Dnis);
        Assert.Equal("Internal", call.CallType);
        Assert.Equal("498", call.Duration);
        Assert.Equal("Off", call.Mute);
        Assert.False(call.SupervisorListeningIn);
        Assert.False(call.MonitoredUserMuted);
        Assert.False(call.Monitoring);

        Assert.Equal(CallRecordingState.Paused, call.RecordingState);
        Assert.Equal("Paused", call.RecordingStateWireValue);
        Assert.Equal(13, call.Capabilities!.Count);
        Assert.Contains("ResumeCallRecording", call.Capabilities);
        Assert.Contains("StopCallRecording", call.Capabilities);
        Assert.DoesNotContain("PauseCallRecording", call.Capabilities);
        Assert.DoesNotContain("StartCallRecording", call.Capabilities);

        CallUserData userData = call.UserData!;
        Assert.Equal(GsipRecordState.Paused, userData.GsipRecord);
        Assert.Equal("PAUSED", userData.GsipRecordWireValue);
        Assert.Equal("d7e2c775-edaa-4d1e-b65c-bd48371b43ad", userData.AdditionalProperties["IW_CaseUid"].GetString());
        Assert.Equal("717f9130-a1d9-4092-f8b9-7804ee2592ea", userData.AdditionalProperties["IW_BundleUid"].GetString());
        Assert.StartsWith("01RCC3N118B1V0SL807GK2LAES00000V_15000_15000_15001_", userData.AdditionalProperties["GSIP_REC_FN"].GetString(), StringComparison.Ordinal);
        Assert.False(userData.AdditionalProperties.ContainsKey("GSIP_RECORD"));

        Assert.Equal("http://127.0.0.1:8080/api/v2/me/calls/01RCC3N118B1V0SL807GK2LAES00000V", call.Uri);
        Assert.Equal("/calls/01RCC3N118B1V0SL807GK2LAES00000V", call.Path);
    }

    private static Task<TwilioModels.CallRecording> TwilioPause(CapturingHandler handler) =>
        Vendors.Twilio(handler).UpdateCallRecordingAsync(
            TwilioAccountSid, TwilioCallSid, TwilioModels.TwilioRecordingSid.Current,
            new TwilioModels.UpdateCallRecordingRequest(TwilioModels.CallRecordingUpdateStatus.Paused));

    private static Task<SignalWireModels.CallRecordingResponse> SignalWireStop(CapturingHandler handler) =>
        Vendors.SignalWire(handler).UpdateRecordingAsync(
            SignalWireProjectId, SignalWireCallSid, SignalWireRecordingSid,
            new SignalWireModels.UpdateRecordingRequest(SignalWireModels.RecordingUpdateStatus.Stopped));

    // RFC 2822 as Twilio sends it: "Fri, 14 Oct 2016 21:56:34 +0000".
    private static DateTimeOffset ParseRfc2822(string text) =>
        DateTimeOffset.ParseExact(text.Insert(text.Length - 2, ":"), "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
