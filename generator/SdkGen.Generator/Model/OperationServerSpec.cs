namespace SdkGen.Generator.Model;

/// <summary>
/// A server set declared on paths or operations (not at the top level): an option of its own, so every operation
/// goes where its description says and a caller can still redirect it.
/// </summary>
/// <param name="PropertyName">The options property, for example <c>UploadsEndpoint</c>.</param>
/// <param name="DefaultUrl">The first server's URL with its variables at their defaults; may be relative to <c>Endpoint</c>.</param>
/// <param name="Paths">The operations that use it (<c>GET /messages</c>), for the docs.</param>
/// <param name="UrlTemplate">The server's URL as written, with its <c>{variables}</c>.</param>
/// <param name="Variables">The URL's variables, each an option of its own (for example <c>MediaRegion</c>); empty when it has none.</param>
internal sealed record OperationServerSpec(string PropertyName, string DefaultUrl, ImmutableEquatableArray<string> Paths, string UrlTemplate, ImmutableEquatableArray<ServerVariableSpec> Variables);
