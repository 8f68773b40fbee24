using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>Maps one OpenAPI operation to an <see cref="OperationSpec"/>, or skips it with a reason.</summary>
internal sealed class OperationMapper
{
    // Parameter names the method's signature takes for itself (the body and the token the parser also names), and
    // one C# forbids in practice. The emitter's locals are its own business (Emitting/OperationLocals.cs).
    private static readonly HashSet<string> s_reservedParameterNames = new(StringComparer.Ordinal)
    {
        "cancellationToken", "body",

        // Not a keyword, but a parameter of this name turns every nameof(x) in the method into a call.
        "nameof",
    };

    private readonly ParseContext _context;
    private readonly SchemaMapper _schemas;

    private readonly OperationServers _servers;

    private readonly MultipartBodyMapper _multipart;

    // components/parameters entries already mapped, by component name.
    private readonly Dictionary<string, MappedType> _componentParameterTypes = new(StringComparer.Ordinal);

    public OperationMapper(ParseContext context, SchemaMapper schemas, OperationServers servers)
    {
        _context = context;
        _schemas = schemas;
        _servers = servers;
        _multipart = new MultipartBodyMapper(context, schemas, NotSent);
    }

    /// <summary>What is not sent (SDKGEN013, SDKGEN014, SDKGEN022): a component only it uses is not generated.</summary>
    public NotSent NotSent { get; } = new();

    /// <summary>
    /// The operation's methods: one; one more (an overload of the same name) when its body offers bytes beside JSON, so
    /// the caller chooses what to send; one more (<see cref="OperationSpec.IsTextForm"/>, named later) when its answer
    /// offers text beside JSON, so the caller chooses what to receive; none when it is skipped (reported).
    /// </summary>
    public IReadOnlyList<OperationSpec> Map(string path, IOpenApiPathItem pathItem, HttpMethod method, OpenApiOperation operation, UniqueNames methodNames)
    {
        if (MapOne(path, pathItem, method, operation, methodNames, out OperationSpec? binaryOverload, out OperationSpec? textForm) is not { } spec)
        {
            return Array.Empty<OperationSpec>();
        }

        var methods = new List<OperationSpec>(3) { spec };
        if (binaryOverload is not null)
        {
            methods.Add(binaryOverload);
        }

        if (textForm is not null)
        {
            methods.Add(textForm);
        }

        return methods;
    }

    private OperationSpec? MapOne(string path, IOpenApiPathItem pathItem, HttpMethod method, OpenApiOperation operation, UniqueNames methodNames, out OperationSpec? binaryOverload, out OperationSpec? textForm)
    {
        binaryOverload = null;
        textForm = null;
        string methodToken = method.Method.ToLowerInvariant();
        string wireMethod = PathItemMethods.WireName(method);
        string pointer = PathItemMethods.Pointer(path, method);
        string baseName = operation.OperationId is { Length: > 0 } operationId
            ? Identifiers.ToPascalCase(operationId, "Operation")
            : Identifiers.ToPascalCase(methodToken + " " + path, "Operation");
        string methodName = methodNames.Claim(baseName + "Async", operation.OperationId ?? methodToken + " " + path, _context.CollisionReporter("Operation", operation.OperationId ?? path, pointer));
        // The operation's own name, not the claimed method's: GetItemAsync2 cut at "Async" would give GetItemA.
        string typeNameBase = baseName;

        var parameterNames = new UniqueNames();
        var parameters = new List<ParameterSpec>();
        var sent = new List<(IOpenApiParameter Parameter, string Pointer, ParameterPlacement Location)>();
        (IOpenApiParameter Parameter, string Pointer)? contentTypeHeader = null;
        (IOpenApiParameter Parameter, string Pointer, int Index)? acceptHeader = null;
        foreach ((IOpenApiParameter parameter, string parameterPointer) in MergedParameters(pathItem, operation, pointer, path, methodName))
        {
            if (TransportHeaders.Is(parameter, "Content-Type"))
            {
                // Settled with the body below: it chooses a raw body's media type; other encodings set their own.
                contentTypeHeader = (parameter, parameterPointer);
                continue;
            }

            if (TransportHeaders.Is(parameter, "Accept"))
            {
                // Settled with the responses below: kept only when every answer it can ask for is read right.
                acceptHeader = (parameter, parameterPointer, parameters.Count);
                continue;
            }

            if (parameter.In == ParameterLocation.Path && path.IndexOf("{" + parameter.Name + "}", StringComparison.Ordinal) < 0)
            {
                // OpenAPI requires a path parameter to appear in the template; one that does not has nowhere to go.
                LeaveOut(operation, parameter, parameterPointer, methodName, "the path template " + path + " has no {" + parameter.Name + "} to put it in");
                continue;
            }

            if (TransportHeaders.Is(parameter, "Content-Length"))
            {
                LeaveOut(operation, parameter, parameterPointer, methodName, "HttpClient sets Content-Length from the body it sends");
                continue;
            }

            // Every parameter is decided before any is mapped, so neither one left out nor an operation skipped for one generates a type.
            if (WhyNotSent(parameter, parameterPointer, typeNameBase, out ParameterPlacement location) is not { } skipReason)
            {
                sent.Add((parameter, parameterPointer, location));
            }
            else if (Refuse(operation, pointer, parameter, parameterPointer, methodName, skipReason))
            {
                return null;
            }
        }

        foreach ((IOpenApiParameter parameter, string parameterPointer, ParameterPlacement location) in sent)
        {
            if (MapParameter(parameter, parameterPointer, location, typeNameBase, parameterNames, out string? skipReason) is { } spec)
            {
                parameters.Add(spec);
            }
            else if (Refuse(operation, pointer, parameter, parameterPointer, methodName, skipReason!))
            {
                return null;
            }
        }

        var segments = new List<PathSegmentSpec>();
        string? templateError = ParsePathTemplate(path, parameters, segments);
        if (templateError is not null)
        {
            return Skip(operation, pointer, methodName, templateError);
        }

        RequestBodySpec? body = null;
        MultipartBodySpec? multipart = null;
        if (operation.RequestBody is { } requestBody
            && ReferenceCycles.Resolves(_context, ParseContext.Append(pointer, "requestBody"), requestBody, "The request body of " + methodName, () => requestBody.Content))
        {
            string bodyPointer = ParseContext.Append(pointer, "requestBody");
            string? skipReason = null;
            body = MapBody(requestBody, bodyPointer, typeNameBase, methodName, parameterNames, parameters, out multipart, ref skipReason);
            if (body is null && multipart is null)
            {
                if (requestBody.Required)
                {
                    return Skip(operation, pointer, methodName, "its request body " + skipReason);
                }

                _context.Report(DiagnosticDescriptors.RequestBodyNotSent, bodyPointer, methodName, skipReason ?? "");
            }
        }

        RequestBodySpec? binaryBody = body is { Encoding: BodyEncoding.Json or BodyEncoding.Text } && operation.RequestBody is { } offered
            ? BinaryAlternative(offered, ParseContext.Append(pointer, "requestBody"), body, parameterNames)
            : null;

        if (contentTypeHeader is var (contentTypeParameter, contentTypePointer))
        {
            if (body is { Encoding: BodyEncoding.Text or BodyEncoding.Binary })
            {
                body = WithContentTypeParameter(body, contentTypeParameter, parameterNames);
            }
            else
            {
                LeaveOut(operation, contentTypeParameter, contentTypePointer, methodName, multipart is not null
                    ? "the body's encoding sets it (multipart/" + multipart.Subtype + " with its boundary)"
                    : body is null
                    ? "the operation sends no body, so there is no Content-Type to set"
                    : "the body's encoding sets it (" + (body.Encoding == BodyEncoding.Json ? "application/json" : "application/x-www-form-urlencoded") + ")");
            }
        }

        (ResponseSpec success, List<ErrorResponseSpec> errors, List<string> successMediaTypes, List<string> textBesideJson) = MapResponses(operation, pointer, typeNameBase, methodName);
        if (acceptHeader is var (accept, acceptPointer, acceptIndex))
        {
            if (UnreadableAnswers(operation, success) is { Count: > 0 } unreadable)
            {
                LeaveOut(operation, accept, acceptPointer, methodName,
                    "it could ask for " + string.Join(", ", unreadable) + ", which the method does not read (it returns the " + (success.IsText ? "text" : "JSON") + " answer"
                    + (textBesideJson.Count > 0 ? "; a second method asks for the text" : "") + "); the client sends its own Accept");
            }
            else if (WhyNotSent(accept, acceptPointer, typeNameBase, out ParameterPlacement location) is { } skipReason)
            {
                LeaveOut(operation, accept, acceptPointer, methodName, "it " + skipReason);
            }
            else if (MapParameter(accept, acceptPointer, location, typeNameBase, parameterNames, out string? mappedReason) is { } spec)
            {
                parameters.Insert(acceptIndex, spec);
            }
            else
            {
                LeaveOut(operation, accept, acceptPointer, methodName, "it " + mappedReason);
            }
        }

        // Azure SDK order: path parameters in URI order, then required values, then optional ones.
        List<ParameterSpec> ordered = parameters.Where(p => p.Location == ParameterPlacement.Path && segments.Exists(s => s.ParameterName == p.Name))
            .OrderBy(p => segments.FindIndex(s => s.ParameterName == p.Name))
            .Concat(parameters.Where(p => p.Location != ParameterPlacement.Path && p.IsRequired))
            .Concat(parameters.Where(p => p.Location != ParameterPlacement.Path && !p.IsRequired))
            .ToList();

        var mapped = new OperationSpec
        {
            MethodName = methodName,
            OperationName = baseName,
            HttpMethod = wireMethod,
            PathTemplate = path,
            Summary = Clean(operation.Summary),
            Description = Clean(operation.Description),
            IsDeprecated = operation.Deprecated,
            PathSegments = segments.ToImmutableEquatableArray(),
            Parameters = ordered.ToImmutableEquatableArray(),
            Body = body,
            Multipart = multipart,
            Success = success,
            AcceptsJson = (success.BodyType is not null && !success.IsText && !success.IsBinary) || errors.Any(e => e.BodyType is not null),
            Errors = errors.ToImmutableEquatableArray(),
            AcceptMediaTypes = successMediaTypes.ToImmutableEquatableArray(),
            ServerPropertyName = _servers.For(wireMethod + " " + path, pathItem, ParseContext.Append("/paths", path), operation, pointer),
        };
        binaryOverload = binaryBody is null ? null : mapped with { Body = binaryBody };
        if (textBesideJson.Count > 0)
        {
            // The same request asking for the text: it reads any answer, so nothing the JSON method reads is lost.
            textForm = mapped with
            {
                Success = success with { BodyType = TypeRefSpec.String, IsText = true },
                AcceptsJson = errors.Any(e => e.BodyType is not null),
                AcceptMediaTypes = textBesideJson.ToImmutableEquatableArray(),
                IsTextForm = true,
            };
        }

        return mapped;
    }

    /// <summary>
    /// The body as bytes, when the request body offers a binary media type (<c>application/octet-stream</c>,
    /// <c>image/*</c>…) beside the JSON or text the method sends: an overload takes it. Text and XML beside JSON are
    /// the same data written another way, and forms and multipart the same fields, so they add nothing a caller lacks.
    /// </summary>
    private RequestBodySpec? BinaryAlternative(IOpenApiRequestBody requestBody, string bodyPointer, RequestBodySpec json, UniqueNames parameterNames)
    {
        string writtenPointer = WrittenPointer(requestBody, bodyPointer);
        var mediaTypes = requestBody.Content!
            .Where(c => c.Value is not null && !IsJson(c.Key) && !MediaTypes.IsForm(c.Key) && !MediaTypes.IsMultipart(c.Key)
                && IsBinary(c.Key, c.Value.Schema, ParseContext.Append(writtenPointer, "content", c.Key)))
            .Select(c => c.Key)
            .ToImmutableEquatableArray();
        if (mediaTypes.Count == 0 || json.Type.Kind == TypeRefSpec.Binary.Kind)
        {
            return null;
        }

        return new RequestBodySpec
        {
            ParameterName = json.ParameterName,
            Encoding = BodyEncoding.Binary,
            Type = TypeRefSpec.Binary,

            // Required even when the body is optional: the JSON method already sends none, and two overloads that
            // both take no body would make a call without one ambiguous.
            IsRequired = true,
            Description = json.Description,
            MediaTypes = mediaTypes,
            ContentTypeParameterName = mediaTypes.Count > 1 || MediaTypes.IsWildcard(mediaTypes[0]) ? parameterNames.Claim("contentType", "contentType") : null,
        };
    }

    /// <summary>
    /// A declared <c>Content-Type</c> header parameter chooses a raw body's media type. What it may be is what the spec
    /// declares: the body's media types and the parameter's <c>enum</c>; a parameter without one declares any media type.
    /// </summary>
    private static RequestBodySpec WithContentTypeParameter(RequestBodySpec body, IOpenApiParameter parameter, UniqueNames parameterNames)
    {
        string name = body.ContentTypeParameterName ?? parameterNames.Claim("contentType", parameter.Name ?? "Content-Type");
        if (parameter.Schema?.Enum is not { Count: > 0 } values)
        {
            return body with { ContentTypeParameterName = name, AnyContentType = true };
        }

        var mediaTypes = body.MediaTypes.ToList();
        mediaTypes.AddRange(values.Select(v => v?.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null)
            .Where(v => v is not null && v.IndexOf('/') > 0 && !mediaTypes.Contains(v, StringComparer.OrdinalIgnoreCase))
            .Select(v => v!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList());
        return body with { ContentTypeParameterName = name, MediaTypes = mediaTypes.ToImmutableEquatableArray() };
    }

    private OperationSpec? Skip(OpenApiOperation operation, string pointer, string methodName, string reason)
    {
        _context.Report(DiagnosticDescriptors.OperationSkipped, pointer, methodName, reason);
        NotSent.Operation(operation);
        return null;
    }

    // Leaves out a parameter that cannot be sent; true when it is required, and so skips the operation instead.
    private bool Refuse(OpenApiOperation operation, string pointer, IOpenApiParameter parameter, string parameterPointer, string methodName, string reason)
    {
        if (parameter.Required || parameter.In == ParameterLocation.Path)
        {
            Skip(operation, pointer, methodName, "its required parameter '" + parameter.Name + "' " + reason);
            return true;
        }

        LeaveOut(operation, parameter, parameterPointer, methodName, "it " + reason);
        return false;
    }

    private void LeaveOut(OpenApiOperation operation, IOpenApiParameter parameter, string pointer, string methodName, string reason)
    {
        _context.Report(DiagnosticDescriptors.ParameterNotSent, pointer, parameter.Name ?? "", methodName, reason);
        NotSent.Parameter(operation, parameter);
    }

    private IEnumerable<(IOpenApiParameter Parameter, string Pointer)> MergedParameters(IOpenApiPathItem pathItem, OpenApiOperation operation, string operationPointer, string path, string methodName)
    {
        var result = new List<(IOpenApiParameter, string)>();
        if (pathItem.Parameters is { } shared)
        {
            for (int i = 0; i < shared.Count; i++)
            {
                string sharedPointer = ParseContext.Append(ParseContext.Append("/paths", path), "parameters", i.ToString(CultureInfo.InvariantCulture));
                IOpenApiParameter candidate = shared[i];
                if (candidate is not null && ReferenceCycles.Resolves(_context, sharedPointer, candidate, "A parameter of " + methodName, () => candidate.Name))
                {
                    result.Add((candidate, sharedPointer));
                }
            }
        }

        if (operation.Parameters is { } own)
        {
            for (int i = 0; i < own.Count; i++)
            {
                IOpenApiParameter parameter = own[i];

                string ownPointer = ParseContext.Append(operationPointer, "parameters", i.ToString(CultureInfo.InvariantCulture));
                if (parameter is null || !ReferenceCycles.Resolves(_context, ownPointer, parameter, "A parameter of " + methodName, () => parameter.Name))
                {
                    continue;
                }

                // An operation parameter overrides a path-level one with the same name and location.
                result.RemoveAll(p => p.Item1?.Name == parameter.Name && p.Item1?.In == parameter.In);
                result.Add((parameter, ownPointer));
            }
        }

        return result.Where(p => p.Item1?.Name is { Length: > 0 });
    }

    // Why the parameter cannot be sent, or null: decided on its type's kind, learnt from a probe that keeps nothing, so a
    // parameter left out generates no type.
    private string? WhyNotSent(IOpenApiParameter parameter, string pointer, string typeNameBase, out ParameterPlacement location)
    {
        switch (parameter.In)
        {
            case ParameterLocation.Path:
                location = ParameterPlacement.Path;
                break;
            case ParameterLocation.Query:
                location = ParameterPlacement.Query;
                break;
            case ParameterLocation.Header:
                // Accept and Authorization are ordinary parameters that replace the client's own value when given
                // (ClientEmitter); Content-Type and Content-Length are settled in Map.
                location = ParameterPlacement.Header;
                break;
            default:
                location = default;
                return "is a " + parameter.In + " parameter, which is not supported";
        }

        if (parameter.Schema is null)
        {
            return ParameterValues.WhyNotSent(TypeRefSpec.Json, location, _ => null);
        }

        TypeRefSpec probed = _schemas.Probe(parameter.Schema, ParameterSchemaPointer(parameter, pointer), ParameterTypeName(parameter, typeNameBase), out Func<string, UnionSpec?> unionOf);
        return ParameterValues.WhyNotSent(probed, location, unionOf);
    }

    // The parameter the probe let through, or null with the reason when the type mapping gives is one that cannot be
    // sent after all (the same rule on the type kept: a type can depend on what was mapped before it, as at the depth limit).
    private ParameterSpec? MapParameter(IOpenApiParameter parameter, string pointer, ParameterPlacement location, string typeNameBase, UniqueNames parameterNames, out string? skipReason)
    {
        MappedType mapped = MapParameterSchema(parameter, pointer, typeNameBase);
        TypeRefSpec type = mapped.Type;
        if ((skipReason = ParameterValues.WhyNotSent(type, location, _schemas.UnionOf)) is not null)
        {
            return null;
        }

        string name = parameterNames.Claim(ParameterNameFor(parameter.Name ?? ""), parameter.Name ?? "", _context.CollisionReporter("Parameter", parameter.Name ?? "", pointer));
        bool required = parameter.Required || location == ParameterPlacement.Path;
        bool explode = parameter.Style is null or ParameterStyle.Form ? parameter.Explode : false;
        return new ParameterSpec
        {
            Name = name,
            WireName = parameter.Name ?? "",
            Location = location,
            Type = type,
            IsRequired = required,
            Description = Clean(parameter.Description),
            Validation = mapped.Validation,
            Explode = explode,
            ListSeparator = parameter.Style switch
            {
                ParameterStyle.SpaceDelimited => "%20",
                ParameterStyle.PipeDelimited => "%7C",
                _ => ",",
            },
            PathPrefix = location != ParameterPlacement.Path ? "" : parameter.Style switch
            {
                ParameterStyle.Label => ".",
                ParameterStyle.Matrix => ";" + PercentEncodedName(parameter.Name ?? "") + "=",
                _ => "",
            },
            DefaultJson = PropertyDefaults.AsWritten(parameter.Schema?.Default),
            IsDeprecated = parameter.Deprecated,
        };
    }

    // A matrix parameter's name as it goes in the path: RFC 3986 unreserved characters kept, the rest UTF-8 percent-encoded.
    // Not Uri.EscapeDataString: on .NET Framework (the compiler inside Visual Studio) it leaves !*'() alone, so the
    // generated code would differ between the IDE and `dotnet build`.
    private static string PercentEncodedName(string name)
    {
        var text = new System.Text.StringBuilder();
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(name))
        {
            char c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~')
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    // A parameter shared through components/parameters has one type for every operation that uses it, named after the
    // component (GitHub's workflow-id: one WorkflowIdParameter, not one union class per operation), mapped and reported once.
    private MappedType MapParameterSchema(IOpenApiParameter parameter, string pointer, string typeNameBase)
    {
        if (SharedComponent(parameter) is { } id)
        {
            if (!_componentParameterTypes.TryGetValue(id, out MappedType? shared))
            {
                shared = _schemas.Map(parameter.Schema, ParameterSchemaPointer(parameter, pointer), ParameterTypeName(parameter, typeNameBase));
                _componentParameterTypes[id] = shared;
            }

            return shared;
        }

        return _schemas.Map(parameter.Schema, ParameterSchemaPointer(parameter, pointer), ParameterTypeName(parameter, typeNameBase));
    }

    // The components/parameters entry whose own (inline) schema the parameter has, or null.
    private static string? SharedComponent(IOpenApiParameter parameter) =>
        parameter is OpenApiParameterReference { Reference.Id: { Length: > 0 } id } && parameter.Schema is not OpenApiSchemaReference ? id : null;

    // The name an inline type of the parameter's schema is given. "Parameter" after a shared one's component name: the
    // bare name is one a schema, or an inline type named after a model's property, may well want (GitHub's
    // package-visibility, team-type), and the later claimant would be renamed with a warning.
    private static string ParameterTypeName(IOpenApiParameter parameter, string typeNameBase) =>
        SharedComponent(parameter) is { } id
            ? Identifiers.ToPascalCase(id, "Parameter") + "Parameter"
            : typeNameBase + Identifiers.ToPascalCase(parameter.Name ?? "", "Parameter");

    // Where the parameter's schema is written: a parameter shared through components/parameters has it there.
    private static string ParameterSchemaPointer(IOpenApiParameter parameter, string pointer) =>
        SharedComponent(parameter) is { } id
            ? ParseContext.Append(ParseContext.Append(ParseContext.Append("/components", "parameters"), id), "schema")
            : ParseContext.Append(pointer, "schema");

    /// <summary>The C# parameter name for a wire name, before it is made unique within the method.</summary>
    internal static string ParameterNameFor(string wireName)
    {
        string camel = Identifiers.ToCamelCase(wireName, "parameter");
        return s_reservedParameterNames.Contains(camel) ? camel + "Parameter" : camel;
    }

    // A multipart/form-data body comes back in multipart, its parts added to parameters, and the result is null.
    private RequestBodySpec? MapBody(IOpenApiRequestBody requestBody, string pointer, string typeNameBase, string methodName, UniqueNames parameterNames, List<ParameterSpec> parameters, out MultipartBodySpec? multipart, ref string? skipReason)
    {
        multipart = null;
        if (requestBody.Content is null || requestBody.Content.Count == 0)
        {
            skipReason = "declares no content";
            return null;
        }

        foreach (KeyValuePair<string, IOpenApiMediaType> content in requestBody.Content)
        {
            string mediaPointer = ParseContext.Append(pointer, "content", content.Key);
            if (content.Value is null)
            {
                continue;
            }

            if (IsJson(content.Key))
            {
                MappedType mapped = _schemas.Map(content.Value.Schema, ParseContext.Append(mediaPointer, "schema"), typeNameBase + "Request");
                return new RequestBodySpec
                {
                    ParameterName = parameterNames.Claim("body", "body"),
                    Encoding = BodyEncoding.Json,
                    Type = mapped.Type,
                    IsRequired = requestBody.Required,
                    Description = Clean(requestBody.Description),
                    Validation = mapped.Validation,
                    // A JSON flavour (application/merge-patch+json) is sent as declared: servers tell merge patch from a replacement by it.
                    MediaTypes = JsonFlavour(content.Key) is { } flavour ? new[] { flavour }.ToImmutableEquatableArray() : ImmutableEquatableArray<string>.Empty,
                };
            }
        }

        string writtenPointer = WrittenPointer(requestBody, pointer);
        foreach (KeyValuePair<string, IOpenApiMediaType> content in requestBody.Content)
        {
            string mediaPointer = ParseContext.Append(writtenPointer, "content", content.Key);
            if (content.Value is not null && MediaTypeIs(content.Key, "application/x-www-form-urlencoded"))
            {
                MappedType mapped = _schemas.Map(content.Value.Schema, ParseContext.Append(mediaPointer, "schema"), typeNameBase + "Request");
                if (mapped.Type.Kind != ValueKind.Model)
                {
                    skipReason = "is form-urlencoded but its schema is not an object with properties";
                    return null;
                }

                string schemaPointer = content.Value.Schema is OpenApiSchemaReference { Reference.Id: { } id }
                    ? ParseContext.Append("/components/schemas", id)
                    : ParseContext.Append(mediaPointer, "schema");
                if (_schemas.FindModel(mapped.Type.Name!) is not { } model)
                {
                    skipReason = "is form-urlencoded with a schema that refers to itself";
                    return null;
                }

                var fields = new List<FormFieldSpec>();
                foreach (PropertySpec property in model.Properties)
                {
                    FormEncodingEntry? encoding = _context.EncodingAsWritten(ParseContext.Append(ParseContext.Append(mediaPointer, "encoding"), property.WireName));
                    FormFieldSpec field = FormFieldEncoding.Decide(property, encoding);
                    if (field.Kind == FormFieldKind.NotSent && property.IsRequired)
                    {
                        skipReason = "has the required form field '" + property.WireName + "', which cannot be sent: " + field.NotSentReason;
                        return null;
                    }

                    fields.Add(field);
                }

                foreach (FormFieldSpec field in fields.Where(f => f.Kind == FormFieldKind.NotSent))
                {
                    _context.Report(DiagnosticDescriptors.FormFieldNotSent, ParseContext.Append(schemaPointer, "properties", field.WireName), field.WireName, methodName, field.NotSentReason!);
                }

                return new RequestBodySpec
                {
                    ParameterName = parameterNames.Claim("body", "body"),
                    Encoding = BodyEncoding.FormUrlEncoded,
                    Type = mapped.Type,
                    IsRequired = requestBody.Required,
                    Description = Clean(requestBody.Description),
                    FormFields = fields.ToImmutableEquatableArray(),
                };
            }
        }

        if (MapRawBody(requestBody, writtenPointer, parameterNames) is { } raw)
        {
            return raw;
        }

        // Last, so a body that also offers JSON, a form or raw bytes keeps the method it had before multipart was generated;
        // multipart/form-data before any other multipart type (mixed, related…), whose parts are named the same way.
        foreach (KeyValuePair<string, IOpenApiMediaType> content in requestBody.Content
            .Where(c => c.Value is not null && MediaTypes.MultipartSubtype(c.Key) is not null)
            .OrderBy(c => MediaTypes.MultipartSubtype(c.Key) == "form-data" ? 0 : 1))
        {
            multipart = _multipart.Map(requestBody, content.Value, content.Key, ParseContext.Append(writtenPointer, "content", content.Key), typeNameBase, methodName, parameterNames, parameters, ref skipReason);
            return null;
        }

        skipReason = "has only unsupported content types (" + string.Join(", ", requestBody.Content.Keys) + ")";
        return null;
    }

    // Any body that is neither JSON, a form nor multipart is sent as it is: text (text/*, XML) as a string, anything
    // else (application/octet-stream, audio/*, format: binary) as the caller's stream.
    private RequestBodySpec? MapRawBody(IOpenApiRequestBody requestBody, string writtenPointer, UniqueNames parameterNames)
    {
        var candidates = requestBody.Content!
            .Where(c => c.Value is not null && !IsJson(c.Key) && !MediaTypes.IsForm(c.Key) && !MediaTypes.IsMultipart(c.Key))
            .Select(c => (MediaType: c.Key, Binary: IsBinary(c.Key, c.Value.Schema, ParseContext.Append(writtenPointer, "content", c.Key))))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        bool binary = candidates[0].Binary;
        var mediaTypes = candidates.Where(c => c.Binary == binary).Select(c => c.MediaType).ToImmutableEquatableArray();
        string name = parameterNames.Claim("body", "body");
        string? contentTypeParameter = mediaTypes.Count > 1 || MediaTypes.IsWildcard(mediaTypes[0]) ? parameterNames.Claim("contentType", "contentType") : null;
        return new RequestBodySpec
        {
            ParameterName = name,
            Encoding = binary ? BodyEncoding.Binary : BodyEncoding.Text,
            Type = binary ? TypeRefSpec.Binary : TypeRefSpec.String,
            IsRequired = requestBody.Required,
            Description = Clean(requestBody.Description),
            MediaTypes = mediaTypes,
            ContentTypeParameterName = contentTypeParameter,
        };
    }

    // Where the body is written: a $ref to #/components/requestBodies points there (the encoding entries are read as written).
    private static string WrittenPointer(IOpenApiRequestBody requestBody, string pointer) =>
        requestBody is OpenApiRequestBodyReference { Reference.ReferenceV3: { } reference } && reference.StartsWith("#/", StringComparison.Ordinal)
            ? reference.Substring(1)
            : pointer;

    // Text media types carry a string unless the schema says the text is bytes (format: binary, 3.1 contentMediaType).
    private bool IsBinary(string mediaType, IOpenApiSchema? schema, string mediaPointer) =>
        !MediaTypes.IsText(mediaType)
        || schema?.Format == "binary"
        || _context.DeclaresContentMediaType(ParseContext.Append(mediaPointer, "schema"));

    /// <summary>
    /// The success and error answers. <c>TextBesideJson</c> lists the text media types (<c>text/*</c>, XML) a success
    /// answer offers beside the JSON the method reads; when there are any, a second method asks for them.
    /// </summary>
    private (ResponseSpec Success, List<ErrorResponseSpec> Errors, List<string> SuccessMediaTypes, List<string> TextBesideJson) MapResponses(OpenApiOperation operation, string pointer, string typeNameBase, string methodName)
    {
        var successCodes = new List<string>();
        bool someSuccessHasNoBody = false;
        bool successIsText = false;
        var successMediaTypes = new List<string>();
        var successTextMediaTypes = new List<string>();
        TypeRefSpec? successType = null;
        string? successDescription = null;
        var errors = new List<ErrorResponseSpec>();
        var headers = new ResponseHeaderMapper(_context, _schemas, typeNameBase);
        if (operation.Responses is null)
        {
            var any2xx = new ResponseSpec { StatusCodes = new[] { "2XX" }.ToImmutableEquatableArray(), BodyType = null, BodyMayBeEmpty = false, Description = null };
            return (any2xx, errors, successMediaTypes, successTextMediaTypes);
        }

        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses)
        {
            string responsePointer = ParseContext.Append(pointer, "responses", response.Key);
            if (response.Value is null
                || !ReferenceCycles.Resolves(_context, responsePointer, response.Value, "The response '" + response.Key + "' of " + methodName, () => response.Value.Content))
            {
                continue;
            }

            string code = response.Key.ToUpperInvariant();
            if (!IsStatusKey(code))
            {
                _context.Report(DiagnosticDescriptors.ResponseIgnored, responsePointer, response.Key, methodName, "it is not a status code, a range such as 4XX, or default");
                continue;
            }

            bool isSuccess = code.StartsWith("2", StringComparison.Ordinal);
            TypeRefSpec? bodyType = null;
            if (response.Value.Content is { } contents)
            {
                if (isSuccess)
                {
                    successTextMediaTypes.AddRange(contents.Keys.Where(k => !IsJson(k) && MediaTypes.IsText(k) && contents[k]?.Schema?.Format != "binary"
                        && !successTextMediaTypes.Contains(k, StringComparer.OrdinalIgnoreCase)));
                }

                foreach (KeyValuePair<string, IOpenApiMediaType> content in contents)
                {
                    if (IsJson(content.Key) && content.Value?.Schema is not null)
                    {
                        string hint = typeNameBase + (isSuccess ? "Response" : "Error");
                        bodyType = _schemas.Map(content.Value.Schema, ParseContext.Append(ParseContext.Append(responsePointer, "content", content.Key), "schema"), hint).Type;
                        break;
                    }
                }

                // A plain-text success (text/plain, text/csv, XML) is returned as the text itself; any other media
                // type (application/octet-stream, audio/*, image/*…) as a stream of its bytes.
                if (bodyType is null && isSuccess && successType is null && contents.Keys.Any(k => !IsJson(k)))
                {
                    var mediaTypes = contents.Keys.Where(k => !IsJson(k)).ToList();
                    bool text = mediaTypes.Any(MediaTypes.IsText)
                        && !mediaTypes.Any(k => contents[k]?.Schema?.Format == "binary");
                    bodyType = text ? TypeRefSpec.String : TypeRefSpec.Binary;
                    successIsText = text;
                    successMediaTypes = (text ? mediaTypes.Where(MediaTypes.IsText) : mediaTypes).ToList();
                }
            }

            if (isSuccess)
            {
                headers.Add(response.Value.Headers, responsePointer);
                successCodes.Add(code);
                someSuccessHasNoBody |= bodyType is null;
                if (successType is null && bodyType is not null)
                {
                    successType = bodyType;
                    successDescription = Clean(response.Value.Description);
                }
            }
            else if (code.StartsWith("1", StringComparison.Ordinal) || code.StartsWith("3", StringComparison.Ordinal))
            {
                // Informational and redirect answers are handled by HttpClient; they are not errors of the API.
            }
            else
            {
                errors.Add(new ErrorResponseSpec(code == "DEFAULT" ? "default" : code, bodyType));
            }
        }

        if (successCodes.Count == 0)
        {
            successCodes.Add("2XX");
        }

        var success = new ResponseSpec
        {
            StatusCodes = successCodes.ToImmutableEquatableArray(),
            BodyType = successType,
            BodyMayBeEmpty = successType is not null && someSuccessHasNoBody,
            Description = successDescription,
            IsText = successIsText && successType is not null,
            Headers = headers.Headers.ToImmutableEquatableArray(),
        };
        bool json = success.BodyType is not null && !success.IsText && !success.IsBinary;
        return (success, errors, success.IsText || success.IsBinary ? successMediaTypes : new List<string>(), json ? successTextMediaTypes : new List<string>());
    }

    /// <summary>
    /// The media types a success response offers that the method cannot return the way it reads the answer: beside a
    /// JSON answer, anything not JSON; beside a text answer, bytes. A stream returns any answer. An <c>Accept</c>
    /// parameter that could ask for one of these would get an answer the method misreads, so it is left out.
    /// </summary>
    private static List<string> UnreadableAnswers(OpenApiOperation operation, ResponseSpec success)
    {
        if (success.BodyType is null || success.IsBinary || operation.Responses is null)
        {
            return new List<string>();
        }

        return operation.Responses
            .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal) && r.Value?.Content is not null)
            .SelectMany(r => r.Value.Content!.Keys)
            .Where(m => success.IsText ? !IsJson(m) && !MediaTypes.IsText(m) : !IsJson(m))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string? ParsePathTemplate(string path, List<ParameterSpec> parameters, List<PathSegmentSpec> segments)
    {
        int position = 0;
        while (position < path.Length)
        {
            int open = path.IndexOf('{', position);
            if (open < 0)
            {
                segments.Add(new PathSegmentSpec(path.Substring(position), null));
                break;
            }

            if (open > position)
            {
                segments.Add(new PathSegmentSpec(path.Substring(position, open - position), null));
            }

            int close = path.IndexOf('}', open);
            if (close < 0)
            {
                return "its path template has an unclosed '{'";
            }

            string wireName = path.Substring(open + 1, close - open - 1);
            ParameterSpec? parameter = parameters.FirstOrDefault(p => p.Location == ParameterPlacement.Path && p.WireName == wireName);
            if (parameter is null)
            {
                return "its path uses {" + wireName + "} but no path parameter of that name is declared";
            }

            if (parameter.PathPrefix.Length > 0)
            {
                // A label's "." or a matrix's ";name=" joins the literal before it: one AppendPath call.
                if (segments.Count > 0 && segments[segments.Count - 1].Literal is { } before)
                {
                    segments[segments.Count - 1] = new PathSegmentSpec(before + parameter.PathPrefix, null);
                }
                else
                {
                    segments.Add(new PathSegmentSpec(parameter.PathPrefix, null));
                }
            }

            segments.Add(new PathSegmentSpec(null, parameter.Name));
            position = close + 1;
        }

        return null;
    }

    private static bool IsStatusKey(string code) =>
        code == "DEFAULT"
        || (code.Length == 3 && code[0] >= '1' && code[0] <= '5'
            && ((char.IsDigit(code[1]) && char.IsDigit(code[2])) || (code[1] == 'X' && code[2] == 'X')));

    // The media type a JSON body is sent as when it is not plain application/json: a +json type or text/json, without parameters.
    private static string? JsonFlavour(string mediaType)
    {
        string type = MediaTypes.Essence(mediaType);
        bool header = type.Split('/').Length == 2 && type.All(c => c == '/' || (c > ' ' && c < 127 && "()<>@,;:\\\"[]?={}".IndexOf(c) < 0));
        return !header || type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.IndexOf('*') >= 0 ? null : type.ToLowerInvariant();
    }

    internal static bool IsJson(string mediaType)
    {
        string type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("*/*", StringComparison.Ordinal)
            || type.Equals("text/json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool MediaTypeIs(string mediaType, string expected) =>
        mediaType.Split(';')[0].Trim().Equals(expected, StringComparison.OrdinalIgnoreCase);

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
