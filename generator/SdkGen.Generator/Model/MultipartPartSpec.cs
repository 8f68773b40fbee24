namespace SdkGen.Generator.Model;

/// <summary>How one property of a <c>multipart/form-data</c> body goes on the wire.</summary>
internal enum MultipartPartKind
{
    /// <summary>A primitive or enum, sent as its text (UTF-8).</summary>
    Text,

    /// <summary>A file (<c>format: binary</c>, <c>contentMediaType</c>), streamed from the caller's <c>FilePart</c>.</summary>
    File,

    /// <summary>An object, map or untyped value, written as JSON.</summary>
    Json,

    /// <summary>No faithful encoding: the method has no parameter for it (a diagnostic said so).</summary>
    NotSent,
}

/// <summary>The multipart body of an operation: its parts, in the schema's order.</summary>
internal sealed record MultipartBodySpec(ImmutableEquatableArray<MultipartPartSpec> Parts, bool IsRequired)
{
    /// <summary>
    /// The subtype sent, lower case: <c>form-data</c>, or another the body declares (<c>mixed</c>, <c>related</c>…) whose
    /// parts are named as OpenAPI 3.1 allows for them, with <c>Content-Disposition: form-data; name="…"</c>.
    /// </summary>
    public string Subtype { get; init; } = "form-data";

    /// <summary>
    /// For a required body that may come out empty (no required part, or only required lists, which may be empty): the
    /// parameters one of which must give a part (comma-separated). A multipart body holds at least one part (RFC 2046
    /// §5.1.1), so the method refuses the call with an <c>ArgumentException</c> before sending. Null otherwise.
    /// </summary>
    public string? AtLeastOneOf { get; init; }
}

/// <summary>
/// The decision for one part, made once while parsing (<c>MultipartPartEncoding.Decide</c>): the emitter writes exactly
/// this, and what it leaves out is what the diagnostic reports.
/// </summary>
internal sealed record MultipartPartSpec
{
    /// <summary>The method parameter holding the value; empty for <see cref="MultipartPartKind.NotSent"/>.</summary>
    public required string ParameterName { get; init; }

    /// <summary>The part's exact name on the wire.</summary>
    public required string WireName { get; init; }

    /// <summary>
    /// The parameter's type (for an array, the part is repeated per item). For a part left out, only its kind is meant:
    /// no type is generated for it.
    /// </summary>
    public required TypeRefSpec Type { get; init; }

    /// <summary>How the value goes on the wire.</summary>
    public required MultipartPartKind Kind { get; init; }

    /// <summary>
    /// The part's media type: for a file the default when the caller names none; for text the declared one (null for
    /// <c>text/plain; charset=utf-8</c>); for JSON <c>application/json</c> or the declared JSON flavour.
    /// </summary>
    public string? ContentType { get; init; }

    /// <summary>For <see cref="MultipartPartKind.NotSent"/>: why, as the diagnostic says it.</summary>
    public string? NotSentReason { get; init; }

    /// <summary>The part headers the encoding declares that are not sent (comma-separated), or null.</summary>
    public string? UnsentHeaders { get; init; }
}
