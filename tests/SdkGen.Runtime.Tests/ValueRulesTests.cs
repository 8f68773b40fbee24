using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class ValueRulesTests
{
    [Theory]
    [InlineData(0.3, "0.1", true)] // 0.3 is not a binary multiple of 0.1, but its text "0.3" is
    [InlineData(-1.2, "0.1", true)]
    [InlineData(0.25, "0.1", false)]
    [InlineData(1e20, "5", true)]
    [InlineData(1e-300, "0.1", false)] // its text holds more decimal places than a decimal: refused, not guessed
    [InlineData(double.NaN, "1", false)]
    [InlineData(double.PositiveInfinity, "1", false)]
    [InlineData(0.0, "0.01", true)]
    public void A_double_is_a_multiple_when_the_text_it_is_sent_as_is(double value, string factor, bool expected)
    {
        Assert.Equal(expected, ValueRules.IsMultipleOf(value, decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Floats_longs_and_decimals_are_checked_exactly()
    {
        Assert.True(ValueRules.IsMultipleOf(0.1f, 0.1m));
        Assert.False(ValueRules.IsMultipleOf(0.15f, 0.1m));
        Assert.True(ValueRules.IsMultipleOf(long.MaxValue - 7, 10m)); // 9223372036854775800
        Assert.False(ValueRules.IsMultipleOf(long.MaxValue, 10m));
        Assert.True(ValueRules.IsMultipleOf(0.07m, 0.01m));
        Assert.False(ValueRules.IsMultipleOf(0.015m, 0.01m));
    }

    [Fact]
    public void Duplicates_are_found_by_value_and_strings_compare_ordinally()
    {
        Assert.False(ValueRules.HasDuplicates(new[] { "a", "A", "b" }));
        Assert.True(ValueRules.HasDuplicates(new[] { "a", "b", "a" }));
        Assert.True(ValueRules.HasDuplicates(new[] { 1.0m, 1.00m }));
        Assert.False(ValueRules.HasDuplicates(Array.Empty<int>()));
    }

    [Fact]
    public void A_path_segment_is_refused_when_null_empty_or_a_dot_segment()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => ValueRules.RequirePathSegment(null, "id")).ParamName);
        Assert.Equal("'id' cannot be empty. (Parameter 'id')", Assert.Throws<ArgumentException>(() => ValueRules.RequirePathSegment("", "id")).Message);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ValueRules.RequirePathSegment("..", "id")).ParamName);
        ValueRules.RequirePathSegment("...", "id");
    }

    [Fact]
    public void Rule_messages_name_the_parameter_and_the_rule_but_not_the_value()
    {
        Assert.Equal("'limit' must be at most 100.", Message(ArgumentErrors.AboveMaximum("limit", "100", false)));
        Assert.Equal("'ratio' must be less than 1.", Message(ArgumentErrors.AboveMaximum("ratio", "1", true)));
        Assert.Equal("'body.Quantity' must be at least 1.", Message(ArgumentErrors.BelowMinimum("body.Quantity", "1", false)));
        Assert.Equal("'ratio' must be greater than 0.", Message(ArgumentErrors.BelowMinimum("ratio", "0", true)));
        Assert.Equal("'amount' must be a multiple of 0.01.", Message(ArgumentErrors.NotMultipleOf("amount", "0.01")));
        Assert.Equal("'tags' must have at least 1 item.", Message(ArgumentErrors.TooFewItems("tags", 1)));
        Assert.Equal("'tags' must have at most 3 items.", Message(ArgumentErrors.TooManyItems("tags", 3)));
        Assert.Equal("'tags' must not hold the same item twice.", Message(ArgumentErrors.DuplicateItems("tags")));
        Assert.Equal("body", ArgumentErrors.BelowMinimum("body.Quantity", "1", false).ParamName);
    }

    [Fact]
    public void AllMatch_tests_exactly_the_range_given()
    {
        Assert.True(PatternMatch.AllMatch("AC0f", 2, 2, char.IsAsciiHexDigit));
        Assert.False(PatternMatch.AllMatch("AC0g", 2, 2, char.IsAsciiHexDigit));
        Assert.True(PatternMatch.AllMatch("ACxx", 2, 0, char.IsAsciiHexDigit));
    }

    private static string Message(ArgumentException ex) => ex.Message[..ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
}
