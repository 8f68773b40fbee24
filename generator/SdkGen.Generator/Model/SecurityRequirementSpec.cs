namespace SdkGen.Generator.Model;

/// <summary>
/// One alternative of an operation's <c>security</c>: every scheme in it is applied together (AND). An operation lists
/// its alternatives in the spec's order and the client uses the first whose credentials are all configured; an
/// alternative with no schemes (<c>{}</c>) means the operation may be called without credentials.
/// </summary>
internal sealed record SecurityRequirementSpec
{
    /// <summary>The options property names of the schemes applied together, in the spec's order.</summary>
    public required ImmutableEquatableArray<string> SchemeProperties { get; init; }

    /// <summary>The OAuth2 scopes the requirement names (valid scope tokens only), which a client's token asks for when the credentials name none.</summary>
    public required ImmutableEquatableArray<string> Scopes { get; init; }
}
