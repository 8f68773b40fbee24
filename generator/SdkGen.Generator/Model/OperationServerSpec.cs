namespace SdkGen.Generator.Model;

/// <summary>
/// A server set declared on paths or operations (not at the top level): an option of its own, so every operation
/// goes where its description says and a caller can still redirect it. Its three member names are claimed together
/// in the options class's scope.
/// </summary>
internal sealed record OperationServerSpec
{
    /// <summary>The options property, for example <c>UploadsEndpoint</c>.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The constant holding <see cref="DefaultUrl"/> (<c>DefaultUploadsEndpoint</c>).</summary>
    public required string DefaultConstName { get; init; }

    /// <summary>The internal method that checks the property and falls back to the default (<c>ResolveUploadsEndpoint</c>).</summary>
    public required string ResolveMethodName { get; init; }

    /// <summary>The first server's URL with its variables at their defaults; may be relative to <c>Endpoint</c>.</summary>
    public required string DefaultUrl { get; init; }

    /// <summary>The operations that use it (<c>GET /messages</c>), for the docs.</summary>
    public required ImmutableEquatableArray<string> Paths { get; init; }
}
