namespace SdkGen.Runtime.Internal;

/// <summary>Checks on credential text that never put the text itself into an exception.</summary>
internal static class SecretText
{
    /// <summary>
    /// Throws when <paramref name="value"/> is empty or holds a control character: a CR or LF in a header value would
    /// start a new header line, and the platform's own check would echo the value into its message.
    /// </summary>
    /// <param name="value">The secret.</param>
    /// <param name="parameterName">The parameter named in the exception.</param>
    /// <param name="what">What the value is, for the message (for example "The bearer token").</param>
    internal static void Validate(string? value, string parameterName, string what)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, what + " cannot be null.");
        }

        if (value.Length == 0)
        {
            throw new ArgumentException(what + " cannot be empty.", parameterName);
        }

        if (HasControlCharacter(value))
        {
            throw new ArgumentException(what + " contains a control character (CR, LF, NUL or similar) and cannot be sent in a header; its value is not shown.", parameterName);
        }
    }

    /// <summary>Whether <paramref name="value"/> holds a character not allowed in a header field value (RFC 9110 §5.5); tab is allowed.</summary>
    internal static bool HasControlCharacter(string value)
    {
        foreach (char c in value)
        {
            if ((c < 0x20 && c != '\t') || c == 0x7F)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces every occurrence of <paramref name="secret"/> in <paramref name="text"/> with <c>***</c>, for text a server wrote.</summary>
    internal static string? Redact(string? text, string secret)
    {
        if (text is null || secret.Length == 0 || text.IndexOf(secret, StringComparison.Ordinal) < 0)
        {
            return text;
        }

#if NET
        return text.Replace(secret, "***", StringComparison.Ordinal);
#else
        return text.Replace(secret, "***");
#endif
    }
}
