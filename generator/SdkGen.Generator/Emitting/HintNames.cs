using System.Globalization;
using System.Text;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Keeps generated file names short enough for every file system: with <c>EmitCompilerGeneratedFiles</c> the compiler
/// writes each hint name as a file (CS0016 past 255 bytes), and <c>sdkgen generate</c> writes the same names.
/// </summary>
internal static class HintNames
{
    /// <summary>The longest hint name kept as it is, in UTF-8 bytes: half the common 255-byte limit of a file name, leaving room for a suffix.</summary>
    public const int MaxBytes = 128;

    private const string Extension = ".g.cs";

    /// <summary>
    /// <paramref name="hintName"/> itself when short enough; otherwise its start, a hash of the whole name (so two long
    /// names that share a start stay distinct, and the same name always maps to the same file) and <c>.g.cs</c>.
    /// </summary>
    public static string Cap(string hintName)
    {
        if (Encoding.UTF8.GetByteCount(hintName) <= MaxBytes)
        {
            return hintName;
        }

        string hash = "." + Fnv1a(hintName).ToString("x16", CultureInfo.InvariantCulture);
        int budget = MaxBytes - hash.Length - Extension.Length;
        var start = new StringBuilder(budget);
        int bytes = 0;
        foreach (char c in hintName)
        {
            // Whole characters only: a surrogate pair counts as four bytes and is kept or dropped together.
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
            if (bytes + size > budget)
            {
                break;
            }

            start.Append(c);
            bytes += size;
        }

        if (start.Length > 0 && char.IsHighSurrogate(start[start.Length - 1]))
        {
            start.Length--;
        }

        return start.ToString().TrimEnd('.') + hash + Extension;
    }

    // FNV-1a: deterministic across processes and platforms (string.GetHashCode is randomised per process).
    private static ulong Fnv1a(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
