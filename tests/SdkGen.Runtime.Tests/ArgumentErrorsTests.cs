using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class ArgumentErrorsTests
{
    private enum Color
    {
        Red = 1,
    }

    [Fact]
    public void PatternMismatch_message()
    {
        ArgumentException ex = ArgumentErrors.PatternMismatch("accountSid", "xyz", "^AC[0-9a-fA-F]{32}$");

        Assert.IsType<ArgumentException>(ex);
        Assert.Equal("accountSid", ex.ParamName);
        Assert.StartsWith("Value 'xyz' for 'accountSid' does not match the pattern '^AC[0-9a-fA-F]{32}$'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_path_names_the_parameter_before_the_first_dot()
    {
        ArgumentException ex = ArgumentErrors.PatternMismatch("body.Status.Code", "x", "^a$");

        Assert.Equal("body", ex.ParamName);
        Assert.Contains("for 'body.Status.Code'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Echoed_value_is_truncated_to_64_characters()
    {
        string value = new('a', 100);

        ArgumentException ex = ArgumentErrors.PatternMismatch("p", value, "^b$");

        Assert.Contains("'" + new string('a', 64) + "...'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 65), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Echoed_value_of_exactly_64_characters_is_not_marked()
    {
        string value = new('a', 64);

        Assert.Contains("'" + value + "'", ArgumentErrors.NotUuid("p", value).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncation_does_not_split_a_surrogate_pair()
    {
        string value = new string('a', 63) + "😀" + "bbb";

        string message = ArgumentErrors.NotUuid("p", value).Message;

        Assert.Contains("'" + new string('a', 63) + "...'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_escaped()
    {
        string message = ArgumentErrors.PatternMismatch("p", "a\r\nb\tc\0d\u0007e", "^x$").Message;

        Assert.Contains("'a\\r\\nb\\tc\\0d\\u0007e'", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
    }

    [Fact]
    public void TooShort_message()
    {
        ArgumentException ex = ArgumentErrors.TooShort("body.Name", 2);

        Assert.Equal("body", ex.ParamName);
        Assert.StartsWith("'body.Name' must be at least 2 characters long.", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("'x' must be at least 1 character long.", ArgumentErrors.TooShort("x", 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLong_message()
    {
        ArgumentException ex = ArgumentErrors.TooLong("friendlyName", 64);

        Assert.Equal("friendlyName", ex.ParamName);
        Assert.StartsWith("'friendlyName' must be at most 64 characters long.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUuid_message()
    {
        ArgumentException ex = ArgumentErrors.NotUuid("id", "abc");

        Assert.Equal("id", ex.ParamName);
        Assert.StartsWith("Value 'abc' for 'id' is not a UUID (8-4-4-4-12 hexadecimal digits).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_is_ArgumentNullException()
    {
        ArgumentNullException ex = ArgumentErrors.Required("body.Status");

        Assert.IsType<ArgumentNullException>(ex);
        Assert.Equal("body", ex.ParamName);
        Assert.StartsWith("'body.Status' is required and cannot be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_message()
    {
        ArgumentException ex = ArgumentErrors.Empty("callSid");

        Assert.Equal("callSid", ex.ParamName);
        Assert.StartsWith("'callSid' cannot be empty.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAllowedValue_message()
    {
        ArgumentException ex = ArgumentErrors.NotAllowedValue("status", "x", "one of 'paused', 'stopped'");

        Assert.Equal("status", ex.ParamName);
        Assert.StartsWith("Value 'x' for 'status' is not allowed; expected one of 'paused', 'stopped'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedEnumValue_message()
    {
        ArgumentException ex = ArgumentErrors.UndefinedEnumValue("body.Color", (Color)42);

        Assert.Equal("body", ex.ParamName);
        Assert.StartsWith("Value '42' for 'body.Color' is not a defined Color value.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_state_the_parameter_in_ParamName()
    {
        Assert.All(
            new ArgumentException[]
            {
                ArgumentErrors.PatternMismatch("p", "v", "^x$"),
                ArgumentErrors.TooShort("p", 1),
                ArgumentErrors.TooLong("p", 1),
                ArgumentErrors.NotUuid("p", "v"),
                ArgumentErrors.Required("p"),
                ArgumentErrors.Empty("p"),
                ArgumentErrors.NotAllowedValue("p", "v", "x"),
                ArgumentErrors.UndefinedEnumValue("p", Color.Red),
            },
            ex => Assert.Equal("p", ex.ParamName));
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E", true)]
    [InlineData("00000000-0000-0000-0000-000000000000", true)]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}", false)]
    [InlineData("0f8fad5bd9cb469fa16570867728950e", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950", false)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e0", false)]
    [InlineData("0f8fad5b_d9cb-469f-a165-70867728950e", false)]
    [InlineData("0g8fad5b-d9cb-469f-a165-70867728950e", false)]
    [InlineData(" 0f8fad5b-d9cb-469f-a165-70867728950e", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsUuid_accepts_only_the_canonical_form(string? value, bool expected)
    {
        Assert.Equal(expected, ArgumentErrors.IsUuid(value!));
    }
}
