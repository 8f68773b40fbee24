using System.Net;
using System.Text;
using SdkGen.Recording.Tests.Infrastructure;
using SdkGen.Recording.Twilio;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;

namespace SdkGen.Recording.Tests;

/// <summary>Twilio: <c>POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json</c>, form-encoded.</summary>
public sealed class TwilioWireTests
{
    private const string CallPrefix =
        "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789ABCDEF/Calls/CAfedcba9876543210FEDCBA9876543210/Recordings/";

    public static TheoryData<string, CallRecordingUpdateStatus, PauseBehavior?, string> Updates => new()
    {
        { TwilioReSid, CallRecordingUpdateStatus.Paused, PauseBehavior.Skip, "Status=paused&PauseBehavior=skip" },
        { TwilioReSid, CallRecordingUpdateStatus.Paused, PauseBehavior.Silence, "Status=paused&PauseBehavior=silence" },
        { TwilioReSid, CallRecordingUpdateStatus.Paused, null, "Status=paused" },
        { TwilioReSid, CallRecordingUpdateStatus.InProgress, null, "Status=in-progress" },
        { TwilioReSid, CallRecordingUpdateStatus.Stopped, null, "Status=stopped" },
        { TwilioRecordingSid.Current, CallRecordingUpdateStatus.Paused, PauseBehavior.Skip, "Status=paused&PauseBehavior=skip" },
        { TwilioRecordingSid.Current, CallRecordingUpdateStatus.Paused, PauseBehavior.Silence, "Status=paused&PauseBehavior=silence" },
        { TwilioRecordingSid.Current, CallRecordingUpdateStatus.InProgress, null, "Status=in-progress" },
        { TwilioRecordingSid.Current, CallRecordingUpdateStatus.Stopped, null, "Status=stopped" },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public async Task Pause_resume_and_stop_send_the_documented_request(string sid, CallRecordingUpdateStatus status, PauseBehavior? pauseBehavior, string expectedBody)
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, PausedExample());
        var body = new UpdateCallRecordingRequest(status) { PauseBehavior = pauseBehavior };

        await Vendors.Twilio(handler).UpdateCallRecordingAsync(TwilioAccountSid, TwilioCallSid, sid, body);

        CapturedRequest request = handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal(CallPrefix + sid + ".json", request.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(BasicAuthorization(TwilioAccountSid, Secret), request.Header("Authorization"));
        Assert.Equal(Encoding.ASCII.GetBytes(expectedBody), request.Body);
    }

    [Fact]
    public async Task Twilio_CURRENT_goes_into_the_path_verbatim_dot_kept()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, PausedExample());

        await Vendors.Twilio(handler).UpdateCallRecordingAsync(
            TwilioAccountSid, TwilioCallSid, TwilioRecordingSid.Current, new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused));

        Assert.Equal("Twilio.CURRENT", TwilioRecordingSid.Current);
        Assert.Equal(
            "/2010-04-01/Accounts/AC0123456789abcdef0123456789ABCDEF/Calls/CAfedcba9876543210FEDCBA9876543210/Recordings/Twilio.CURRENT.json",
            handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task The_request_bodies_are_the_specs_documented_examples()
    {
        string[] examplesPath = ["paths", TwilioOperationPath, "post", "requestBody", "content", "application/x-www-form-urlencoded", "examples"];
        IReadOnlyList<string> names = SpecExamples.Keys(TwilioSpec, examplesPath);
        Assert.Contains("pauseSkip", names);
        foreach (string name in names)
        {
            var value = SpecExamples.Object(TwilioSpec, [.. examplesPath, name, "value"]);
            string expected = string.Join("&", value.Select(p => p.Key + "=" + p.Value!.GetValue<string>()));
            var body = new UpdateCallRecordingRequest(CallRecordingUpdateStatusExtensions.FromWireValue(value["Status"]!.GetValue<string>()))
            {
                PauseBehavior = value["PauseBehavior"] is { } pause ? PauseBehaviorExtensions.FromWireValue(pause.GetValue<string>()) : null,
            };

            var handler = CapturingHandler.Answering(HttpStatusCode.OK, PausedExample());
            await Vendors.Twilio(handler).UpdateCallRecordingAsync(TwilioAccountSid, TwilioCallSid, TwilioRecordingSid.Current, body);

            Assert.Equal(expected, handler.Single.BodyText);
        }
    }

    [Fact]
    public async Task The_endpoint_option_replaces_the_server()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, PausedExample());
        var options = new TwilioClientOptions { Endpoint = new Uri("http://127.0.0.1:9/twilio"), BasicAuth = new Runtime.BasicCredentials(TwilioAccountSid, Secret) };

        await Vendors.Twilio(handler, options).UpdateCallRecordingAsync(
            TwilioAccountSid, TwilioCallSid, TwilioReSid, new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Stopped));

        Assert.StartsWith("http://127.0.0.1:9/twilio/2010-04-01/Accounts/", handler.Single.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_wire_values_are_form_encoded_so_they_cannot_add_fields()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, PausedExample());
        var body = new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused) { PauseBehaviorWireValue = "skip&Status=stopped" };

        await Vendors.Twilio(handler).UpdateCallRecordingAsync(TwilioAccountSid, TwilioCallSid, TwilioReSid, body);

        Assert.Equal("Status=paused&PauseBehavior=skip%26Status%3Dstopped", handler.Single.BodyText);
    }

    internal static string PausedExample() =>
        SpecExamples.Json(TwilioSpec, "paths", TwilioOperationPath, "post", "responses", "200", "content", "application/json", "examples", "paused", "value");
}
