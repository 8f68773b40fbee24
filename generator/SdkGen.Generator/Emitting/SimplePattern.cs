using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Turns simple anchored patterns such as <c>^AC[0-9a-fA-F]{32}$</c> into a direct character check,
/// which is faster than a Regex and needs no Regex at run time. Anything else is left to Regex.
/// </summary>
internal static class SimplePattern
{
    private sealed record Atom(List<(char From, char To)> Ranges, int Min, int? Max);

    /// <summary>A C# boolean expression over <paramref name="variable"/>, or null when the pattern is not simple.</summary>
    public static CompiledPattern? TryCompile(string pattern, string variable)
    {
        List<Atom>? atoms = Parse(pattern);
        if (atoms is null || atoms.Count == 0)
        {
            return null;
        }

        // Only the last atom may vary in length: then a single left-to-right scan decides, no backtracking.
        for (int i = 0; i < atoms.Count - 1; i++)
        {
            if (atoms[i].Max != atoms[i].Min)
            {
                return null;
            }
        }

        return Emit(atoms, variable);
    }

    // A run of one character class is tested by the runtime's loop rather than unrolled; the class goes as data (pairs
    // of bounds), which is shorter than a lambda and avoids a delegate call per character.
    private const string AllInRanges = "global::SdkGen.Runtime.Internal.PatternMatch.AllInRanges";

    private static CompiledPattern Emit(List<Atom> atoms, string v)
    {
        var conditions = new List<string>();
        int fixedLength = atoms.Take(atoms.Count - 1).Sum(a => a.Min);
        Atom last = atoms[atoms.Count - 1];
        if (last.Max == last.Min)
        {
            conditions.Add(v + ".Length == " + (fixedLength + last.Min).ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            conditions.Add(v + ".Length >= " + (fixedLength + last.Min).ToString(CultureInfo.InvariantCulture));
            if (last.Max is { } max)
            {
                conditions.Add(v + ".Length <= " + (fixedLength + max).ToString(CultureInfo.InvariantCulture));
            }
        }

        int offset = 0;
        foreach (Atom atom in atoms.Take(atoms.Count - 1))
        {
            if (atom.Min == 1 || atom.Min <= 2)
            {
                for (int i = 0; i < atom.Min; i++)
                {
                    conditions.Add(CharTest(atom, v + "[" + (offset + i).ToString(CultureInfo.InvariantCulture) + "]"));
                }
            }
            else
            {
                conditions.Add(RunTest(atom, v, offset, atom.Min.ToString(CultureInfo.InvariantCulture)));
            }

            offset += atom.Min;
        }

        if (last.Max == last.Min && last.Min <= 2)
        {
            for (int i = 0; i < last.Min; i++)
            {
                conditions.Add(CharTest(last, v + "[" + (offset + i).ToString(CultureInfo.InvariantCulture) + "]"));
            }
        }
        else
        {
            conditions.Add(RunTest(last, v, offset, offset == 0 ? v + ".Length" : v + ".Length - " + offset.ToString(CultureInfo.InvariantCulture)));
        }

        return new CompiledPattern(string.Join("\n    && ", conditions));
    }

    private static string RunTest(Atom atom, string v, int offset, string count) =>
        AllInRanges + "(" + v + ", " + offset.ToString(CultureInfo.InvariantCulture) + ", " + count + ", "
        + CSharpLiteral.String(string.Concat(atom.Ranges.Select(r => new string(new[] { r.From, r.To })))) + ")";

    private static string CharTest(Atom atom, string c)
    {
        var tests = atom.Ranges.Select(r => r.From == r.To
            ? c + " == " + CharLiteral(r.From)
            : "(" + c + " >= " + CharLiteral(r.From) + " && " + c + " <= " + CharLiteral(r.To) + ")");
        return atom.Ranges.Count == 1 ? tests.First() : "(" + string.Join(" || ", tests) + ")";
    }

    private static string CharLiteral(char c) =>
        c is '\'' or '\\' || c < 0x20 || c > 0x7e
            ? "'\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + "'"
            : "'" + c + "'";

    private static List<Atom>? Parse(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '^' || pattern[pattern.Length - 1] != '$')
        {
            return null;
        }

        var atoms = new List<Atom>();
        int i = 1;
        int end = pattern.Length - 1;
        while (i < end)
        {
            List<(char, char)>? ranges;
            char c = pattern[i];
            if (c == '[')
            {
                ranges = ParseClass(pattern, ref i, end);
            }
            else if (c == '\\' && i + 1 < end)
            {
                ranges = Escape(pattern[i + 1]);
                i += 2;
            }
            else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '/' || c == '@')
            {
                ranges = new List<(char, char)> { (c, c) };
                i++;
            }
            else
            {
                return null;
            }

            if (ranges is null)
            {
                return null;
            }

            int min = 1;
            int? max = 1;
            if (i < end && !ParseQuantifier(pattern, ref i, end, ref min, ref max))
            {
                return null;
            }

            atoms.Add(new Atom(ranges, min, max));
        }

        return atoms;
    }

    private static List<(char, char)>? Escape(char c) => c switch
    {
        'd' => new List<(char, char)> { ('0', '9') },
        '.' or '-' or '/' or '\\' or '[' or ']' or '(' or ')' or '{' or '}' or '+' or '*' or '?' or '^' or '$' or '|' => new List<(char, char)> { (c, c) },
        _ => null,
    };

    private static List<(char, char)>? ParseClass(string pattern, ref int i, int end)
    {
        var ranges = new List<(char, char)>();
        i++;
        if (i < end && pattern[i] == '^')
        {
            return null;
        }

        while (i < end && pattern[i] != ']')
        {
            char from = pattern[i];
            if (from == '\\')
            {
                return null;
            }

            if (i + 2 < end && pattern[i + 1] == '-' && pattern[i + 2] != ']')
            {
                char to = pattern[i + 2];
                if (to < from)
                {
                    return null;
                }

                ranges.Add((from, to));
                i += 3;
            }
            else
            {
                ranges.Add((from, from));
                i++;
            }
        }

        if (i >= end || ranges.Count == 0)
        {
            return null;
        }

        i++;
        return ranges;
    }

    private static bool ParseQuantifier(string pattern, ref int i, int end, ref int min, ref int? max)
    {
        char q = pattern[i];
        switch (q)
        {
            case '+':
                min = 1;
                max = null;
                i++;
                return true;
            case '*':
                min = 0;
                max = null;
                i++;
                return true;
            case '?':
                min = 0;
                max = 1;
                i++;
                return true;
            case '{':
                int close = pattern.IndexOf('}', i);
                if (close < 0 || close >= end)
                {
                    return false;
                }

                string[] parts = pattern.Substring(i + 1, close - i - 1).Split(',');
                if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out min) || min > 10000)
                {
                    return false;
                }

                if (parts.Length == 1)
                {
                    max = min;
                }
                else if (parts[1].Length == 0)
                {
                    max = null;
                }
                else if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int upper) && upper >= min && upper <= 10000)
                {
                    max = upper;
                }
                else
                {
                    return false;
                }

                i = close + 1;
                return true;
            default:
                return true;
        }
    }
}

/// <summary>A pattern compiled to a direct check: the condition over the value.</summary>
internal sealed record CompiledPattern(string Condition);
