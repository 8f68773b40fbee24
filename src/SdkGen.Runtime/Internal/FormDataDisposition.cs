using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// The <c>Content-Disposition</c> of a <c>multipart/form-data</c> part, written as the WHATWG HTML standard's form
/// encoding does (what browsers send, RFC 7578 §4.2): <c>form-data; name="…"; filename="…"</c>, with <c>"</c>, CR and LF
/// (and here every other control character) percent-encoded so a name can neither end its quoted string nor start
/// another header line. Other characters go as they are, non-ASCII as UTF-8; where the framework cannot write UTF-8
/// part headers (the netstandard2.0 build) non-ASCII characters are percent-encoded too (RFC 7578 §2 allows that for
/// file names) rather than turned into '?'. No <c>filename*</c>: RFC 7578 §4.2 forbids it.
/// </summary>
internal static class FormDataDisposition
{
    public static string Of(string name, string? fileName)
    {
        var text = new StringBuilder("form-data; name=\"");
        AppendEscaped(text, name);
        text.Append('"');
        if (fileName is not null)
        {
            text.Append("; filename=\"");
            AppendEscaped(text, fileName);
            text.Append('"');
        }

        return text.ToString();
    }

    private static void AppendEscaped(StringBuilder text, string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '"' || c < 0x20 || c == 0x7F)
            {
                text.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
#if !NET
            else if (c > 0x7F)
            {
                int length = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
                foreach (byte b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
#endif
            else
            {
                text.Append(c);
            }
        }
    }
}
