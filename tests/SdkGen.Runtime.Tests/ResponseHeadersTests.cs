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

    [Theory]
    [InlineData(new[] { "7", "7" }, 7)]
    [InlineData(new[] { "7, 7" }, 7)]
    [InlineData(new[] { "7,", " 7" }, 7)]   // empty list members do not count (RFC 9110 5.6.1)
    [InlineData(new[] { "7", "8" }, null)]
    [InlineData(new[] { "7, 8" }, null)]
    [InlineData(new[] { "1,000" }, null)]
    public void A_single_valued_number_repeated_reads_as_its_one_value_or_null(string[] lines, int? expected)
    {
        var response = new Response(200, null, new ResponseHeaders(new[] { new KeyValuePair<string, IEnumerable<string>>("X", lines) }));

        Assert.Equal(expected, response.Headers.GetInt32("x"));
        Assert.Equal(expected, (int?)response.Headers.GetInt64("X"));
        Assert.Equal(expected, (int?)response.Headers.GetDecimal("X"));
        Assert.Equal(expected is null ? "header x: sent more than once with different values" : "", string.Join("|", ResponseDepartures.Of(response)));
        Assert.Equal(lines, response.Headers.GetValues("X"));
    }

    [Fact]
    public void Text_and_dates_compare_whole_field_lines_because_their_values_may_hold_commas()
    {
        ResponseHeaders headers = new(new[]
        {
            new KeyValuePair<string, IEnumerable<string>>("Date", new[] { "Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT" }),
            new KeyValuePair<string, IEnumerable<string>>("Name", new[] { "a, b" }),
            new KeyValuePair<string, IEnumerable<string>>("Twice", new[] { "a", "a" }),
            new KeyValuePair<string, IEnumerable<string>>("Differs", new[] { "a", "b" }),
            new KeyValuePair<string, IEnumerable<string>>("Flags", new[] { "true", "TRUE" }),
        });

        Assert.Equal(new DateTimeOffset(1994, 11, 6, 8, 49, 37, TimeSpan.Zero), headers.GetDateTimeOffset("date"));
        Assert.Equal("a, b", headers.GetSingleValue("Name"));
        Assert.Equal("a", headers.GetSingleValue("Twice"));
        Assert.Null(headers.GetSingleValue("Differs"));
        Assert.Null(headers.GetSingleValue("Missing"));
        Assert.Null(headers.GetBoolean("Flags"));   // the text differs: not guessed equal
        Assert.Equal("a, b", headers.GetValue("Differs"));
    }

    [Fact]
    public async Task A_conflict_is_noted_once_however_many_threads_read_it()
    {
        var response = new Response(200, null, new ResponseHeaders(new[] { new KeyValuePair<string, IEnumerable<string>>("X", new[] { "1", "2" }) }));

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => Assert.Null(response.Headers.GetInt32("X")))));

        Assert.Equal(ResponseDepartureKind.ConflictingHeaderValues, Assert.Single(ResponseDepartures.Of(response)).Kind);
    }

    [Fact]
    public void A_non_finite_number_is_not_a_value() =>
        Assert.Null(Headers(("X", "Infinity")).GetDouble("X"));

    private static ResponseHeaders Headers(params (string Name, string Value)[] headers) =>
        new(headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Name, new[] { h.Value })));
}
