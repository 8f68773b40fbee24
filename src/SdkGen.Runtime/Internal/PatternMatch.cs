using System.ComponentModel;
using System.Text.RegularExpressions;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

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
    /// fall in one of <paramref name="ranges"/>: the repeated character class of a pattern checked without a Regex.
    /// </summary>
    /// <remarks>
    /// The class is data, not a delegate: a delegate call per character was most of the cost of checking an id.
    /// Characters are compared as UTF-16 code units, surrogates included, as a Regex compares them.
    /// </remarks>
    /// <param name="value">The value to check; the caller has checked its length.</param>
    /// <param name="start">The first character to test.</param>
    /// <param name="count">How many characters to test.</param>
    /// <param name="ranges">
    /// The class as pairs of inclusive bounds: <c>"09afAF"</c> for <c>[0-9a-fA-F]</c>, a single character as a pair of
    /// itself (<c>"__"</c> for <c>_</c>).
    /// </param>
    /// <returns>Whether every character tested is in the class.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="ranges"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> and <paramref name="count"/> are not a span of <paramref name="value"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ranges"/> has an odd length or a pair whose bounds are reversed.</exception>
    public static bool AllInRanges(string value, int start, int count, string ranges)
    {
        if (value is null || ranges is null)
        {
            throw new ArgumentNullException(value is null ? nameof(value) : nameof(ranges));
        }

        if (start < 0 || count < 0 || count > value.Length - start)
        {
            throw new ArgumentOutOfRangeException(start < 0 || start > value.Length ? nameof(start) : nameof(count));
        }

        if ((ranges.Length & 1) != 0)
        {
            throw new ArgumentException("The ranges must be pairs of bounds.", nameof(ranges));
        }

        for (int r = 0; r < ranges.Length; r += 2)
        {
            if (ranges[r + 1] < ranges[r])
            {
                throw new ArgumentException("A range's upper bound is below its lower bound.", nameof(ranges));
            }
        }

        ReadOnlySpan<char> run = value.AsSpan(start, count);
#if NET
        if (Vector128.IsHardwareAccelerated && run.Length >= Vector128<ushort>.Count)
        {
            return AllInRangesVectorized(run, ranges);
        }
#endif
        return AllInRangesScalar(run, ranges);
    }

    // The ASCII part of the class becomes a 128-bit set, so each ASCII character costs one bit test; characters above it
    // are compared with the ranges themselves. Internal for the tests: on .NET it takes only runs shorter than a vector.
    internal static bool AllInRangesScalar(ReadOnlySpan<char> run, string ranges)
    {
        ulong low = 0, high = 0;
        bool beyondAscii = false;
        for (int r = 0; r < ranges.Length; r += 2)
        {
            low |= Bits(ranges[r], ranges[r + 1], 0);
            high |= Bits(ranges[r], ranges[r + 1], 64);
            beyondAscii |= ranges[r + 1] > 127;
        }

        foreach (char c in run)
        {
            if (c < 128)
            {
                if (((c < 64 ? low : high) & (1UL << (c & 63))) == 0)
                {
                    return false;
                }
            }
            else if (!beyondAscii || !InRanges(c, ranges))
            {
                return false;
            }
        }

        return true;
    }

#if NET
    // Eight UTF-16 code units at a time: per range, one subtraction and one unsigned comparison tell from <= c <= to. The
    // last block overlaps the one before it rather than leaving a scalar tail.
    private static bool AllInRangesVectorized(ReadOnlySpan<char> run, string ranges)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(run));
        nuint last = (nuint)(run.Length - Vector128<ushort>.Count);
        for (nuint i = 0; ; i = Math.Min(i + (nuint)Vector128<ushort>.Count, last))
        {
            Vector128<ushort> block = Vector128.LoadUnsafe(ref first, i);
            Vector128<ushort> inClass = Vector128<ushort>.Zero;
            for (int r = 0; r < ranges.Length; r += 2)
            {
                inClass |= Vector128.LessThanOrEqual(block - Vector128.Create((ushort)ranges[r]), Vector128.Create((ushort)(ranges[r + 1] - ranges[r])));
            }

            if (inClass != Vector128<ushort>.AllBitsSet)
            {
                return false;
            }

            if (i == last)
            {
                return true;
            }
        }
    }
#endif

    // The characters of [from, to] within [offset, offset + 63], as bits of one word.
    private static ulong Bits(char from, char to, int offset)
    {
        int lowest = Math.Max(from, offset), highest = Math.Min(to, offset + 63);
        if (lowest > highest)
        {
            return 0;
        }

        int width = highest - lowest + 1;
        return (width == 64 ? ulong.MaxValue : (1UL << width) - 1) << (lowest - offset);
    }

    private static bool InRanges(char c, string ranges)
    {
        for (int r = 0; r < ranges.Length; r += 2)
        {
            if (c >= ranges[r] && c <= ranges[r + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the <paramref name="count"/> characters of <paramref name="value"/> from <paramref name="start"/> all
    /// pass <paramref name="accept"/>: the repeated character class of a pattern checked without a Regex.
    /// </summary>
    /// <remarks>
    /// Kept for code generated by earlier SdkGen versions, which may run against this runtime; current generated code
    /// calls <see cref="AllInRanges"/>.
    /// </remarks>
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
