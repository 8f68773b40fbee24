using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// Writes a <see cref="JsonNode"/> tree as JSON or block-style YAML. Hand-rolled rather than System.Text.Json's
/// writer: it must write any depth, lone surrogates and every control character exactly as the tree holds them.
/// </summary>
internal static partial class SpecWriter
{
    public static string ToJson(JsonNode? node, bool escapeNonAscii = false)
    {
        var builder = new StringBuilder();
        WriteJson(builder, node, 0, escapeNonAscii);
        builder.Append('\n');
        return builder.ToString();
    }

    public static string ToYaml(JsonNode? node)
    {
        var builder = new StringBuilder();
        if (node is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            WriteYamlBlock(builder, node, 0);
        }
        else
        {
            builder.Append(YamlScalar(node)).Append('\n');
        }

        return builder.ToString();
    }

    private static void WriteJson(StringBuilder builder, JsonNode? node, int indent, bool escapeNonAscii)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 0:
                builder.Append("{}");
                break;
            case JsonObject obj:
                builder.Append("{\n");
                int i = 0;
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    builder.Append(' ', indent + 2);
                    JsonString(builder, property.Key, escapeNonAscii);
                    builder.Append(": ");
                    WriteJson(builder, property.Value, indent + 2, escapeNonAscii);
                    builder.Append(++i < obj.Count ? ",\n" : "\n");
                }

                builder.Append(' ', indent).Append('}');
                break;
            case JsonArray array when array.Count == 0:
                builder.Append("[]");
                break;
            case JsonArray array:
                builder.Append("[\n");
                for (int j = 0; j < array.Count; j++)
                {
                    builder.Append(' ', indent + 2);
                    WriteJson(builder, array[j], indent + 2, escapeNonAscii);
                    builder.Append(j + 1 < array.Count ? ",\n" : "\n");
                }

                builder.Append(' ', indent).Append(']');
                break;
            default:
                builder.Append(JsonScalar(node, escapeNonAscii));
                break;
        }
    }

    private static string JsonScalar(JsonNode? node, bool escapeNonAscii)
    {
        if (node is null)
        {
            return "null";
        }

        JsonValue value = node.AsValue();
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var builder = new StringBuilder();
                JsonString(builder, value.GetValue<string>(), escapeNonAscii);
                return builder.ToString();
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
                return "null";
            default:
                return NumberText(value);
        }
    }

    /// <summary>The number as written in the source, or in invariant culture when built in memory.</summary>
    private static string NumberText(JsonValue value)
    {
        if (value.TryGetValue(out JsonElement element))
        {
            return element.GetRawText();
        }

        return value.ToJsonString();
    }

    private static void JsonString(StringBuilder builder, string text, bool escapeNonAscii)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || (escapeNonAscii && c > 0x7E))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static void WriteYamlBlock(StringBuilder builder, JsonNode node, int indent)
    {
        if (node is JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode?> property in obj)
            {
                string key = YamlString(property.Key);
                if (key.Length > 1000)
                {
                    // An implicit key is limited to 1024 characters: longer ones need the explicit "? key" form.
                    builder.Append(' ', indent).Append("? ").Append(key).Append('\n').Append(' ', indent).Append(':');
                }
                else
                {
                    builder.Append(' ', indent).Append(key).Append(':');
                }

                WriteYamlValue(builder, property.Value, indent);
            }
        }
        else
        {
            foreach (JsonNode? item in (JsonArray)node)
            {
                builder.Append(' ', indent).Append('-');
                WriteYamlValue(builder, item, indent);
            }
        }
    }

    private static void WriteYamlValue(StringBuilder builder, JsonNode? value, int indent)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            builder.Append('\n');
            WriteYamlBlock(builder, value, indent + 2);
        }
        else
        {
            builder.Append(' ').Append(YamlScalar(value)).Append('\n');
        }
    }

    private static string YamlScalar(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => YamlString(value.GetValue<string>()),
        _ => JsonScalar(node, escapeNonAscii: false),
    };

    private static string YamlString(string text)
    {
        if (PlainScalar().IsMatch(text) && !IsYamlWord(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\u0085': builder.Append("\\N"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                case '\uFEFF': builder.Append("\\uFEFF"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        // A pair is written as it is; a lone half can only be written as an escape.
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsYamlWord(string text) =>
        text.ToLowerInvariant() is "true" or "false" or "null" or "yes" or "no" or "on" or "off" or "y" or "n" or "~";

    [GeneratedRegex("^[A-Za-z_/$][A-Za-z0-9_./$(),\\- ]*(?<! )$")]
    private static partial Regex PlainScalar();
}
