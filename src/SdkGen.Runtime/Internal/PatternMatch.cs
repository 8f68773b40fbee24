using System.ComponentModel;
using System.Text.RegularExpressions;

namespace SdkGen.Runtime.Internal;

/// <summary>Runs a generated pattern check with a time limit. Used by generated code; not a stable API.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PatternMatch
{
    /// <summary>
    /// Whether <paramref name="value"/> matches <paramref name="regex"/>. A match that exceeds the regex's timeout (a
    /// pattern that backtracks catastrophically on this input) is a bad argument, not a crash: it throws
    /// <see cref="ArgumentException"/> like any other value the API description does not allow.
    /// </summary>
    /// <param name="regex">The compiled pattern, created with a match timeout.</param>
    /// <param name="value">The value to check.</param>
    /// <param name="name">The parameter or property path, named in the exception.</param>
    /// <returns>Whether the value matches.</returns>
    /// <exception cref="ArgumentException">The match timed out.</exception>
    public static bool IsMatch(Regex regex, string value, string name)
    {
        if (regex is null)
        {
            throw new ArgumentNullException(nameof(regex));
        }

        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ArgumentException(
                "Value " + ArgumentErrors.Echo(value) + " for '" + name + "' could not be checked against the pattern '" + regex + "' within "
                + ((int)ex.MatchTimeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms; it is not accepted.",
                ArgumentErrors.ParamName(name),
                ex);
        }
    }

    /// <summary>
    /// Whether the <paramref name="count"/> characters of <paramref name="value"/> from <paramref name="start"/> all
    /// pass <paramref name="accept"/>: the repeated character class of a pattern checked without a Regex.
    /// </summary>
    /// <param name="value">The value to check; the caller has checked its length.</param>
    /// <param name="start">The first character to test.</param>
    /// <param name="count">How many characters to test.</param>
    /// <param name="accept">The character class.</param>
    /// <returns>Whether every character tested passes.</returns>
    public static bool AllMatch(string value, int start, int count, Func<char, bool> accept)
    {
        if (value is null || accept is null)
        {
            throw new ArgumentNullException(value is null ? nameof(value) : nameof(accept));
        }

        for (int i = start; i < start + count; i++)
        {
            if (!accept(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
