using System.Text;
using SdkGen.Runtime;

namespace SdkGen.Recording.Tests.Control;

/// <summary>What <see cref="SecretRedactor"/> does to vendor text before it reaches an exception or a log.</summary>
public sealed class SecretRedactorTests
{
    private const string User = "AC0123456789abcdef0123456789abcdef";
    private const string Secret = "s3cr3t-t0ken";
    private static readonly string Basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Secret));

    private readonly SecretRedactor _redactor = new(User, Secret);

    [Theory]
    [InlineData("token " + Secret + " echoed")]
    [InlineData("Authorization: Basic {basic}")]
    [InlineData("{basic}{basic}")]
    public void Every_form_of_the_credential_is_removed(string template)
    {
        string text = template.Replace("{basic}", Basic, StringComparison.Ordinal);

        string cleaned = _redactor.Clean(text)!;

        Assert.DoesNotContain(Secret, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain(Basic, cleaned, StringComparison.Ordinal);
        Assert.Contains("[redacted]", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_escaped_so_a_message_cannot_fake_a_line_or_a_terminal_escape()
    {
        Assert.Equal("a\\r\\nb\\u001b[31mc\\td", _redactor.Clean("a\r\nb\u001b[31mc\td"));
    }

    [Fact]
    public void Long_text_is_cut_to_the_limit()
    {
        string cleaned = _redactor.Clean(new string('x', 5000))!;

        Assert.Equal(SecretRedactor.MaxLength + 3, cleaned.Length);
        Assert.EndsWith("...", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_stays_null_and_clean_text_is_unchanged()
    {
        Assert.Null(_redactor.Clean((string?)null));
        Assert.Equal("Recording not found", _redactor.Clean("Recording not found"));
    }

    [Fact]
    public void A_clean_vendor_exception_is_kept_and_a_leaking_one_is_replaced_by_a_clean_copy()
    {
        var clean = new ApiException("Twilio", 404, "Not Found", "20404", "not found", "{}", null, error: new object());
        var leaking = new ApiException("Twilio", 400, "Bad Request", "400", "you sent " + Secret, "{\"message\":\"" + Basic + "\"}", TimeSpan.FromSeconds(3));

        Assert.Same(clean, _redactor.Clean(clean));
        ApiException copy = _redactor.Clean(leaking);
        Assert.NotSame(leaking, copy);
        Assert.Equal((400, "400", TimeSpan.FromSeconds(3)), (copy.Status, copy.ErrorCode, copy.RetryAfter.GetValueOrDefault()));
        Assert.DoesNotContain(Secret, copy.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Basic, copy.ResponseBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl echoed", "eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("{\"access_token\":\"tok-123abc\",\"token_type\":\"Bearer\"}", "tok-123abc")]
    [InlineData("bearer   abc+/def== rest", "abc+/def==")]
    public void Bearer_tokens_are_removed_whatever_their_value(string text, string token)
    {
        string cleaned = _redactor.Clean(text)!;

        Assert.DoesNotContain(token, cleaned, StringComparison.Ordinal);
        Assert.Contains("[redacted]", cleaned, StringComparison.Ordinal);
        Assert.True(_redactor.Leaks(text));
        Assert.False(_redactor.Leaks(cleaned));
    }

    [Fact]
    public void An_oauth2_client_secret_is_removed_in_every_form_the_token_request_sends_it()
    {
        const string ClientId = "client id+1";
        const string ClientSecret = "s3cret&more";
        var redactor = new SecretRedactor([(User, Secret), (ClientId, ClientSecret)]);
        // RFC 6749 §2.3.1: form-url-encoded before Base64.
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("client+id%2B1:s3cret%26more"));
        string raw = Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));

        string cleaned = redactor.Clean("Basic " + encoded + " / " + raw + " / " + ClientSecret + " / " + Basic)!;

        foreach (string secret in new[] { encoded, raw, ClientSecret, Basic, Secret })
        {
            Assert.DoesNotContain(secret, cleaned, StringComparison.Ordinal);
        }
    }
}
