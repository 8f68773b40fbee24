using System.ComponentModel;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Reads response values leniently for generated deserializers: a value that is <c>null</c> where the API description
/// says non-null, or of the wrong JSON type, reads as <see langword="null"/> (the generated code then keeps the
/// property's default) and is reported to <see cref="ResponseDepartures"/> instead of throwing. Each method is called
/// with the reader on the value's first token and leaves it on the value's last token.
/// Used by generated code; not a stable API.
/// </summary>
/// <remarks>The conversions of <see cref="JsonValueReader"/> apply: numbers in strings, strings from numbers and booleans.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LenientJsonReader
{
    /// <summary>
    /// Reads a string, or <see langword="null"/> for <c>null</c> and objects or arrays. A number or boolean reads as
    /// its JSON text (<c>42</c>, <c>true</c>) and is still a departure: the description said text.
    /// </summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="what">The model and property (<c>Recording.sid</c>), reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>; when not, <c>null</c> is a departure.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public static string? ReadString(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryString(ref reader, what);

    /// <inheritdoc cref="ReadString"/>
    public static int? ReadInt32(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadInt32);

    /// <inheritdoc cref="ReadString"/>
    public static long? ReadInt64(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadInt64);

    /// <inheritdoc cref="ReadString"/>
    public static float? ReadSingle(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadSingle);

    /// <inheritdoc cref="ReadString"/>
    public static double? ReadDouble(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadDouble);

    /// <inheritdoc cref="ReadString"/>
    public static decimal? ReadDecimal(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadDecimal);

    /// <inheritdoc cref="ReadString"/>
    public static bool? ReadBoolean(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadBoolean);

    /// <inheritdoc cref="ReadString"/>
    public static DateTimeOffset? ReadDateTimeOffset(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadDateTimeOffset);

    /// <inheritdoc cref="ReadString"/>
    public static Guid? ReadGuid(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadGuid);

    /// <inheritdoc cref="ReadString"/>
    public static TimeSpan? ReadDuration(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadDuration);

#if NET6_0_OR_GREATER
    /// <inheritdoc cref="ReadString"/>
    public static DateOnly? ReadDateOnly(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadDateOnly);

    /// <inheritdoc cref="ReadString"/>
    public static TimeOnly? ReadTimeOnly(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsNull(ref reader, what, nullable) ? null : TryValue(ref reader, what, JsonValueReader.ReadTimeOnly);
#endif

    /// <summary>
    /// The value is not the object or array the generated code expected: reports <c>null</c> (unless allowed) or the
    /// wrong type with the value's JSON, and moves past the value.
    /// </summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="what">The model and property, reported with the departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    public static void Mismatch(ref Utf8JsonReader reader, string what, bool nullable)
    {
        if (!IsNull(ref reader, what, nullable))
        {
            WrongType(ref reader, what);
        }
    }

    /// <summary>A property the description marks <c>required</c> was not in the body.</summary>
    /// <param name="what">The model and property, for example <c>Recording.channels</c>.</param>
    public static void Missing(string what) => ResponseDepartures.Report(what, ResponseDepartureKind.MissingRequired, null);

    private static bool IsNull(ref Utf8JsonReader reader, string what, bool nullable)
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            return false;
        }

        if (!nullable)
        {
            ResponseDepartures.Report(what, ResponseDepartureKind.UnexpectedNull, null);
        }

        return true;
    }

    private delegate T StrictRead<T>(ref Utf8JsonReader reader);

    private static T? TryValue<T>(ref Utf8JsonReader reader, string what, StrictRead<T> read)
        where T : struct
    {
        if (IsScalar(reader.TokenType))
        {
            try
            {
                return read(ref reader);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
            {
                // A scalar the strict reader refused (a word where a number belongs): the reader has not moved.
            }
        }

        WrongType(ref reader, what);
        return null;
    }

    // Strings are most of a body's values, so they are read without the delegate call TryValue makes.
    private static string? TryString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return JsonValueReader.ReadString(ref reader);
        }

        // A number or boolean where text was promised: kept as its text, and the departure noted.
        if (reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
        {
            string text = JsonValueReader.ReadString(ref reader)!;
            ResponseDepartures.Report(what, ResponseDepartureKind.WrongType, text);
            return text;
        }

        WrongType(ref reader, what);
        return null;
    }

    private static bool IsScalar(JsonTokenType token) =>
        token is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False;

    // Keeps the value's JSON (cut) for the caller and moves the reader past it.
    private static void WrongType(ref Utf8JsonReader reader, string what)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        string raw = document.RootElement.GetRawText();
        ResponseDepartures.Report(what, ResponseDepartureKind.WrongType, raw);
    }
}
