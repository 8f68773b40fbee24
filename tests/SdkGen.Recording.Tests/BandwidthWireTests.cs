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
            Basic = new Runtime.BasicCredentials(BandwidthUser, Secret),
        };

        await Vendors.Bandwidth(handler, options).UpdateCallRecordingStateAsync(BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused));

        Assert.Equal("http://127.0.0.1:9/bandwidth/api/v2/accounts/9900000/calls/" + BandwidthCallId + "/recording", handler.Single.AbsoluteUri);
    }

    [Fact]
    public async Task OAuth2_asks_the_token_endpoint_of_bandwidths_published_description_and_sends_the_token()
    {
        // One answer for both requests: the token for the token request; the PUT ignores a body on 200.
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, "{\"access_token\":\"bw-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        var options = new BandwidthClientOptions { OAuth2 = new Runtime.OAuth2ClientCredentials("client-id", Secret) };

        await Vendors.Bandwidth(handler, options).UpdateCallRecordingStateAsync(BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("POST https://api.bandwidth.com/api/v1/oauth2/token", handler.Requests[0].Method + " " + handler.Requests[0].AbsoluteUri);
        Assert.Equal(BasicAuthorization("client-id", Secret.Replace("@", "%40", StringComparison.Ordinal)), handler.Requests[0].Header("Authorization"));   // form-encoded first (RFC 6749 2.3.1)
        Assert.Equal("grant_type=client_credentials", handler.Requests[0].BodyText);
        Assert.Equal("PUT " + ExpectedUri, handler.Requests[1].Method + " " + handler.Requests[1].AbsoluteUri);
        Assert.Equal("Bearer bw-token", handler.Requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task Without_credentials_nothing_is_sent_and_both_schemes_are_named()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Vendors.Bandwidth(handler, new BandwidthClientOptions()).UpdateCallRecordingStateAsync(
            BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused)));

        Assert.Empty(handler.Requests);
        Assert.Equal("UpdateCallRecordingStateAsync needs credentials: set BandwidthClientOptions.Basic ('Basic'), or BandwidthClientOptions.OAuth2 ('OAuth2'). Nothing was sent.", ex.Message);
    }
}
