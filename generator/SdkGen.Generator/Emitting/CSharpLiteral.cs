using System.Globalization;
using System.Text;

namespace SdkGen.Generator.Emitting;

/// <summary>Escapes spec text for the places it lands in C#: string literals and XML doc comments.</summary>
internal static class CSharpLiteral
{
    /// <summary>A regular C# string literal, quotes included.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || IsInvisibleFormat(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
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

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text safe inside an XML doc comment: markup characters escaped, control characters dropped,
    /// line breaks normalised to <c>\n</c> and trailing blank lines removed.
    /// </summary>
    public static string XmlDocText(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                case '\n': builder.Append('\n'); break;
                case '\u2028':
                case '\u2029':
                case '\u0085':
                    builder.Append('\n');
                    break;
                default:
                    if (IsInvisibleFormat(c))
                    {
                        // Kept as a character reference: the doc still means the same, the source shows no reordering.
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        // Trailing spaces on doc lines would make the output depend on editor settings.
        string[] lines = builder.ToString().Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = CodeSpans(lines[i].TrimEnd());
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// Invisible formatting characters (Unicode category Cf): the bidirectional embeddings, overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C), zero-width characters and the BOM. Written raw
    /// into source they can make code read differently from how it compiles ("Trojan Source", CVE-2021-42574).
    /// </summary>
    public static bool IsInvisibleFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    // Markdown `code` in spec descriptions reads best as <c>code</c> in IntelliSense.
    private static string CodeSpans(string line)
    {
        int open = line.IndexOf('`');
        if (open < 0)
        {
            return line;
        }

        var builder = new StringBuilder(line.Length + 16);
        int position = 0;
        while (open >= 0)
        {
            int close = line.IndexOf('`', open + 1);
            if (close < 0)
            {
                break;
            }

            builder.Append(line, position, open - position).Append("<c>").Append(line, open + 1, close - open - 1).Append("</c>");
            position = close + 1;
            open = line.IndexOf('`', position);
        }

        return builder.Append(line, position, line.Length - position).ToString();
    }
}
