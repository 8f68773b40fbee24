namespace SdkGen.Generator.Model;

/// <summary>A client class and its operations.</summary>
internal sealed record ClientSpec(string Name, string? Description, ImmutableEquatableArray<OperationSpec> Operations);
