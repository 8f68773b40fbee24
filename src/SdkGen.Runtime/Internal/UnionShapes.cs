using System.Text;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Which alternative of a union a JSON value has the shape of. Each alternative is a row of strings, first its kind —
/// <c>string</c>, <c>integer</c>, <c>int32</c>, <c>number</c>, <c>boolean</c>, <c>date-time</c>, <c>date</c>, <c>time</c>,
/// <c>duration</c>, <c>uuid</c>, <c>enum</c> (then the values), <c>object</c> (then the property names an object must
/// have) or <c>array</c> (then the kind every item must have, or <c>any</c>) — so a generated union is one table, and the
/// JSON token decides first: a string never reads as a number, an array of strings never as an array of objects.
/// </summary>
internal static class UnionShapes
{
    private const string Any = "any";

    /// <summary>The index of the first alternative the value under the reader (a copy: it does not move) has the shape of, or -1.</summary>
    public static int First(Utf8JsonReader reader, string[][] alternatives)
    {
        HashSet<string>? names = null;
        for (int i = 0; i < alternatives.Length; i++)
        {
            string[] alternative = alternatives[i];
            bool match = alternative[0] switch
            {
                "object" => reader.TokenType == JsonTokenType.StartObject && HasAll(names ??= NamesOf(reader), alternative),
                "array" => reader.TokenType == JsonTokenType.StartArray && ItemsAre(reader, alternative.Length > 1 ? alternative[1] : Any),
                "enum" => reader.TokenType == JsonTokenType.String && Array.IndexOf(alternative, reader.GetString(), 1) > 0,
                string kind => Is(reader, kind),
            };
            if (match)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The same for JSON a caller built (<see cref="JsonElement"/>); -1 also for an undefined element.</summary>
    public static int First(JsonElement value, string[][] alternatives)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return -1;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(value.GetRawText()));
        reader.Read();
        return First(reader, alternatives);
    }

    private static bool Is(Utf8JsonReader reader, string kind) => kind switch
    {
        Any => reader.TokenType != JsonTokenType.Null,
        "string" => reader.TokenType == JsonTokenType.String,
        "integer" => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out _),
        "int32" => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _),
        "number" => reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double number) && !double.IsInfinity(number),
        "boolean" => reader.TokenType is JsonTokenType.True or JsonTokenType.False,
        "object" => reader.TokenType == JsonTokenType.StartObject,
        "array" => reader.TokenType == JsonTokenType.StartArray,
        "uuid" => reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out _),
        "date-time" => Parses(reader, JsonValueReader.ReadDateTimeOffset),
        "duration" => Parses(reader, JsonValueReader.ReadDuration),
#if NET6_0_OR_GREATER
        "date" => Parses(reader, JsonValueReader.ReadDateOnly),
        "time" => Parses(reader, JsonValueReader.ReadTimeOnly),
#endif
        _ => false,
    };

    private delegate T StrictRead<T>(ref Utf8JsonReader reader);

    // A formatted string: the same parse the read will make, so a match never fails to read.
    private static bool Parses<T>(Utf8JsonReader reader, StrictRead<T> read)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        try
        {
            read(ref reader);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            return false;
        }
    }

    private static bool ItemsAre(Utf8JsonReader reader, string kind)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Is(reader, kind))
            {
                return false;
            }

            reader.Skip();
        }

        return true;
    }

    private static HashSet<string> NamesOf(Utf8JsonReader reader)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            present.Add(reader.GetString()!);
            reader.Read();
            reader.Skip();
        }

        return present;
    }

    private static bool HasAll(HashSet<string> present, string[] alternative)
    {
        for (int i = 1; i < alternative.Length; i++)
        {
            if (!present.Contains(alternative[i]))
            {
                return false;
            }
        }

        return true;
    }
}
