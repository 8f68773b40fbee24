using System.Globalization;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class WireFormatTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(-42, "-42")]
    [InlineData(int.MaxValue, "2147483647")]
    public void Int32(int value, string expected) => Assert.Equal(expected, WireFormat.Format(value));

    [Theory]
    [InlineData(9007199254740993L, "9007199254740993")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void Int64(long value, string expected) => Assert.Equal(expected, WireFormat.Format(value));

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e21, "1E+21")]
    public void Double(double value, string expected) => Assert.Equal(expected, WireFormat.Format(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_double_that_is_not_a_number_is_refused(double value) =>
        Assert.Contains("nothing was sent", Assert.Throws<ArgumentException>(() => WireFormat.Format(value)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.NegativeInfinity)]
    public void A_float_that_is_not_a_number_is_refused(float value) =>
        Assert.Throws<ArgumentException>(() => WireFormat.Format(value));

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0 / 3)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    public void Double_round_trips(double value) =>
        Assert.Equal(value, double.Parse(WireFormat.Format(value), CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(1.5f, "1.5")]
    [InlineData(0.1f, "0.1")]
    public void Single(float value, string expected) => Assert.Equal(expected, WireFormat.Format(value));

    [Fact]
    public void Single_round_trips()
    {
        float value = 1f / 3;
        Assert.Equal(value, float.Parse(WireFormat.Format(value), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Decimal_keeps_scale() => Assert.Equal("12.50", WireFormat.Format(12.50m));

    [Fact]
    public void Decimal_negative() => Assert.Equal("-0.0075", WireFormat.Format(-0.0075m));

    [Fact]
    public void Boolean_is_lower_case()
    {
        Assert.Equal("true", WireFormat.Format(true));
        Assert.Equal("false", WireFormat.Format(false));
    }

    [Fact]
    public void DateTimeOffset_is_round_trip_iso_8601()
    {
        var value = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2));

        Assert.Equal("2024-01-02T03:04:05.6780000+02:00", WireFormat.Format(value));
    }

    [Fact]
    public void DateTimeOffset_utc()
    {
        Assert.Equal("2024-01-02T03:04:05.0000000+00:00", WireFormat.Format(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
    }

    [Fact]
    public void Guid_is_hyphenated_lower_case()
    {
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", WireFormat.Format(Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E")));
    }

    [Fact]
    public void Formats_ignore_the_current_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            // With InvariantGlobalization every culture behaves as invariant; a custom one proves the point anyway.
            var custom = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            custom.NumberFormat.NumberDecimalSeparator = ",";
            custom.NumberFormat.NegativeSign = "~";
            CultureInfo.CurrentCulture = custom;

            Assert.Equal("-1.5", WireFormat.Format(-1.5));
            Assert.Equal("-1.5", WireFormat.Format(-1.5f));
            Assert.Equal("-1.5", WireFormat.Format(-1.5m));
            Assert.Equal("-3", WireFormat.Format(-3));
            Assert.Equal("-3", WireFormat.Format(-3L));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
