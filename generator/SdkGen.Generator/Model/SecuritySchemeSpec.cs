namespace SdkGen.Generator.Model;

/// <summary>How a security scheme the client applies puts its credential on a request.</summary>
internal enum SecuritySchemeKind
{
    /// <summary><c>type: http, scheme: basic</c>: <c>Authorization: Basic …</c> from a <c>BasicCredentials</c>.</summary>
    HttpBasic,

    /// <summary><c>type: http, scheme: bearer</c>: <c>Authorization: Bearer …</c> from a <c>BearerCredentials</c>.</summary>
    HttpBearer,

    /// <summary><c>type: apiKey, in: header</c>.</summary>
    ApiKeyHeader,

    /// <summary><c>type: apiKey, in: query</c>.</summary>
    ApiKeyQuery,

    /// <summary><c>type: apiKey, in: cookie</c>.</summary>
    ApiKeyCookie,

    /// <summary><c>type: oauth2</c> with a <c>clientCredentials</c> flow: a token from the token endpoint, resent once on 401.</summary>
    OAuth2ClientCredentials,
}

/// <summary>A security scheme of <c>components/securitySchemes</c> the client applies: one options property each.</summary>
internal sealed record SecuritySchemeSpec
{
    /// <summary>The scheme's key in <c>components/securitySchemes</c>, as written.</summary>
    public required string SchemeName { get; init; }

    /// <summary>The options property that holds the credential (and the client field, derived from it).</summary>
    public required string PropertyName { get; init; }

    /// <summary>How the credential is applied.</summary>
    public required SecuritySchemeKind Kind { get; init; }

    /// <summary>The header, query parameter or cookie name of an API key; null for other kinds.</summary>
    public required string? ParameterName { get; init; }

    /// <summary>The absolute token endpoint of the clientCredentials flow; null for other kinds.</summary>
    public required string? TokenUrl { get; init; }

    /// <summary>The scopes the flow declares, in order (documentation only: the credentials choose what they ask for).</summary>
    public required ImmutableEquatableArray<string> Scopes { get; init; }

    /// <summary>The scheme's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>True when the scheme writes the <c>Authorization</c> header (Basic, Bearer, OAuth2, or an API key named so).</summary>
    public bool UsesAuthorizationHeader =>
        Kind is SecuritySchemeKind.HttpBasic or SecuritySchemeKind.HttpBearer or SecuritySchemeKind.OAuth2ClientCredentials
        || (Kind == SecuritySchemeKind.ApiKeyHeader && string.Equals(ParameterName, "Authorization", System.StringComparison.OrdinalIgnoreCase));
}
