using System.Net;
using Consumer.Devices;
using Consumer.Features;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>How service errors surface: typed exceptions with the service's code and message, never a secret.</summary>
public sealed class ErrorTests
{
    private const string ErrorBody = "{\"code\":20404,\"message\":\"Not found\",\"more_info\":\"x\"}";

    [Fact]
    public async Task A_404_with_an_Error_body_throws_ApiException_of_Error()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NotFound, ErrorBody);

        var ex = await Assert.ThrowsAsync<ApiException<Error>>(
            () => Clients.Feature(handler).GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid));

        Assert.Equal(404, ex.Status);
        Assert.Equal("Not Found", ex.ReasonPhrase);
        Assert.Equal("FeatureService", ex.ServiceName);
        Assert.Equal("20404", ex.ErrorCode);
        Assert.Equal("Not found", ex.ErrorMessage);
        Assert.Equal(ErrorBody, ex.ResponseBody);
        Assert.Null(ex.RetryAfter);
        Assert.False(ex.IsTransient);
        Assert.NotNull(ex.Error);
        Assert.Equal(20404, ex.Error.Code);
        Assert.Equal("Not found", ex.Error.Message);
        Assert.Equal("x", ex.Error.MoreInfo);
        Assert.Same(ex.Error, ex.ErrorObject);
        Assert.Equal("FeatureService returned HTTP 404 (Not Found), error 20404: Not found.", ex.Message);
    }

    [Fact]
    public async Task DeleteRecording_404_is_typed_too()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NotFound, ErrorBody);

        var ex = await Assert.ThrowsAsync<ApiException<Error>>(
            #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
            () => Clients.Feature(handler).DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid));
            #pragma warning restore CS0618

        Assert.Equal("20404", ex.ErrorCode);
    }

    [Fact]
    public async Task A_5XX_with_a_Problem_body_throws_ApiException_of_Problem()
    {
        const string body = "{\"type\":\"urn:problem:overload\",\"detail\":\"Try later\"}";
        var handler = new CapturingHandler().Respond(HttpStatusCode.ServiceUnavailable, body, "application/problem+json");
        var update = new UpdateRecording(RecordingStatus.Stopped);

        var ex = await Assert.ThrowsAsync<ApiException<Problem>>(
            () => Clients.Feature(handler).UpdateRecordingAsync(Clients.AccountSid, Clients.RecordingSid, update));

        Assert.Equal(503, ex.Status);
        Assert.True(ex.IsTransient);
        Assert.NotNull(ex.Error);
        Assert.Equal("urn:problem:overload", ex.Error.Type);
        Assert.Equal("Try later", ex.Error.Detail);
        Assert.Equal("Try later", ex.ErrorMessage);
        Assert.Equal(body, ex.ResponseBody);
    }

    [Fact]
    public async Task A_4XX_on_UpdateRecording_throws_ApiException_of_Error()
    {
        var handler = new CapturingHandler().Respond((HttpStatusCode)422, "{\"code\":21000,\"message\":\"Bad status\"}");
        var update = new UpdateRecording(RecordingStatus.Stopped);

        var ex = await Assert.ThrowsAsync<ApiException<Error>>(
            () => Clients.Feature(handler).UpdateRecordingAsync(Clients.AccountSid, Clients.RecordingSid, update));

        Assert.Equal(422, ex.Status);
        Assert.Equal("21000", ex.ErrorCode);
        Assert.Equal("Bad status", ex.ErrorMessage);
    }

    [Fact]
    public async Task A_429_reports_Retry_After_in_seconds()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.TooManyRequests, "{\"type\":\"rate\",\"detail\":\"Slow down\"}");
        handler.ResponseHeaders["Retry-After"] = "7";

        // 429 is not declared for GetRecording: the 'default' response (Problem) applies.
        var ex = await Assert.ThrowsAsync<ApiException<Problem>>(
            () => Clients.Feature(handler).GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid));

        Assert.Equal(429, ex.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        Assert.Equal("Slow down", ex.Error!.Detail);
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_is_relative_to_the_Date_header()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.ServiceUnavailable, null);
        handler.ResponseHeaders["Date"] = "Tue, 01 Jan 2030 00:00:00 GMT";
        handler.ResponseHeaders["Retry-After"] = "Tue, 01 Jan 2030 00:00:30 GMT";

        var ex = await Assert.ThrowsAnyAsync<ApiException>(
            () => Clients.Feature(handler).ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch));

        Assert.Equal(TimeSpan.FromSeconds(30), ex.RetryAfter);
    }

    [Fact]
    public async Task A_non_json_error_body_keeps_the_raw_text_and_no_model()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        var handler = new CapturingHandler().Respond(HttpStatusCode.NotFound, html, "text/html");

        var typed = await Assert.ThrowsAsync<ApiException<Error>>(
            () => Clients.Feature(handler).GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid));

        Assert.Equal(404, typed.Status);
        Assert.Null(typed.Error);
        Assert.Null(typed.ErrorObject);
        Assert.Null(typed.ErrorCode);
        Assert.Null(typed.ErrorMessage);
        Assert.Equal(html, typed.ResponseBody);
        Assert.Equal("FeatureService returned HTTP 404 (Not Found).", typed.Message);

        // An operation that declares no error model throws the plain ApiException.
        handler.Respond(HttpStatusCode.BadGateway, html, "text/html");
        var plain = await Assert.ThrowsAsync<ApiException>(
            () => Clients.Feature(handler).ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch));

        Assert.Equal(502, plain.Status);
        Assert.Equal(html, plain.ResponseBody);
        Assert.Null(plain.ErrorObject);
        Assert.Null(plain.ErrorCode);
    }

    [Fact]
    public async Task An_error_without_a_body_has_null_body()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.InternalServerError, null);

        var ex = await Assert.ThrowsAsync<ApiException>(() => Clients.Feature(handler).GetPingAsync());

        Assert.Equal(500, ex.Status);
        Assert.Null(ex.ResponseBody);
        Assert.Null(ex.ErrorObject);
    }

    [Fact]
    public async Task An_Ack_with_a_nonzero_status_code_on_201_throws()
    {
        const string body = "{\"status_code\":3,\"status_message\":\"busy\"}";
        var handler = new CapturingHandler().Respond(HttpStatusCode.Created, body);

        var ex = await Assert.ThrowsAsync<ApiException<Ack>>(
            () => Clients.Feature(handler).CreateNoteAsync(Clients.AccountSid, new Note("hi")));

        Assert.Equal(201, ex.Status);
        Assert.Equal("3", ex.ErrorCode);
        Assert.NotNull(ex.Error);
        Assert.Equal(3, ex.Error.StatusCode);
        Assert.Equal("busy", ex.Error.StatusMessage);
        Assert.Equal("busy", ex.ErrorMessage);
        Assert.Equal(body, ex.ResponseBody);
    }

    [Fact]
    public async Task An_Ack_with_a_nonzero_status_code_on_200_ReplaceNotes_throws()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "{\"status_code\":-1}");

        var ex = await Assert.ThrowsAsync<ApiException<Ack>>(
            () => Clients.Feature(handler).ReplaceNotesAsync(Clients.AccountSid, new List<Note> { new("a") }));

        Assert.Equal(200, ex.Status);
        Assert.Equal("-1", ex.ErrorCode);
    }

    [Fact]
    public async Task A_400_on_PutDevice_throws_ApiException_of_ValidationProblem()
    {
        const string body = "{\"title\":\"Invalid\",\"errors\":{\"name\":[\"too long\",\"bad\"]}}";
        var handler = new CapturingHandler().Respond(HttpStatusCode.BadRequest, body);

        var ex = await Assert.ThrowsAsync<ApiException<ValidationProblem>>(
            () => Clients.Device(handler).PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "n", null)));

        Assert.Equal(400, ex.Status);
        Assert.Equal("Feature Test API 3.1", ex.ServiceName);
        Assert.Equal("Invalid", ex.ErrorMessage);
        Assert.Equal(new[] { "too long", "bad" }, ex.Error!.Errors!["name"]);
    }

    [Fact]
    public async Task Exceptions_never_carry_the_password_or_the_authorization_value()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NotFound, ErrorBody);
        handler.ReasonPhrase = "Nope";
        var client = Clients.Feature(handler);
        var failures = new List<Exception>
        {
            await Assert.ThrowsAnyAsync<ApiException>(() => client.GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid)),
            #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
            await Assert.ThrowsAnyAsync<ApiException>(() => client.DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid)),
            #pragma warning restore CS0618
            await Assert.ThrowsAnyAsync<ApiException>(() => client.ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch)),
            await Assert.ThrowsAnyAsync<ArgumentException>(() => client.GetRecordingAsync("AC-bad", Clients.RecordingSid)),
        };
        handler.Respond(HttpStatusCode.Created, "{\"status_code\":9}");
        failures.Add(await Assert.ThrowsAnyAsync<ApiException>(() => client.CreateNoteAsync(Clients.AccountSid, new Note("hi"))));

        // The handler did see the secret: the check below is not vacuous.
        Assert.All(handler.Requests, r => Assert.Equal("Basic " + Clients.ExpectedBasic, r.Header("Authorization")));
        foreach (Exception ex in failures)
        {
            foreach (string text in new[] { ex.Message, ex.ToString() })
            {
                Assert.DoesNotContain(Clients.Password, text, StringComparison.Ordinal);
                Assert.DoesNotContain(Clients.ExpectedBasic, text, StringComparison.Ordinal);
                Assert.DoesNotContain("Basic ", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Authorization", text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Equal("BasicCredentials { Username = " + Clients.AccountSid + ", Password = *** }", new BasicCredentials(Clients.AccountSid, Clients.Password).ToString());
    }
}
