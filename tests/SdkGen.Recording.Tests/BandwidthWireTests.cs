using System.Net;
using System.Text;
using SdkGen.Recording.Bandwidth;
using SdkGen.Recording.Tests.Infrastructure;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;

namespace SdkGen.Recording.Tests;

/// <summary>Bandwidth: <c>PUT /accounts/{accountId}/calls/{callId}/recording</c> with <c>{"state": …}</c>, 200 and an empty body.</summary>
public sealed class BandwidthWireTests
{
    private const string ExpectedUri =
        "https://voice.bandwidth.com/api/v2/accounts/9900000/calls/c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85/recording";

    [Theory]
    [InlineData(RecordingStateEnum.Paused, "{\"state\":\"paused\"}")]
    [InlineData(RecordingStateEnum.Recording, "{\"state\":\"recording\"}")]
    public async Task Pause_and_resume_send_the_documented_request(RecordingStateEnum state, string expectedBody)
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK);

        await Vendors.Bandwidth(handler).UpdateCallRecordingStateAsync(BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(state));

        CapturedRequest request = handler.Single;
        Assert.Equal("PUT", request.Method);
        Assert.Equal(ExpectedUri, request.AbsoluteUri);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(BasicAuthorization(BandwidthUser, Secret), request.Header("Authorization"));
        Assert.Equal(Encoding.UTF8.GetBytes(expectedBody), request.Body);
        Assert.Equal("application/json", request.Header("Accept"));
    }

    [Fact]
    public async Task The_request_bodies_are_the_specs_documented_examples()
    {
        foreach (string example in SpecExamples.Keys(BandwidthSpec, "paths", BandwidthOperationPath, "put", "requestBody", "content", "application/json", "examples"))
        {
            string expected = SpecExamples.Json(BandwidthSpec, "paths", BandwidthOperationPath, "put", "requestBody", "content", "application/json", "examples", example, "value");
            string state = SpecExamples.Object(BandwidthSpec, "paths", BandwidthOperationPath, "put", "requestBody", "content", "application/json", "examples", example, "value")["state"]!.GetValue<string>();
            var handler = CapturingHandler.Answering(HttpStatusCode.OK);

            await Vendors.Bandwidth(handler).UpdateCallRecordingStateAsync(
                BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnumExtensions.FromWireValue(state)));

            Assert.Equal(expected, handler.Single.BodyText);
        }
    }

    [Fact]
    public async Task A_200_with_an_empty_body_is_success()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, "", "text/plain");

        await Vendors.Bandwidth(handler).UpdateCallRecordingStateAsync(BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_200_with_no_content_at_all_is_success()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, null);

        await Vendors.Bandwidth(handler).UpdateCallRecordingStateAsync(BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Recording));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task The_endpoint_option_replaces_the_server_and_keeps_its_path()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK);
        var options = new BandwidthClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1:9/bandwidth/api/v2/"),
            BasicAuth = new Runtime.BasicCredentials(BandwidthUser, Secret),
        };

        await Vendors.Bandwidth(handler, options).UpdateCallRecordingStateAsync(BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused));

        Assert.Equal("http://127.0.0.1:9/bandwidth/api/v2/accounts/9900000/calls/" + BandwidthCallId + "/recording", handler.Single.AbsoluteUri);
    }

    [Fact]
    public async Task Without_credentials_nothing_is_sent_and_both_schemes_are_named()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Vendors.Bandwidth(handler, new BandwidthClientOptions()).UpdateCallRecordingStateAsync(
            BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused)));

        Assert.Empty(handler.Requests);
        Assert.Equal("UpdateCallRecordingStateAsync needs credentials: set BandwidthClientOptions.BasicAuth ('basicAuth'), or BandwidthClientOptions.OAuth2 ('OAuth2'). Nothing was sent.", ex.Message);
    }
}
