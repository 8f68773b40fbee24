namespace SdkGen.Generator.Model;

/// <summary>One HTTP operation, emitted as an async client method.</summary>
internal sealed record OperationSpec(
    string MethodName,
    string HttpMethod,
    string PathTemplate,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    ImmutableEquatableArray<PathSegmentSpec> PathSegments,
    ImmutableEquatableArray<ParameterSpec> Parameters,
    RequestBodySpec? Body,
    ResponseSpec Success,
    bool AcceptsJson,
    ImmutableEquatableArray<ErrorResponseSpec> Errors)
{
    /// <summary>The media types the success response is declared in, sent as <c>Accept</c> when the body is not JSON; empty otherwise.</summary>
    public ImmutableEquatableArray<string> AcceptMediaTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>The options property naming this operation's server when the path or operation declares its own; null for <c>Endpoint</c>.</summary>
    public string? ServerPropertyName { get; init; }
}

/// <summary>A piece of the path template: a literal, or the parameter named by <see cref="ParameterName"/>.</summary>
internal sealed record PathSegmentSpec(string? Literal, string? ParameterName);

/// <summary>Where a parameter travels.</summary>
internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>A path, query or header parameter.</summary>
internal sealed record ParameterSpec(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeRefSpec Type,
    bool IsRequired,
    string? Description,
    ValidationSpec? Validation,
    bool Explode);

/// <summary>How a request body is encoded.</summary>
internal enum BodyEncoding
{
    Json,
    FormUrlEncoded,

    /// <summary>A string sent as it is (<c>text/plain</c>, XML) with its media type.</summary>
    Text,

    /// <summary>A <c>Stream</c> sent as it is, with its media type.</summary>
    Binary,
}

/// <summary>The request body parameter; <see cref="FormFields"/> say how each field of a form body is sent (empty for JSON).</summary>
internal sealed record RequestBodySpec(
    string ParameterName,
    BodyEncoding Encoding,
    TypeRefSpec Type,
    bool IsRequired,
    string? Description,
    ImmutableEquatableArray<FormFieldSpec> FormFields)
{
    /// <summary>The media types a text or binary body may be sent as; the first is the default.</summary>
    public ImmutableEquatableArray<string> MediaTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>
    /// The parameter that chooses the body's <c>Content-Type</c> when the spec offers several media types, or a
    /// wildcard such as <c>image/*</c>; null when there is one concrete media type.
    /// </summary>
    public string? ContentTypeParameterName { get; init; }
}

/// <summary>
/// The successful outcome: the status codes and the body type (null when there is no body);
/// <see cref="BodyMayBeEmpty"/> when some success code (e.g. 204) carries no body; <see cref="IsText"/> for a
/// <c>text/*</c> body returned as a string.
/// </summary>
internal sealed record ResponseSpec(ImmutableEquatableArray<string> StatusCodes, TypeRefSpec? BodyType, bool BodyMayBeEmpty, string? Description, bool IsText = false)
{
    /// <summary>The body is bytes (<see cref="TypeKind.Binary"/>) handed to the caller as a stream, unbuffered.</summary>
    public bool IsBinary => BodyType?.Kind == TypeKind.Binary;
}

/// <summary>
/// An error response: <see cref="StatusPattern"/> is a code (<c>404</c>), a range (<c>4XX</c>) or <c>default</c>;
/// <see cref="BodyType"/> the declared error model, if any.
/// </summary>
internal sealed record ErrorResponseSpec(string StatusPattern, TypeRefSpec? BodyType);
