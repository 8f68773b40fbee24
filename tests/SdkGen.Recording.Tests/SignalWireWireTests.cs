using System.Net;
using System.Text;
using SdkGen.Recording.SignalWire;
using SdkGen.Recording.Tests.Infrastructure;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;

namespace SdkGen.Recording.Tests;

/// <summary>SignalWire LaML: <c>POST https://{space}.signalwire.com/api/laml/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}</c>.</summary>
public sealed class SignalWireWireTests
{
    private const string ExpectedUri =
        "https://acme-contact.signalwire.com/api/laml/2010-04-01/Accounts/720796a0-8ee9-4350-83bd-2d07a3121f1e/Calls/43bb71ee-553f-4074-bb20-8e2747647cce/Recordings/19e436af-5688-4307-b03b-bdb2b42b8142";

    public static TheoryData<RecordingUpdateStatus, PauseBehavior?, string> Updates => new()
    {
        { RecordingUpdateStatus.Paused, PauseBehavior.Silence, "Status=paused&PauseBehavior=silence" },
        { RecordingUpdateStatus.Paused, PauseBehavior.Skip, "Status=paused&PauseBehavior=skip" },
        { RecordingUpdateStatus.Paused, null, "Status=paused" },
        { RecordingUpdateStatus.InProgress, null, "Status=in-progress" },
        { RecordingUpdateStatus.Stopped, null, "Status=stopped" },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public async Task Pause_resume_and_stop_send_the_documented_request(RecordingUpdateStatus status, PauseBehavior? pauseBehavior, string expectedBody)
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, StoppedExample());

        await Vendors.SignalWire(handler).UpdateRecordingAsync(
            SignalWireProjectId, SignalWireCallSid, SignalWireRecordingSid, new UpdateRecordingRequest(status) { PauseBehavior = pauseBehavior });

        CapturedRequest request = handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal(ExpectedUri, request.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(BasicAuthorization(SignalWireProjectId, Secret), request.Header("Authorization"));
        Assert.Equal(Encoding.ASCII.GetBytes(expectedBody), request.Body);
    }

    [Fact]
    public async Task The_request_bodies_are_the_specs_documented_examples()
    {
        string[] examplesPath = ["paths", SignalWireOperationPath, "post", "requestBody", "content", "application/x-www-form-urlencoded", "examples"];
        foreach (string name in SpecExamples.Keys(SignalWireSpec, examplesPath))
        {
            var value = SpecExamples.Object(SignalWireSpec, [.. examplesPath, name, "value"]);
            string expected = string.Join("&", value.Select(p => p.Key + "=" + p.Value!.GetValue<string>()));
            var body = new UpdateRecordingRequest(RecordingUpdateStatusExtensions.FromWireValue(value["Status"]!.GetValue<string>()));
            body.PauseBehaviorWireValue = value["PauseBehavior"]?.GetValue<string>();
            var handler = CapturingHandler.Answering(HttpStatusCode.OK, StoppedExample());

            await Vendors.SignalWire(handler).UpdateRecordingAsync(SignalWireProjectId, SignalWireCallSid, SignalWireRecordingSid, body);

            Assert.Equal(expected, handler.Single.BodyText);
        }
    }

    [Theory]
    [InlineData("acme-contact", "https://acme-contact.signalwire.com/api/laml/2010-04-01/")]
    [InlineData("example2", "https://example2.signalwire.com/api/laml/2010-04-01/")]
    public async Task The_space_name_is_the_first_label_of_the_host(string space, string expectedPrefix)
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, StoppedExample());
        var options = new SignalWireClientOptions { SpaceName = space, BasicAuth = new Runtime.BasicCredentials(SignalWireProjectId, Secret) };

        await Vendors.SignalWire(handler, options).UpdateRecordingAsync(
            SignalWireProjectId, SignalWireCallSid, SignalWireRecordingSid, new UpdateRecordingRequest(RecordingUpdateStatus.Paused));

        Assert.StartsWith(expectedPrefix + "Accounts/", handler.Single.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("evil.example/")]
    [InlineData("evil.example?")]
    [InlineData("evil.example#")]
    [InlineData("user@evil.example")]
    [InlineData("a b")]
    public void A_missing_or_unsafe_space_name_is_rejected(string? space)
    {
        var options = new SignalWireClientOptions { SpaceName = space, BasicAuth = new Runtime.BasicCredentials(SignalWireProjectId, Secret) };

        Assert.ThrowsAny<ArgumentException>(() => Vendors.SignalWire(new CapturingHandler(), options));
    }

    [Fact]
    public void The_space_name_must_be_given()
    {
        var options = new SignalWireClientOptions { BasicAuth = new Runtime.BasicCredentials(SignalWireProjectId, Secret) };

        Assert.ThrowsAny<ArgumentException>(() => Vendors.SignalWire(new CapturingHandler(), options));
    }

    internal static string StoppedExample() =>
        SpecExamples.Json(SignalWireSpec, "paths", SignalWireOperationPath, "post", "responses", "200", "content", "application/json", "examples", "stopped", "value");
}
