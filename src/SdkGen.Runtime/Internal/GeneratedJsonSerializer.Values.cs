using System.Text.Json;

namespace SdkGen.Runtime.Internal;

// One writer per C# type of an item or map value, so a collection of values is written by WriteList/WriteMap with the
// method group WriteValue: overload resolution picks the JSON form from the item type.
public abstract partial class GeneratedJsonSerializer
{
    /// <summary>Writes a string value.</summary>
    /// <param name="writer">The writer, where a value goes.</param>
    /// <param name="value">The value.</param>
    public static void WriteValue(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, float value) => writer.WriteNumberValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value);

    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <summary>Writes a duration as ISO 8601 text (<c>PT1H30M</c>).</summary>
    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, TimeSpan value) => writer.WriteStringValue(WireFormat.Format(value));

    /// <summary>Writes free-form JSON as it is.</summary>
    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

#if NET6_0_OR_GREATER
    /// <summary>Writes a date as ISO 8601 text (<c>2024-02-29</c>).</summary>
    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, DateOnly value) => writer.WriteStringValue(WireFormat.Format(value));

    /// <summary>Writes a time of day as ISO 8601 text (<c>08:30:00</c>).</summary>
    /// <inheritdoc cref="WriteValue(Utf8JsonWriter, string)"/>
    public static void WriteValue(Utf8JsonWriter writer, TimeOnly value) => writer.WriteStringValue(WireFormat.Format(value));
#endif
}
