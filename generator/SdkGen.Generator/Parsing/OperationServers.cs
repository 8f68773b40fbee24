using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Collects the <c>servers</c> that paths and operations declare, one options property per distinct server, and one
/// per variable of its URL. An operation whose server is the document's own (or, in a document without top-level
/// servers, the first one found, whose variables become the top-level ones) keeps using <c>Endpoint</c>.
/// </summary>
internal sealed class OperationServers
{
    private readonly string? _topLevelUrl;
    private readonly UniqueNames _names;
    private readonly ParseContext _context;
    private readonly Dictionary<string, (OperationServerSpec Names, List<string> Paths)> _byUrl = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <param name="document">The document.</param>
    /// <param name="context">The parse context.</param>
    /// <param name="credentialProperties">The options' credential properties, which the server properties must not take.</param>
    public OperationServers(OpenApiDocument document, ParseContext context, IEnumerable<string> credentialProperties)
    {
        _names = new UniqueNames(OptionsMemberNames.Reserved.Concat(credentialProperties).ToArray());
        _context = context;
        _topLevelUrl = document.Servers?.FirstOrDefault()?.Url is { Length: > 0 } url ? url : null;
    }

    /// <summary>
    /// The default server of a document that lists servers only on paths or operations: the first of those, and where
    /// it is written (its variables become the options' own).
    /// </summary>
    public (OpenApiServer Server, string Pointer)? Fallback { get; private set; }

    private string? FallbackUrl => Fallback is var (server, _) ? WithDefaults(server) : null;

    /// <summary>The options property the operation's requests use, or null for <c>Endpoint</c>.</summary>
    /// <param name="label">The operation as people write it (<c>GET /messages</c>), listed in the option's docs.</param>
    /// <param name="pathItem">The path, whose servers apply when the operation names none.</param>
    /// <param name="pathItemPointer">Where the path is written (<c>/paths/~1messages</c>).</param>
    /// <param name="operation">The operation.</param>
    /// <param name="operationPointer">Where the operation is written (<c>/paths/~1messages/get</c>).</param>
    public string? For(string label, IOpenApiPathItem pathItem, string pathItemPointer, OpenApiOperation operation, string operationPointer)
    {
        (IList<OpenApiServer>? servers, string serversPointer) = operation.Servers is { Count: > 0 } own
            ? (own, ParseContext.Append(operationPointer, "servers"))
            : (pathItem.Servers is { Count: > 0 } shared ? shared : null, ParseContext.Append(pathItemPointer, "servers"));
        int index = servers?.ToList().FindIndex(s => s?.Url is { Length: > 0 }) ?? -1;
        if (index < 0)
        {
            return null;
        }

        OpenApiServer server = servers![index];
        string serverPointer = ParseContext.Append(serversPointer, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The document's own server, restated on a path (variables and all), is Endpoint with its variable options.
        if (server.Url == _topLevelUrl)
        {
            return null;
        }

        string url = WithDefaults(server);
        if (_topLevelUrl is null && Fallback is null)
        {
            Fallback = (server, serverPointer);
        }

        if (url == FallbackUrl)
        {
            return null;
        }

        if (!_byUrl.TryGetValue(url, out var entry))
        {
            string property = _names.Claim(NameFor(server.Url!), url);
            string prefix = property.EndsWith("Endpoint", StringComparison.Ordinal) ? property.Substring(0, property.Length - "Endpoint".Length) : property;
            List<ServerVariableSpec> variables = ServerOptionsMapper.Variables(server, serverPointer, prefix, _names, _context);
            var names = new OperationServerSpec
            {
                PropertyName = property,
                DefaultConstName = _names.Claim(variables.Count > 0 ? property + "Template" : "Default" + property, url),
                ResolveMethodName = _names.Claim("Resolve" + property, url),
                DefaultUrl = url,
                Paths = ImmutableEquatableArray<string>.Empty,
                UrlTemplate = server.Url!,
                Variables = variables.ToImmutableEquatableArray(),
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

    /// <summary>The options members the servers take: each property, its default's constant, its resolve method and its variables.</summary>
    public IEnumerable<string> MemberNames => _order.SelectMany(url => new[] { _byUrl[url].Names.PropertyName, _byUrl[url].Names.DefaultConstName, _byUrl[url].Names.ResolveMethodName }
        .Concat(_byUrl[url].Names.Variables.Select(v => v.PropertyName)));

    private static string WithDefaults(OpenApiServer server) => WithDefaults(server.Url!, server.Variables);

    // The URL with every variable at its default: what tells two servers apart, and the documented default.
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
