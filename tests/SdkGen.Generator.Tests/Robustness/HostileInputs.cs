using System.Text;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>Strings and names that have broken code generators before: they end up in identifiers, literals and XML docs.</summary>
internal static class HostileInputs
{
    /// <summary>Text that escapes comments, literals or XML, or that C# treats specially.</summary>
    public static readonly string[] Strings =
    [
        // C# keywords and contextual keywords.
        "class", "namespace", "void", "int", "string", "object", "event", "operator", "params", "base", "this",
        "@class", "var", "async", "await", "value", "global", "nameof", "dynamic", "_", "__arglist", "record", "init",
        "default", "true", "false", "null", "new", "return", "throw", "get", "set", "where", "yield", "when",
        // Comment, literal and XML breakers.
        "*/", "/*", "*/ class X { /*", "//", "// comment\nclass X {}", "///", "/// <see cref=\"x\"/>",
        "</summary>", "<summary>", "</summary> <b>bold", "<!--", "-->", "]]>", "<![CDATA[", "<c>", "</c>", "<x y=\"1\">",
        "&", "&amp;", "&lt;", "&#0;", "&bogus;", "<", ">", "<>", "<T>",
        "\"", "\"\"", "\"\"\"", "'", "''", "\\", "\\\\", "\\\"", "\\u0041", "\\n", "\"; class X { //", "@\"", "$\"{x}\"",
        "{", "}", "{{", "}}", "{0}", "{1}", "{x}", "{ }", "{}", "#", "#region", "#endregion", "#if X", "#error no", "#pragma warning disable",
        // Twilio's query parameters, and relatives.
        "DateSent<", "DateSent>", "DateSent<=", "DateSent>=", "StartTime<", "EndTime>", "A<B>C",
        // Whitespace, control characters, line terminators C# knows and JSON does not.
        "", " ", "  leading", "trailing  ", "a b", "\t", "a\tb", "a\nb", "a\r\nb", "\r", "\n\n", "\0", "a\0b", "\u0001", "\u0007", "\u001b[31mred",
        "\u007f", "\u0085", "a\u2028b", "\u2028", "\u2029", "a\u2029b", "\uFEFF", "\u200B", "\u200D", "\u00A0",
        // Non-ASCII: emoji, combining marks, RTL, case-mapping traps, lone surrogates.
        "😀", "👨‍👩‍👧", "a😀b", "emoji😀name", "עברית", "مرحبا", "\u202Eevil", "a\u202Eb", "e\u0301", "ﬁ", "Ǆ", "İ", "ı", "ß", "ΣΑΣ", "日本語", "\uD800", "\uDC00", "a\uD800b",
        // Numeric and symbol-only names.
        "123", "1abc", "0", "-1", "1.5", "1e308", "-", "--", "+", "@", "%", "%s", "%n", "${x}", "~", "~0", "~1", "/", "a/b", "a.b", "a~b", "%2F", "?", "=",
        // Names that collide after PascalCasing, or with what the generator emits.
        "a-b", "a_b", "A_B", "aB", "AB", "ab", "Unknown", "Unrecognized", "Unrecognized2", "WireValue", "Extensions", "Value",
        "System", "Task", "String", "Object", "JsonElement", "HttpClient", "CancellationToken", "Uri", "List", "Dictionary",
        "Equals", "GetHashCode", "ToString", "GetType", "Finalize", "MemberwiseClone", "Dispose", "SendAsync", "Options", "AdditionalProperties",
        "cancellationToken", "request", "response", "uri", "content", "error", "result", "body", "form", "item", "itemName", "i",
        "writer", "reader", "json", "e", "ex", "options", "httpClient", "endpoint", "_endpoint", "_httpClient", "authorization",
    ];

    /// <summary>Names of types the generated code refers to; a spec type with one of these names must not hide them.</summary>
    public static readonly string[] TypeNames =
    [
        "System", "SdkGen", "Fuzz", "Global", "Task", "String", "Object", "Int32", "Int64", "Double", "Boolean", "Decimal", "Guid", "Uri",
        "DateTimeOffset", "JsonElement", "JsonSerializer", "Utf8JsonWriter", "Utf8JsonReader", "JsonConverter", "HttpClient", "HttpMethod",
        "HttpRequestMessage", "HttpResponseMessage", "CancellationToken", "ApiException", "Runtime", "Internal", "Nullable", "List", "IList",
        "IReadOnlyList", "Dictionary", "IDictionary", "IReadOnlyDictionary", "Enum", "Attribute", "GeneratedCode", "Math", "Linq", "Encoding",
        "ArgumentException", "ArgumentNullException", "Exception", "Regex", "Func", "Action", "Span", "Array", "Type", "Console",
        "FuzzClient", "FuzzClientOptions", "FuzzClientJsonSerializer", "FuzzClientValidation", "FuzzClientOptionsExtensions",
    ];

    /// <summary>Parameter names that equal locals or parameters of the emitted methods.</summary>
    public static readonly string[] LocalNames =
    [
        "cancellationToken", "request", "response", "uri", "content", "error", "result", "body", "form", "item", "itemName", "i",
        "writer", "reader", "json", "e", "ex", "options", "httpClient", "endpoint", "value", "stream", "message", "query", "path", "headers",
        "client", "status", "text", "builder", "list", "values", "name", "CancellationToken", "Request", "parameter", "parameterParameter",
    ];

    public static string Pick(Random random)
    {
        int roll = random.Next(100);
        if (roll < 4)
        {
            // 10,000-character names: identifiers, hint names and file paths have limits.
            return new string("aZ_9"[random.Next(4)], 10_000);
        }

        if (roll < 7)
        {
            return Long(random, 10_000);
        }

        if (roll < 12)
        {
            // Two hostile pieces glued together.
            return Strings[random.Next(Strings.Length)] + Strings[random.Next(Strings.Length)];
        }

        if (roll < 17)
        {
            return RandomUnicode(random, random.Next(1, 24));
        }

        return Strings[random.Next(Strings.Length)];
    }

    /// <summary>A long string made of hostile pieces.</summary>
    public static string Long(Random random, int length)
    {
        var builder = new StringBuilder(length + 64);
        while (builder.Length < length)
        {
            builder.Append(Strings[random.Next(Strings.Length)]);
        }

        return builder.ToString(0, length);
    }

    public static string RandomUnicode(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            int roll = random.Next(10);
            builder.Append(roll switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0x7F, 0xA0),
                2 => (char)random.Next(0xD800, 0xE000),
                3 => (char)random.Next(0x2000, 0x2070),
                4 => (char)random.Next(0x0590, 0x0700),
                5 => (char)random.Next(0xFE00, 0x10000),
                _ => (char)random.Next(0x20, 0x7F),
            });
        }

        return builder.ToString();
    }

    /// <summary><paramref name="value"/> with every invisible or unpaired character written as an escape.</summary>
    public static string Printable(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u202E' or '\uFEFF' or '\u200B' or '\u200D')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4"));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A printable, bounded rendering of <paramref name="value"/> for failure messages.</summary>
    public static string Show(string? value, int max = 80)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        foreach (char c in value.Length > max ? value[..max] : value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < 0x20 || (c >= 0x7F && c < 0xA0) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u202E' or '\uFEFF' or '\u200B' or '\u200D'
                    => "\\u" + ((int)c).ToString("X4"),
                _ => c.ToString(),
            });
        }

        builder.Append('"');
        if (value.Length > max)
        {
            builder.Append("…(").Append(value.Length).Append(" chars)");
        }

        return builder.ToString();
    }
}
