namespace SdkGen.Generator.Model;

/// <summary>The kinds of C# type a schema maps to.</summary>
internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    Boolean,
    DateTimeOffset,
    Guid,
    Enum,
    Model,
    Array,
    Map,
    Json,

    /// <summary>Bytes of a body that is not JSON, form or text (<c>format: binary</c>, <c>application/octet-stream</c>, <c>audio/*</c>…).</summary>
    Binary,
}

/// <summary>A reference to a C# type; <see cref="Element"/> is the item type of arrays and maps.</summary>
internal sealed record TypeRefSpec(TypeKind Kind, string? Name = null, TypeRefSpec? Element = null)
{
    public static readonly TypeRefSpec String = new(TypeKind.String);
    public static readonly TypeRefSpec Json = new(TypeKind.Json);
    public static readonly TypeRefSpec Binary = new(TypeKind.Binary);

    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double
        or TypeKind.Decimal or TypeKind.Boolean or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Enum or TypeKind.Json;
}
