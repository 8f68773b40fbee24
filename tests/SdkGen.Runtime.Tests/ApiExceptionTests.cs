using System.Text.Json;
using SdkGen.Runtime;

namespace SdkGen.Runtime.Tests;

public class ApiExceptionTests
{
    private sealed record ErrorModel(int Code, string Message);

    [Fact]
    public void Message_has_service_status_reason_code_and_message()
    {
        var ex = new ApiException("Voice", 404, "Not Found", "20404", "The requested resource was not found.", null, null);

        Assert.Equal("Voice returned HTTP 404 (Not Found), error 20404: The requested resource was not found.", ex.Message);
    }

    [Theory]
    [InlineData(null, "20404", "Missing.", "Voice returned HTTP 404, error 20404: Missing.")]
    [InlineData("Not Found", null, "Missing.", "Voice returned HTTP 404 (Not Found): Missing.")]
    [InlineData("Not Found", "20404", null, "Voice returned HTTP 404 (Not Found), error 20404.")]
    [InlineData(null, null, null, "Voice returned HTTP 404.")]
    [InlineData("", "", "  ", "Voice returned HTTP 404.")]
    [InlineData("Not Found", null, "No such call", "Voice returned HTTP 404 (Not Found): No such call.")]
    [InlineData("Not Found", null, "Really?", "Voice returned HTTP 404 (Not Found): Really?")]
    public void Message_omits_missing_parts(string? reason, string? code, string? message, string expected)
    {
        var ex = new ApiException("Voice", 404, reason, code, message, null, null);

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Message_keeps_the_service_message_on_one_bounded_line()
    {
        string longMessage = "line1\r\nline2 " + new string('x', 5000);

        var ex = new ApiException("Voice", 400, "Bad Request", null, longMessage, null, null);

        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
        Assert.True(ex.Message.Length < 1200, ex.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(longMessage, ex.ErrorMessage);
    }

    [Fact]
    public void Properties_are_kept()
    {
        var inner = new InvalidOperationException("inner");
        var error = new ErrorModel(20404, "gone");

        var ex = new ApiException("Voice", 429, "Too Many Requests", "20429", "Slow down", "{\"code\":20429}",
            TimeSpan.FromSeconds(3), error, inner);

        Assert.Equal("Voice", ex.ServiceName);
        Assert.Equal(429, ex.Status);
        Assert.Equal("Too Many Requests", ex.ReasonPhrase);
        Assert.Equal("20429", ex.ErrorCode);
        Assert.Equal("Slow down", ex.ErrorMessage);
        Assert.Equal("{\"code\":20429}", ex.ResponseBody);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.Same(error, ex.ErrorObject);
        Assert.Same(inner, ex.InnerException);
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    public void IsTransient_for_408_429_500_502_503_504(int status, bool transient)
    {
        Assert.Equal(transient, new ApiException("Voice", status, null, null, null, null, null).IsTransient);
    }

    [Fact]
    public void Response_body_is_truncated_to_8_Ki_characters()
    {
        string body = new('a', 100_000);

        var ex = new ApiException("Voice", 500, null, null, null, body, null);

        Assert.Equal(8 * 1024, ex.ResponseBody!.Length);
        Assert.Equal(ApiException.MaxResponseBodyLength, ex.ResponseBody.Length);
    }

    [Fact]
    public void Truncation_does_not_split_a_surrogate_pair()
    {
        string body = new string('a', ApiException.MaxResponseBodyLength - 1) + "😀" + "tail";

        var ex = new ApiException("Voice", 500, null, null, null, body, null);

        Assert.Equal(ApiException.MaxResponseBodyLength - 1, ex.ResponseBody!.Length);
        Assert.False(char.IsHighSurrogate(ex.ResponseBody[^1]));
    }

    [Fact]
    public void Short_body_is_kept_as_is()
    {
        Assert.Equal("{}", new ApiException("Voice", 500, null, null, null, "{}", null).ResponseBody);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Service_name_is_required(string? serviceName)
    {
        Assert.Throws<ArgumentException>(() => new ApiException(serviceName!, 500, null, null, null, null, null));
    }

    [Fact]
    public void Message_and_ToString_never_contain_credentials_or_headers()
    {
        var credentials = new BasicCredentials("AC0123456789abcdef0123456789abcdef", "topsecret-token");
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.Unauthorized)
        {
            ReasonPhrase = "Unauthorized",
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/x"),
        };
        response.RequestMessage.Headers.Authorization = credentials.ToAuthorizationHeader();
        response.Headers.TryAddWithoutValidation("WWW-Authenticate", "Basic realm=\"api\"");

        var ex = new ApiException("Voice", (int)response.StatusCode, response.ReasonPhrase, "20003",
            "Authenticate", "{\"code\":20003,\"message\":\"Authenticate\"}", null);

        string all = ex.Message + "\n" + ex.ToString();
        Assert.DoesNotContain("topsecret-token", all, StringComparison.Ordinal);
        Assert.DoesNotContain(credentials.ToAuthorizationHeader().Parameter!, all, StringComparison.Ordinal);
        Assert.DoesNotContain("Authorization", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("WWW-Authenticate", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Basic", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_exception_exposes_the_typed_error()
    {
        var error = new ErrorModel(20404, "gone");

        var ex = new ApiException<ErrorModel>("Voice", 404, "Not Found", "20404", "gone", "{}", null, error);

        Assert.Same(error, ex.Error);
        Assert.Same(error, ex.ErrorObject);
        Assert.Equal("Voice returned HTTP 404 (Not Found), error 20404: gone.", ex.Message);
        Assert.IsAssignableFrom<ApiException>(ex);
    }

    [Fact]
    public void Generic_exception_without_error()
    {
        var inner = new JsonException("bad");

        var ex = new ApiException<ErrorModel>("Voice", 500, null, null, null, "<html>", null, innerException: inner);

        Assert.Null(ex.Error);
        Assert.Null(ex.ErrorObject);
        Assert.Same(inner, ex.InnerException);
    }

    [Fact]
    public void Subclass_can_supply_its_own_message()
    {
        var ex = new CustomApiException();

        Assert.Equal("custom", ex.Message);
        Assert.Equal(503, ex.Status);
        Assert.True(ex.IsTransient);
    }

    private sealed class CustomApiException : ApiException
    {
        public CustomApiException()
            : base("custom", "Voice", 503, null, null, null, null, null, null, null)
        {
        }
    }
}
