using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// JSON Schema counts a string's length in code points (RFC 8259 characters): a surrogate pair is one character,
/// a lone surrogate one, and the checks agree with that count at every boundary.
/// </summary>
public sealed class TextLengthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("😀", 1)]
    [InlineData("a😀b", 3)]
    [InlineData("😀😀😀", 3)]
    [InlineData("é", 1)]
    public void Code_points_count_a_surrogate_pair_once(string value, int expected) =>
        Assert.Equal(expected, TextLength.CodePoints(value));

    [Fact]
    public void A_lone_surrogate_is_one_code_point()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate through test discovery.
        Assert.Equal(1, TextLength.CodePoints(new string('\uD83D', 1)));
        Assert.Equal(2, TextLength.CodePoints(new string(['\uDE00', '\uD83D'])));
        Assert.Equal(2, TextLength.CodePoints(new string(['x', '\uD83D'])));
    }

    [Theory]
    [InlineData("😀😀", 2, false)]
    [InlineData("😀😀", 1, true)]
    [InlineData("😀😀😀", 3, false)]
    [InlineData("abcd", 3, true)]
    [InlineData("abc", 3, false)]
    [InlineData("", 0, false)]
    public void Longer_than_counts_code_points(string value, int max, bool expected) =>
        Assert.Equal(expected, TextLength.IsLongerThan(value, max));

    [Theory]
    [InlineData("😀", 2, true)]
    [InlineData("😀😀", 2, false)]
    [InlineData("ab", 2, false)]
    [InlineData("a", 2, true)]
    [InlineData("", 1, true)]
    [InlineData("", 0, false)]
    [InlineData("😀😀a", 4, true)]
    public void Shorter_than_counts_code_points(string value, int min, bool expected) =>
        Assert.Equal(expected, TextLength.IsShorterThan(value, min));

    [Fact]
    public void Every_length_up_to_twelve_agrees_with_the_code_point_count()
    {
        string[] pieces = ["a", "😀", new string('\uD83D', 1), "é"];
        var random = new Random(12);
        for (int round = 0; round < 2000; round++)
        {
            string value = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            int count = TextLength.CodePoints(value);
            for (int bound = 0; bound <= 12; bound++)
            {
                Assert.Equal(count > bound, TextLength.IsLongerThan(value, bound));
                Assert.Equal(count < bound, TextLength.IsShorterThan(value, bound));
            }
        }
    }
}
