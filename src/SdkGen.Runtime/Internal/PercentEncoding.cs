using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>Percent-encoding of UTF-8 text for URIs and form bodies, with uppercase hexadecimal digits.</summary>
internal static class PercentEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    // Throws on unpaired surrogates instead of silently sending U+FFFD, which would address another resource.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>RFC 3986 unreserved: <c>A-Z a-z 0-9 - . _ ~</c>.</summary>
    internal static bool IsUnreserved(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~';

    /// <summary>WHATWG application/x-www-form-urlencoded byte set left as is: <c>A-Z a-z 0-9 * - . _</c>.</summary>
    internal static bool IsFormSafe(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '*' or '-' or '.' or '_';

    /// <summary>
    /// Appends <paramref name="value"/> keeping only RFC 3986 unreserved characters; everything else, space included
    /// (as <c>%20</c>), becomes UTF-8 percent-encoded.
    /// </summary>
    /// <param name="sb">The destination.</param>
    /// <param name="value">The text.</param>
    /// <param name="strict">Whether an unpaired surrogate throws (<see langword="true"/>) or becomes U+FFFD.</param>
    internal static void AppendUnreserved(StringBuilder sb, string value, bool strict)
    {
        if (AllMatch(value, form: false))
        {
            sb.Append(value);
            return;
        }

        byte[] bytes = (strict ? StrictUtf8 : Encoding.UTF8).GetBytes(value);
        foreach (byte b in bytes)
        {
            if (b < 0x80 && IsUnreserved((char)b))
            {
                sb.Append((char)b);
            }
            else
            {
                AppendEscaped(sb, b);
            }
        }
    }

    /// <summary>
    /// Appends <paramref name="value"/> encoded per the WHATWG application/x-www-form-urlencoded serializer:
    /// <c>A-Z a-z 0-9 * - . _</c> kept, space as <c>+</c>, everything else UTF-8 percent-encoded.
    /// Unpaired surrogates become U+FFFD, as the WHATWG encoder does.
    /// </summary>
    internal static void AppendForm(StringBuilder sb, string value)
    {
        if (AllMatch(value, form: true))
        {
            sb.Append(value);
            return;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(value);
        foreach (byte b in bytes)
        {
            if (b == (byte)' ')
            {
                sb.Append('+');
            }
            else if (b < 0x80 && IsFormSafe((char)b))
            {
                sb.Append((char)b);
            }
            else
            {
                AppendEscaped(sb, b);
            }
        }
    }

#if NET
    // Most values (ids, enum wire values) need no encoding; a vectorized search says so in a few instructions per 16
    // characters instead of a comparison chain per character.
    private static readonly System.Buffers.SearchValues<char> Unreserved =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    private static readonly System.Buffers.SearchValues<char> FormSafe =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._");

    private static bool AllMatch(string value, bool form) =>
        value.AsSpan().IndexOfAnyExcept(form ? FormSafe : Unreserved) < 0;
#else
    private static bool AllMatch(string value, bool form)
    {
        foreach (char c in value)
        {
            if (form ? !IsFormSafe(c) : !IsUnreserved(c))
            {
                return false;
            }
        }

        return true;
    }
#endif

    private static void AppendEscaped(StringBuilder sb, byte b) =>
        sb.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
}
