namespace SdkGen.Generator.Model;

/// <summary>A model property: the C# name, the exact wire name, and what the spec says about it.</summary>
internal sealed record PropertySpec(
    string Name,
    string WireName,
    string? Description,
    TypeRefSpec Type,
    bool IsRequired,
    bool IsNullable,
    ValidationSpec? Validation,
    bool IsDeprecated,
    string? WireValuePropertyName)
{
    /// <summary>The C# type is nullable when the value may be absent or null on the wire.</summary>
    public bool IsOptionalInCSharp => IsNullable || !IsRequired;
}
