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
