using System.Collections.Generic;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The locals of one emitted method or statement, each unique among the names already in scope there (its
/// parameters, the locals around it), as Refit's emitter does with its unique-names scope. An emitter writes no local
/// built from a spec name without claiming it here, so a property named <c>value</c>, <c>vName</c> or <c>nName</c>
/// cannot clash with a parameter or another local.
/// </summary>
internal sealed class LocalNames
{
    private readonly HashSet<string> _taken;

    /// <param name="inScope">The names the new locals must avoid: the method's parameters, the enclosing locals.</param>
    public LocalNames(params string[] inScope)
        : this((IEnumerable<string>)inScope)
    {
    }

    /// <param name="inScope">The names the new locals must avoid: the method's parameters, the enclosing locals.</param>
    public LocalNames(IEnumerable<string> inScope)
    {
        _taken = new HashSet<string>(inScope, System.StringComparer.Ordinal);
    }

    /// <summary><paramref name="preferred"/>, or it with the first number that makes it unique (<c>item2</c>).</summary>
    public string Claim(string preferred)
    {
        string name = preferred;
        for (int suffix = 2; !_taken.Add(name); suffix++)
        {
            name = UniqueNames.WithNumber(preferred, suffix);
        }

        return name;
    }
}
