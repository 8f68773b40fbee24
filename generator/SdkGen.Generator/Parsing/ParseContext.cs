using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;
using SdkGen.Generator.Parsing.Text;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// What the mappers share while turning one document into spec records: where each JSON pointer
/// sits in the file, the diagnostics so far, and the few facts the OpenAPI object model drops.
/// </summary>
/// <remarks>
/// The mappers read the Microsoft.OpenApi document, never the JSON tree. The tree is kept only for the facts
/// below (see "Facts the object model drops"), each read in one named method saying why it cannot come from the model.
/// </remarks>
internal sealed class ParseContext
{
    private readonly JsonNode _root;
    private readonly SourceLineMap _lineMap;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public ParseContext(string filePath, JsonNode root, SourceLineMap lineMap, CancellationToken cancellationToken)
    {
        FilePath = filePath;
        _root = root;
        _lineMap = lineMap;
        CancellationToken = cancellationToken;
    }

    public string FilePath { get; }

    /// <summary>
    /// A context over the same document whose diagnostics go nowhere: for a mapping done only to learn a type's kind
    /// before deciding whether anything is generated for it (<see cref="SchemaMapper.Probe(Microsoft.OpenApi.IOpenApiSchema, string)"/>).
    /// </summary>
    public ParseContext Detached() => new(FilePath, _root, _lineMap, CancellationToken) { DateAndTimeTypes = DateAndTimeTypes };

    public CancellationToken CancellationToken { get; }

    /// <summary>Whether <c>format: date</c>/<c>time</c> map to <c>DateOnly</c>/<c>TimeOnly</c> (see <see cref="Model.SpecFileInput"/>).</summary>
    public bool DateAndTimeTypes { get; init; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, string pointer, params string[] args)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(pointer), args));
    }

    /// <summary>A callback for <see cref="UniqueNames.Claim"/> that reports the rename at <paramref name="pointer"/>.</summary>
    public System.Action<string, string, string> CollisionReporter(string kind, string originalName, string pointer) =>
        (earlier, identifier, renamed) => Report(SdkGen.Generator.Diagnostics.DiagnosticDescriptors.NameCollision, pointer, kind, earlier, originalName, identifier, renamed);

    public LocationInfo Locate(string pointer)
    {
        SourcePosition position = _lineMap.GetNearestPosition(pointer);
        return new LocationInfo(FilePath, position.Offset, position.Length, position.Line, position.Column);
    }

    // Facts the object model drops. Each was checked against Microsoft.OpenApi 3.11 before reading the tree.

    /// <summary>
    /// Whether the schema at <paramref name="schemaPointer"/> says <c>additionalProperties: true</c>. The object
    /// model's <c>AdditionalPropertiesAllowed</c> is true both then and when the keyword is absent, which the
    /// generator treats differently (an explicit true keeps the extra properties as JSON).
    /// </summary>
    public bool DeclaresAdditionalPropertiesTrue(string schemaPointer) =>
        RawAt(Append(schemaPointer, "additionalProperties")) is JsonValue declared && declared.GetValueKind() == JsonValueKind.True;

    /// <summary>
    /// Whether the schema at <paramref name="schemaPointer"/> has <c>contentMediaType</c>. The object model reads
    /// it only from OpenAPI 3.1 documents; a 3.0 document that writes it still means "these bytes are content".
    /// </summary>
    public bool DeclaresContentMediaType(string schemaPointer) =>
        RawAt(Append(schemaPointer, "contentMediaType")) is not null;

    /// <summary>
    /// Whether the schema at <paramref name="schemaPointer"/> writes the validation keyword <paramref name="rule"/>
    /// itself. The object model folds OpenAPI 3.0's boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> into the
    /// bounds, so which keyword stands beside a <c>oneOf</c> (and the line to report it at) is read as written.
    /// </summary>
    public bool WritesRule(string schemaPointer, string rule) => RawAt(Append(schemaPointer, rule)) is not null;

    /// <summary>
    /// Whether the schema at <paramref name="schemaPointer"/> says <c>nullable: true</c> (OpenAPI 3.0). The object model
    /// records it as the Null type, which a schema without a <c>type</c> (a <c>oneOf</c>) does not have.
    /// </summary>
    public bool DeclaresNullable(string schemaPointer) =>
        RawAt(Append(schemaPointer, "nullable")) is JsonValue declared && declared.GetValueKind() == JsonValueKind.True;

    /// <summary>
    /// The schema's <c>contentMediaType</c> as written, or null. The object model reads it only from OpenAPI 3.1
    /// documents (see <see cref="DeclaresContentMediaType"/>); a multipart file part's media type comes from it.
    /// </summary>
    public string? ContentMediaTypeAsWritten(string schemaPointer) =>
        RawAt(Append(schemaPointer, "contentMediaType")) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>
    /// Whether the document says <c>openapi: 3.1…</c>. The object model is of one version whatever was read, and a
    /// schema without a <c>type</c> means a file part only in 3.1 (where <c>{}</c> is any value, bytes included).
    /// </summary>
    public bool WritesOpenApi31 =>
        _root?["openapi"] is JsonValue version && version.GetValueKind() == JsonValueKind.String
        && version.GetValue<string>().StartsWith("3.1", StringComparison.Ordinal);

    /// <summary>
    /// Whether the schema at <paramref name="schemaPointer"/> of an OpenAPI 3.0 document says <c>nullable: true</c>
    /// without a <c>type</c>. Microsoft.OpenApi applies <c>nullable</c> only to a <c>type</c>, so it drops it from
    /// <c>{nullable: true, allOf: [{$ref: X}]}</c>, the usual 3.0 way to say "X or null".
    /// </summary>
    public bool DeclaresUntypedNullable(string schemaPointer) =>
        RawAt(schemaPointer) is JsonObject schema
        && !schema.ContainsKey("type")
        && schema["nullable"] is JsonValue value && value.GetValueKind() == JsonValueKind.True
        && _root?["openapi"] is JsonValue version && version.GetValueKind() == JsonValueKind.String
        && version.GetValue<string>().StartsWith("3.0", StringComparison.Ordinal);

    /// <summary>
    /// The <c>encoding</c> entry at <paramref name="pointer"/> as the document spells it. The object model fills in
    /// <c>explode</c> (false when absent), so it cannot tell "explode: false" from no explode at all, which OpenAPI
    /// treats differently for <c>style: form</c>.
    /// </summary>
    public FormEncodingEntry? EncodingAsWritten(string pointer)
    {
        if (RawAt(pointer) is not JsonObject entry)
        {
            return null;
        }

        bool? explode = entry["explode"] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;
        return new FormEncodingEntry(Text(entry["style"]), explode, Text(entry["contentType"]));

        static string? Text(JsonNode? node) =>
            node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }

    /// <summary>
    /// The number a schema gives for <paramref name="keyword"/> (<c>minimum</c> or <c>maximum</c>), as written, or null.
    /// In a 3.1 document that also gives the numeric <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>, Microsoft.OpenApi
    /// keeps only the exclusive bound and drops the inclusive one, which may be the stricter.
    /// </summary>
    public string? NumberAsWritten(string schemaPointer, string keyword) =>
        RawAt(Append(schemaPointer, keyword)) is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.ToJsonString() : null;

    /// <summary>The raw JSON at <paramref name="pointer"/>, or null when the path does not exist.</summary>
    private JsonNode? RawAt(string pointer)
    {
        JsonNode? node = _root;
        if (pointer.Length == 0)
        {
            return node;
        }

        foreach (string token in pointer.Substring(1).Split('/'))
        {
            string key = token.Replace("~1", "/").Replace("~0", "~");
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(key, out JsonNode? child) ? child : null,
                JsonArray array => int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out int index) && index >= 0 && index < array.Count ? array[index] : null,
                _ => null,
            };

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static string Append(string pointer, string token)
    {
        var builder = new StringBuilder(pointer.Length + token.Length + 1).Append(pointer).Append('/');
        foreach (char c in token)
        {
            _ = c switch
            {
                '~' => builder.Append("~0"),
                '/' => builder.Append("~1"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public static string Append(string pointer, string token1, string token2) => Append(Append(pointer, token1), token2);
}
