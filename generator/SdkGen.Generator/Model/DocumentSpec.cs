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
    ImmutableEquatableArray<ClientSpec> Clients);
