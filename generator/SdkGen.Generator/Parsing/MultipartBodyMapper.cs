using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Maps a <c>multipart/form-data</c> request body: each property of its object schema becomes a parameter of the
/// method (<see cref="ParameterPlacement.Part"/>), sent as <see cref="MultipartPartEncoding.Decide"/> says. A file is a
/// <c>FilePart</c>; the rest keep the types and checks they would have anywhere else.
/// </summary>
internal sealed class MultipartBodyMapper
{
    private readonly ParseContext _context;
    private readonly SchemaMapper _schemas;

    public MultipartBodyMapper(ParseContext context, SchemaMapper schemas)
    {
        _context = context;
        _schemas = schemas;
    }

    /// <summary>The body and its part parameters, or null with <paramref name="skipReason"/> when it cannot be sent.</summary>
    public MultipartBodySpec? Map(IOpenApiRequestBody requestBody, IOpenApiMediaType media, string mediaPointer, string typeNameBase, string methodName, UniqueNames parameterNames, List<ParameterSpec> partParameters, ref string? skipReason)
    {
        if (media.Schema is not { Properties: { Count: > 0 } properties } schema)
        {
            skipReason = "is multipart/form-data but its schema is not an object with properties";
            return null;
        }

        string schemaPointer = schema is OpenApiSchemaReference { Reference.Id: { } id }
            ? ParseContext.Append("/components/schemas", id)
            : ParseContext.Append(mediaPointer, "schema");
        bool openApi31 = _context.TextAt("/openapi") is { } version && version.StartsWith("3.1", StringComparison.Ordinal);
        var decided = new List<(MultipartPartSpec Part, IOpenApiSchema Schema, ValidationSpec? Validation, bool Required, string Pointer)>();
        foreach (KeyValuePair<string, IOpenApiSchema> property in properties)
        {
            if (property.Value is null)
            {
                continue;
            }

            string propertyPointer = ParseContext.Append(schemaPointer, "properties", property.Key);
            TypeRefSpec type;
            ValidationSpec? validation = null;
            if (IsFile(property.Value, propertyPointer, openApi31))
            {
                type = TypeRefSpec.File;
            }
            else if (property.Value.Items is { } items && IsFile(items, ParseContext.Append(propertyPointer, "items"), openApi31))
            {
                type = new TypeRefSpec(ValueKind.Array, Element: TypeRefSpec.File);
            }
            else
            {
                MappedType mapped = _schemas.Map(property.Value, propertyPointer, typeNameBase + Identifiers.ToPascalCase(property.Key, "Part"));
                type = mapped.Type;
                validation = mapped.Validation;
            }

            OpenApiEncoding? encoding = media.Encoding is { } encodings && encodings.TryGetValue(property.Key, out OpenApiEncoding? entry) ? entry : null;
            string? contentMediaType = _context.TextAt(ParseContext.Append(propertyPointer, "contentMediaType"))
                ?? (type.Kind == ValueKind.Array ? _context.TextAt(ParseContext.Append(ParseContext.Append(propertyPointer, "items"), "contentMediaType")) : null);
            MultipartPartSpec part = MultipartPartEncoding.Decide(property.Key, type, encoding?.ContentType, contentMediaType, encoding?.Headers?.Keys ?? Enumerable.Empty<string>());
            bool required = schema.Required?.Contains(property.Key) == true;
            if (part.Kind == MultipartPartKind.NotSent && required && requestBody.Required)
            {
                skipReason = "has the required multipart part '" + property.Key + "', which cannot be sent: " + part.NotSentReason;
                return null;
            }

            decided.Add((part, property.Value, validation, required && requestBody.Required, propertyPointer));
        }

        var parts = new List<MultipartPartSpec>();
        foreach ((MultipartPartSpec part, IOpenApiSchema propertySchema, ValidationSpec? validation, bool required, string pointer) in decided)
        {
            if (part.Kind == MultipartPartKind.NotSent)
            {
                _context.Report(DiagnosticDescriptors.MultipartPartNotSent, pointer, part.WireName, methodName, "it is not sent (the method has no parameter for it): " + part.NotSentReason);
                parts.Add(part);
                continue;
            }

            if (part.UnsentHeaders is { } headers)
            {
                string encodingPointer = ParseContext.Append(ParseContext.Append(mediaPointer, "encoding"), part.WireName);
                _context.Report(DiagnosticDescriptors.MultipartPartNotSent, ParseContext.Append(encodingPointer, "headers"), part.WireName, methodName,
                    "its encoding declares the part headers " + headers + ", which are not sent (the method has no value for them); the part itself is sent");
            }

            string name = parameterNames.Claim(OperationMapper.ParameterNameFor(part.WireName), part.WireName, _context.CollisionReporter("Parameter", part.WireName, pointer));
            parts.Add(part with { ParameterName = name });
            partParameters.Add(new ParameterSpec
            {
                Name = name,
                WireName = part.WireName,
                Location = ParameterPlacement.Part,
                Type = part.Type,
                IsRequired = required,
                Description = OperationMapper.Clean(propertySchema.Description),
                Validation = validation,
                Explode = false,
                DefaultJson = propertySchema.Default?.ToJsonString(),
                IsDeprecated = propertySchema.Deprecated,
            });
        }

        return new MultipartBodySpec(parts.ToImmutableEquatableArray(), requestBody.Required);
    }

    // OpenAPI 3.0: format binary. 3.1: a contentMediaType, or a schema with no type at all (the 3.1 spec's "items: {}" file list).
    private bool IsFile(IOpenApiSchema schema, string pointer, bool openApi31) =>
        schema.Format == "binary"
        || _context.DeclaresContentMediaType(pointer)
        || (openApi31 && schema is not OpenApiSchemaReference && schema.Type is null && schema.Properties is not { Count: > 0 } && schema.Items is null
            && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.Enum is not { Count: > 0 }
            && schema.AdditionalProperties is null && schema.Pattern is null);
}
