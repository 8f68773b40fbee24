using System;
using System.Collections.Generic;
using Microsoft.OpenApi;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Collects the headers an operation's success responses declare, each with the type its accessor reads it as.
/// Header values are text: a type the runtime cannot parse leniently from a header (objects, lists, dates
/// without time) is read as that text, which loses nothing. A list or object is read from every field line, combined;
/// any other value is single-valued (RFC 9110 5.3: repeats of one value read as it, different ones as null).
/// </summary>
internal sealed class ResponseHeaderMapper
{
    // Members every Response already has (object's are Identifiers.HidesObjectMember's).
    private static readonly HashSet<string> s_responseMembers = new(StringComparer.Ordinal) { "Status", "ReasonPhrase", "Headers", "Value" };

    // Fields HTTP defines as comma-separated lists (RFC 9110, 9111, 8288, Fetch), whatever type the description gives their text.
    private static readonly HashSet<string> s_listFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept-Ranges", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods", "Access-Control-Expose-Headers", "Allow",
        "Cache-Control", "Content-Encoding", "Content-Language", "Link", "Proxy-Authenticate", "Vary", "Via", "WWW-Authenticate",
    };

    private readonly ParseContext _context;
    private readonly SchemaMapper _schemas;
    private readonly string _typeNameBase;
    private readonly UniqueNames _propertyNames = new();
    private readonly HashSet<string> _wireNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ResponseHeaderSpec> _headers = new();

    public ResponseHeaderMapper(ParseContext context, SchemaMapper schemas, string typeNameBase)
    {
        _context = context;
        _schemas = schemas;
        _typeNameBase = typeNameBase;
    }

    public IReadOnlyList<ResponseHeaderSpec> Headers => _headers;

    public void Add(IDictionary<string, IOpenApiHeader>? headers, string responsePointer)
    {
        if (headers is null)
        {
            return;
        }

        foreach (KeyValuePair<string, IOpenApiHeader> header in headers)
        {
            // OpenAPI: a response header named Content-Type is ignored (the media type says it); a name is read once.
            if (header.Value is null || string.IsNullOrEmpty(header.Key) || string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase) || !_wireNames.Add(header.Key))
            {
                continue;
            }

            string pointer = ParseContext.Append(responsePointer, "headers", header.Key);
            if (!ReferenceCycles.Resolves(_context, pointer, header.Value, "The response header '" + header.Key + "'", () => header.Value.Schema))
            {
                continue;
            }

            TypeRefSpec? declared = header.Value.Schema is { } schema
                ? _schemas.Map(schema, ParseContext.Append(pointer, "schema"), _typeNameBase + " " + header.Key).Type
                : null;
            // A list or object (simple style joins its members with commas) or an undeclared value is read whole: every field line, combined.
            bool isList = declared is null or { Kind: ValueKind.Array or ValueKind.Map or ValueKind.Model or ValueKind.Json } || s_listFields.Contains(header.Key);
            string pascal = Identifiers.ToPascalCase(header.Key, "Header");
            // A header named like a member it would hide reads as ValueHeader, StatusHeader…
            string name = _propertyNames.Claim(s_responseMembers.Contains(pascal) || Identifiers.HidesObjectMember(pascal) ? pascal + "Header" : pascal, header.Key);
            _headers.Add(new ResponseHeaderSpec
            {
                WireName = header.Key,
                PropertyName = name,
                Type = isList ? TypeRefSpec.String : Readable(declared!),
                Description = OperationMapper.Clean(header.Value.Description),
                IsDeprecated = header.Value.Deprecated,
                IsList = isList,
            });
        }
    }

    private static TypeRefSpec Readable(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal or ValueKind.Boolean
            or ValueKind.DateTimeOffset or ValueKind.Guid or ValueKind.Enum => type,
        _ => TypeRefSpec.String,
    };
}
