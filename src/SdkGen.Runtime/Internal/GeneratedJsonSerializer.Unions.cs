using System.Text.Json;

namespace SdkGen.Runtime.Internal;

public abstract partial class GeneratedJsonSerializer
{
    /// <summary>
    /// The first alternative of a union whose shape the value under the reader has: its JSON token first (string,
    /// number, true/false, array, object), then an integer's range, a formatted string's parse, an enum's values, an
    /// array's item kind, an object's required property names (read in one pass, on a copy of the reader).
    /// </summary>
    /// <param name="reader">A copy of the reader, on the value's first token.</param>
    /// <param name="alternatives">One row per alternative, in the order they are tried: its kind, then its names or values.</param>
    /// <returns>The alternative's index, or -1 when the value has the shape of none.</returns>
    public static int MatchUnion(Utf8JsonReader reader, string[][] alternatives) => UnionShapes.First(reader, alternatives);

    /// <summary>Whether the value under the reader is there to read (anything but <c>null</c>); <c>null</c> is reported unless allowed, and skipped.</summary>
    /// <inheritdoc cref="IsObject"/>
    /// <returns><see langword="false"/> for <c>null</c>.</returns>
    public static bool IsValue(ref Utf8JsonReader reader, string what, bool nullable)
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            return true;
        }

        LenientJsonReader.Mismatch(ref reader, what, nullable);
        return false;
    }

    /// <summary>
    /// A value that has the shape of no alternative of a union: kept whole for the caller and reported to
    /// <see cref="ResponseDepartures"/> as of the wrong type.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The union, reported with the departure.</param>
    /// <returns>A self-contained element.</returns>
    public static JsonElement ReadUnmatched(ref Utf8JsonReader reader, string what)
    {
        JsonElement element = JsonValueReader.ReadElement(ref reader);
        ResponseDepartures.Report(what, ResponseDepartureKind.WrongType, element.GetRawText());
        return element;
    }

    /// <summary>
    /// Writes the JSON a union holds instead of an alternative: only when it has the shape of one of them, so a union
    /// read from a value no alternative describes is never sent back as if it were valid.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="json">The JSON held.</param>
    /// <param name="alternatives">The union's alternatives, as for <see cref="MatchUnion"/>.</param>
    /// <param name="union">The union's name, for the message.</param>
    /// <exception cref="ArgumentException">The union holds no JSON, or JSON of no alternative's shape.</exception>
    public static void WriteUnmatched(Utf8JsonWriter writer, JsonElement? json, string[][] alternatives, string union)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (json is not { ValueKind: not JsonValueKind.Undefined } element)
        {
            throw new ArgumentException("The " + union + " holds no value.", "value");
        }

        if (UnionShapes.First(element, alternatives) < 0)
        {
            throw new ArgumentException("The JSON the " + union + " holds (" + element.ValueKind + ") has the shape of none of its alternatives, so it is not sent.", "value");
        }

        element.WriteTo(writer);
    }

    /// <summary>Reads an array of unions, each item with <paramref name="readItem"/> (any JSON but <c>null</c>).</summary>
    /// <typeparam name="T">The union read.</typeparam>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="itemWhat">What an item is called in a departure.</param>
    /// <param name="readItem">The generated reader of one union.</param>
    /// <returns>The list, or <see langword="null"/> when the value was not an array.</returns>
    public static List<T>? ReadUnionList<T>(ref Utf8JsonReader reader, string what, bool nullable, string itemWhat, JsonReadFunc<T> readItem)
        where T : class
    {
        if (!IsArray(ref reader, what, nullable))
        {
            return null;
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (IsValue(ref reader, itemWhat, false))
            {
                list.Add(readItem(ref reader));
            }
        }

        return list;
    }

    /// <summary>Reads an object whose values are unions, each with <paramref name="readValue"/> (any JSON but <c>null</c>).</summary>
    /// <typeparam name="T">The union read.</typeparam>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <param name="what">The model and property, reported with a departure.</param>
    /// <param name="nullable">Whether the description allows <c>null</c>.</param>
    /// <param name="valueWhat">What a value is called in a departure.</param>
    /// <param name="readValue">The generated reader of one union.</param>
    /// <returns>The map, or <see langword="null"/> when the value was not an object.</returns>
    public static Dictionary<string, T>? ReadUnionMap<T>(ref Utf8JsonReader reader, string what, bool nullable, string valueWhat, JsonReadFunc<T> readValue)
        where T : class
    {
        if (!IsObject(ref reader, what, nullable))
        {
            return null;
        }

        var map = new Dictionary<string, T>();
        while (NextEntry(ref reader, out string key))
        {
            if (IsValue(ref reader, valueWhat, false))
            {
                map[key] = readValue(ref reader);
            }
        }

        return map;
    }
}
