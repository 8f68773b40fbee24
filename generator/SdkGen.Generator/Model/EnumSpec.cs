namespace SdkGen.Generator.Model;

/// <summary>A string enum from the spec, emitted as a C# enum with a designated member for unknown wire values.</summary>
internal sealed record EnumSpec
{
    /// <summary>The enum's C# name, unique within the namespace.</summary>
    public required string Name { get; init; }

    /// <summary>The static class holding the wire-text conversions.</summary>
    public required string ExtensionsName { get; init; }

    /// <summary>The schema's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The member a wire value this SDK does not know reads as (<c>Unknown</c> unless the spec has one).</summary>
    public required string UnknownMemberName { get; init; }

    /// <summary>The spec's values, in its order.</summary>
    public required ImmutableEquatableArray<EnumMemberSpec> Members { get; init; }

    /// <summary>The schema is marked <c>deprecated</c>.</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>
    /// Its table in <see cref="DocumentSpec.WireValuesClassName"/>, shared with every enum of the same values: set by
    /// <c>Naming/HelperNames</c>, never null in a <see cref="DocumentSpec"/>.
    /// </summary>
    public string WireValueTable { get; init; } = null!;
}

/// <summary>One enum member: its C# name and the exact string sent on the wire.</summary>
internal sealed record EnumMemberSpec
{
    /// <summary>The member's C# name, unique within the enum.</summary>
    public required string Name { get; init; }

    /// <summary>The value exactly as sent and received.</summary>
    public required string WireValue { get; init; }

    /// <summary>The value's description (<c>x-enum-descriptions</c>), or null.</summary>
    public required string? Description { get; init; }
}
