using System.Text.Json;

namespace SdkGen.Runtime.Internal;

// Arrays and nested objects: one call per property instead of a loop written out in every model, so a generated
// serializer stays a table. Items of the wrong type are reported and left out, as a property would be. Lists are
// walked by index, so writing allocates no enumerator.
public abstract partial class GeneratedJsonSerializer
{
    /// <summary>Reads an array of strings; anything but an array is reported and skipped.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="itemWhat">What an item is called in a departure.</param>
    /// <returns>The list, or <see langword="null"/> when the value was not an array.</returns>
    public static List<string>? ReadList(ref Utf8JsonReader reader, string what, bool nullable, string itemWhat)
    {
        if (!IsArray(ref reader, what, nullable))
        {
            return null;
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadString(ref reader, itemWhat, false) is string item)
            {
                list.Add(item);
            }
        }

        return list;
    }

    /// <summary>Reads an array of objects, each with <paramref name="readItem"/>; anything else is reported and skipped.</summary>
    /// <typeparam name="T">The model read.</typeparam>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="itemWhat">What an item is called in a departure.</param>
    /// <returns>The list, or <see langword="null"/> when the value was not an array.</returns>
    /// <param name="readItem">The generated reader of one object.</param>
    public static List<T>? ReadList<T>(ref Utf8JsonReader reader, string what, bool nullable, string itemWhat, JsonReadFunc<T> readItem)
        where T : class
    {
        if (!IsArray(ref reader, what, nullable))
        {
            return null;
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (IsObject(ref reader, itemWhat, false))
            {
                list.Add(readItem(ref reader));
            }
        }

        return list;
    }

    /// <summary>Reads an array of numbers, booleans, dates or ids, each with <paramref name="readItem"/>.</summary>
    /// <typeparam name="T">The value type read.</typeparam>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="itemWhat">What an item is called in a departure.</param>
    /// <returns>The list, or <see langword="null"/> when the value was not an array.</returns>
    /// <param name="readItem">The lenient reader of one value, such as <see cref="ReadInt64"/>.</param>
    public static List<T>? ReadValueList<T>(ref Utf8JsonReader reader, string what, bool nullable, string itemWhat, JsonLenientRead<T> readItem)
        where T : struct
    {
        if (!IsArray(ref reader, what, nullable))
        {
            return null;
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (readItem(ref reader, itemWhat, false) is T item)
            {
                list.Add(item);
            }
        }

        return list;
    }

    /// <summary>Writes an optional object with <paramref name="write"/>; nothing when <see langword="null"/>.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The pre-encoded wire name.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">The generated writer of the object.</param>
    /// <typeparam name="T">The model written.</typeparam>
    public static void Write<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value);
        }
    }

    /// <summary>Writes a required object with <paramref name="write"/>; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, JsonEncodedText, T, Action{Utf8JsonWriter, T})"/>
    public static void WriteRequired<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            Write(writer, name, value, write);
        }
    }

    /// <summary>Writes an optional array, each item with <paramref name="writeItem"/>; nothing when <see langword="null"/>.</summary>
    /// <typeparam name="T">The item type: a model, a value (written with <c>WriteValue</c>) or an inner collection.</typeparam>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The pre-encoded wire name.</param>
    /// <param name="value">The list.</param>
    /// <param name="writeItem">The writer of one item; a <see langword="null"/> item is written as <c>null</c>.</param>
    public static void WriteList<T>(Utf8JsonWriter writer, JsonEncodedText name, IList<T>? value, Action<Utf8JsonWriter, T> writeItem)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            WriteArray(writer, value, writeItem);
        }
    }

    /// <summary>Writes a required array; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="WriteList{T}(Utf8JsonWriter, JsonEncodedText, IList{T}, Action{Utf8JsonWriter, T})"/>
    public static void WriteRequiredList<T>(Utf8JsonWriter writer, JsonEncodedText name, IList<T>? value, Action<Utf8JsonWriter, T> writeItem)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteList(writer, name, value, writeItem);
        }
    }

    /// <summary>Writes an optional array of strings; nothing when <see langword="null"/>; a <see langword="null"/> item as <c>null</c>.</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, JsonEncodedText, T, Action{Utf8JsonWriter, T})"/>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IList<string>? value) =>
        WriteList(writer, name, value, WriteValue);

    /// <summary>Writes a required array of strings; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, JsonEncodedText, T, Action{Utf8JsonWriter, T})"/>
    public static void WriteRequiredList(Utf8JsonWriter writer, JsonEncodedText name, IList<string>? value) =>
        WriteRequiredList(writer, name, value, WriteValue);

    /// <summary>Writes an optional array of whole numbers; nothing when <see langword="null"/>.</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, JsonEncodedText, T, Action{Utf8JsonWriter, T})"/>
    public static void WriteList(Utf8JsonWriter writer, JsonEncodedText name, IList<long>? value)
    {
        if (value is not null)
        {
            WriteValues(writer, name, value);
        }
    }

    /// <summary>Writes a required array of whole numbers; <see langword="null"/> is written as <c>null</c>.</summary>
    /// <inheritdoc cref="Write{T}(Utf8JsonWriter, JsonEncodedText, T, Action{Utf8JsonWriter, T})"/>
    public static void WriteRequiredList(Utf8JsonWriter writer, JsonEncodedText name, IList<long>? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteValues(writer, name, value);
        }
    }

    private static void WriteValues(Utf8JsonWriter writer, JsonEncodedText name, IList<long> value)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        for (int i = 0; i < value.Count; i++)
        {
            writer.WriteNumberValue(value[i]);
        }

        writer.WriteEndArray();
    }
}
