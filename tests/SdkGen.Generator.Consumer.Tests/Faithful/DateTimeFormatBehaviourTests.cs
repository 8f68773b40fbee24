using System.Net;
using Consumer.Faithful.Formats;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// <c>format: date</c>, <c>time</c> and <c>duration</c> are DateOnly, TimeOnly and TimeSpan (issue 13): the exact
/// wire text in paths, queries, headers, JSON and form bodies, and back; a value that does not parse is reported as a
/// departure and the rest of the body is still read.
/// </summary>
public sealed class DateTimeFormatBehaviourTests
{
    private const string ShiftJson =
        "{\"day\":\"2024-02-29\",\"start\":\"08:30:00\",\"length\":\"PT7H30M\",\"breaks\":[\"PT15M\",\"P1DT0.5S\"],"
        + "\"endsOn\":null,\"createdAt\":\"2024-02-28T23:00:00Z\",\"note\":\"night\"}";

    private readonly CapturingHandler _handler = new();

    private FormatsClient Client => new(new HttpClient(_handler, disposeHandler: false), new FormatsClientOptions());

    [Fact]
    public async Task Parameters_go_out_as_ISO_8601_text_in_the_path_query_and_header()
    {
        _handler.Respond(HttpStatusCode.OK, ShiftJson);

        await Client.GetShiftAsync(
            new DateOnly(2024, 2, 29),
            startsAt: new TimeOnly(13, 5, 0, 250),
            length: new TimeSpan(1, 30, 0),
            xNotBefore: new DateOnly(1999, 12, 31),
            days: [new DateOnly(2024, 1, 2), new DateOnly(2024, 10, 20)]);

        CapturedRequest request = _handler.Single;
        Assert.Equal(
            "https://api.example.com/shifts/2024-02-29?startsAt=13%3A05%3A00.25&length=PT1H30M&days=2024-01-02&days=2024-10-20",
            request.Uri);
        Assert.Equal("1999-12-31", request.Header("X-Not-Before"));
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "00:00:00")]
    [InlineData(23, 59, 59, 0, "23:59:59")]
    [InlineData(7, 0, 0, 1, "07:00:00.001")]
    public async Task A_time_has_seconds_always_and_a_fraction_only_when_there_is_one(int hour, int minute, int second, int millisecond, string expected)
    {
        _handler.Respond(HttpStatusCode.OK, ShiftJson);

        await Client.GetShiftAsync(new DateOnly(2024, 2, 29), startsAt: new TimeOnly(hour, minute, second, millisecond));

        Assert.EndsWith("startsAt=" + expected.Replace(":", "%3A", StringComparison.Ordinal), _handler.Single.Uri);
    }

    [Fact]
    public async Task A_JSON_body_carries_the_same_text()
    {
        _handler.Respond(HttpStatusCode.NoContent, null);
        var shift = new Shift(new DateOnly(2024, 2, 29), new TimeOnly(22, 0))
        {
            Length = TimeSpan.FromHours(8),
            Breaks = [TimeSpan.FromMinutes(15), TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(500), -TimeSpan.FromMinutes(5)],
            EndsOn = new DateOnly(2024, 3, 1),
        };

        await Client.PutShiftAsync(new DateOnly(2024, 2, 29), shift);

        Assert.Equal(
            "{\"day\":\"2024-02-29\",\"start\":\"22:00:00\",\"length\":\"PT8H\",\"breaks\":[\"PT15M\",\"P1DT0.5S\",\"-PT5M\"],\"endsOn\":\"2024-03-01\"}",
            _handler.Single.BodyText);
    }

    [Fact]
    public async Task A_form_body_carries_the_same_text()
    {
        _handler.Respond(HttpStatusCode.NoContent, null);

        await Client.RequestLeaveAsync(new RequestLeaveRequest(new DateOnly(2025, 7, 1)) { At = new TimeOnly(9, 0), For = TimeSpan.FromDays(3) });

        Assert.Equal("from=2025-07-01&at=09%3A00%3A00&for=P3D", _handler.Single.BodyText);
    }

    [Fact]
    public async Task A_response_is_read_into_the_typed_values()
    {
        _handler.Respond(HttpStatusCode.OK, ShiftJson);

        Shift shift = await Client.GetShiftAsync(new DateOnly(2024, 2, 29));

        Assert.Equal(new DateOnly(2024, 2, 29), shift.Day);
        Assert.Equal(new TimeOnly(8, 30), shift.Start);
        Assert.Equal(new TimeSpan(7, 30, 0), shift.Length);
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(500)], shift.Breaks);
        Assert.Null(shift.EndsOn);
        Assert.Equal(new DateTimeOffset(2024, 2, 28, 23, 0, 0, TimeSpan.Zero), shift.CreatedAt);
        Assert.Empty(ResponseDepartures.Of(shift));
    }

    // A month or a year has no fixed length: XmlConvert would read P1M as 30 days, so it is reported instead.
    [Theory]
    [InlineData("\"day\":\"29/02/2024\"", "Shift.day", "\"29/02/2024\"")]
    [InlineData("\"day\":\"2023-02-29\"", "Shift.day", "\"2023-02-29\"")]
    [InlineData("\"day\":\"2024-02-29T00:00:00Z\"", "Shift.day", "\"2024-02-29T00:00:00Z\"")]
    [InlineData("\"day\":20240229", "Shift.day", "20240229")]
    [InlineData("\"start\":\"8:30 pm\"", "Shift.start", "\"8:30 pm\"")]
    [InlineData("\"start\":\"08:30:00+02:00\"", "Shift.start", "\"08:30:00+02:00\"")]
    [InlineData("\"length\":\"P1M\"", "Shift.length", "\"P1M\"")]
    [InlineData("\"length\":\"P1Y2D\"", "Shift.length", "\"P1Y2D\"")]
    [InlineData("\"length\":\"90 minutes\"", "Shift.length", "\"90 minutes\"")]
    [InlineData("\"breaks\":[\"PT15M\",\"soon\"]", "Shift.breaks item", "\"soon\"")]
    public async Task An_unreadable_value_is_reported_and_the_rest_of_the_body_is_read(string member, string path, string raw)
    {
        string name = member[..(member.IndexOf(':', StringComparison.Ordinal))];
        string json = "{" + string.Join(",", new[] { "\"day\":\"2024-02-29\"", "\"start\":\"08:30:00\"", "\"length\":\"PT1H\"", "\"breaks\":[\"PT15M\"]" }
            .Where(m => !m.StartsWith(name, StringComparison.Ordinal)).Append(member)) + ",\"note\":\"kept\"}";
        _handler.Respond(HttpStatusCode.OK, json);

        Shift shift = await Client.GetShiftAsync(new DateOnly(2024, 2, 29));

        ResponseDeparture departure = Assert.Single(ResponseDepartures.Of(shift));
        Assert.Equal(path, departure.Path);
        Assert.Equal(ResponseDepartureKind.WrongType, departure.Kind);
        Assert.Equal(raw, departure.RawJson);
        Assert.Equal("kept", shift.Note);
    }
}
