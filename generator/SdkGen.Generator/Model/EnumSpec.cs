namespace SdkGen.Generator.Model;

/// <summary>A string enum from the spec, emitted as a C# enum with a designated member for unknown wire values.</summary>
internal sealed record EnumSpec(
    string Name,
    string ExtensionsName,
    string? Description,
    string UnknownMemberName,
    ImmutableEquatableArray<EnumMemberSpec> Members);

/// <summary>One enum member: its C# name and the exact string sent on the wire.</summary>
internal sealed record EnumMemberSpec(string Name, string WireValue, string? Description);
