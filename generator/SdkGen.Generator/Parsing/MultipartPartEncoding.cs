using System;
using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// The one place that decides how a property of a <c>multipart/form-data</c> body is sent, after OpenAPI's rules for
/// multipart content and the <c>encoding</c> object: a file is streamed with its media type, a primitive is text, an
/// array repeats the part per item, an object is JSON unless <c>encoding.contentType</c> asks otherwise. The emitter
/// writes what this returns and the diagnostics report what it leaves out, so the two cannot disagree. (<c>style</c>,
/// <c>explode</c> and <c>allowReserved</c> apply to form-urlencoded bodies only and are ignored here, as OpenAPI says.)
/// </summary>
internal static class MultipartPartEncoding
{
    private const string OctetStream = "application/octet-stream";
    private const string Json = "application/json";

    /// <summary>
    /// Whether <see cref="Decide"/> may leave a part out: only for the <c>contentType</c> its encoding declares. Without
    /// one every value has an encoding (a file, text or JSON), so the part is sent whatever its type.
    /// </summary>
    public static bool MayLeaveOut(string? declaredContentType) => Declared(declaredContentType).Count > 0;

    /// <param name="wireName">The property's name on the wire.</param>
    /// <param name="type">The parameter's type: <see cref="TypeRefSpec.File"/> (or an array of it) for a file.</param>
    /// <param name="declaredContentType">The encoding entry's <c>contentType</c> (a list allowed), or null.</param>
    /// <param name="contentMediaType">The schema's <c>contentMediaType</c> (3.1), or null.</param>
    /// <param name="headers">The header names the encoding entry declares.</param>
    public static MultipartPartSpec Decide(string wireName, TypeRefSpec type, string? declaredContentType, string? contentMediaType, IEnumerable<string> headers)
    {
        TypeRefSpec element = type.Kind == ValueKind.Array ? type.Element! : type;
        List<string> declared = Declared(declaredContentType);
        string? concrete = declared.FirstOrDefault(t => !MediaTypes.IsWildcard(t));

        // Content-Type is the part's own (OpenAPI: "SHALL be ignored" among the encoding's headers).
        var unsent = headers.Where(h => !h.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).ToList();
        var part = new MultipartPartSpec
        {
            ParameterName = "",
            WireName = wireName,
            Type = type,
            Kind = MultipartPartKind.Text,
            UnsentHeaders = unsent.Count == 0 ? null : string.Join(", ", unsent),
        };

        if (concrete is not null && !System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(concrete, out _))
        {
            return NotSent(part, "its encoding's contentType '" + declaredContentType + "' is not a media type");
        }

        if (element.Kind == ValueKind.File)
        {
            return part with { Kind = MultipartPartKind.File, ContentType = concrete ?? ConcreteOrNull(contentMediaType) ?? OctetStream };
        }

        if (element.Kind is ValueKind.Model or ValueKind.Map or ValueKind.Json or ValueKind.Array)
        {
            if (declared.Count == 0)
            {
                return part with { Kind = MultipartPartKind.Json, ContentType = Json };
            }

            return declared.FirstOrDefault(t => OperationMapper.IsJson(t) && !MediaTypes.IsWildcard(t)) is { } json
                ? part with { Kind = MultipartPartKind.Json, ContentType = json }
                : NotSent(part, "its encoding asks for contentType '" + declaredContentType + "', and the generator writes structured values only as JSON");
        }

        // A JSON string needs quotes the text does not have; a number or boolean is its own JSON.
        if (concrete is not null && OperationMapper.IsJson(concrete) && element.Kind is not (ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single or ValueKind.Double or ValueKind.Decimal or ValueKind.Boolean))
        {
            return NotSent(part, "its encoding asks for contentType '" + declaredContentType + "' for a text value, which the generator does not write as a JSON string");
        }

        return part with { ContentType = concrete };
    }

    private static List<string> Declared(string? declaredContentType) =>
        (declaredContentType ?? "").Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToList();

    private static string? ConcreteOrNull(string? mediaType) => mediaType is { Length: > 0 } && !MediaTypes.IsWildcard(mediaType) ? mediaType : null;

    private static MultipartPartSpec NotSent(MultipartPartSpec part, string reason) => part with { Kind = MultipartPartKind.NotSent, NotSentReason = reason };
}
