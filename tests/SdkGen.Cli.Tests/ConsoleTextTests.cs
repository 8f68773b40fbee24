using SdkGen.Cli.Output;

namespace SdkGen.Cli.Tests;

public sealed class ConsoleTextTests
{
    [Theory]
    [InlineData("plain text: ok", "plain text: ok")]
    [InlineData("a\r\nb\tc", @"a\r\nb\tc")]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001b[31mred\u001b[0m")]
    [InlineData("\u009b2J", @"\u009b2J")]
    [InlineData("x\u2028y\u2029z", @"x\u2028y\u2029z")]
    [InlineData("abc\u202edcba", @"abc\u202edcba")]
    [InlineData("emoji \ud83d\ude00 and café", "emoji \ud83d\ude00 and café")]
    [InlineData("", "")]
    public void Escapes_everything_that_could_break_or_drive_the_line(string text, string expected) =>
        Assert.Equal(expected, ConsoleText.Escape(text));

    [Fact]
    public void Escapes_a_lone_surrogate()
    {
        // Built here, not in an attribute: test discovery would replace the lone half with U+FFFD.
        string text = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal(@"lone \ud800 surrogate", ConsoleText.Escape(text));
    }

    [Fact]
    public void Cuts_long_text_and_says_how_much_was_left_out()
    {
        string escaped = ConsoleText.Escape(new string('x', 1000), 300);

        Assert.Equal(new string('x', 300) + "… (700 more characters)", escaped);
    }
}
