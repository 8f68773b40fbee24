using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>The wire text of format date, time and duration, which JSON, paths, queries, headers and forms share.</summary>
public class CalendarTextTests
{
    public static TheoryData<TimeSpan, string> Durations => new()
    {
        { TimeSpan.Zero, "PT0S" },
        { new TimeSpan(1, 30, 0), "PT1H30M" },
        { TimeSpan.FromDays(3), "P3D" },
        { TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(500), "P1DT0.5S" },
        { TimeSpan.FromTicks(1), "PT0.0000001S" },
        { -TimeSpan.FromMinutes(5), "-PT5M" },
        { TimeSpan.MaxValue, "P10675199DT2H48M5.4775807S" },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void A_duration_is_written_as_ISO_8601_and_read_back_to_the_same_value(TimeSpan value, string text)
    {
        Assert.Equal(text, WireFormat.Format(value));
        Assert.True(CalendarText.TryParseDuration(text, out TimeSpan read));
        Assert.Equal(value, read);
    }

    // Months and years have no fixed length (XmlConvert takes P1M as 30 days): refused rather than guessed.
    [Theory]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("P1Y2M3DT4H")]
    [InlineData("PT")]
    [InlineData("1:30:00")]
    [InlineData("")]
    [InlineData(null)]
    public void A_duration_without_a_fixed_length_or_not_ISO_8601_is_refused(string? text)
    {
        Assert.False(CalendarText.TryParseDuration(text, out _));
    }

    [Fact]
    public void A_minute_in_the_time_part_is_not_taken_for_a_month()
    {
        Assert.True(CalendarText.TryParseDuration("P2DT45M", out TimeSpan value));
        Assert.Equal(new TimeSpan(2, 0, 45, 0), value);
    }

    [Theory]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void A_date_is_written_as_full_date_and_read_back(int year, int month, int day, string text)
    {
        Assert.Equal(text, WireFormat.Format(new DateOnly(year, month, day)));
        Assert.True(CalendarText.TryParseDate(text, out DateOnly read));
        Assert.Equal(new DateOnly(year, month, day), read);
    }

    [Theory]
    [InlineData("13:05:00", 13, 5, 0, 0L)]
    [InlineData("13:05:00.25", 13, 5, 0, 2_500_000L)]
    [InlineData("23:59:59.9999999", 23, 59, 59, 9_999_999L)]
    public void A_time_round_trips_with_its_fraction_only_when_there_is_one(string text, int hour, int minute, int second, long fractionTicks)
    {
        var value = new TimeOnly(new TimeOnly(hour, minute, second).Ticks + fractionTicks);

        Assert.Equal(text, WireFormat.Format(value));
        Assert.True(CalendarText.TryParseTime(text, out TimeOnly read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("24:00:00")]
    [InlineData("13:05")]
    [InlineData("13:05:00Z")]
    [InlineData("1:05:00 PM")]
    public void A_time_that_is_not_HH_mm_ss_is_refused(string text)
    {
        Assert.False(CalendarText.TryParseTime(text, out _));
    }
}
