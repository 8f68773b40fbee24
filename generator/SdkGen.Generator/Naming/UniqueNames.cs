using System;
using System.Collections.Generic;
using System.Globalization;

namespace SdkGen.Generator.Naming;

/// <summary>
/// Hands out identifiers within one scope (a namespace, a class, a parameter list), renaming
/// the later of two names that collide after PascalCasing and reporting it.
/// </summary>
internal sealed class UniqueNames
{
    private readonly Dictionary<string, string> _claimedBy;

    public UniqueNames(params string[] reserved)
        : this(ignoreCase: false, reserved)
    {
    }

    public UniqueNames(bool ignoreCase, params string[] reserved)
    {
        _claimedBy = new Dictionary<string, string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (string name in reserved)
        {
            _claimedBy[name] = name;
        }
    }

    /// <summary>Every identifier taken so far, reserved ones included.</summary>
    public IEnumerable<string> Names => _claimedBy.Keys;

    /// <summary>Whether <paramref name="identifier"/> is already taken.</summary>
    public bool Contains(string identifier) => _claimedBy.ContainsKey(identifier);

    /// <summary>
    /// Claims <paramref name="identifier"/> for <paramref name="originalName"/>; when it is taken, claims
    /// <c>identifier2</c>, <c>identifier3</c>… (<c>Pattern1_2</c> when it ends in a digit) and calls <paramref name="onCollision"/> with the earlier original name, the contested identifier and the new one.
    /// </summary>
    public string Claim(string identifier, string originalName, Action<string, string, string>? onCollision = null)
    {
        if (!_claimedBy.TryGetValue(identifier, out string? earlier))
        {
            _claimedBy[identifier] = originalName;
            return identifier;
        }

        for (int suffix = 2; ; suffix++)
        {
            string candidate = WithNumber(identifier, suffix);
            if (!_claimedBy.ContainsKey(candidate))
            {
                _claimedBy[candidate] = originalName;
                onCollision?.Invoke(earlier, identifier, candidate);
                return candidate;
            }
        }
    }

    /// <summary>
    /// <paramref name="identifier"/> told apart by <paramref name="number"/>: <c>Pet2</c>, but <c>MatchesPattern1_2</c>,
    /// since <c>MatchesPattern12</c> would read as (and could be) the twelfth.
    /// </summary>
    public static string WithNumber(string identifier, int number) =>
        identifier + (identifier.Length > 0 && identifier[identifier.Length - 1] is >= '0' and <= '9' ? "_" : "") + number.ToString(CultureInfo.InvariantCulture);
}
