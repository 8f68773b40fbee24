using System.Net;
using SdkGen.Recording.Bandwidth;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.SignalWire;
using SdkGen.Recording.Tests.Infrastructure;
using SdkGen.Recording.Twilio;
using SdkGen.Runtime;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;
using SignalWireStatus = SdkGen.Recording.SignalWire.RecordingUpdateStatus;

namespace SdkGen.Recording.Tests;

/// <summary>Each vendor's error body becomes <see cref="ApiException{TError}"/> with the status, the code, the message and the typed body.</summary>
public sealed class ErrorTests
{
    // ---- Bandwidth: {type, description, id}; type is the code, description the message. ----

    [Theory]
    [InlineData("400", HttpStatusCode.BadRequest)]
    [InlineData("401", HttpStatusCode.Unauthorized)]
    [InlineData("403", HttpStatusCode.Forbidden)]
    [InlineData("404", HttpStatusCode.NotFound)]
    public async Task Bandwidth_documented_error_examples_become_ApiException_of_VoiceApiError(string status, HttpStatusCode code)
    {
        var example = SpecExamples.Object(BandwidthSpec, "paths", BandwidthOperationPath, "put", "responses", status, "content", "application/json", "example");
        string body = example.ToJsonString();
        var handler = CapturingHandler.Answering(code, body);

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() => BandwidthPause(handler));

        Assert.Equal((int)code, ex.Status);
        Assert.Equal("Bandwidth", ex.ServiceName);
        Assert.Equal(example["type"]!.GetValue<string>(), ex.ErrorCode);
        Assert.Equal(example["description"]!.GetValue<string>(), ex.ErrorMessage);
        Assert.NotNull(ex.Error);
        Assert.Equal(ex.ErrorCode, ex.Error.Type);
        Assert.Equal(ex.ErrorMessage, ex.Error.Description);
        Assert.Null(ex.Error.Id);
        Assert.Same(ex.Error, ex.ErrorObject);
        Assert.Equal(body, ex.ResponseBody);
        Assert.Null(ex.RetryAfter);
        Assert.Contains("Bandwidth returned HTTP " + (int)code, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.ErrorMessage!.TrimEnd('.'), ex.Message, StringComparison.Ordinal);
        AssertNoSecret(ex, BandwidthUser);
    }

    [Fact]
    public async Task Bandwidth_404_with_the_not_found_example_names_the_call()
    {
        string body = SpecExamples.Json(BandwidthSpec, "components", "responses", "NotFound", "content", "application/json", "example");
        var handler = CapturingHandler.Answering(HttpStatusCode.NotFound, body);

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() => BandwidthPause(handler));

        Assert.Equal(404, ex.Status);
        Assert.Equal("validation", ex.ErrorCode);
        Assert.Equal("Call [{{invalid-call-id}}] not found", ex.ErrorMessage);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task Bandwidth_429_carries_Retry_After_as_RetryAfter()
    {
        const string body = "{\"type\":\"error\",\"description\":\"Too many requests\",\"id\":\"e8b9c1a2\"}";
        var handler = CapturingHandler.Answering(HttpStatusCode.TooManyRequests, body).WithHeader("Retry-After", "5");

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() => BandwidthPause(handler));

        Assert.Equal(429, ex.Status);
        Assert.Equal(TimeSpan.FromSeconds(5), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        Assert.Equal("error", ex.ErrorCode);
        Assert.Equal("Too many requests", ex.ErrorMessage);
        Assert.Equal("e8b9c1a2", ex.Error!.Id);
        AssertNoSecret(ex, BandwidthUser);
    }

    [Theory]
    [InlineData(HttpStatusCode.MethodNotAllowed, "method-not-allowed")]
    [InlineData(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type")]
    [InlineData(HttpStatusCode.InternalServerError, "internal-server-error")]
    public async Task Bandwidth_other_documented_statuses_are_typed_too(HttpStatusCode code, string type)
    {
        string body = "{\"type\":\"" + type + "\",\"description\":\"Something went wrong\",\"id\":null}";

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() => BandwidthPause(CapturingHandler.Answering(code, body)));

        Assert.Equal((int)code, ex.Status);
        Assert.Equal(type, ex.ErrorCode);
        Assert.Equal("Something went wrong", ex.ErrorMessage);
    }

    [Fact]
    public async Task Bandwidth_an_error_body_that_is_not_JSON_keeps_the_raw_text()
    {
        const string html = "<html><body>502 Bad Gateway</body></html>";

        var ex = await Assert.ThrowsAnyAsync<ApiException>(() => BandwidthPause(CapturingHandler.Answering(HttpStatusCode.NotFound, html, "text/html")));

        Assert.Equal(404, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.ErrorMessage);
        Assert.Equal(html, ex.ResponseBody);
    }

    [Fact]
    public async Task Bandwidth_a_503_with_a_VoiceApiError_body_is_typed()
    {
        const string body = "{\"type\":\"error\",\"description\":\"The service is temporarily unavailable.\",\"id\":null}";

        var ex = await Assert.ThrowsAsync<ApiException<VoiceApiError>>(() => BandwidthPause(CapturingHandler.Answering(HttpStatusCode.ServiceUnavailable, body)));

        Assert.Equal("error", ex.ErrorCode);
    }

    // ---- Twilio: {code, message, more_info, status}. ----

    [Fact]
    public async Task Twilio_404_example_becomes_ApiException_of_TwilioError_with_code_20404()
    {
        var example = SpecExamples.Object(TwilioSpec, "paths", TwilioOperationPath, "post", "responses", "404", "content", "application/json", "example");
        string body = example.ToJsonString();

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() => TwilioPause(CapturingHandler.Answering(HttpStatusCode.NotFound, body)));

        Assert.Equal(404, ex.Status);
        Assert.Equal("Twilio", ex.ServiceName);
        Assert.Equal("20404", ex.ErrorCode);
        Assert.Equal(example["message"]!.GetValue<string>(), ex.ErrorMessage);
        Assert.NotNull(ex.Error);
        Assert.Equal(20404L, ex.Error.Code);
        Assert.Equal("https://www.twilio.com/docs/errors/20404", ex.Error.MoreInfo);
        Assert.Equal(404L, ex.Error.Status);
        Assert.Equal(body, ex.ResponseBody);
        Assert.StartsWith("Twilio returned HTTP 404 (Not Found), error 20404: The requested resource", ex.Message, StringComparison.Ordinal);
        AssertNoSecret(ex, TwilioAccountSid);
    }

    [Theory]
    [InlineData(400, 21220, "Invalid call state")]
    [InlineData(400, 16108, "More than one active recording")]
    [InlineData(409, 16114, "Resource not ready for a recording action")]
    [InlineData(412, 16114, "Precondition failed")]
    [InlineData(401, 20003, "Authenticate")]
    [InlineData(429, 20429, "Too Many Requests")]
    [InlineData(503, 20503, "Service unavailable")]
    public async Task Twilio_every_4xx_and_5xx_is_typed(int status, long code, string message)
    {
        string body = "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}";

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() => TwilioPause(CapturingHandler.Answering((HttpStatusCode)status, body)));

        Assert.Equal(status, ex.Status);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.ErrorCode);
        Assert.Equal(message, ex.ErrorMessage);
        Assert.Equal(code, ex.Error!.Code);
        Assert.Null(ex.RetryAfter);
        AssertNoSecret(ex, TwilioAccountSid);
    }

    [Fact]
    public async Task Twilio_a_gateway_page_instead_of_JSON_still_throws_with_the_raw_body()
    {
        const string html = "<html>502 Bad Gateway</html>";

        var ex = await Assert.ThrowsAsync<ApiException<TwilioError>>(() => TwilioPause(CapturingHandler.Answering(HttpStatusCode.BadGateway, html, "text/html")));

        Assert.Equal(502, ex.Status);
        Assert.Null(ex.Error);
        Assert.Null(ex.ErrorCode);
        Assert.Equal(html, ex.ResponseBody);
        Assert.True(ex.IsTransient);
    }

    // ---- SignalWire: {code, message, more_info, status}; 10000 is "invalid argument". ----

    [Theory]
    [InlineData(422, 10000, "Invalid argument: the call is completed")]
    [InlineData(400, 10000, "Invalid Status")]
    [InlineData(401, 20003, "Authentication Failed")]
    [InlineData(404, 20404, "The requested resource was not found")]
    [InlineData(503, 20503, "Service Unavailable")]
    public async Task SignalWire_documented_errors_are_typed(int status, long code, string message)
    {
        string body = "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://developer.signalwire.com/compatibility-api/reference/error-codes\",\"status\":" + status + "}";

        var ex = await Assert.ThrowsAsync<ApiException<SignalWireError>>(() => SignalWirePause(CapturingHandler.Answering((HttpStatusCode)status, body)));

        Assert.Equal(status, ex.Status);
        Assert.Equal("SignalWire", ex.ServiceName);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.ErrorCode);
        Assert.Equal(message, ex.ErrorMessage);
        Assert.Equal(code, ex.Error!.Code);
        Assert.Equal(status, ex.Error.Status);
        Assert.Equal(body, ex.ResponseBody);
        AssertNoSecret(ex, SignalWireProjectId);
    }

    // ---- GWS: {statusCode, statusMessage}; any non-zero statusCode is an error, whatever the HTTP status. ----

    [Theory]
    [InlineData(2, "PauseCallRecording is not valid while the recording state is Paused")]
    [InlineData(6, "Call 01RCC3N118B1V0SL807GK2LAES00000V not found")]
    [InlineData(7, "Partially successful")]
    [InlineData(20, "Not authenticated")]
    public async Task Genesys_HTTP_200_with_a_non_zero_statusCode_is_an_error(int statusCode, string statusMessage)
    {
        string body = "{\"statusCode\":" + statusCode + ",\"statusMessage\":\"" + statusMessage + "\"}";

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() => GenesysPause(CapturingHandler.Answering(HttpStatusCode.OK, body)));

        Assert.Equal(200, ex.Status);
        Assert.Equal("Genesys Web Services", ex.ServiceName);
        Assert.Equal(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.ErrorCode);
        Assert.Equal(statusMessage, ex.ErrorMessage);
        Assert.Equal(statusCode, ex.Error!.StatusCode);
        Assert.Equal(statusMessage, ex.Error.StatusMessage);
        Assert.Equal(body, ex.ResponseBody);
        AssertNoSecret(ex, GenesysUser);
    }

    [Fact]
    public async Task Genesys_HTTP_200_with_statusCode_0_is_success()
    {
        ApiStatus status = await GenesysPause(CapturingHandler.Answering(HttpStatusCode.OK, "{\"statusCode\":0}"));

        Assert.Equal(0, status.StatusCode);
    }

    [Fact]
    public async Task Genesys_GetCurrentUser_200_with_a_non_zero_statusCode_is_an_error_too()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, "{\"statusCode\":8,\"statusMessage\":\"Password change demanded\"}");

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() => Vendors.Genesys(handler).GetCurrentUserAsync());

        Assert.Equal("8", ex.ErrorCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 1, "Required parameter 'operationName' is missing")]
    [InlineData(HttpStatusCode.BadRequest, 10, "Unsupported operationName 'X'")]
    [InlineData(HttpStatusCode.Unauthorized, 20, "Not authenticated")]
    [InlineData(HttpStatusCode.Forbidden, 3, "Missing or invalid Csrf token")]
    [InlineData(HttpStatusCode.InternalServerError, 4, "Internal error")]
    public async Task Genesys_error_statuses_with_an_ApiStatus_body_are_typed(HttpStatusCode code, int statusCode, string statusMessage)
    {
        string body = "{\"statusCode\":" + statusCode + ",\"statusMessage\":\"" + statusMessage + "\"}";

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() => GenesysPause(CapturingHandler.Answering(code, body)));

        Assert.Equal((int)code, ex.Status);
        Assert.Equal(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.ErrorCode);
        Assert.Equal(statusMessage, ex.ErrorMessage);
        AssertNoSecret(ex, GenesysUser);
    }

    [Fact]
    public async Task Genesys_a_403_CSRF_rejection_in_plain_text_keeps_the_text()
    {
        const string text = "Missing or invalid Csrf token";

        var ex = await Assert.ThrowsAsync<ApiException<ApiStatus>>(() => GenesysPause(CapturingHandler.Answering(HttpStatusCode.Forbidden, text, "text/plain")));

        Assert.Equal(403, ex.Status);
        Assert.Null(ex.Error);
        Assert.Null(ex.ErrorCode);
        Assert.Equal(text, ex.ResponseBody);
    }

    // ---- Secrets: nothing of the credentials reaches an exception. ----

    [Fact]
    public async Task No_exception_text_contains_the_password_or_the_Authorization_value()
    {
        var exceptions = new List<(Exception Exception, string User)>
        {
            (await Assert.ThrowsAnyAsync<ApiException>(() => BandwidthPause(CapturingHandler.Answering(HttpStatusCode.Unauthorized, "{\"type\":\"authentication-error\",\"description\":\"The credentials provided were invalid\",\"id\":null}"))), BandwidthUser),
            (await Assert.ThrowsAnyAsync<ApiException>(() => BandwidthPause(CapturingHandler.Answering(HttpStatusCode.BadGateway, null))), BandwidthUser),
            (await Assert.ThrowsAnyAsync<ApiException>(() => TwilioPause(CapturingHandler.Answering(HttpStatusCode.Unauthorized, "{\"code\":20003,\"message\":\"Authenticate\"}"))), TwilioAccountSid),
            (await Assert.ThrowsAnyAsync<ApiException>(() => GenesysPause(CapturingHandler.Answering(HttpStatusCode.Unauthorized, "{\"statusCode\":20,\"statusMessage\":\"Not authenticated\"}"))), GenesysUser),
            (await Assert.ThrowsAnyAsync<ApiException>(() => SignalWirePause(CapturingHandler.Answering(HttpStatusCode.Unauthorized, "{\"code\":20003,\"message\":\"Authentication Failed\"}"))), SignalWireProjectId),
            (await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Twilio(new CapturingHandler()).UpdateCallRecordingAsync(TwilioAccountSid, TwilioCallSid, "RE123", new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused))), TwilioAccountSid),
        };

        foreach (var (exception, user) in exceptions)
        {
            AssertNoSecret(exception, user);
        }
    }

    private static Task BandwidthPause(CapturingHandler handler) =>
        Vendors.Bandwidth(handler).UpdateCallRecordingStateAsync(BandwidthAccountId, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused));

    private static Task<CallRecording> TwilioPause(CapturingHandler handler) =>
        Vendors.Twilio(handler).UpdateCallRecordingAsync(
            TwilioAccountSid, TwilioCallSid, TwilioRecordingSid.Current, new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused) { PauseBehavior = Twilio.PauseBehavior.Skip });

    private static Task<ApiStatus> GenesysPause(CapturingHandler handler) =>
        Vendors.Genesys(handler).PerformCallRecordingOperationAsync(GenesysCallId, new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording));

    private static Task<CallRecordingResponse> SignalWirePause(CapturingHandler handler) =>
        Vendors.SignalWire(handler).UpdateRecordingAsync(
            SignalWireProjectId, SignalWireCallSid, SignalWireRecordingSid, new UpdateRecordingRequest(SignalWireStatus.Paused));
}
