using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SdkGen.Generator.Naming;

/// <summary>Turns names from a spec (<c>in-progress</c>, <c>DateSent&lt;</c>, <c>2fa</c>) into valid C# identifiers.</summary>
internal static class Identifiers
{
    private static readonly HashSet<string> s_keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",

        // A contextual keyword that breaks as a name inside generated async methods: `await x`.
        "await",
    };

    // Symbols that carry meaning in real specs (Twilio's DateSent< and DateSent>) become words,
    // so the two parameters stay distinguishable instead of colliding.
    private static readonly Dictionary<char, string> s_symbolWords = new()
    {
        ['<'] = "Before",
        ['>'] = "After",
        ['+'] = "Plus",
        ['@'] = "At",
        ['#'] = "Hash",
        ['%'] = "Percent",
        ['&'] = "And",
        ['='] = "Equals",
        ['*'] = "Star",
    };

    /// <summary>A PascalCase identifier, never empty, never starting with a digit; <paramref name="fallback"/> when nothing usable remains.</summary>
    public static string ToPascalCase(string name, string fallback)
    {
        var words = SplitWords(name);
        var builder = new StringBuilder(name.Length + 8);
        foreach (string word in words)
        {
            builder.Append(char.ToUpperInvariant(word[0]));

            // Shouted words read as words in .NET names: GSIP_RECORD → GsipRecord, OutboundAPI → OutboundApi.
            if (IsAllUpper(word))
            {
                builder.Append(word.Substring(1).ToLowerInvariant());
            }
            else
            {
                builder.Append(word, 1, word.Length - 1);
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (!IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, fallback);
        }

        // Keep generated names to a readable, compiler-friendly length (hostile specs send 10,000-char names).
        if (builder.Length > 200)
        {
            builder.Length = 200;
        }

        return builder.ToString();
    }

    /// <summary>A camelCase identifier usable as a parameter or local name (keywords get an <c>@</c>).</summary>
    public static string ToCamelCase(string name, string fallback)
    {
        string pascal = ToPascalCase(name, fallback);
        int upper = 0;
        while (upper < pascal.Length && char.IsUpper(pascal[upper]))
        {
            upper++;
        }

        // "URLPath" → "urlPath", "ID" → "id", "Status" → "status".
        string camel = upper switch
        {
            0 => pascal,
            1 => char.ToLowerInvariant(pascal[0]) + pascal.Substring(1),
            _ when upper == pascal.Length => pascal.ToLowerInvariant(),
            _ => pascal.Substring(0, upper - 1).ToLowerInvariant() + pascal.Substring(upper - 1),
        };

        return EscapeKeyword(camel);
    }

    // Members every class inherits from object: a property of the same name hides them (CS0108, an error under
    // TreatWarningsAsErrors) and makes `model.Equals(other)` mean something else.
    private static readonly HashSet<string> s_objectMembers = new()
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    /// <summary>Whether a member named <paramref name="identifier"/> would hide a member of <see cref="object"/>.</summary>
    public static bool HidesObjectMember(string identifier) => s_objectMembers.Contains(identifier);

    public static string EscapeKeyword(string identifier) =>
        s_keywords.Contains(identifier) ? "@" + identifier : identifier;

    public static bool IsKeyword(string identifier) => s_keywords.Contains(identifier);

    /// <summary>Whether <paramref name="name"/> is usable as a C# identifier as it stands.</summary>
    public static bool IsValidIdentifier(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]) || s_keywords.Contains(name))
        {
            return false;
        }

        for (int i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPart(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a dotted namespace of valid identifiers.</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (string part in name.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (IsIdentifierPart(c) && c != '_')
            {
                // A lower→upper step starts a new word, so "callSid" keeps its hump and "in-progress" gains one.
                if (current.Length > 0 && char.IsUpper(c) && char.IsLower(current[current.Length - 1]))
                {
                    Flush();
                }

                current.Append(c);
            }
            else
            {
                Flush();
                if (s_symbolWords.TryGetValue(c, out string? word))
                {
                    words.Add(word);
                }
            }
        }

        Flush();
        return words;
    }

    private static bool IsAllUpper(string word)
    {
        bool anyLetter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            anyLetter |= char.IsLetter(c);
        }

        return anyLetter && word.Length > 1;
    }

    private static bool IsIdentifierStart(char c) =>
        c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
            default:
                return false;
        }
    }
}
