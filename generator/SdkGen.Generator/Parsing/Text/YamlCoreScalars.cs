using System.Globalization;
using System.Numerics;
using System.Text;

namespace SdkGen.Generator.Parsing.Text;

/// <summary>
/// How a YAML 1.2 core-schema scalar resolves: null, bool, int or float (and the text JSON needs for a number).
/// Not YAML 1.1: <c>on</c>, <c>yes</c> and <c>no</c> are not booleans, since OpenAPI documents use them as plain words.
/// </summary>
internal static class YamlCoreScalars
{
    public static bool IsNull(string value) =>
        value == "~" || value == "null" || value == "Null" || value == "NULL";

    public static bool TryBool(string value, out bool result)
    {
        switch (value)
        {
            case "true":
            case "True":
            case "TRUE":
                result = true;
                return true;
            case "false":
            case "False":
            case "FALSE":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }

    public static bool IsSpecialFloat(string value)
    {
        string body = value.Length > 0 && (value[0] == '+' || value[0] == '-') ? value.Substring(1) : value;
        return body == ".inf" || body == ".Inf" || body == ".INF" || body == ".nan" || body == ".NaN" || body == ".NAN";
    }

    /// <summary>
    /// Matches the YAML 1.2 core int/float forms and rewrites them as valid JSON number text, changing only what
    /// JSON cannot express (a leading '+', leading zeros, ".5", "1.", hex and octal), so "1.0" stays "1.0".
    /// </summary>
    public static bool TryNumber(string value, bool allowFloat, out string? json)
    {
        json = null;
        if (value.Length == 0)
        {
            return false;
        }

        char first = value[0];
        if (!(first >= '0' && first <= '9') && first != '-' && first != '+' && first != '.')
        {
            return false;
        }

        if (value.Length > 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'o'))
        {
            return TryRadix(value, value[1] == 'x' ? 16 : 8, out json);
        }

        int i = 0;
        bool negative = false;
        if (first == '-' || first == '+')
        {
            negative = first == '-';
            i++;
        }

        int intStart = i;
        while (i < value.Length && IsDigit(value[i]))
        {
            i++;
        }

        int intEnd = i;
        int fracStart = -1;
        int fracEnd = -1;
        if (i < value.Length && value[i] == '.')
        {
            i++;
            fracStart = i;
            while (i < value.Length && IsDigit(value[i]))
            {
                i++;
            }

            fracEnd = i;
        }

        bool hasInt = intEnd > intStart;
        bool hasFrac = fracEnd > fracStart;
        if (!hasInt && !hasFrac)
        {
            return false;
        }

        int expStart = -1;
        if (i < value.Length && (value[i] == 'e' || value[i] == 'E'))
        {
            expStart = i;
            i++;
            if (i < value.Length && (value[i] == '+' || value[i] == '-'))
            {
                i++;
            }

            int digits = i;
            while (i < value.Length && IsDigit(value[i]))
            {
                i++;
            }

            if (i == digits)
            {
                return false;
            }
        }

        if (i != value.Length)
        {
            return false;
        }

        bool isFloat = fracStart >= 0 || expStart >= 0;
        if (isFloat && !allowFloat)
        {
            return false;
        }

        var builder = new StringBuilder(value.Length + 2);
        if (negative)
        {
            builder.Append('-');
        }

        int significant = intStart;
        while (significant < intEnd - 1 && value[significant] == '0')
        {
            significant++;
        }

        if (hasInt)
        {
            builder.Append(value, significant, intEnd - significant);
        }
        else
        {
            builder.Append('0');
        }

        if (fracStart >= 0)
        {
            // "1." is a float in YAML but not JSON; "1.0" keeps it a float.
            builder.Append('.');
            if (hasFrac)
            {
                builder.Append(value, fracStart, fracEnd - fracStart);
            }
            else
            {
                builder.Append('0');
            }
        }

        if (expStart >= 0)
        {
            builder.Append(value, expStart, value.Length - expStart);
        }

        json = builder.ToString();
        return true;
    }

    private static bool TryRadix(string value, int radix, out string? json)
    {
        json = null;
        BigInteger result = BigInteger.Zero;
        for (int i = 2; i < value.Length; i++)
        {
            int digit = HexDigit(value[i]);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            result = (result * radix) + digit;
        }

        json = result.ToString(CultureInfo.InvariantCulture);
        return true;
    }

    private static int HexDigit(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'a' && c <= 'f')
        {
            return c - 'a' + 10;
        }

        if (c >= 'A' && c <= 'F')
        {
            return c - 'A' + 10;
        }

        return -1;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
