using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Collects the <c>servers</c> that paths and operations declare, one options property per distinct server. An
/// operation whose server is the document's own (or, in a document without top-level servers, the first one found)
/// keeps using <c>Endpoint</c>.
/// </summary>
internal sealed class OperationServers
{
    private readonly string? _topLevelUrl;
    private readonly UniqueNames _names;
    private readonly Dictionary<string, (OperationServerSpec Names, List<string> Paths)> _byUrl = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <param name="document">The document.</param>
    /// <param name="context">The parse context.</param>
    /// <param name="credentialProperties">The options' credential properties, which the server properties must not take.</param>
    public OperationServers(OpenApiDocument document, ParseContext context, IEnumerable<string> credentialProperties)
    {
        _names = new UniqueNames(OptionsMemberNames.Reserved.Concat(credentialProperties).ToArray());
        _ = context;
        _topLevelUrl = document.Servers?.FirstOrDefault()?.Url is { Length: > 0 } url ? url : null;
    }

    /// <summary>The default endpoint of a document that lists servers only on paths or operations: the first of those.</summary>
    public string? FallbackUrl { get; private set; }

    /// <summary>The options property the operation's requests use, or null for <c>Endpoint</c>.</summary>
    /// <param name="label">The operation as people write it (<c>GET /messages</c>), listed in the option's docs.</param>
    /// <param name="pathItem">The path, whose servers apply when the operation names none.</param>
    /// <param name="operation">The operation.</param>
    public string? For(string label, IOpenApiPathItem pathItem, OpenApiOperation operation)
    {
        OpenApiServer? server = (operation.Servers is { Count: > 0 } own ? own : pathItem.Servers is { Count: > 0 } shared ? shared : null)?.FirstOrDefault(s => s?.Url is { Length: > 0 });
        if (server is null)
        {
            return null;
        }

        // The document's own server, restated on a path (variables and all), is Endpoint with its variable options.
        if (server.Url == _topLevelUrl)
        {
            return null;
        }

        string url = WithDefaults(server);
        if (_topLevelUrl is null && FallbackUrl is null)
        {
            FallbackUrl = url;
        }

        if (url == FallbackUrl)
        {
            return null;
        }

        if (!_byUrl.TryGetValue(url, out var entry))
        {
            string property = _names.Claim(NameFor(server.Url!), url);
            var names = new OperationServerSpec
            {
                PropertyName = property,
                DefaultConstName = _names.Claim("Default" + property, url),
                ResolveMethodName = _names.Claim("Resolve" + property, url),
                DefaultUrl = url,
                Paths = ImmutableEquatableArray<string>.Empty,
            };
            entry = (names, new List<string>());
            _byUrl[url] = entry;
            _order.Add(url);
        }

        if (!entry.Paths.Contains(label))
        {
            entry.Paths.Add(label);
        }

        return entry.Names.PropertyName;
    }

    public ImmutableEquatableArray<OperationServerSpec> Specs =>
        _order.Select(url => _byUrl[url].Names with { Paths = _byUrl[url].Paths.ToImmutableEquatableArray() }).ToImmutableEquatableArray();

    /// <summary>The options members the servers take: each property, its default's constant and its resolve method.</summary>
    public IEnumerable<string> MemberNames => _order.SelectMany(url => new[] { _byUrl[url].Names.PropertyName, _byUrl[url].Names.DefaultConstName, _byUrl[url].Names.ResolveMethodName });

    private static string WithDefaults(OpenApiServer server) => WithDefaults(server.Url!, server.Variables);

    // Path-level server variables are not options of their own: their defaults fill the URL, and the endpoint
    // property overrides the whole of it.
    private static string WithDefaults(string url, IDictionary<string, OpenApiServerVariable>? variables)
    {
        foreach (KeyValuePair<string, OpenApiServerVariable> variable in variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            if (variable.Value?.Default is { } value)
            {
                url = url.Replace("{" + variable.Key + "}", value);
            }
        }

        return url;
    }

    // "https://uploads.example.com/v1" → UploadsEndpoint; "https://{region}.media.example.com" → MediaEndpoint; "/upload" → UploadEndpoint.
    private static string NameFor(string url)
    {
        string rest = url.Contains("://") ? url.Substring(url.IndexOf("://", StringComparison.Ordinal) + 3) : url.TrimStart('/');
        string label = rest.Split('.', '/', ':').FirstOrDefault(l => l.Length > 0 && l.IndexOf('{') < 0) ?? "Server";
        return Identifiers.ToPascalCase(label, "Server") + "Endpoint";
    }
}
