using System.Text.RegularExpressions;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

/// <summary>The runtime checks generated code calls so that no argument can change what a request means.</summary>
public class SafetyChecksTests
{
    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("\n")]
    [InlineData("a\0")]
    [InlineData("\u007f")]
    public void Header_values_with_control_characters_are_refused_and_not_added(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.com/");

        var ex = Assert.Throws<ArgumentException>(() => RequestHeaders.Add(request, "X-Trace", value, "trace"));

        Assert.Equal("trace", ex.ParamName);
        Assert.False(request.Headers.Contains("X-Trace"));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("tab\there")]
    [InlineData("é€")]
    public void Header_values_without_control_characters_are_added_unchanged(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.com/");

        RequestHeaders.Add(request, "X-Trace", value, "trace");

        Assert.Equal(value, Assert.Single(request.Headers.NonValidated["X-Trace"]));
    }

    [Fact]
    public void A_pattern_match_past_its_timeout_is_an_ArgumentException_naming_the_value()
    {
        var regex = new Regex("^(a+)+\\z", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        var ex = Assert.Throws<ArgumentException>(() => PatternMatch.IsMatch(regex, new string('a', 64) + "!", "body.Code"));

        Assert.Equal("body", ex.ParamName);
        Assert.Contains("'body.Code'", ex.Message, StringComparison.Ordinal);
        Assert.IsType<RegexMatchTimeoutException>(ex.InnerException);
    }

    [Theory]
    [InlineData("eu", null, true)]
    [InlineData("my-space_1.sub~x", null, true)]
    [InlineData("8443", null, true)]
    [InlineData("[::1]", null, false)]
    [InlineData("host:80", null, false)]
    [InlineData("u@host", null, false)]
    [InlineData("a/b", null, false)]
    [InlineData("..", null, false)]
    [InlineData(".", null, false)]
    [InlineData("ü", null, false)]
    [InlineData("us", "eu", false)]
    [InlineData("eu", "eu", true)]
    public void Server_variables_allow_host_label_and_port_text_or_the_listed_values(string value, string? allowed, bool ok)
    {
        string[]? list = allowed is null ? null : [allowed];

        if (ok)
        {
            Assert.Equal(value, ServerVariables.Require(value, "Space", list));
        }
        else
        {
            var ex = Assert.Throws<ArgumentException>(() => ServerVariables.Require(value, "Space", list));
            Assert.Equal("Space", ex.ParamName);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_server_variables_are_refused(string? value)
    {
        var ex = Assert.Throws<ArgumentException>(() => ServerVariables.Require(value, "Space", null));

        Assert.Contains("must be set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_character_is_judged_the_same_way_in_a_header_value()
    {
        // Exhaustive over the BMP: refused exactly when the character could end or corrupt the header line.
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.com/");
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            string value = "a" + (char)c + "b";
            bool refused = (c < 0x20 && c != '\t') || c == 0x7F;
            Exception? ex = Record.Exception(() => RequestHeaders.Add(request, "X-" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), value, "v"));
            Assert.True(refused == ex is ArgumentException, "U+" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Every_character_is_judged_the_same_way_in_a_server_variable()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string value = "a" + (char)c;
            bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~';
            Exception? ex = Record.Exception(() => ServerVariables.Require(value, "Space", null));
            Assert.True(allowed == ex is null, "U+" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
