using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>The C# spelling of a <see cref="TypeRefSpec"/>, fully qualified where it names a framework type.</summary>
internal static class TypeNames
{
    public static string Of(TypeRefSpec type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.Boolean => "bool",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        TypeKind.Binary => "global::System.IO.Stream",
        TypeKind.Enum or TypeKind.Model => type.Name!,
        TypeKind.Array => "global::System.Collections.Generic.IList<" + Of(type.Element!) + ">",
        TypeKind.Map => "global::System.Collections.Generic.IDictionary<string, " + Of(type.Element!) + ">",
        _ => "object",
    };

    /// <summary>The concrete collection created when reading: List/Dictionary behind the interfaces.</summary>
    public static string ConcreteOf(TypeRefSpec type) => type.Kind switch
    {
        TypeKind.Array => "global::System.Collections.Generic.List<" + Of(type.Element!) + ">",
        TypeKind.Map => "global::System.Collections.Generic.Dictionary<string, " + Of(type.Element!) + ">",
        _ => Of(type),
    };

    public static string Nullable(TypeRefSpec type, bool nullable) => nullable ? Of(type) + "?" : Of(type);
}
