using System.Text.Json;

namespace SdkGen.Runtime.Internal;

// format: duration, date and time. DateOnly and TimeOnly exist from .NET 6; the generator maps date and time to them
// only when the consuming project sees these overloads (otherwise they stay strings, as written).
public abstract partial class GeneratedJsonSerializer
{
    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static TimeSpan? ReadDuration(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadDuration(ref reader, what, nullable);

    /// <summary>Writes a duration (ISO 8601) value as its wire text.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, TimeSpan value) => writer.WriteString(name, WireFormat.Format(value));

    /// <summary>Writes an optional duration (ISO 8601) value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, TimeSpan? value)
    {
        if (value.HasValue)
        {
            Write(writer, name, value.Value);
        }
    }

    /// <summary>Writes a required duration (ISO 8601) value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, TimeSpan? value)
    {
        if (value.HasValue)
        {
            Write(writer, name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

#if NET6_0_OR_GREATER
    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static DateOnly? ReadDateOnly(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadDateOnly(ref reader, what, nullable);

    /// <inheritdoc cref="LenientJsonReader.ReadString"/>
    public static TimeOnly? ReadTimeOnly(ref Utf8JsonReader reader, string what, bool nullable) =>
        LenientJsonReader.ReadTimeOnly(ref reader, what, nullable);

    /// <summary>Writes a date (yyyy-MM-dd) value as its wire text.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, DateOnly value) => writer.WriteString(name, WireFormat.Format(value));

    /// <summary>Writes an optional date (yyyy-MM-dd) value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? value)
    {
        if (value.HasValue)
        {
            Write(writer, name, value.Value);
        }
    }

    /// <summary>Writes a required date (yyyy-MM-dd) value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? value)
    {
        if (value.HasValue)
        {
            Write(writer, name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a time of day (HH:mm:ss[.fffffff]) value as its wire text.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, TimeOnly value) => writer.WriteString(name, WireFormat.Format(value));

    /// <summary>Writes an optional time of day (HH:mm:ss[.fffffff]) value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, TimeOnly? value)
    {
        if (value.HasValue)
        {
            Write(writer, name, value.Value);
        }
    }

    /// <summary>Writes a required time of day (HH:mm:ss[.fffffff]) value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, TimeOnly? value)
    {
        if (value.HasValue)
        {
            Write(writer, name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
#endif
}
