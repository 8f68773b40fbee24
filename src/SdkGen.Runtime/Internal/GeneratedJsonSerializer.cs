using System.ComponentModel;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// The base of every generated JSON serializer: the per-property readers and writers, so a generated model
/// serializer is only a table of names, a <c>switch</c> of reads and a list of writes. Inheriting lets the
/// generated code call them unqualified; overload resolution prefers these only when no generated
/// <c>Read{Model}</c>/<c>Write{Model}</c> method fits, so no schema name can capture a call.
/// Reflection-free, so trim- and Native-AOT-safe. Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// Reads are lenient (see <see cref="LenientJsonReader"/>): a value that is <c>null</c> where not allowed, or of the
/// wrong type, reads as <see langword="null"/> and is reported to <see cref="ResponseDepartures"/>.
/// Writes are strict: <c>Write</c> leaves out an absent (<see langword="null"/>) optional value;
/// <c>WriteRequired</c> sends a required one as <c>null</c>, as the caller set it.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract partial class GeneratedJsonSerializer
{
    /// <summary>For generated serializers only.</summary>
    protected GeneratedJsonSerializer()
    {
    }

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static string? ReadString(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadString(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static int? ReadInt32(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadInt32(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static long? ReadInt64(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadInt64(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static float? ReadSingle(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadSingle(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static double? ReadDouble(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadDouble(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static decimal? ReadDecimal(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadDecimal(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static bool? ReadBoolean(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadBoolean(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static DateTimeOffset? ReadDateTimeOffset(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadDateTimeOffset(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static Guid? ReadGuid(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadGuid(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.Mismatch"/>
    public static void Mismatch(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.Mismatch(ref reader, what, nullable);

    /// <summary>
    /// Whether the reader is on the start of an object, to be read by the generated code; anything else is reported
    /// (<c>null</c> unless allowed, or the wrong type) and skipped.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token; left there when an object, else on the value's last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <returns><see langword="true"/> for an object.</returns>
    public static bool IsObject(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsContainer(ref reader, JsonTokenType.StartObject, what, nullable);

    /// <summary>Whether the reader is on the start of an array; anything else is reported and skipped.</summary>
    /// <inheritdoc cref="IsObject"/>
    /// <returns><see langword="true"/> for an array.</returns>
    public static bool IsArray(ref Utf8JsonReader reader, string what, bool nullable) =>
        IsContainer(ref reader, JsonTokenType.StartArray, what, nullable);

    /// <summary>Reads free-form JSON; <c>null</c> reads as <see langword="null"/>.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="nullable">
    /// Always <see langword="true"/> (any JSON, <c>null</c> included, is the right type); it keeps this signature apart
    /// from a generated <c>Read{Model}(ref reader)</c> for a schema named <c>Element</c>.
    /// </param>
    /// <returns>A self-contained element, or <see langword="null"/>.</returns>
    public static JsonElement? ReadElement(ref Utf8JsonReader reader, bool nullable) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonValueReader.ReadElement(ref reader);

    /// <inheritdoc cref="JsonValueReader.UnexpectedToken"/>
    public static JsonException UnexpectedToken(ref Utf8JsonReader reader, string expected) =>
        JsonValueReader.UnexpectedToken(ref reader, expected);

    private static bool IsContainer(ref Utf8JsonReader reader, JsonTokenType start, string what, bool nullable)
    {
        if (reader.TokenType == start)
        {
            return true;
        }

        LenientJsonReader.Mismatch(ref reader, what, nullable);
        return false;
    }
}
