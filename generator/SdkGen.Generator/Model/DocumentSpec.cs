namespace SdkGen.Generator.Model;

/// <summary>Everything emitted for one OpenAPI document.</summary>
internal sealed record DocumentSpec(
    string SourceFilePath,
    string SourceFileName,
    string Namespace,
    string ClientName,
    string ServiceName,
    string? Description,
    ImmutableEquatableArray<EnumSpec> Enums,
    ImmutableEquatableArray<ModelSpec> Models,
    OptionsSpec Options,
    ImmutableEquatableArray<ClientSpec> Clients)
{
    /// <summary>The internal class holding the reflection-free JSON readers and writers (named by the parser, which keeps it distinct from every other type).</summary>
    public string SerializerClassName { get; init; } = string.Empty;

    /// <summary>The internal class holding the argument checks and model validators (named by the parser, as above).</summary>
    public string ValidationClassName { get; init; } = string.Empty;
}
