namespace SdkGen.Generator.Model;

/// <summary>The options class shared by the document's clients: endpoint, server variables and credentials.</summary>
internal sealed record OptionsSpec(
    string Name,
    string? DefaultServerUrl,
    ImmutableEquatableArray<ServerVariableSpec> ServerVariables,
    bool HasBasicAuth)
{
    /// <summary>Servers declared on paths or operations, each an endpoint option of its own.</summary>
    public ImmutableEquatableArray<OperationServerSpec> OperationServers { get; init; } = ImmutableEquatableArray<OperationServerSpec>.Empty;
}

/// <summary>A <c>{variable}</c> in the server URL, exposed as an option.</summary>
internal sealed record ServerVariableSpec(
    string PropertyName,
    string WireName,
    string? DefaultValue,
    string? Description,
    ImmutableEquatableArray<string> AllowedValues);
