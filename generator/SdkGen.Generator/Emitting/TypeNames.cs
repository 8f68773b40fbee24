using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>The C# spelling of a <see cref="TypeRefSpec"/>, fully qualified where it names a framework type.</summary>
internal static class TypeNames
{
    public static string Of(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Int32 => "int",
        ValueKind.Int64 => "long",
        ValueKind.Single => "float",
        ValueKind.Double => "double",
        ValueKind.Decimal => "decimal",
        ValueKind.Boolean => "bool",
        ValueKind.DateTimeOffset => "global::System.DateTimeOffset",
        ValueKind.Date => "global::System.DateOnly",
        ValueKind.Time => "global::System.TimeOnly",
        ValueKind.Duration => "global::System.TimeSpan",
        ValueKind.Guid => "global::System.Guid",
        ValueKind.Json => "global::System.Text.Json.JsonElement",
        ValueKind.Binary => "global::System.IO.Stream",
        ValueKind.File => "global::SdkGen.Runtime.FilePart",
        ValueKind.Enum or ValueKind.Model => type.Name!,
        ValueKind.Array => "global::System.Collections.Generic.IList<" + Of(type.Element!) + ">",
        ValueKind.Map => "global::System.Collections.Generic.IDictionary<string, " + Of(type.Element!) + ">",
        _ => "object",
    };

    /// <summary>The concrete collection created when reading: List/Dictionary behind the interfaces.</summary>
    public static string ConcreteOf(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.Array => "global::System.Collections.Generic.List<" + Of(type.Element!) + ">",
        ValueKind.Map => "global::System.Collections.Generic.Dictionary<string, " + Of(type.Element!) + ">",
        _ => Of(type),
    };

    public static string Nullable(TypeRefSpec type, bool nullable) => nullable ? Of(type) + "?" : Of(type);
}
