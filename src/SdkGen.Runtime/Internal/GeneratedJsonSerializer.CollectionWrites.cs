using System.Text.Json;

namespace SdkGen.Runtime.Internal;

// Writing maps, arrays of enums and collections inside collections: one call per property, the items written by a
// WriteValue overload, a generated Write{Model}, or an inner WriteArray/WriteObject. A null item or map value (the
// annotations allow none, but a caller may still put one in) is written as null.
public abstract partial class GeneratedJsonSerializer
{
    /// <summary>Writes an optional map as an object, each value with <paramref name="writeValue"/>; nothing when <see langword="null"/>.</summary>
    /// <typeparam name="T">The value type: a model, a value (written with <c>WriteValue</c>) or an inner collection.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The pre-encoded wire name.</param>
    /// <param name="value">The map.</param>
    /// <param name="writeValue">The writer of one value.</param>
    public static void WriteMap<T>(Utf8JsonWriter writer, JsonEncodedText name, IDictionary<string, T>? value, Action<Utf8JsonWriter, T> writeValue)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            WriteObject(writer, value, writeValue);
        }
    }

    /// <summary>Writes a required map; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="WriteMap{T}(Utf8JsonWriter, JsonEncodedText, IDictionary{string, T}, Action{Utf8JsonWriter, T})"/>
    public static void WriteRequiredMap<T>(Utf8JsonWriter writer, JsonEncodedText name, IDictionary<string, T>? value, Action<Utf8JsonWriter, T> writeValue)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteMap(writer, name, value, writeValue);
        }
    }

    /// <summary>Writes an optional array of enum values as their wire text; nothing when <see langword="null"/>.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The pre-encoded wire name.</param>
    /// <param name="value">The list.</param>
    /// <param name="toWireValue">The enum's generated conversion to wire text.</param>
    public static void WriteEnumList<T>(Utf8JsonWriter writer, JsonEncodedText name, IList<T>? value, Func<T, string> toWireValue)
        where T : struct
    {
        if (value is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        for (int i = 0; i < value.Count; i++)
        {
            writer.WriteStringValue(toWireValue(value[i]));
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a required array of enum values; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="WriteEnumList{T}(Utf8JsonWriter, JsonEncodedText, IList{T}, Func{T, string})"/>
    public static void WriteRequiredEnumList<T>(Utf8JsonWriter writer, JsonEncodedText name, IList<T>? value, Func<T, string> toWireValue)
        where T : struct
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteEnumList(writer, name, value, toWireValue);
        }
    }

    /// <summary>Writes an optional map of enum values as an object of their wire text; nothing when <see langword="null"/>.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The pre-encoded wire name.</param>
    /// <param name="value">The map.</param>
    /// <param name="toWireValue">The enum's generated conversion to wire text.</param>
    public static void WriteEnumMap<T>(Utf8JsonWriter writer, JsonEncodedText name, IDictionary<string, T>? value, Func<T, string> toWireValue)
        where T : struct
    {
        if (value is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        foreach (KeyValuePair<string, T> pair in value)
        {
            writer.WriteString(pair.Key, toWireValue(pair.Value));
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a required map of enum values; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="WriteEnumMap{T}(Utf8JsonWriter, JsonEncodedText, IDictionary{string, T}, Func{T, string})"/>
    public static void WriteRequiredEnumMap<T>(Utf8JsonWriter writer, JsonEncodedText name, IDictionary<string, T>? value, Func<T, string> toWireValue)
        where T : struct
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteEnumMap(writer, name, value, toWireValue);
        }
    }

    /// <summary>Writes a list as a JSON array, each item with <paramref name="writeItem"/> (an array inside an array, or a body).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer, where a value goes.</param>
    /// <param name="value">The list.</param>
    /// <param name="writeItem">The writer of one item; a <see langword="null"/> item is written as <c>null</c>.</param>
    public static void WriteArray<T>(Utf8JsonWriter writer, IList<T> value, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray();
        for (int i = 0; i < value.Count; i++)
        {
            if (value[i] is { } item)
            {
                writeItem(writer, item);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a map as a JSON object, each value with <paramref name="writeValue"/> (a map inside a collection, or a body).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer, where a value goes.</param>
    /// <param name="value">The map.</param>
    /// <param name="writeValue">The writer of one value; a <see langword="null"/> value is written as <c>null</c>.</param>
    public static void WriteObject<T>(Utf8JsonWriter writer, IDictionary<string, T> value, Action<Utf8JsonWriter, T> writeValue)
    {
        writer.WriteStartObject();
        WriteProperties(writer, value, writeValue);
        writer.WriteEndObject();
    }

    /// <summary>Writes each entry of a map as a property of the object being written: a model's additional properties.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="value">The map.</param>
    /// <param name="writeValue">The writer of one value; a <see langword="null"/> value is written as <c>null</c>.</param>
    public static void WriteProperties<T>(Utf8JsonWriter writer, IDictionary<string, T> value, Action<Utf8JsonWriter, T> writeValue)
    {
        foreach (KeyValuePair<string, T> pair in value)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is { } item)
            {
                writeValue(writer, item);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
