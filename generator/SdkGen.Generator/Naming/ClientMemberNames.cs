using System;
using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Naming;

/// <summary>
/// Names each client class's private fields that follow the spec — one per operation server its operations use
/// (<c>_{server}</c>), per credential they apply (<c>_{scheme}Credential</c>), per HTTP method without an
/// <c>HttpMethod</c> property (<c>s_{method}Method</c>) — in one scope with the class's fixed members, its operations'
/// methods and every type name, so no two clash (a scheme <c>Key</c> and one written with the Kelvin sign both
/// lower-case to <c>_keyCredential</c>) and a method that is no identifier (<c>M-SEARCH</c>) still gives one; and one
/// per distinct error map (<c>Naming/ErrorMaps</c>). Also marks
/// the operations that share their method name with another (an overload), once, so a <c>cref</c> to them needs no count.
/// </summary>
internal static class ClientMemberNames
{
    // The members every client declares besides its operations.
    private static readonly string[] s_fixedMembers = { "ServiceName", "_httpClient", "_endpoint", "_maxResponseContentLength", "_sender", "Endpoint" };

    public static ClientSpec Assign(ClientSpec client, OptionsSpec options, IEnumerable<string> typeNames, ISet<string> models)
    {
        var names = new UniqueNames(typeNames.Concat(s_fixedMembers).Append(client.Name)
            .Concat(client.Operations.SelectMany(o => new[] { o.MethodName, o.WithResponseMethodName, o.SendMethodName }))
            .ToArray());

        ImmutableEquatableArray<ClientFieldSpec> servers = client.Operations.Select(o => o.ServerPropertyName).OfType<string>()
            .Distinct().OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => Field(p, "_" + LowerFirst(p), names))
            .ToImmutableEquatableArray();

        var applied = new HashSet<string>(client.Operations.SelectMany(o => o.Security).SelectMany(r => r.SchemeProperties), StringComparer.Ordinal);
        ImmutableEquatableArray<ClientFieldSpec> credentials = options.SecuritySchemes.Where(s => applied.Contains(s.PropertyName))
            .Select(s => Field(s.PropertyName, "_" + LowerFirst(s.PropertyName) + "Credential", names))
            .ToImmutableEquatableArray();

        ImmutableEquatableArray<ClientFieldSpec> methods = client.Operations.Select(o => o.HttpMethod).Where(m => !HasHttpMethodProperty(m))
            .Distinct(StringComparer.Ordinal)
            .Select(m => Field(m, "s_" + LowerFirst(Identifiers.ToPascalCase(m, "Method")) + "Method", names))
            .ToImmutableEquatableArray();

        // Operations whose errors map alike share one map; a map is named on its first use.
        var errorMaps = new List<ErrorMapSpec>();
        var operations = client.Operations.Select(operation =>
        {
            ErrorMapSpec decided = ErrorMaps.Decide(operation, models);
            ErrorMapSpec? map = errorMaps.FirstOrDefault(m => m.Branches.Equals(decided.Branches) && m.FallbackModelName == decided.FallbackModelName);
            if (map is null)
            {
                map = decided with { Name = names.Claim(ErrorMaps.PreferredName(decided, operation), operation.MethodName) };
                errorMaps.Add(map);
            }

            return operation with { ErrorMapName = map.Name };
        }).ToList();

        // An operation and its text form build the same request: one method builds it for both.
        var awaited = new HashSet<string>(options.SecuritySchemes.Where(s => s.Kind is SecuritySchemeKind.OAuth2ClientCredentials or SecuritySchemeKind.HttpBearer).Select(s => s.PropertyName), StringComparer.Ordinal);
        var sharedRequests = new Dictionary<(string, string), string>();
        foreach (OperationSpec text in operations.Where(o => o.IsTextForm && !o.Security.Any(r => r.SchemeProperties.Any(awaited.Contains))))
        {
            sharedRequests[(text.OperationName, text.SendMethodName)] = names.Claim("Create" + text.OperationName + "Request", text.OperationName);
        }

        operations = operations.Select(o => SharedRequest(o, operations, sharedRequests) is { } shared ? o with { RequestMethodName = shared } : o).ToList();

        var overloaded = new HashSet<string>(client.Operations.GroupBy(o => o.MethodName, StringComparer.Ordinal).Where(g => g.Skip(1).Any()).Select(g => g.Key), StringComparer.Ordinal);
        return client with
        {
            ServerFields = servers,
            CredentialFields = credentials,
            HttpMethodFields = methods,
            ErrorMaps = errorMaps.ToImmutableEquatableArray(),
            Operations = operations.Select(o => overloaded.Contains(o.MethodName) ? o with { IsOverloaded = true } : o).ToImmutableEquatableArray(),
        };
    }

    // The request method an operation shares with its text form: the text form's own, or the one of the text form made
    // from it (same name and body; the binary-body overload has another body and no text form).
    private static string? SharedRequest(OperationSpec operation, List<OperationSpec> operations, Dictionary<(string, string), string> shared)
    {
        OperationSpec? text = operation.IsTextForm ? operation
            : operations.FirstOrDefault(o => o.IsTextForm && o.OperationName == operation.OperationName && Equals(o.Body, operation.Body));
        return text is not null && shared.TryGetValue((text.OperationName, text.SendMethodName), out string? name) ? name : null;
    }

    /// <summary>Whether netstandard2.0's <c>System.Net.Http.HttpMethod</c> has a property for <paramref name="method"/> (upper case).</summary>
    public static bool HasHttpMethodProperty(string method) =>
        method is "GET" or "PUT" or "POST" or "DELETE" or "HEAD" or "OPTIONS" or "TRACE";

    private static ClientFieldSpec Field(string key, string name, UniqueNames names) =>
        new() { For = key, Name = names.Claim(name, key) };

    // The identifiers are PascalCase and never start with "@" (an escaped keyword), so "_" or "s_" before them makes a field name.
    private static string LowerFirst(string identifier) => char.ToLowerInvariant(identifier[0]) + identifier.Substring(1);
}
