using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Lenient value readers used by generated deserializers; each is called with the reader on the value's token.
/// Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// Services often send numbers as strings and strings as numbers whatever their specification says, so numeric
/// readers accept a string holding an invariant-culture number, and <see cref="ReadString"/> accepts numbers and
/// booleans. Integral readers also accept an integral value written with a fraction or exponent (<c>1.0</c>, <c>1e3</c>).
/// Anything else throws a <see cref="JsonException"/> naming the token found. Error messages never echo values.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueReader
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Reads a string; a number or boolean token gives its JSON text, <c>null</c> gives <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The token is an object or array.</exception>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => RawText(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw UnexpectedToken(ref reader, "a string"),
    };

    /// <summary>Reads a 32-bit integer from a number or a numeric string.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a number or numeric string, or the value is not an integer in range.</exception>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String
            && int.TryParse(reader.GetString(), NumberStyles.Integer, Invariant, out value))
        {
            return value;
        }

        decimal d = ReadIntegral(ref reader, "Int32");
        return d >= int.MinValue && d <= int.MaxValue ? (int)d : throw OutOfRange(ref reader, "Int32");
    }

    /// <summary>Reads a 64-bit integer from a number or a numeric string.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a number or numeric string, or the value is not an integer in range.</exception>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String
            && long.TryParse(reader.GetString(), NumberStyles.Integer, Invariant, out value))
        {
            return value;
        }

        decimal d = ReadIntegral(ref reader, "Int64");
        return d >= long.MinValue && d <= long.MaxValue ? (long)d : throw OutOfRange(ref reader, "Int64");
    }

    /// <summary>Reads a double from a number or a numeric string (<c>NaN</c> and <c>Infinity</c> strings included).</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a number or numeric string.</exception>
    public static double ReadDouble(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDouble(out double value) ? value : throw OutOfRange(ref reader, "Double");
            case JsonTokenType.String:
                return double.TryParse(reader.GetString(), NumberStyles.Float, Invariant, out value)
                    ? value
                    : throw NotNumeric(ref reader, "Double");
            default:
                throw UnexpectedToken(ref reader, "a number (Double)");
        }
    }

    /// <summary>Reads a float from a number or a numeric string (<c>NaN</c> and <c>Infinity</c> strings included).</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a number or numeric string.</exception>
    public static float ReadSingle(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetSingle(out float value) ? value : throw OutOfRange(ref reader, "Single");
            case JsonTokenType.String:
                return float.TryParse(reader.GetString(), NumberStyles.Float, Invariant, out value)
                    ? value
                    : throw NotNumeric(ref reader, "Single");
            default:
                throw UnexpectedToken(ref reader, "a number (Single)");
        }
    }

    /// <summary>Reads a decimal from a number or a numeric string.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a number or numeric string, or the value is out of range.</exception>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out decimal value) ? value : throw OutOfRange(ref reader, "Decimal");
            case JsonTokenType.String:
                return decimal.TryParse(reader.GetString(), NumberStyles.Float, Invariant, out value)
                    ? value
                    : throw NotNumeric(ref reader, "Decimal");
            default:
                throw UnexpectedToken(ref reader, "a number (Decimal)");
        }
    }

    /// <summary>Reads a boolean from <c>true</c>/<c>false</c> or the strings <c>"true"</c>/<c>"false"</c> (any case).</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is neither.</exception>
    public static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                throw new JsonException("The string at byte " + Position(ref reader) + " is not 'true' or 'false'.");
            default:
                throw UnexpectedToken(ref reader, "a boolean");
        }
    }

    /// <summary>
    /// Reads a date and time from a string: ISO 8601 (RFC 3339), or any other invariant-culture form such as RFC 1123
    /// or RFC 2822. A value without an offset is taken as UTC, whatever the machine's time zone.
    /// </summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value, with the offset it was written with.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not a date and time.</exception>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw UnexpectedToken(ref reader, "a date-time string");
        }

        return DateTimeOffset.TryParse(reader.GetString(), Invariant, DateTimeStyles.AssumeUniversal, out DateTimeOffset value)
            ? value
            : throw new JsonException("The string at byte " + Position(ref reader) + " is not a valid date-time.");
    }

    /// <summary>Reads a UUID from a string (hyphenated, plain, braced or parenthesized).</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not a UUID.</exception>
    public static Guid ReadGuid(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw UnexpectedToken(ref reader, "a UUID string");
        }

        if (reader.TryGetGuid(out Guid value) || Guid.TryParse(reader.GetString(), out value))
        {
            return value;
        }

        throw new JsonException("The string at byte " + Position(ref reader) + " is not a valid UUID.");
    }

    /// <summary>Reads an ISO 8601 duration (<c>format: duration</c>) such as <c>PT1H30M</c>; years and months are refused.</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not such a duration.</exception>
    public static TimeSpan ReadDuration(ref Utf8JsonReader reader) =>
        CalendarText.TryParseDuration(StringOf(ref reader, "a duration string"), out TimeSpan value)
            ? value
            : throw NotNumeric(ref reader, "duration");

#if NET6_0_OR_GREATER
    /// <summary>Reads a date (<c>format: date</c>, RFC 3339 full-date <c>yyyy-MM-dd</c>).</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not such a date.</exception>
    public static DateOnly ReadDateOnly(ref Utf8JsonReader reader) =>
        CalendarText.TryParseDate(StringOf(ref reader, "a date string"), out DateOnly value)
            ? value
            : throw NotNumeric(ref reader, "date");

    /// <summary>Reads a time of day (<c>format: time</c>, <c>HH:mm:ss</c> with an optional fraction, no offset).</summary>
    /// <param name="reader">The reader, on the value token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not such a time.</exception>
    public static TimeOnly ReadTimeOnly(ref Utf8JsonReader reader) =>
        CalendarText.TryParseTime(StringOf(ref reader, "a time string"), out TimeOnly value)
            ? value
            : throw NotNumeric(ref reader, "time");
#endif

    /// <summary>Reads any value (free-form JSON) as a <see cref="JsonElement"/> that outlives the reader.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <returns>A self-contained element.</returns>
    public static JsonElement ReadElement(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    /// <summary>Skips the value (with its children) the reader is on; it is left on the value's last token.</summary>
    /// <param name="reader">The reader, on the value token (or a property name, whose value is skipped).</param>
    public static void SkipValue(ref Utf8JsonReader reader) => reader.Skip();

    /// <summary>Creates the exception for a token of the wrong kind.</summary>
    /// <param name="reader">The reader, on the unexpected token.</param>
    /// <param name="expected">What was expected, for example <c>"a string"</c> or <c>"the start of an object"</c>.</param>
    /// <returns>An exception with a message such as <c>Expected a string but found an object at byte 12.</c></returns>
    public static JsonException UnexpectedToken(ref Utf8JsonReader reader, string expected) =>
        new("Expected " + expected + " but found " + Describe(reader.TokenType) + " at byte " + Position(ref reader) + ".");

    private static decimal ReadIntegral(ref Utf8JsonReader reader, string typeName)
    {
        decimal value;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (!reader.TryGetDecimal(out value))
                {
                    throw OutOfRange(ref reader, typeName);
                }

                break;
            case JsonTokenType.String:
                if (!decimal.TryParse(reader.GetString(), NumberStyles.Float, Invariant, out value))
                {
                    throw NotNumeric(ref reader, typeName);
                }

                break;
            default:
                throw UnexpectedToken(ref reader, "a number (" + typeName + ")");
        }

        return value == decimal.Truncate(value) ? value : throw new JsonException(
            "The number at byte " + Position(ref reader) + " is not an integer (" + typeName + ").");
    }

    private static JsonException OutOfRange(ref Utf8JsonReader reader, string typeName) =>
        new("The number at byte " + Position(ref reader) + " is out of range for " + typeName + ".");

    private static JsonException NotNumeric(ref Utf8JsonReader reader, string typeName) =>
        new("The string at byte " + Position(ref reader) + " is not a valid " + typeName + ".");

    private static string? StringOf(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : throw UnexpectedToken(ref reader, expected);

    private static string Position(ref Utf8JsonReader reader) => reader.TokenStartIndex.ToString(Invariant);

    private static string Describe(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.None => "no token",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.Comment => "a comment",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };

    private static string RawText(ref Utf8JsonReader reader)
    {
        // Number tokens are ASCII and never escaped.
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
#if NET
        return Encoding.UTF8.GetString(raw);
#else
        return Encoding.UTF8.GetString(raw.ToArray());
#endif
    }
}
