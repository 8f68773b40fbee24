using System.Text.Json;

namespace SdkGen.Runtime.Internal;

// The collections ReadList/ReadValueList do not cover: arrays of enums, free-form JSON and arrays; maps (a schema's
// additionalProperties) of every kind. One call per property, so no generated serializer writes out a loop. As with
// lists, an item or map value of the wrong type (or null) is reported and left out; the rest is kept.
public abstract partial class GeneratedJsonSerializer
{
    /// <summary>Reads an array of enum values from their wire text; a value this SDK does not know reads as the enum's unknown member.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="itemWhat">What an item is called in a departure.</param>
    /// <param name="fromWireValue">The enum's generated conversion from wire text.</param>
    /// <returns>The list, or <see langword="null"/> when the value was not an array.</returns>
    public static List<T>? ReadEnumList<T>(ref Utf8JsonReader reader, string what, bool nullable, string itemWhat, Func<string, T> fromWireValue)
        where T : struct
    {
        if (!IsArray(ref reader, what, nullable))
        {
            return null;
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadString(ref reader, itemWhat, false) is string item)
            {
                list.Add(fromWireValue(item));
            }
        }

        return list;
    }

    /// <summary>Reads an array of free-form JSON values; every item is kept, <c>null</c> included.</summary>
    /// <inheritdoc cref="ReadEnumList"/>
    public static List<JsonElement>? ReadJsonList(ref Utf8JsonReader reader, string what, bool nullable)
    {
        if (!IsArray(ref reader, what, nullable))
        {
            return null;
        }

        var list = new List<JsonElement>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(JsonValueReader.ReadElement(ref reader));
        }

        return list;
    }

    /// <summary>Reads an array of arrays or maps, each with <paramref name="readItem"/>.</summary>
    /// <typeparam name="T">The inner collection.</typeparam>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="itemWhat">What an item is called in a departure.</param>
    /// <param name="readItem">The reader of one inner collection.</param>
    /// <returns>The list, or <see langword="null"/> when the value was not an array.</returns>
    public static List<T>? ReadNestedList<T>(ref Utf8JsonReader reader, string what, bool nullable, string itemWhat, JsonCollectionRead<T> readItem)
        where T : class
    {
        if (!IsArray(ref reader, what, nullable))
        {
            return null;
        }

        var list = new List<T>();
        string innerWhat = itemWhat + " item";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (readItem(ref reader, itemWhat, false, innerWhat) is { } item)
            {
                list.Add(item);
            }
        }

        return list;
    }

    /// <summary>Reads an object of string values (a map); anything but an object is reported and skipped.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="valueWhat">What a value is called in a departure.</param>
    /// <returns>The map, or <see langword="null"/> when the value was not an object.</returns>
    public static Dictionary<string, string>? ReadMap(ref Utf8JsonReader reader, string what, bool nullable, string valueWhat)
    {
        if (!IsObject(ref reader, what, nullable))
        {
            return null;
        }

        var map = new Dictionary<string, string>();
        while (NextEntry(ref reader, out string key))
        {
            if (ReadString(ref reader, valueWhat, false) is string value)
            {
                map[key] = value;
            }
        }

        return map;
    }

    /// <summary>Reads an object whose values are objects, each with <paramref name="readValue"/>.</summary>
    /// <typeparam name="T">The model read.</typeparam>
    /// <inheritdoc cref="ReadMap(ref Utf8JsonReader, string, bool, string)"/>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="valueWhat">What a value is called in a departure.</param>
    /// <param name="readValue">The generated reader of one object.</param>
    public static Dictionary<string, T>? ReadMap<T>(ref Utf8JsonReader reader, string what, bool nullable, string valueWhat, JsonReadFunc<T> readValue)
        where T : class
    {
        if (!IsObject(ref reader, what, nullable))
        {
            return null;
        }

        var map = new Dictionary<string, T>();
        while (NextEntry(ref reader, out string key))
        {
            if (IsObject(ref reader, valueWhat, false))
            {
                map[key] = readValue(ref reader);
            }
        }

        return map;
    }

    /// <summary>Reads an object whose values are numbers, booleans, dates or ids, each with <paramref name="readValue"/>.</summary>
    /// <typeparam name="T">The value type read.</typeparam>
    /// <inheritdoc cref="ReadMap{T}(ref Utf8JsonReader, string, bool, string, JsonReadFunc{T})"/>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="valueWhat">What a value is called in a departure.</param>
    /// <param name="readValue">The lenient reader of one value, such as <see cref="ReadInt64"/>.</param>
    public static Dictionary<string, T>? ReadValueMap<T>(ref Utf8JsonReader reader, string what, bool nullable, string valueWhat, JsonLenientRead<T> readValue)
        where T : struct
    {
        if (!IsObject(ref reader, what, nullable))
        {
            return null;
        }

        var map = new Dictionary<string, T>();
        while (NextEntry(ref reader, out string key))
        {
            if (readValue(ref reader, valueWhat, false) is T value)
            {
                map[key] = value;
            }
        }

        return map;
    }

    /// <summary>Reads an object whose values are enum values, from their wire text.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <inheritdoc cref="ReadMap{T}(ref Utf8JsonReader, string, bool, string, JsonReadFunc{T})"/>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="valueWhat">What a value is called in a departure.</param>
    /// <param name="fromWireValue">The enum's generated conversion from wire text.</param>
    public static Dictionary<string, T>? ReadEnumMap<T>(ref Utf8JsonReader reader, string what, bool nullable, string valueWhat, Func<string, T> fromWireValue)
        where T : struct
    {
        if (!IsObject(ref reader, what, nullable))
        {
            return null;
        }

        var map = new Dictionary<string, T>();
        while (NextEntry(ref reader, out string key))
        {
            if (ReadString(ref reader, valueWhat, false) is string value)
            {
                map[key] = fromWireValue(value);
            }
        }

        return map;
    }

    /// <summary>Reads an object whose values are free-form JSON; every value is kept, <c>null</c> included.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <returns>The map, or <see langword="null"/> when the value was not an object.</returns>
    public static Dictionary<string, JsonElement>? ReadJsonMap(ref Utf8JsonReader reader, string what, bool nullable)
    {
        if (!IsObject(ref reader, what, nullable))
        {
            return null;
        }

        var map = new Dictionary<string, JsonElement>();
        while (NextEntry(ref reader, out string key))
        {
            map[key] = JsonValueReader.ReadElement(ref reader);
        }

        return map;
    }

    /// <summary>Reads an object whose values are arrays or maps, each with <paramref name="readValue"/>.</summary>
    /// <typeparam name="T">The inner collection.</typeparam>
    /// <inheritdoc cref="ReadMap{T}(ref Utf8JsonReader, string, bool, string, JsonReadFunc{T})"/>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="valueWhat">What a value is called in a departure.</param>
    /// <param name="readValue">The reader of one inner collection.</param>
    public static Dictionary<string, T>? ReadNestedMap<T>(ref Utf8JsonReader reader, string what, bool nullable, string valueWhat, JsonCollectionRead<T> readValue)
        where T : class
    {
        if (!IsObject(ref reader, what, nullable))
        {
            return null;
        }

        var map = new Dictionary<string, T>();
        string innerWhat = valueWhat + " item";
        while (NextEntry(ref reader, out string key))
        {
            if (readValue(ref reader, valueWhat, false, innerWhat) is { } value)
            {
                map[key] = value;
            }
        }

        return map;
    }

    // Moves to the next entry's value, giving its key; false at the end of the object.
    private static bool NextEntry(ref Utf8JsonReader reader, out string key)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            key = "";
            return false;
        }

        key = reader.GetString()!;
        reader.Read();
        return true;
    }
}
