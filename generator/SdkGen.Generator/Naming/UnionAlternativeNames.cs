using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Naming;

/// <summary>
/// The suffix of a union alternative's <c>Is…</c>/<c>TryGet…</c> members: the model's or enum's name, the framework
/// type's name for scalars (<c>String</c>, <c>Int64</c>, <c>DateTimeOffset</c>), <c>…List</c>/<c>…Map</c> for collections.
/// </summary>
internal static class UnionAlternativeNames
{
    /// <summary>The property holding JSON that matched no alternative: <c>Json</c>, unless the union itself is named so.</summary>
    public static string JsonProperty(string union) => union == "Json" ? "RawJson" : "Json";

    /// <summary>
    /// Names the member giving the held alternative as a parameter's text (<c>ToParameterText</c>, or
    /// <c>HeldParameterText</c> in a union named so) on each union a path, query or header parameter sends, and on those
    /// parameters. The mapper kept only parameters whose every alternative can be sent (<c>Parsing/ParameterValues</c>).
    /// </summary>
    public static DocumentSpec WithParameterText(DocumentSpec document)
    {
        var unions = new HashSet<string>(document.Models.Where(m => m.Union is not null).Select(m => m.Name), System.StringComparer.Ordinal);
        bool Sends(ParameterSpec p) => p.Location != ParameterPlacement.Part && p.Type.Kind == ValueKind.Model && unions.Contains(p.Type.Name!);
        var sent = new HashSet<string>(document.Clients.SelectMany(c => c.Operations).SelectMany(o => o.Parameters).Where(Sends).Select(p => p.Type.Name!), System.StringComparer.Ordinal);
        if (sent.Count == 0)
        {
            return document;
        }

        return document with
        {
            Models = document.Models.Select(m => sent.Contains(m.Name) ? m with { Union = m.Union! with { ParameterTextMethodName = ParameterTextMethod(m.Name) } } : m).ToImmutableEquatableArray(),
            Clients = document.Clients.Select(c => c with
            {
                Operations = c.Operations.Select(o => o.Parameters.Any(Sends)
                    ? o with { Parameters = o.Parameters.Select(p => Sends(p) ? p with { UnionTextMethodName = ParameterTextMethod(p.Type.Name!) } : p).ToImmutableEquatableArray() }
                    : o).ToImmutableEquatableArray(),
            }).ToImmutableEquatableArray(),
        };
    }

    // The class's other members start with Is or TryGet, or are Json/RawJson: only the class's own name can clash.
    private static string ParameterTextMethod(string union) => union == "ToParameterText" ? "HeldParameterText" : "ToParameterText";

    public static string SuffixOf(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.Enum or ValueKind.Model => type.Name!,
        ValueKind.Array => SuffixOf(type.Element!) + "List",
        ValueKind.Map => SuffixOf(type.Element!) + "Map",
        ValueKind.Date => "DateOnly",
        ValueKind.Time => "TimeOnly",
        ValueKind.Duration => "TimeSpan",
        ValueKind.Json => "JsonElement",
        _ => type.Kind.ToString(),
    };
}
