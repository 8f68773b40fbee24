using System.Text;

namespace SdkGen.Generator.Model;

/// <summary>
/// Adapts an OpenAPI <c>pattern</c> (an ECMA-262 regular expression) to .NET's Regex where the two read the same
/// text differently.
/// </summary>
internal static class EcmaPattern
{
    /// <summary>
    /// The pattern with every <c>$</c> anchor outside a character class written as <c>\z</c>. In ECMA-262 (without the
    /// multiline flag, which OpenAPI patterns cannot set) <c>$</c> is the end of the input; .NET's <c>$</c> also matches
    /// before a final <c>\n</c>, so <c>^[a-z]+$</c> would accept <c>"abc\n"</c>. With <c>\z</c> the Regex fallback agrees
    /// with the direct character check, which compares lengths.
    /// </summary>
    public static string ToDotNet(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 2);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                builder.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '$')
            {
                builder.Append("\\z");
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
