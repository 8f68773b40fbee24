using System;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Whether a value of a type can be sent as a path, query or header parameter, and if not, why: the one decision
/// behind both the parameter the mapper keeps (and a union's text member, <see cref="UnionSpec.ParameterTextMethodName"/>,
/// the emitter writes for it) and the SDKGEN013/SDKGEN014 it reports instead.
/// A scalar (string, number, boolean, enum, formatted string) is sent anywhere; a list of scalars in a query (by its
/// <c>style</c>/<c>explode</c>) or a header (comma-separated), never in the path; a union when each alternative is,
/// the held one written as a parameter of its type would be.
/// </summary>
internal static class ParameterValues
{
    /// <summary>Null when a value of <paramref name="type"/> can be sent in <paramref name="location"/>, else the reason ("has…"/"is…").</summary>
    /// <param name="type">The parameter's type.</param>
    /// <param name="location">Path, query or header.</param>
    /// <param name="unionOf">The union a model type names, or null when it names no union.</param>
    public static string? WhyNotSent(TypeRefSpec type, ParameterPlacement location, Func<string, UnionSpec?> unionOf)
    {
        if (IsSent(type, location))
        {
            return null;
        }

        string where = location.ToString().ToLowerInvariant();
        if (type.Kind == ValueKind.Model && unionOf(type.Name!) is { } union)
        {
            if (union.Alternatives.Count == 0)
            {
                return "is a union (" + type.Name + ") with no alternative to send, only JSON, which cannot be sent in the " + where;
            }

            if (union.Alternatives.FirstOrDefault(a => !IsSent(a.Type, location)) is { } alternative)
            {
                return "is a union (" + type.Name + ") whose alternative '" + alternative.Name + "' has a structured type (" + Described(alternative.Type) + ") that cannot be sent in the " + where;
            }

            return null;
        }

        return "has a structured type (" + type.Kind + ") that cannot be sent in the " + where;
    }

    private static bool IsSent(TypeRefSpec type, ParameterPlacement location) =>
        IsScalar(type) || (type.Kind == ValueKind.Array && location != ParameterPlacement.Path && IsScalar(type.Element!));

    private static bool IsScalar(TypeRefSpec type) =>
        type.Kind is not (ValueKind.Model or ValueKind.Array or ValueKind.Map or ValueKind.Json or ValueKind.Binary or ValueKind.File);

    private static string Described(TypeRefSpec type) =>
        type.Kind is ValueKind.Array or ValueKind.Map ? type.Kind + " of " + Described(type.Element!) : type.Kind.ToString();
}
