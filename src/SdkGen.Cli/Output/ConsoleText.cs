using System.Globalization;
using System.Text;

namespace SdkGen.Cli.Output;

/// <summary>
/// Makes text from outside (a vendor's error message, a name from a spec, an exception message) safe to print as
/// part of one line: line breaks, terminal escapes and other invisible characters become visible escapes, so the
/// text can neither start a line of its own (faking "Twilio: pause -> Paused") nor drive the terminal.
/// </summary>
internal static class ConsoleText
{
    /// <summary>How much of a vendor's text is printed: enough to act on, not a whole HTML page.</summary>
    public const int VendorTextLimit = 300;

    /// <summary>The text with every control, format and separator character escaped, cut once the result reaches <paramref name="maxLength"/> characters.</summary>
    public static string Escape(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        for (int i = 0; i < text.Length; i++)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append("… (").Append((text.Length - i).ToString(CultureInfo.InvariantCulture)).Append(" more characters)");
                break;
            }

            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A well-formed pair (an emoji, a CJK extension character) is ordinary text.
                builder.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (IsUnsafe(c))
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

        return builder.ToString();
    }

    /// <summary>Multi-line text (a stack trace for <c>--verbose</c>), each line escaped on its own.</summary>
    public static void WriteLines(TextWriter writer, string text)
    {
        foreach (string line in text.Split('\n'))
        {
            writer.WriteLine(Escape(line.TrimEnd('\r')));
        }
    }

    // Control: C0, DEL and C1 (ESC starts ANSI sequences, CSI U+009B too). Format: bidi overrides that reorder
    // what is shown. Separators: U+2028/U+2029 break lines in some terminals. Lone surrogates: not text at all.
    private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
}
