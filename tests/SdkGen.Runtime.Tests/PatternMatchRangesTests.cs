using System.Text.RegularExpressions;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>
/// <see cref="PatternMatch.AllInRanges"/>, the run of one character class in a pattern checked without a Regex, must
/// decide exactly as the Regex for the same class would: every length (runs of 8 or more take the vectorized path on
/// .NET, with an overlapping last block; the scalar path, which netstandard2.0 takes for all, is checked at every length
/// too), every range boundary, non-ASCII and surrogates.
/// </summary>
public class PatternMatchRangesTests
{
    private const string Hex = "09afAF";

    [Fact]
    public void Every_character_at_every_position_is_tested_for_runs_of_every_length()
    {
        // Each neighbour of a bound ('/' and ':' around 0-9, '`' and 'g' around a-f, '@' and 'G' around A-F) and a
        // character far away, planted at each position of runs from 1 to 40 characters.
        char[] outside = ['/', ':', '`', 'g', '@', 'G', '\u0000', '\uFFFF', '\u0660', '\uFF10', '\uD83D'];
        for (int length = 1; length <= 40; length++)
        {
            string valid = new string(Enumerable.Range(0, length).Select(i => "0123456789abcdefABCDEF"[i % 22]).ToArray());
            Assert.True(PatternMatch.AllInRanges(valid, 0, length, Hex), valid);
            Assert.True(PatternMatch.AllInRangesScalar(valid, Hex), valid);
            for (int position = 0; position < length; position++)
            {
                foreach (char c in outside)
                {
                    char[] chars = valid.ToCharArray();
                    chars[position] = c;
                    Assert.False(PatternMatch.AllInRanges(new string(chars), 0, length, Hex), $"length {length}, '{c}' at {position}");
                    Assert.False(PatternMatch.AllInRangesScalar(new string(chars), Hex), $"scalar: length {length}, '{c}' at {position}");
                }
            }
        }
    }

    // Not theory data: test discovery would replace the lone surrogates in it with U+FFFD.
    private static readonly (string Ranges, string RegexClass)[] Classes =
    [
        (Hex, "[0-9a-fA-F]"),
        ("azAZ09__--", "[a-zA-Z0-9_-]"),
        ("\u00c0\u00ffaz", "[\u00c0-\u00ffa-z]"),
        ("\ud800\udbff\udc00\udfff", "[\ud800-\udbff\udc00-\udfff]"),
        ("\u0000\uffff", "[\u0000-\uffff]"),
        ("..", "[.]"),
    ];

    [Fact]
    public void Random_values_are_decided_as_the_Regex_decides()
    {
        foreach ((string ranges, string regexClass) in Classes)
        {
            DecidedAsTheRegexDecides(ranges, regexClass);
        }
    }

    private static void DecidedAsTheRegexDecides(string ranges, string regexClass)
    {
        var regex = new Regex("^" + regexClass + @"*\z", RegexOptions.CultureInvariant);
        string alphabet = "09afAFgG/:@`_-.z\u00bf\u00c0\u00ff\u0100\u0660\uff10\ud800\udbff\udc00\udfff\u0000\uffff\n";
        var random = new Random(14);
        for (int n = 0; n < 4000; n++)
        {
            // Mostly members of the class, so long runs that pass (and fail late) are common.
            int length = random.Next(0, 48);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = random.Next(4) == 0
                    ? alphabet[random.Next(alphabet.Length)]
                    : (char)random.Next(ranges[0], ranges[1] + 1);
            }

            string value = new(chars);
            Assert.Equal(regex.IsMatch(value), PatternMatch.AllInRanges(value, 0, value.Length, ranges));
            Assert.Equal(regex.IsMatch(value), PatternMatch.AllInRangesScalar(value, ranges)); // the path without vectors, at every length
        }
    }

    [Fact]
    public void Only_the_run_given_is_tested()
    {
        Assert.True(PatternMatch.AllInRanges("AC0f", 2, 2, Hex));
        Assert.False(PatternMatch.AllInRanges("AC0g", 2, 2, Hex));
        Assert.True(PatternMatch.AllInRanges("ACxx", 2, 0, Hex));
        Assert.True(PatternMatch.AllInRanges("xx0123456789abcdef0123456789abcdefxx", 2, 32, Hex));
        Assert.False(PatternMatch.AllInRanges("xx0123456789abcdef0123456789abcdeg", 2, 32, Hex));
        Assert.True(PatternMatch.AllInRanges("", 0, 0, Hex));
        Assert.True(PatternMatch.AllInRanges("anything", 3, 0, ""));
        Assert.False(PatternMatch.AllInRanges("a", 0, 1, ""));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PatternMatch.AllInRanges(null!, 0, 0, Hex));
        Assert.Throws<ArgumentNullException>(() => PatternMatch.AllInRanges("a", 0, 1, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => PatternMatch.AllInRanges("abc", -1, 1, Hex));
        Assert.Throws<ArgumentOutOfRangeException>(() => PatternMatch.AllInRanges("abc", 2, 2, Hex));
        Assert.Throws<ArgumentOutOfRangeException>(() => PatternMatch.AllInRanges("abc", 4, 0, Hex));
        Assert.Throws<ArgumentException>(() => PatternMatch.AllInRanges("abc", 0, 3, "09a"));
        Assert.Throws<ArgumentException>(() => PatternMatch.AllInRanges("abc", 0, 3, "90"));
    }
}
