using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// The checks of the API description's rules that generated code would otherwise repeat in every method: path
/// segments, <c>multipleOf</c>, <c>uniqueItems</c>. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueRules
{
    /// <summary>
    /// Throws unless <paramref name="value"/> can fill a path segment: not null, not empty, not <c>.</c> or <c>..</c>
    /// (see <see cref="ArgumentErrors.DotSegment"/> for why those are refused rather than encoded).
    /// </summary>
    /// <param name="value">The path parameter.</param>
    /// <param name="name">The parameter, named in the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or a dot-segment.</exception>
    public static void RequirePathSegment(string? value, string name)
    {
        if (value is null)
        {
            throw ArgumentErrors.Required(name);
        }

        if (value.Length == 0)
        {
            throw ArgumentErrors.Empty(name);
        }

        if (ArgumentErrors.IsDotSegment(value))
        {
            throw ArgumentErrors.DotSegment(name);
        }
    }

    /// <summary>Whether <paramref name="value"/> is an exact multiple of <paramref name="factor"/> (decimal arithmetic).</summary>
    /// <param name="value">The value.</param>
    /// <param name="factor">The specification's <c>multipleOf</c>, greater than zero.</param>
    /// <returns>Whether <paramref name="value"/> divided by <paramref name="factor"/> is an integer.</returns>
    public static bool IsMultipleOf(long value, decimal factor) => (decimal)value % factor == 0m;

    /// <inheritdoc cref="IsMultipleOf(long, decimal)"/>
    public static bool IsMultipleOf(decimal value, decimal factor) => value % factor == 0m;

    /// <summary>
    /// Whether <paramref name="value"/>, as the number text it is sent as, is an exact multiple of
    /// <paramref name="factor"/>. The binary value of 0.3 is not a multiple of 0.1, but the text "0.3" the service
    /// receives is, and that is what the service checks; a value whose text a decimal cannot hold exactly (beyond
    /// 28 decimal places or 7.9E+28) cannot be checked and is refused.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="factor">The specification's <c>multipleOf</c>, greater than zero.</param>
    /// <returns>Whether the value's text divided by <paramref name="factor"/> is an integer.</returns>
    public static bool IsMultipleOf(double value, decimal factor) =>
        !double.IsNaN(value) && !double.IsInfinity(value)
        && TryExact(value.ToString("R", CultureInfo.InvariantCulture), out decimal exact)
        && (double)exact == value
        && exact % factor == 0m;

    /// <inheritdoc cref="IsMultipleOf(double, decimal)"/>
    public static bool IsMultipleOf(float value, decimal factor) =>
        !float.IsNaN(value) && !float.IsInfinity(value)
        && TryExact(value.ToString("R", CultureInfo.InvariantCulture), out decimal exact)
        && (float)exact == value
        && exact % factor == 0m;

    /// <summary>Whether <paramref name="items"/> holds two equal items (ordinal for strings).</summary>
    /// <typeparam name="T">The item type: a string, number, boolean, UUID or enum.</typeparam>
    /// <param name="items">The list.</param>
    /// <returns>Whether some item appears twice.</returns>
    public static bool HasDuplicates<T>(IEnumerable<T> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        var seen = new HashSet<T>(EqualityComparer<T>.Default);
        foreach (T item in items)
        {
            if (!seen.Add(item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryExact(string text, out decimal exact) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out exact);
}
