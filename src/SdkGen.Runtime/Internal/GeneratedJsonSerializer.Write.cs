using System.Text.Json;

namespace SdkGen.Runtime.Internal;

// The writers: one overload per C# type, so the generated call does not name the JSON form. Optional values that are
// absent are left out; required ones are sent as null, as the caller set them (validation runs before this).
public abstract partial class GeneratedJsonSerializer
{
    /// <summary>Writes an optional string; nothing when <see langword="null"/>.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The pre-encoded wire name.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a required string; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes free-form JSON.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, JsonElement value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }

    /// <summary>Writes optional free-form JSON; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, JsonElement? value)
    {
        if (value.HasValue)
        {
            Write(writer, name, value.Value);
        }
    }

    /// <summary>Writes required free-form JSON; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, JsonElement? value)
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

    /// <summary>Writes a int value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, int value) => writer.WriteNumber(name, value);

    /// <summary>Writes an optional int value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    /// <summary>Writes a required int value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a long value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, long value) => writer.WriteNumber(name, value);

    /// <summary>Writes an optional long value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    /// <summary>Writes a required long value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a float value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, float value) => writer.WriteNumber(name, value);

    /// <summary>Writes an optional float value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, float? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    /// <summary>Writes a required float value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, float? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a double value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, double value) => writer.WriteNumber(name, value);

    /// <summary>Writes an optional double value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    /// <summary>Writes a required double value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a decimal value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, decimal value) => writer.WriteNumber(name, value);

    /// <summary>Writes an optional decimal value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    /// <summary>Writes a required decimal value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a bool value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, bool value) => writer.WriteBoolean(name, value);

    /// <summary>Writes an optional bool value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value.HasValue)
        {
            writer.WriteBoolean(name, value.Value);
        }
    }

    /// <summary>Writes a required bool value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value.HasValue)
        {
            writer.WriteBoolean(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a DateTimeOffset value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value) => writer.WriteString(name, value);

    /// <summary>Writes an optional DateTimeOffset value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value.HasValue)
        {
            writer.WriteString(name, value.Value);
        }
    }

    /// <summary>Writes a required DateTimeOffset value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value.HasValue)
        {
            writer.WriteString(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a Guid value.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, Guid value) => writer.WriteString(name, value);

    /// <summary>Writes an optional Guid value; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, Guid? value)
    {
        if (value.HasValue)
        {
            writer.WriteString(name, value.Value);
        }
    }

    /// <summary>Writes a required Guid value; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteRequired(Utf8JsonWriter writer, JsonEncodedText name, Guid? value)
    {
        if (value.HasValue)
        {
            writer.WriteString(name, value.Value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
