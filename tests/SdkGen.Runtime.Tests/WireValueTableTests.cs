using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class WireValueTableTests
{
    private static readonly WireValueTable Table = new("in-progress", "paused", "Paused", "");

    [Theory]
    [InlineData(1, "in-progress")]
    [InlineData(2, "paused")]
    [InlineData(3, "Paused")]
    [InlineData(4, "")]
    public void Members_round_trip_through_their_exact_text(int member, string text)
    {
        Assert.Equal(text, Table.ToWire(member));
        Assert.Equal(member, Table.FromWire(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("PAUSED")]
    [InlineData("paused ")]
    [InlineData("in_progress")]
    public void Text_the_table_does_not_hold_is_the_unknown_member(string? text) => Assert.Equal(0, Table.FromWire(text));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void The_unknown_member_and_undefined_values_have_no_text(int member) => Assert.Null(Table.ToWire(member));

    [Fact]
    public void A_table_refuses_null_and_repeated_texts()
    {
        Assert.Throws<ArgumentNullException>(() => new WireValueTable(null!));
        Assert.Throws<ArgumentNullException>(() => new WireValueTable("a", null!));
        Assert.Throws<ArgumentException>(() => new WireValueTable("a", "b", "a"));
    }
}
