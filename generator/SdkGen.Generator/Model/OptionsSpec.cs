namespace SdkGen.Generator.Model;

/// <summary>The options class shared by the document's clients: endpoint, server variables and credentials.</summary>
internal sealed record OptionsSpec
{
    /// <summary>The options class's name.</summary>
    public required string Name { get; init; }

    /// <summary>The server URL (a template when there are variables), or null when the spec names no absolute server.</summary>
    public required string? DefaultServerUrl { get; init; }

    /// <summary>The server URL's <c>{variables}</c>, each an option.</summary>
    public required ImmutableEquatableArray<ServerVariableSpec> ServerVariables { get; init; }

    /// <summary>The security schemes the client applies, one credential property each, in the spec's order.</summary>
    public required ImmutableEquatableArray<SecuritySchemeSpec> SecuritySchemes { get; init; }

    /// <summary>Servers declared on paths or operations, each an endpoint option of its own.</summary>
    public ImmutableEquatableArray<OperationServerSpec> OperationServers { get; init; } = ImmutableEquatableArray<OperationServerSpec>.Empty;
}

/// <summary>A <c>{variable}</c> in the server URL, exposed as an option.</summary>
internal sealed record ServerVariableSpec
{
    /// <summary>The options property's name.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The variable's name in the URL template.</summary>
    public required string WireName { get; init; }

    /// <summary>The default value, or null when the user must set it.</summary>
    public required string? DefaultValue { get; init; }

    /// <summary>The variable's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The values the spec allows; empty when any is.</summary>
    public required ImmutableEquatableArray<string> AllowedValues { get; init; }
}
