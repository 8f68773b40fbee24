using System.Net;
using System.Net.Http;
using SdkGen.Runtime;

namespace SdkGen.Runtime.Tests;

/// <summary>The headers a <c>…WithResponseAsync</c> method returns: a copy, case-insensitive, read leniently.</summary>
public class ResponseHeadersTests
{
    [Fact]
    public void Headers_are_copied_with_content_headers_and_outlive_the_disposed_message()
    {
        var message = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        message.Headers.TryAddWithoutValidation("ETag", "not-quoted");   // malformed for HttpClient's parser: kept as sent
        message.Headers.TryAddWithoutValidation("X-Count", "1");
        message.Headers.TryAddWithoutValidation("X-Count", "2");

        var response = new Response<int>(message, 5);
        message.Dispose();

        Assert.Equal("not-quoted", response.Headers.GetValue("etag"));
        Assert.Equal(new[] { "1", "2" }, response.Headers.GetValues("X-COUNT"));
        Assert.Equal("1, 2", response.Headers.GetValue("x-count"));
        Assert.Null(response.Headers.GetInt32("X-Count"));   // two values are not one integer: null, not a guess
        Assert.StartsWith("text/plain", response.Headers.GetValue("Content-Type"));
        Assert.Equal(5, response.Value);
        Assert.Equal("200 OK", response.ToString());
    }

    [Theory]
    [InlineData(" 12 ", 12)]
    [InlineData("-3", -3)]
    [InlineData("12.5", null)]
    [InlineData("99999999999", null)]
    [InlineData("", null)]
    public void Integers_parse_invariantly_or_read_as_null(string text, int? expected) =>
        Assert.Equal(expected, Headers(("X", text)).GetInt32("X"));

    [Fact]
    public void Typed_readers_accept_http_and_iso_dates_and_never_throw()
    {
        ResponseHeaders headers = Headers(("Http", "Sun, 06 Nov 1994 08:49:37 GMT"), ("Iso", "2024-02-29T13:05:00+01:00"), ("Bad", "\u0000\u202e"));

        Assert.Equal(new DateTimeOffset(1994, 11, 6, 8, 49, 37, TimeSpan.Zero), headers.GetDateTimeOffset("Http"));
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 5, 0, TimeSpan.FromHours(1)), headers.GetDateTimeOffset("Iso"));
        Assert.Null(headers.GetDateTimeOffset("Bad"));
        Assert.Null(headers.GetInt64("Bad"));
        Assert.Null(headers.GetDouble("Bad"));
        Assert.Null(headers.GetDecimal("Bad"));
        Assert.Null(headers.GetBoolean("Bad"));
        Assert.Null(headers.GetGuid("Bad"));
        Assert.Null(headers.GetValue("Missing"));
        Assert.Null(headers.GetDouble("Missing"));
    }

    [Fact]
    public void A_non_finite_number_is_not_a_value() =>
        Assert.Null(Headers(("X", "Infinity")).GetDouble("X"));

    private static ResponseHeaders Headers(params (string Name, string Value)[] headers) =>
        new(headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Name, new[] { h.Value })));
}
