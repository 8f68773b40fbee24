using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// The one decision on authentication: which security schemes the client applies (each an options property), and which
/// alternatives of each operation's <c>security</c> it can satisfy. The options and client emitters write exactly what
/// this returns, and SDKGEN019 is reported here for exactly what it leaves out, so the two cannot disagree.
/// </summary>
internal sealed class SecuritySchemes
{
    private readonly ParseContext _context;
    private readonly Dictionary<string, SecuritySchemeSpec> _applied = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<SecurityRequirementSpec> _documentRequirements;

    public SecuritySchemes(OpenApiDocument document, ParseContext context)
    {
        _context = context;
        var names = new UniqueNames(OptionsMemberNames.Reserved);
        if (document.Components?.SecuritySchemes is { } schemes)
        {
            foreach (KeyValuePair<string, IOpenApiSecurityScheme> scheme in schemes)
            {
                string pointer = ParseContext.Append("/components/securitySchemes", scheme.Key);
                if (scheme.Value is null || !ReferenceCycles.Resolves(context, pointer, scheme.Value, "The security scheme '" + scheme.Key + "'", () => scheme.Value.Type))
                {
                    continue;
                }

                _declared.Add(scheme.Key);
                SecuritySchemeSpec? spec = Decide(scheme.Key, scheme.Value, pointer);
                if (spec is not null)
                {
                    string property = Identifiers.ToPascalCase(scheme.Key, "Credentials");
                    property = Identifiers.HidesObjectMember(property) ? property + "Credentials" : property;
                    _applied[scheme.Key] = spec with { PropertyName = names.Claim(property, scheme.Key, context.CollisionReporter("Security scheme", scheme.Key, pointer)) };
                }
            }
        }

        _documentRequirements = Requirements(document.Security, "/security", "the document");
    }

    /// <summary>The options property names of every applied scheme (other options properties must avoid them).</summary>
    public IEnumerable<string> PropertyNames => _applied.Values.Select(s => s.PropertyName);

    /// <summary>The applied schemes some operation uses, in declaration order: the options' credential properties.</summary>
    public ImmutableEquatableArray<SecuritySchemeSpec> Used =>
        _applied.Values.Where(s => _used.Contains(s.PropertyName)).ToImmutableEquatableArray();

    /// <summary>
    /// The alternatives the client applies for <paramref name="operation"/>: its own <c>security</c> when it has one
    /// (<c>[]</c> = none), else the document's.
    /// </summary>
    /// <remarks>
    /// <paramref name="authorizationParameter"/> is the operation's declared <c>Authorization</c> header parameter, or
    /// null: a value the caller gives replaces the operation's whole security (the emitters write it so), which is
    /// reported here for the schemes that would not have used that header.
    /// </remarks>
    public ImmutableEquatableArray<SecurityRequirementSpec> For(OpenApiOperation operation, string operationPointer, string methodName, ParameterSpec? authorizationParameter)
    {
        List<SecurityRequirementSpec> requirements = operation.Security is null
            ? _documentRequirements
            : Requirements(operation.Security, operationPointer + "/security", methodName);
        foreach (SecurityRequirementSpec requirement in requirements)
        {
            _used.UnionWith(requirement.SchemeProperties);
        }

        if (authorizationParameter is not null)
        {
            List<string> replaced = requirements.SelectMany(r => r.SchemeProperties).Distinct(StringComparer.Ordinal)
                .Select(p => _applied.Values.First(s => s.PropertyName == p))
                .Where(s => !s.UsesAuthorizationHeader)
                .Select(s => "'" + s.SchemeName + "'")
                .ToList();
            if (replaced.Count > 0)
            {
                string when = authorizationParameter.IsRequired ? "its required Authorization header parameter" : "its Authorization header parameter, when given,";
                _context.Report(DiagnosticDescriptors.SecuritySchemeNotApplied, operationPointer,
                    "The security scheme" + (replaced.Count > 1 ? "s " : " ") + string.Join(", ", replaced) + " of " + methodName,
                    when + " replaces the operation's security, so " + (replaced.Count > 1 ? "they are" : "it is") + " not sent with it");
            }
        }

        return requirements.ToImmutableEquatableArray();
    }

    private List<SecurityRequirementSpec> Requirements(IList<OpenApiSecurityRequirement>? security, string pointer, string owner)
    {
        var result = new List<SecurityRequirementSpec>();
        if (security is null)
        {
            return result;
        }

        var unusable = new List<string>();
        for (int i = 0; i < security.Count; i++)
        {
            if (security[i] is not { } requirement)
            {
                continue;
            }

            var properties = new List<string>();
            var scopes = new List<string>();
            string? refusal = null;
            foreach (KeyValuePair<OpenApiSecuritySchemeReference, List<string>> entry in requirement)
            {
                string name = entry.Key?.Reference?.Id ?? "";
                if (!_applied.TryGetValue(name, out SecuritySchemeSpec? scheme))
                {
                    refusal ??= _declared.Contains(name)
                        ? "its scheme '" + name + "' is not applied (see that scheme's warning)"
                        : "it names '" + name + "', which components/securitySchemes does not declare";
                    continue;
                }

                if (scheme.UsesAuthorizationHeader && properties.Any(p => _applied.Values.First(s => s.PropertyName == p).UsesAuthorizationHeader))
                {
                    refusal ??= "two of its schemes need the one Authorization header";
                }

                properties.Add(scheme.PropertyName);
                foreach (string scope in entry.Value ?? new List<string>())
                {
                    if (!IsScopeToken(scope))
                    {
                        // The token request could not carry it (RFC 6749 §3.3); the client would refuse to start.
                        _context.Report(DiagnosticDescriptors.SecuritySchemeNotApplied, ParseContext.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            "The scope '" + scope + "' of security requirement " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + owner,
                            "it is not an OAuth 2.0 scope token (printable ASCII without space, quote or backslash); tokens are requested without it");
                    }
                    else if (scheme.Kind == SecuritySchemeKind.OAuth2ClientCredentials && !scopes.Contains(scope))
                    {
                        scopes.Add(scope);
                    }
                }
            }

            if (refusal is null)
            {
                result.Add(new SecurityRequirementSpec { SchemeProperties = properties.ToImmutableEquatableArray(), Scopes = scopes.ToImmutableEquatableArray() });
            }
            else if (!refusal.StartsWith("its scheme", StringComparison.Ordinal))
            {
                // An unapplied scheme is reported once, where it is declared; other refusals belong to this requirement.
                _context.Report(DiagnosticDescriptors.SecuritySchemeNotApplied, ParseContext.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    "The security requirement " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + owner, refusal + "; the other alternatives still apply");
            }
            else
            {
                unusable.Add(refusal);
            }
        }

        // An alternative left out for an unapplied scheme may be satisfied by a DelegatingHandler: without a configured
        // credential the request then goes out as it is, instead of being refused.
        if (unusable.Count > 0 && !result.Any(r => r.SchemeProperties.Count == 0))
        {
            result.Add(new SecurityRequirementSpec { SchemeProperties = ImmutableEquatableArray<string>.Empty, Scopes = ImmutableEquatableArray<string>.Empty });
        }

        return result;
    }

    // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
    private static bool IsScopeToken(string? scope) =>
        !string.IsNullOrEmpty(scope) && scope!.All(c => c > 0x20 && c < 0x7F && c != '"' && c != '\\');

    private SecuritySchemeSpec? Decide(string name, IOpenApiSecurityScheme scheme, string pointer)
    {
        string? description = OperationMapper.Clean(scheme.Description);
        SecuritySchemeSpec Spec(SecuritySchemeKind kind, string? parameterName = null, string? tokenUrl = null, IEnumerable<string>? scopes = null) => new()
        {
            SchemeName = name,
            PropertyName = "",
            Kind = kind,
            ParameterName = parameterName,
            TokenUrl = tokenUrl,
            Scopes = (scopes ?? Enumerable.Empty<string>()).ToImmutableEquatableArray(),
            Description = description,
        };

        switch (scheme.Type)
        {
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                return Spec(SecuritySchemeKind.HttpBasic);
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
                return Spec(SecuritySchemeKind.HttpBearer);
            case SecuritySchemeType.Http:
                return Refuse(name, "http " + scheme.Scheme, pointer, "only the basic and bearer HTTP schemes are built in");
            case SecuritySchemeType.ApiKey when string.IsNullOrEmpty(scheme.Name):
                return Refuse(name, "apiKey", pointer, "it names no header, query parameter or cookie");
            case SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Header:
                return Spec(SecuritySchemeKind.ApiKeyHeader, scheme.Name);
            case SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Query:
                return Spec(SecuritySchemeKind.ApiKeyQuery, scheme.Name);
            case SecuritySchemeType.ApiKey when scheme.In == ParameterLocation.Cookie:
                return Spec(SecuritySchemeKind.ApiKeyCookie, scheme.Name);
            case SecuritySchemeType.ApiKey:
                return Refuse(name, "apiKey", pointer, "it is not in a header, the query or a cookie");
            case SecuritySchemeType.OAuth2:
                return DecideOAuth2(name, scheme, pointer, Spec);
            case SecuritySchemeType.OpenIdConnect:
                return Refuse(name, "openIdConnect", pointer, "OpenID Connect discovery is not built in");
            case SecuritySchemeType.MutualTLS:
                return Refuse(name, "mutualTLS", pointer, "client certificates are configured on the HttpClient's handler, not by the client");
            default:
                return Refuse(name, scheme.Type?.ToString() ?? "unknown type", pointer, "this kind of scheme is not built in");
        }
    }

    private SecuritySchemeSpec? DecideOAuth2(string name, IOpenApiSecurityScheme scheme, string pointer, Func<SecuritySchemeKind, string?, string?, IEnumerable<string>?, SecuritySchemeSpec> spec)
    {
        OpenApiOAuthFlows? flows = scheme.Flows;
        var others = new List<string>();
        if (flows?.AuthorizationCode is not null)
        {
            others.Add("authorizationCode");
        }

        if (flows?.Implicit is not null)
        {
            others.Add("implicit");
        }

        if (flows?.Password is not null)
        {
            others.Add("password");
        }

        if (flows?.DeviceAuthorization is not null)
        {
            others.Add("deviceAuthorization");
        }

        OpenApiOAuthFlow? clientCredentials = flows?.ClientCredentials;
        if (clientCredentials is null)
        {
            return Refuse(name, "oauth2", pointer, "only the clientCredentials flow is built in, and it declares " + (others.Count == 0 ? "no flow" : "only the " + string.Join(", ", others) + " flow" + (others.Count > 1 ? "s" : "")));
        }

        Uri? tokenUrl = clientCredentials.TokenUrl;
        if (tokenUrl is null || !tokenUrl.IsAbsoluteUri || (tokenUrl.Scheme != "https" && tokenUrl.Scheme != "http"))
        {
            return Refuse(name, "oauth2", pointer, "the tokenUrl of its clientCredentials flow is not an absolute http(s) URL");
        }

        if (others.Count > 0)
        {
            _context.Report(DiagnosticDescriptors.SecuritySchemeNotApplied, pointer, "The " + string.Join(", ", others) + " flow" + (others.Count > 1 ? "s" : "") + " of the security scheme '" + name + "' (oauth2)",
                "only its clientCredentials flow is used");
        }

        return spec(SecuritySchemeKind.OAuth2ClientCredentials, null, tokenUrl.AbsoluteUri, clientCredentials.Scopes?.Keys);
    }

    private SecuritySchemeSpec? Refuse(string name, string kind, string pointer, string reason)
    {
        _context.Report(DiagnosticDescriptors.SecuritySchemeNotApplied, pointer, "The security scheme '" + name + "' (" + kind + ")",
            reason + "; operations that require only it are sent without it (add it with a DelegatingHandler on the HttpClient)");
        return null;
    }
}
