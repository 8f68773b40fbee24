using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// A string's length as JSON Schema's <c>minLength</c>/<c>maxLength</c> count it: characters as RFC 8259 defines them,
/// i.e. Unicode code points, so a surrogate pair (an emoji, most CJK extension characters) is one, not two as
/// <see cref="string.Length"/> has it. Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// Both checks decide from <see cref="string.Length"/> alone whenever it settles the answer (a string is never longer in
/// code points than in UTF-16 units, nor shorter than half of them), so the usual value costs one comparison.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TextLength
{
    /// <summary>Whether <paramref name="value"/> has more than <paramref name="maxLength"/> code points.</summary>
    /// <param name="value">The string.</param>
    /// <param name="maxLength">The schema's <c>maxLength</c>.</param>
    /// <returns><see langword="true"/> when the value breaks the rule.</returns>
    public static bool IsLongerThan(string value, int maxLength) =>
        value.Length > maxLength && CodePoints(value) > maxLength;

    /// <summary>Whether <paramref name="value"/> has fewer than <paramref name="minLength"/> code points.</summary>
    /// <param name="value">The string.</param>
    /// <param name="minLength">The schema's <c>minLength</c>.</param>
    /// <returns><see langword="true"/> when the value breaks the rule.</returns>
    public static bool IsShorterThan(string value, int minLength) =>
        value.Length < minLength || (value.Length < 2L * minLength && CodePoints(value) < minLength);

    /// <summary>The number of code points in <paramref name="value"/>: a well-formed surrogate pair counts once, a lone surrogate once.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The count.</returns>
    public static int CodePoints(string value)
    {
        int count = value.Length;
        for (int i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
