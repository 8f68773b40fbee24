using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>Builds the options class: the server URL with its variables, and the credentials <see cref="SecuritySchemes"/> decided on.</summary>
internal static class ServerOptionsMapper
{
    public static OptionsSpec Build(string name, OpenApiDocument document, ParseContext context, OperationServers operationServers, SecuritySchemes security)
    {
        string? url = null;
        var variables = new List<ServerVariableSpec>();
        if (document.Servers is { Count: > 0 } servers)
        {
            OpenApiServer? server = servers[0];
            url = server?.Url;
            var names = new UniqueNames(OptionsMemberNames.Reserved.Concat(operationServers.MemberNames).Concat(security.PropertyNames).ToArray());
            if (server?.Variables is not null)
            {
                foreach (KeyValuePair<string, OpenApiServerVariable> variable in server.Variables)
                {
                    if (variable.Value is null)
                    {
                        continue;
                    }

                    string propertyName = names.Claim(NotHidingObjectMembers(Identifiers.ToPascalCase(variable.Key, "Variable")), variable.Key, context.CollisionReporter("Server variable", variable.Key, "/servers/0/variables"));
                    // x-sdkgen-required: the spec's default is a placeholder (OpenAPI demands one), not a usable value.
                    bool required = variable.Value.Extensions is not null
                        && variable.Value.Extensions.TryGetValue("x-sdkgen-required", out IOpenApiExtension? flag)
                        && flag is JsonNodeExtension { Node: System.Text.Json.Nodes.JsonValue value }
                        && value.GetValueKind() == System.Text.Json.JsonValueKind.True;
                    variables.Add(new ServerVariableSpec
                    {
                        PropertyName = propertyName,
                        WireName = variable.Key,
                        DefaultValue = !required && variable.Value.Default is { Length: > 0 } d ? d : null,
                        Description = OperationMapper.Clean(variable.Value.Description),
                        AllowedValues = (variable.Value.Enum ?? new List<string>()).ToImmutableEquatableArray(),
                    });
                }
            }

            // A relative server ("/api") or one on another scheme has no usable default: the user must give the endpoint.
            if (url is not null && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("{", StringComparison.Ordinal))
            {
                url = null;
            }
        }

        // Servers only on paths or operations: the first of them is the default for the rest.
        url ??= operationServers.FallbackUrl;
        if (url is not null && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("{", StringComparison.Ordinal))
        {
            url = null;
        }

        return new OptionsSpec
        {
            Name = name,
            DefaultServerUrl = url,
            ServerVariables = variables.ToImmutableEquatableArray(),
            SecuritySchemes = security.Used,
            OperationServers = operationServers.Specs,
        };
    }

    private static string NotHidingObjectMembers(string name) => Identifiers.HidesObjectMember(name) ? name + "Value" : name;

}
