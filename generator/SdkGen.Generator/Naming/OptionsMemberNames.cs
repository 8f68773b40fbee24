namespace SdkGen.Generator.Naming;

/// <summary>
/// The options class's own members, which no credential, server or server-variable property may take: each mapper
/// that names options properties starts its scope with these (and with the names claimed before it).
/// </summary>
internal static class OptionsMemberNames
{
    /// <summary>The fixed members, the default endpoint's constant in both of its forms, and the clock an OAuth2 token source reads.</summary>
    public static readonly string[] Reserved = { "Endpoint", "ServiceName", "MaxResponseContentLength", "TimeProvider", "DefaultEndpoint", "EndpointTemplate", "ResolveEndpoint" };
}
