using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;
using SdkGen.Generator.Parsing.Text;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Reads one spec file into a <see cref="DocumentSpec"/>: text → JSON → OpenAPI object model → records.
/// Never throws (except for cancellation): every problem becomes a diagnostic.
/// </summary>
internal static class SpecParser
{
    public static ParsedDocument Parse(SpecFileInput input, CancellationToken cancellationToken)
    {
        try
        {
            SpecTextReadResult text = SpecTextReader.Read(input.FilePath, input.Text, cancellationToken);
            if (text.Root is null || text.Error is not null)
            {
                SpecSyntaxError error = text.Error ?? new SpecSyntaxError("the file is empty", default);
                var location = new LocationInfo(input.FilePath, error.Position.Offset, error.Position.Length, error.Position.Line, error.Position.Column);
                string format = IsYaml(input.FilePath, input.Text) ? "YAML" : "JSON";
                return Failed(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableDocument, location, FileName(input.FilePath), format, error.Message));
            }

            return ParseDocument(input, text.Root, text.LineMap, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The generator runs inside the user's compiler: an escaping exception would cost them every generated file.
            return Failed(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, new LocationInfo(input.FilePath, 0, 0, 0, 0), FileName(input.FilePath), ex.GetType().Name, ex.Message));
        }
    }

    /// <summary>Reads the OpenAPI object model from JSON that is already parsed; exposed for benchmarks that time each stage.</summary>
    internal static ReadResult ReadOpenApi(JsonNode root, string filePath)
    {
        // Structural problems are still reported; the specification's validation rules are not run. They reject
        // real-world documents the generator handles well (GitHub's has two path templates that differ only in
        // parameter names) and cost 15-35 % of the read.
        var settings = new OpenApiReaderSettings { RuleSet = ValidationRuleSet.GetEmptyRuleSet() };
        settings.AddJsonReader();
        return new OpenApiJsonReader().Read(root, new Uri("file:///" + FileName(filePath)), settings);
    }

    private static ParsedDocument ParseDocument(SpecFileInput input, JsonNode root, SourceLineMap lineMap, CancellationToken cancellationToken)
    {
        var context = new ParseContext(input.FilePath, root, lineMap, cancellationToken) { DateAndTimeTypes = input.DateAndTimeTypes };
        if (root is not JsonObject rootObject || !(rootObject.ContainsKey("openapi") || rootObject.ContainsKey("swagger")))
        {
            context.Report(DiagnosticDescriptors.InvalidOpenApi, "", FileName(input.FilePath), "it has no 'openapi' (or 'swagger') version field at the top level");
            return new ParsedDocument(null, context.Diagnostics.ToImmutableEquatableArray());
        }

        ReadResult result;
        try
        {
            result = ReadOpenApi(root, input.FilePath);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reader throws on some malformed documents (an unsupported version, a field of the wrong type)
            // instead of reporting them: they are still problems of the document, not of SdkGen.
            string pointer = ex is OpenApiException { Pointer: { Length: > 0 } at } ? ToPointer(at) : "";
            context.Report(DiagnosticDescriptors.InvalidOpenApi, pointer, FileName(input.FilePath), ex.Message);
            return new ParsedDocument(null, context.Diagnostics.ToImmutableEquatableArray());
        }

        cancellationToken.ThrowIfCancellationRequested();
        OpenApiDiagnostic? readerDiagnostic = result.Diagnostic;
        if (readerDiagnostic is not null)
        {
            foreach (OpenApiError error in readerDiagnostic.Errors)
            {
                context.Report(DiagnosticDescriptors.InvalidOpenApi, ToPointer(error.Pointer), FileName(input.FilePath), error.Message);
            }

            foreach (OpenApiError warning in readerDiagnostic.Warnings)
            {
                context.Report(DiagnosticDescriptors.OpenApiWarning, ToPointer(warning.Pointer), warning.Message);
            }
        }

        OpenApiDocument? document = result.Document;
        if (document is null || context.HasErrors)
        {
            return new ParsedDocument(null, context.Diagnostics.ToImmutableEquatableArray());
        }

        DocumentSpec spec = MapDocument(input, document, context);
        return new ParsedDocument(context.HasErrors ? null : spec, context.Diagnostics.ToImmutableEquatableArray());
    }

    private static DocumentSpec MapDocument(SpecFileInput input, OpenApiDocument document, ParseContext context)
    {
        string clientName = input.ClientName;
        string optionsName = clientName + "Options";
        string serializerName = clientName + "JsonSerializer";
        string validationName = clientName + "Validation";
        string exceptionFactoryName = clientName + "Exceptions";
        string dependencyInjectionName = clientName + "ServiceCollectionExtensions";

        // Generated types share the namespace with the clients and their options.
        // Type names become file names (hint names), which Roslyn compares ignoring case: so must this scope.
        var typeNames = new UniqueNames(ignoreCase: true, clientName, optionsName, serializerName, validationName, exceptionFactoryName, dependencyInjectionName);
        var schemas = new SchemaMapper(context, document, typeNames, input.ModelPrefix, input.EnumPrefix);
        var security = new SecuritySchemes(document, context);
        var servers = new OperationServers(document, context, security.PropertyNames);
        var operations = new OperationMapper(context, schemas, servers);

        var mapped = new List<(OperationSpec Operation, string? Tag)>();
        var methodNamesByClient = new Dictionary<string, UniqueNames>(StringComparer.Ordinal);
        bool splitByTag = input.ClientSplit == ClientSplit.ByTag;
        if (document.Paths is not null)
        {
            foreach (KeyValuePair<string, IOpenApiPathItem> path in document.Paths)
            {
                foreach (string method in path.Value is null ? Enumerable.Empty<string>() : PathItemMethods.UnreadAdditionalOperations(path.Value))
                {
                    context.Report(
                        DiagnosticDescriptors.OperationSkipped,
                        ParseContext.Append(ParseContext.Append("/paths", path.Key, PathItemMethods.AdditionalOperationsExtension), method),
                        "'" + method + " " + path.Key + "'",
                        "it is declared under " + PathItemMethods.AdditionalOperationsExtension + ", an extension the OpenAPI reader does not read (Microsoft.OpenApi writes 3.2's additionalOperations that way into a 3.0/3.1 document); declare the document as OpenAPI 3.2 and the operation under additionalOperations");
                }

                if (path.Value?.Operations is null)
                {
                    continue;
                }

                foreach (KeyValuePair<HttpMethod, OpenApiOperation> operation in path.Value.Operations)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (operation.Value is null)
                    {
                        continue;
                    }

                    string? tag = splitByTag ? operation.Value.Tags?.FirstOrDefault()?.Name : null;
                    string clientKey = tag ?? "";
                    if (!methodNamesByClient.TryGetValue(clientKey, out UniqueNames? methodNames))
                    {
                        methodNamesByClient[clientKey] = methodNames = new UniqueNames();
                    }

                    IReadOnlyList<OperationSpec> methods = operations.Map(path.Key, path.Value, operation.Key, operation.Value, methodNames);
                    if (methods.Count > 0)
                    {
                        // Decided (and reported) once per operation; its overloads share it.
                        OperationSpec spec = methods[0];
                        string operationPointer = PathItemMethods.Pointer(path.Key, operation.Key);
                        ParameterSpec? authorization = spec.Parameters.FirstOrDefault(p => p.Location == ParameterPlacement.Header && string.Equals(p.WireName, "Authorization", StringComparison.OrdinalIgnoreCase));
                        ImmutableEquatableArray<SecurityRequirementSpec> operationSecurity = security.For(operation.Value, operationPointer, spec.MethodName, authorization);
                        mapped.AddRange(methods.Select(m => (m with { Security = operationSecurity }, tag)));
                    }
                }
            }
        }

        ReachableSchemas reachable = ReachableSchemas.Find(document, operations.NotSent, context.CancellationToken);
        schemas.MapComponents(name => input.IncludeUnreachableSchemas || reachable.Contains(name));
        mapped = ResponseMethodNames.Assign(mapped, methodNamesByClient, typeNames);

        string? description = OperationMapper.Clean(document.Info?.Description);
        List<ClientSpec> clients = BuildClients(clientName, description, mapped, typeNames, context, input.ClientInterface);
        OptionsSpec options = ServerOptionsMapper.Build(optionsName, document, context, servers, security);
        // Claimed after every public type, so a schema named like it keeps its name and the internal class yields silently.
        string wireValuesName = typeNames.Claim(clientName + "WireValues", clientName + "WireValues");
        string serviceName = Extension(document.Extensions, "x-sdkgen-service-name") ?? OperationMapper.Clean(document.Info?.Title) ?? clientName;

        ImmutableEquatableArray<EnumSpec> enums = schemas.Enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToImmutableEquatableArray();
        ImmutableEquatableArray<ModelSpec> models = SentModels.Apply(InheritedSerialization.WithSubtypes(schemas.Models), mapped.Select(m => m.Operation).ToList()).OrderBy(m => m.Name, StringComparer.Ordinal).ToImmutableEquatableArray();
        var unnamedHelpers = new DocumentSpec
        {
            SourceFilePath = input.FilePath,
            SourceFileName = FileName(input.FilePath),
            Namespace = input.Namespace,
            ClientName = clientName,
            ServiceName = serviceName,
            Description = description,
            Enums = enums,
            Models = models,
            Options = options,
            Clients = clients.ToImmutableEquatableArray(),
            SerializerClassName = serializerName,
            ValidationClassName = validationName,
            ExceptionFactoryClassName = exceptionFactoryName,
            DependencyInjectionClassName = dependencyInjectionName,
            WireValuesClassName = wireValuesName,
            DependencyInjection = input.DependencyInjection,
            TypeVisibility = input.Visibility,
            UnreachableSchemas = reachable.Unreachable(document),
            UsesDeprecated = models.Any(m => m.IsDeprecated || m.Properties.Any(p => p.IsDeprecated)) || enums.Any(e => e.IsDeprecated),
        };

        // Last: the helper classes' members are named around every type name, so none hides one.
        return HelperNames.Assign(UnionAlternativeNames.WithParameterText(unnamedHelpers), typeNames);
    }

    private static List<ClientSpec> BuildClients(string clientName, string? description, List<(OperationSpec Operation, string? Tag)> mapped, UniqueNames typeNames, ParseContext context, bool withInterfaces)
    {
        var clients = new List<ClientSpec>();
        var untagged = mapped.Where(m => m.Tag is null).Select(m => m.Operation).ToList();
        if (untagged.Count > 0 || mapped.Count == 0)
        {
            clients.Add(new ClientSpec(clientName, description, untagged.ToImmutableEquatableArray()));
        }

        foreach (IGrouping<string?, (OperationSpec Operation, string? Tag)> group in mapped.Where(m => m.Tag is not null).GroupBy(m => m.Tag))
        {
            string tag = group.Key!;
            string name = typeNames.Claim(Identifiers.ToPascalCase(tag, "Tag") + "Client", tag, context.CollisionReporter("Tag", tag, "/tags"));
            clients.Add(new ClientSpec(name, "Operations tagged '" + tag + "'.", group.Select(g => g.Operation).ToImmutableEquatableArray()));
        }

        if (!withInterfaces)
        {
            return clients;
        }

        // Claimed after every client, so a client's name never depends on whether interfaces are generated.
        return clients
            .Select(c => c with { InterfaceName = typeNames.Claim("I" + c.Name, "I" + c.Name, context.CollisionReporter("Interface", "I" + c.Name, "")) })
            .ToList();
    }

    internal static string? Extension(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        extensions is not null && extensions.TryGetValue(name, out IOpenApiExtension? value)
            && value is JsonNodeExtension { Node: JsonValue node }
            && node.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? node.GetValue<string>()
            : null;

    // The reader reports pointers as "#/paths/..." and sometimes with a leading "#".
    private static string ToPointer(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return "";
        }

        string value = pointer!;
        if (value.StartsWith("#", StringComparison.Ordinal))
        {
            value = value.Substring(1);
        }

        return value.Length == 0 || value[0] == '/' ? value : "/" + value;
    }

    private static bool IsYaml(string path, string text) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || !(text.TrimStart().StartsWith("{", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    internal static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static ParsedDocument Failed(DiagnosticInfo diagnostic) =>
        new(null, new[] { diagnostic }.ToImmutableEquatableArray());
}
