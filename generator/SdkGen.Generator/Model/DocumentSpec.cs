namespace SdkGen.Generator.Model;

/// <summary>
/// Everything emitted for one OpenAPI document. <see cref="UnreachableSchemas"/> names the component schemas no
/// operation reaches: left out unless the spec asks for them (<c>SdkGenIncludeUnreachableSchemas</c>).
/// </summary>
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
    ImmutableEquatableArray<ClientSpec> Clients,
    ImmutableEquatableArray<string> UnreachableSchemas);
