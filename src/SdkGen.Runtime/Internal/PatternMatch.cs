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
}
