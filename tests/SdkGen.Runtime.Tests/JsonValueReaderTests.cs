using System.Text;
using System.Text.Json;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.Tests;

public class JsonValueReaderTests
{
    private static T ReadValue<T>(string json, JsonReadFunc<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }

    private static JsonException Fails<T>(string json, JsonReadFunc<T> read) =>
        Assert.Throws<JsonException>(() => ReadValue(json, read));

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"a\\u00e9\\n\"", "aé\n")]
    [InlineData("null", null)]
    [InlineData("123", "123")]
    [InlineData("-1.50e3", "-1.50e3")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void ReadString_is_lenient(string json, string? expected)
    {
        Assert.Equal(expected, ReadValue(json, JsonValueReader.ReadString));
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    public void ReadString_rejects_containers(string json, string found)
    {
        var ex = Fails(json, JsonValueReader.ReadString);

        Assert.Equal("Expected a string but found " + found + " at byte 0.", ex.Message);
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("\"42\"", 42)]
    [InlineData("\" -7 \"", -7)]
    [InlineData("1.0", 1)]
    [InlineData("1e3", 1000)]
    [InlineData("\"2.00\"", 2)]
    public void ReadInt32_accepts_numbers_and_numeric_strings(string json, int expected)
    {
        Assert.Equal(expected, ReadValue(json, JsonValueReader.ReadInt32));
    }

    [Theory]
    [InlineData("1.5", "not an integer")]
    [InlineData("2147483648", "out of range for Int32")]
    [InlineData("\"2147483648\"", "out of range for Int32")]
    [InlineData("\"abc\"", "not a valid Int32")]
    [InlineData("\"\"", "not a valid Int32")]
    [InlineData("true", "Expected a number (Int32) but found true")]
    [InlineData("null", "Expected a number (Int32) but found null")]
    [InlineData("{}", "Expected a number (Int32) but found an object")]
    public void ReadInt32_rejects_other_values(string json, string messagePart)
    {
        Assert.Contains(messagePart, Fails(json, JsonValueReader.ReadInt32).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_error_messages_do_not_echo_the_value()
    {
        Assert.DoesNotContain("secret", Fails("\"secret\"", JsonValueReader.ReadInt32).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("\"9223372036854775807\"", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("3.0", 3L)]
    public void ReadInt64_accepts_numbers_and_numeric_strings(string json, long expected)
    {
        Assert.Equal(expected, ReadValue(json, JsonValueReader.ReadInt64));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("\"x\"")]
    [InlineData("[]")]
    [InlineData("0.5")]
    public void ReadInt64_rejects_other_values(string json)
    {
        Fails(json, JsonValueReader.ReadInt64);
    }

    [Theory]
    [InlineData("0.1", 0.1)]
    [InlineData("\"0.1\"", 0.1)]
    [InlineData("-1e-3", -0.001)]
    [InlineData("\"1E+21\"", 1e21)]
    [InlineData("7", 7.0)]
    public void ReadDouble_accepts_numbers_and_numeric_strings(string json, double expected)
    {
        Assert.Equal(expected, ReadValue(json, JsonValueReader.ReadDouble));
    }

    [Fact]
    public void ReadDouble_accepts_named_literals_in_strings()
    {
        Assert.True(double.IsNaN(ReadValue("\"NaN\"", JsonValueReader.ReadDouble)));
        Assert.Equal(double.PositiveInfinity, ReadValue("\"Infinity\"", JsonValueReader.ReadDouble));
    }

    [Theory]
    [InlineData("\"1,5\"")]
    [InlineData("\"abc\"")]
    [InlineData("false")]
    [InlineData("null")]
    public void ReadDouble_rejects_other_values(string json)
    {
        Fails(json, JsonValueReader.ReadDouble);
    }

    [Theory]
    [InlineData("1.5", 1.5f)]
    [InlineData("\"-2.25\"", -2.25f)]
    public void ReadSingle_accepts_numbers_and_numeric_strings(string json, float expected)
    {
        Assert.Equal(expected, ReadValue(json, JsonValueReader.ReadSingle));
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("[]")]
    public void ReadSingle_rejects_other_values(string json)
    {
        Fails(json, JsonValueReader.ReadSingle);
    }

    [Theory]
    [InlineData("0.0075", "0.0075")]
    [InlineData("\"-0.0075\"", "-0.0075")]
    [InlineData("\"12.50\"", "12.50")]
    [InlineData("100", "100")]
    public void ReadDecimal_accepts_numbers_and_numeric_strings(string json, string expected)
    {
        decimal value = ReadValue(json, JsonValueReader.ReadDecimal);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("\"abc\"")]
    [InlineData("true")]
    public void ReadDecimal_rejects_other_values(string json)
    {
        Fails(json, JsonValueReader.ReadDecimal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\"TRUE\"", true)]
    public void ReadBoolean_accepts_literals_and_strings(string json, bool expected)
    {
        Assert.Equal(expected, ReadValue(json, JsonValueReader.ReadBoolean));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"yes\"")]
    [InlineData("null")]
    [InlineData("{}")]
    public void ReadBoolean_rejects_other_values(string json)
    {
        Fails(json, JsonValueReader.ReadBoolean);
    }

    [Theory]
    [InlineData("\"2024-01-02T03:04:05Z\"", "2024-01-02T03:04:05.0000000+00:00")]
    [InlineData("\"2024-01-02T03:04:05.123+02:00\"", "2024-01-02T03:04:05.1230000+02:00")]
    [InlineData("\"2024-01-02T03:04:05\"", "2024-01-02T03:04:05.0000000+00:00")]
    [InlineData("\"Tue, 31 Mar 2020 12:00:00 +0000\"", "2020-03-31T12:00:00.0000000+00:00")]
    [InlineData("\"Tue, 31 Mar 2020 12:00:00 GMT\"", "2020-03-31T12:00:00.0000000+00:00")]
    public void ReadDateTimeOffset_parses_iso_and_rfc_dates(string json, string expected)
    {
        Assert.Equal(expected, ReadValue(json, JsonValueReader.ReadDateTimeOffset).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("\"\"")]
    [InlineData("1700000000")]
    [InlineData("null")]
    public void ReadDateTimeOffset_rejects_other_values(string json)
    {
        Fails(json, JsonValueReader.ReadDateTimeOffset);
    }

    [Theory]
    [InlineData("\"0f8fad5b-d9cb-469f-a165-70867728950e\"")]
    [InlineData("\"0F8FAD5B-D9CB-469F-A165-70867728950E\"")]
    [InlineData("\"{0f8fad5b-d9cb-469f-a165-70867728950e}\"")]
    [InlineData("\"0f8fad5bd9cb469fa16570867728950e\"")]
    public void ReadGuid_parses_uuids(string json)
    {
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), ReadValue(json, JsonValueReader.ReadGuid));
    }

    [Theory]
    [InlineData("\"not-a-guid\"")]
    [InlineData("42")]
    public void ReadGuid_rejects_other_values(string json)
    {
        Fails(json, JsonValueReader.ReadGuid);
    }

    [Fact]
    public void ReadElement_returns_a_detached_copy_and_leaves_the_reader_on_the_last_token()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("[{\"a\":[1,{\"b\":null}]},2]"));
        reader.Read();
        reader.Read();

        JsonElement element = JsonValueReader.ReadElement(ref reader);

        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        reader.Read();
        Assert.Equal(2, reader.GetInt32());
        Assert.Equal("{\"a\":[1,{\"b\":null}]}", element.GetRawText());
    }

    [Theory]
    [InlineData("\"s\"", JsonValueKind.String)]
    [InlineData("1", JsonValueKind.Number)]
    [InlineData("null", JsonValueKind.Null)]
    [InlineData("true", JsonValueKind.True)]
    public void ReadElement_reads_scalars(string json, JsonValueKind kind)
    {
        Assert.Equal(kind, ReadValue(json, JsonValueReader.ReadElement).ValueKind);
    }

    [Fact]
    public void SkipValue_skips_nested_containers()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"skip\":{\"a\":[1,[2,{}]]},\"keep\":5}"));
        reader.Read();
        reader.Read();
        reader.Read();

        JsonValueReader.SkipValue(ref reader);

        reader.Read();
        Assert.Equal("keep", reader.GetString());
    }

    [Fact]
    public void SkipValue_on_a_scalar_stays_put()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("[1,2]"));
        reader.Read();
        reader.Read();

        JsonValueReader.SkipValue(ref reader);

        Assert.Equal(1, reader.GetInt32());
    }

    [Fact]
    public void UnexpectedToken_names_expected_found_and_position()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"a\": [1]}"));
        reader.Read();
        reader.Read();
        reader.Read();

        JsonException ex = JsonValueReader.UnexpectedToken(ref reader, "a string");

        Assert.Equal("Expected a string but found an array at byte 6.", ex.Message);
    }

    [Fact]
    public void Readers_work_inside_JsonResponseReader_and_errors_are_wrapped()
    {
        var ex = Assert.Throws<JsonException>(() =>
            JsonResponseReader.Read(Encoding.UTF8.GetBytes("true"), JsonValueReader.ReadInt64));

        Assert.Equal("The response body is not valid for Int64: Expected a number (Int64) but found true at byte 0.", ex.Message);
    }
}
