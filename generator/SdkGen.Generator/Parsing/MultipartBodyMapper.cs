using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Maps a multipart request body (<c>multipart/form-data</c>, or another subtype such as <c>mixed</c>, whose parts are
/// named the same way): each property of its object schema becomes a parameter of the method
/// (<see cref="ParameterPlacement.Part"/>), sent as <see cref="MultipartPartEncoding.Decide"/> says. A file is a
/// <c>FilePart</c>; the rest keep the types and checks they would have anywhere else.
/// </summary>
internal sealed class MultipartBodyMapper
{
    private readonly ParseContext _context;
    private readonly SchemaMapper _schemas;
    private readonly NotSent _notSent;

    public MultipartBodyMapper(ParseContext context, SchemaMapper schemas, NotSent notSent)
    {
        _context = context;
        _schemas = schemas;
        _notSent = notSent;
    }

    /// <summary>The body and its part parameters, or null with <paramref name="skipReason"/> when it cannot be sent.</summary>
    public MultipartBodySpec? Map(IOpenApiRequestBody requestBody, IOpenApiMediaType media, string mediaType, string mediaPointer, string typeNameBase, string methodName, UniqueNames parameterNames, List<ParameterSpec> partParameters, ref string? skipReason)
    {
        if (media.Schema is not { Properties: { Count: > 0 } properties } schema)
        {
            skipReason = "is " + mediaType + " but its schema is not an object with properties";
            return null;
        }

        string schemaPointer = schema is OpenApiSchemaReference { Reference.Id: { } id }
            ? ParseContext.Append("/components/schemas", id)
            : ParseContext.Append(mediaPointer, "schema");
        bool openApi31 = _context.WritesOpenApi31;

        // Every part left out is decided before any part's type is mapped, so neither a part left out nor an operation
        // skipped for one generates a type: a part the encoding may refuse is decided on its type's kind alone (a probe
        // that keeps nothing), any other part is sent whatever its type.
        var candidates = new List<Candidate>();
        foreach (KeyValuePair<string, IOpenApiSchema> property in properties)
        {
            if (property.Value is null)
            {
                continue;
            }

            string propertyPointer = ParseContext.Append(schemaPointer, "properties", property.Key);
            OpenApiEncoding? encoding = media.Encoding is { } encodings && encodings.TryGetValue(property.Key, out OpenApiEncoding? entry) ? entry : null;
            TypeRefSpec? fileType = FileTypeOf(property.Value, propertyPointer, openApi31);
            TypeRefSpec? known = fileType ?? (MultipartPartEncoding.MayLeaveOut(encoding?.ContentType) ? _schemas.Probe(property.Value, propertyPointer) : null);
            var candidate = new Candidate(property.Key, property.Value, propertyPointer, encoding, fileType, schema.Required?.Contains(property.Key) == true && requestBody.Required);
            MultipartPartSpec? leftOut = known is not null && Decide(candidate, known) is { Kind: MultipartPartKind.NotSent } refused ? refused : null;
            if (leftOut is not null && candidate.Required)
            {
                skipReason = "has the required multipart part '" + property.Key + "', which cannot be sent: " + leftOut.NotSentReason;
                return null;
            }

            candidates.Add(candidate with { LeftOut = leftOut });
        }

        if (requestBody.Required && candidates.TrueForAll(c => c.LeftOut is not null))
        {
            skipReason = "is a required multipart body none of whose parts can be sent";
            return null;
        }

        var parts = new List<MultipartPartSpec>();
        bool surelyOnePart = false;
        foreach (Candidate candidate in candidates)
        {
            if (candidate.LeftOut is { } part)
            {
                _context.Report(DiagnosticDescriptors.MultipartPartNotSent, candidate.Pointer, part.WireName, methodName, "it is not sent (the method has no parameter for it): " + part.NotSentReason);
                _notSent.Part(candidate.Schema);
                parts.Add(part);
                continue;
            }

            MappedType mapped = candidate.FileType is { } file
                ? new MappedType(file, IsNullable: false, Validation: null)
                : _schemas.Map(candidate.Schema, candidate.Pointer, typeNameBase + Identifiers.ToPascalCase(candidate.WireName, "Part"));
            MultipartPartSpec sent = Decide(candidate, mapped.Type);
            if (sent.UnsentHeaders is { } headers)
            {
                string encodingPointer = ParseContext.Append(ParseContext.Append(mediaPointer, "encoding"), sent.WireName);
                _context.Report(DiagnosticDescriptors.MultipartPartNotSent, ParseContext.Append(encodingPointer, "headers"), sent.WireName, methodName,
                    "its encoding declares the part headers " + headers + ", which are not sent (the method has no value for them); the part itself is sent");
            }

            string name = parameterNames.Claim(OperationMapper.ParameterNameFor(sent.WireName), sent.WireName, _context.CollisionReporter("Parameter", sent.WireName, candidate.Pointer));
            parts.Add(sent with { ParameterName = name });
            // A required single value is always a part; a required list may be empty.
            surelyOnePart |= candidate.Required && sent.Type.Kind != ValueKind.Array;
            partParameters.Add(new ParameterSpec
            {
                Name = name,
                WireName = sent.WireName,
                Location = ParameterPlacement.Part,
                Type = sent.Type,
                IsRequired = candidate.Required,
                Description = OperationMapper.Clean(candidate.Schema.Description),
                Validation = mapped.Validation,
                Explode = false,
                DefaultJson = PropertyDefaults.AsWritten(candidate.Schema.Default),
                IsDeprecated = candidate.Schema.Deprecated,
            });
        }

        _notSent.SentAsParts(schema);
        return new MultipartBodySpec(parts.ToImmutableEquatableArray(), requestBody.Required)
        {
            Subtype = MediaTypes.MultipartSubtype(mediaType)!,
            AtLeastOneOf = requestBody.Required && !surelyOnePart ? string.Join(", ", parts.Where(p => p.Kind != MultipartPartKind.NotSent).Select(p => p.ParameterName)) : null,
        };
    }

    private MultipartPartSpec Decide(Candidate candidate, TypeRefSpec type)
    {
        string? contentMediaType = _context.ContentMediaTypeAsWritten(candidate.Pointer)
            ?? (type.Kind == ValueKind.Array ? _context.ContentMediaTypeAsWritten(ParseContext.Append(candidate.Pointer, "items")) : null);
        return MultipartPartEncoding.Decide(candidate.WireName, type, candidate.Encoding?.ContentType, contentMediaType, candidate.Encoding?.Headers?.Keys ?? Enumerable.Empty<string>());
    }

    // A file, a list of files, or null for any other value (its type is the schema mapper's).
    private TypeRefSpec? FileTypeOf(IOpenApiSchema schema, string pointer, bool openApi31) =>
        IsFile(schema, pointer, openApi31) ? TypeRefSpec.File
        : schema.Items is { } items && IsFile(items, ParseContext.Append(pointer, "items"), openApi31) ? new TypeRefSpec(ValueKind.Array, Element: TypeRefSpec.File)
        : null;

    // Required: the part is required and so is the body. LeftOut: the decision, when it leaves the part out.
    private sealed record Candidate(string WireName, IOpenApiSchema Schema, string Pointer, OpenApiEncoding? Encoding, TypeRefSpec? FileType, bool Required)
    {
        public MultipartPartSpec? LeftOut { get; init; }
    }

    // OpenAPI 3.0: format binary. 3.1: a contentMediaType, or a schema with no type at all (the 3.1 spec's "items: {}" file list).
    private bool IsFile(IOpenApiSchema schema, string pointer, bool openApi31) =>
        schema.Format == "binary"
        || _context.DeclaresContentMediaType(pointer)
        || (openApi31 && schema is not OpenApiSchemaReference && schema.Type is null && schema.Properties is not { Count: > 0 } && schema.Items is null
            && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.Enum is not { Count: > 0 }
            && schema.AdditionalProperties is null && schema.Pattern is null);
}
