using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Creates argument exceptions with consistent messages for the validation done by generated code.
/// Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// Every factory takes a <c>name</c>: a parameter (<c>accountSid</c>) or a property path under one
/// (<c>body.Status</c>, <c>ids[2]</c>). The message names it in full; <see cref="ArgumentException.ParamName"/> is the part before
/// the first '.' or '['. Echoed values are cut to 64 characters and control characters are escaped.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArgumentErrors
{
    private const int MaxEchoLength = 64;

    /// <summary>A value does not match the pattern the specification gives.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="value">The value given.</param>
    /// <param name="pattern">The regular expression.</param>
    /// <returns>For example <c>Value 'xyz' for 'accountSid' does not match the pattern '^AC[0-9a-fA-F]{32}$'.</c></returns>
    public static ArgumentException PatternMismatch(string name, string value, string pattern) =>
        new("Value " + Echo(value) + " for '" + name + "' does not match the pattern '" + pattern + "'.", ParamName(name));

    /// <summary>A string is shorter than its minimum length.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="minLength">The minimum number of characters.</param>
    /// <returns>For example <c>'name' must be at least 2 characters long.</c></returns>
    public static ArgumentException TooShort(string name, int minLength) =>
        new("'" + name + "' must be at least " + Characters(minLength) + " long.", ParamName(name));

    /// <summary>A string is longer than its maximum length.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="maxLength">The maximum number of characters.</param>
    /// <returns>For example <c>'name' must be at most 64 characters long.</c></returns>
    public static ArgumentException TooLong(string name, int maxLength) =>
        new("'" + name + "' must be at most " + Characters(maxLength) + " long.", ParamName(name));

    /// <summary>A value is not a UUID in canonical form.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="value">The value given.</param>
    /// <returns>For example <c>Value 'abc' for 'id' is not a UUID (8-4-4-4-12 hexadecimal digits).</c></returns>
    public static ArgumentException NotUuid(string name, string value) =>
        new("Value " + Echo(value) + " for '" + name + "' is not a UUID (8-4-4-4-12 hexadecimal digits).", ParamName(name));

    /// <summary>A required value is <see langword="null"/>.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <returns>For example <c>'body.Status' is required and cannot be null.</c></returns>
    public static ArgumentNullException Required(string name) =>
        new(ParamName(name), "'" + name + "' is required and cannot be null.");

    /// <summary>
    /// A required multipart body would hold no part: every part is optional and none was given. RFC 2046 §5.1.1 requires
    /// at least one body part, and the API requires the body, so the call is refused rather than sent empty.
    /// </summary>
    /// <param name="names">The parameters that give parts, comma-separated.</param>
    /// <returns>For example <c>At least one of image, caption must be given: the multipart body is required and cannot be empty.</c></returns>
    public static ArgumentException NoMultipartPart(string names) =>
        new("At least one of " + names + " must be given: the multipart body is required and cannot be empty.");

    /// <summary>A value is empty where the specification forbids it (for example a path parameter).</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <returns>For example <c>'callSid' cannot be empty.</c></returns>
    public static ArgumentException Empty(string name) =>
        new("'" + name + "' cannot be empty.", ParamName(name));

    /// <summary>A path parameter is <c>.</c> or <c>..</c>.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <returns>For example <c>'callSid' cannot be '.' or '..': servers read it as a relative path step.</c></returns>
    /// <remarks>
    /// Rejected rather than encoded: <c>%2E%2E</c> is decoded back to <c>..</c> and then removed as a dot-segment by
    /// many servers and proxies (RFC 3986 §6.2.2 normalisation), which routes the call to another resource. No encoding
    /// survives every server's normalisation, and no real identifier is a dot.
    /// </remarks>
    public static ArgumentException DotSegment(string name) =>
        new("'" + name + "' cannot be '.' or '..': servers read it as a relative path step.", ParamName(name));

    /// <summary>A union holds JSON that matched none of its alternatives where only an alternative can be sent (a parameter).</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <returns>For example <c>'workflowId' holds JSON that matches none of its alternatives, which cannot be sent as a parameter.</c></returns>
    public static ArgumentException UnmatchedUnion(string name) =>
        new("'" + name + "' holds JSON that matches none of its alternatives, which cannot be sent as a parameter.", ParamName(name));

    /// <summary>Whether <paramref name="value"/> is a dot-segment, <c>.</c> or <c>..</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> for exactly <c>.</c> and <c>..</c>.</returns>
    public static bool IsDotSegment(string? value) => value is "." or "..";

    /// <summary>A value is not one of those allowed.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="value">The value given.</param>
    /// <param name="allowedDescription">What is allowed, for example <c>one of 'paused', 'stopped'</c>.</param>
    /// <returns>For example <c>Value 'x' for 'status' is not allowed; expected one of 'paused', 'stopped'.</c></returns>
    public static ArgumentException NotAllowedValue(string name, string value, string allowedDescription) =>
        new("Value " + Echo(value) + " for '" + name + "' is not allowed; expected " + allowedDescription + ".", ParamName(name));

    /// <summary>An enum value is not one of the enum's declared members.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="value">The enum value given.</param>
    /// <returns>For example <c>Value '42' for 'status' is not a defined RecordingStatus value.</c></returns>
    public static ArgumentException UndefinedEnumValue(string name, object value) =>
        new("Value " + Echo(Convert.ToString(value, CultureInfo.InvariantCulture)) + " for '" + name + "' is not a defined "
            + (value?.GetType().Name ?? "enum") + " value.", ParamName(name));

    /// <summary>A number is below the minimum the specification gives.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="minimum">The bound as the specification writes it.</param>
    /// <param name="exclusive">The bound itself is not allowed (<c>exclusiveMinimum</c>).</param>
    /// <returns>For example <c>'limit' must be at least 1.</c> or <c>'ratio' must be greater than 0.</c></returns>
    public static ArgumentException BelowMinimum(string name, string minimum, bool exclusive) =>
        new("'" + name + "' must be " + (exclusive ? "greater than " : "at least ") + minimum + ".", ParamName(name));

    /// <summary>A number is above the maximum the specification gives.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="maximum">The bound as the specification writes it.</param>
    /// <param name="exclusive">The bound itself is not allowed (<c>exclusiveMaximum</c>).</param>
    /// <returns>For example <c>'limit' must be at most 100.</c> or <c>'ratio' must be less than 1.</c></returns>
    public static ArgumentException AboveMaximum(string name, string maximum, bool exclusive) =>
        new("'" + name + "' must be " + (exclusive ? "less than " : "at most ") + maximum + ".", ParamName(name));

    /// <summary>A number is not a multiple of the specification's <c>multipleOf</c>.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="factor">The factor as the specification writes it.</param>
    /// <returns>For example <c>'amount' must be a multiple of 0.01.</c></returns>
    public static ArgumentException NotMultipleOf(string name, string factor) =>
        new("'" + name + "' must be a multiple of " + factor + ".", ParamName(name));

    /// <summary>A list has fewer items than its <c>minItems</c>.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="minItems">The minimum number of items.</param>
    /// <returns>For example <c>'tags' must have at least 1 item.</c></returns>
    public static ArgumentException TooFewItems(string name, int minItems) =>
        new("'" + name + "' must have at least " + Items(minItems) + ".", ParamName(name));

    /// <summary>A list has more items than its <c>maxItems</c>.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <param name="maxItems">The maximum number of items.</param>
    /// <returns>For example <c>'tags' must have at most 10 items.</c></returns>
    public static ArgumentException TooManyItems(string name, int maxItems) =>
        new("'" + name + "' must have at most " + Items(maxItems) + ".", ParamName(name));

    /// <summary>A list holds the same item twice where the specification asks for <c>uniqueItems</c>.</summary>
    /// <param name="name">The parameter or property path.</param>
    /// <returns>For example <c>'tags' must not hold the same item twice.</c></returns>
    public static ArgumentException DuplicateItems(string name) =>
        new("'" + name + "' must not hold the same item twice.", ParamName(name));

    /// <summary>Whether <paramref name="value"/> is a UUID in canonical 8-4-4-4-12 form (hexadecimal digits of either case, no braces).</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> for, for example, <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>.</returns>
    public static bool IsUuid(string? value)
    {
        if (value is null || value.Length != 36)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool ok = i is 8 or 13 or 18 or 23
                ? c == '-'
                : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] s_pathSeparators = { '.', '[' };

    /// <summary>The part of <paramref name="name"/> before the first '.' or '[': the method's parameter.</summary>
    internal static string ParamName(string name)
    {
        int end = name.IndexOfAny(s_pathSeparators);
        return end > 0 ? name.Substring(0, end) : name;
    }

    /// <summary>The name a map's entry is reported under: <c>name['key']</c>, the key cut and escaped as echoed values are.</summary>
    /// <param name="name">The map's name.</param>
    /// <param name="key">The entry's key.</param>
    /// <returns>The entry's name.</returns>
    public static string EntryName(string name, string key) => name + "[" + Echo(key) + "]";

    /// <summary>The value in single quotes, cut to 64 characters, control characters escaped.</summary>
    internal static string Echo(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        int length = value.Length;
        bool cut = length > MaxEchoLength;
        if (cut)
        {
            length = char.IsHighSurrogate(value[MaxEchoLength - 1]) ? MaxEchoLength - 1 : MaxEchoLength;
        }

        var sb = new StringBuilder(length + 8);
        sb.Append('\'');
        for (int i = 0; i < length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append(cut ? "...'" : "'");
        return sb.ToString();
    }

    private static string Items(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " item" : " items");

    private static string Characters(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " character" : " characters");
}
