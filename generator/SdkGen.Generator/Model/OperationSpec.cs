namespace SdkGen.Generator.Model;

/// <summary>One HTTP operation, emitted as an async client method.</summary>
internal sealed record OperationSpec
{
    /// <summary>The C# method name (ends in <c>Async</c>, or in <c>Async2</c>… after a clash), unique within its client.</summary>
    public required string MethodName { get; init; }

    /// <summary>
    /// The operation's own name in PascalCase (<c>GetItem</c> for <c>operationId: getItem</c>), before any clash's number:
    /// the base of the types and members it brings (<c>GetItemRequest</c>, <c>GetItemWithResponseAsync</c>,
    /// <c>ValidateGetItemBody</c>), each then claimed in its own scope. Never cut from <see cref="MethodName"/>, whose
    /// <c>GetItemAsync2</c> would give <c>GetItemA</c>.
    /// </summary>
    public required string OperationName { get; init; }

    /// <summary>The HTTP method token as sent: upper case for a path item's fixed fields (<c>GET</c>, <c>QUERY</c>), as written for an <c>additionalOperations</c> key (<c>copy</c>).</summary>
    public required string HttpMethod { get; init; }

    /// <summary>The path as the spec writes it (<c>/calls/{callId}</c>).</summary>
    public required string PathTemplate { get; init; }

    /// <summary>The operation's summary, or null.</summary>
    public required string? Summary { get; init; }

    /// <summary>The operation's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The spec marks the operation deprecated.</summary>
    public required bool IsDeprecated { get; init; }

    /// <summary>The path template split into literals and parameters.</summary>
    public required ImmutableEquatableArray<PathSegmentSpec> PathSegments { get; init; }

    /// <summary>Path, query and header parameters in signature order: path in URI order, then required, then optional.</summary>
    public required ImmutableEquatableArray<ParameterSpec> Parameters { get; init; }

    /// <summary>The request body, or null when the operation sends none.</summary>
    public required RequestBodySpec? Body { get; init; }

    /// <summary>
    /// The <c>multipart/form-data</c> body, or null: its parts are parameters of the method (<see cref="ParameterPlacement.Part"/>)
    /// and <see cref="Body"/> is then null.
    /// </summary>
    public MultipartBodySpec? Multipart { get; init; }

    /// <summary>What a 2xx answer carries.</summary>
    public required ResponseSpec Success { get; init; }

    /// <summary>Some response is JSON, so <c>Accept: application/json</c> is sent (unless <see cref="AcceptMediaTypes"/> says otherwise).</summary>
    public required bool AcceptsJson { get; init; }

    /// <summary>The declared error responses.</summary>
    public required ImmutableEquatableArray<ErrorResponseSpec> Errors { get; init; }

    /// <summary>The media types the success response is declared in, sent as <c>Accept</c> when the body is not JSON; empty otherwise.</summary>
    public ImmutableEquatableArray<string> AcceptMediaTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>The options property naming this operation's server when the path or operation declares its own; null for <c>Endpoint</c>.</summary>
    public string? ServerPropertyName { get; init; }

    /// <summary>
    /// The operation's security alternatives, in the spec's order, as the client applies them; empty when the operation
    /// takes no credentials (<c>security: []</c>, or none declared).
    /// </summary>
    public ImmutableEquatableArray<SecurityRequirementSpec> Security { get; init; } = ImmutableEquatableArray<SecurityRequirementSpec>.Empty;

    /// <summary>
    /// This method is the text form of an operation whose answer offers text (<c>text/*</c>, XML) beside the JSON its
    /// first method reads: it asks for <see cref="AcceptMediaTypes"/> and returns the text (<c>{Operation}AsTextAsync</c>).
    /// </summary>
    public bool IsTextForm { get; init; }

    /// <summary>The method returning the body with the answer's status and headers (<c>{Operation}WithResponseAsync</c>), unique within its client.</summary>
    public string WithResponseMethodName { get; init; } = "";

    /// <summary>The private method both public methods call, generic in what they return; unique within its client.</summary>
    public string SendMethodName { get; init; } = "";

    /// <summary>
    /// The client's error map for this operation (<see cref="ClientSpec.ErrorMaps"/>), shared with every operation of
    /// the client whose errors map the same way. Set by <c>Naming/ClientMemberNames</c>.
    /// </summary>
    public string ErrorMapName { get; init; } = "";

    /// <summary>
    /// The private method that checks the arguments and builds the request, shared by an operation and its text form
    /// (<see cref="IsTextForm"/>), which differ only in the <c>Accept</c> they send and how they read the answer; null
    /// when the operation has no text form, or builds its request in a function (its credentials are awaited). Set by
    /// <c>Naming/ClientMemberNames</c>.
    /// </summary>
    public string? RequestMethodName { get; init; }

    /// <summary>
    /// The generated <c>Response</c> subclass with a typed property per header the spec declares on a success response;
    /// null when it declares none (the method then returns the runtime's <c>Response</c>/<c>Response&lt;T&gt;</c>).
    /// </summary>
    public string? ResponseTypeName { get; init; }

    /// <summary>
    /// Another method of its client has the same <see cref="MethodName"/> (the body as bytes), so a <c>cref</c> to it
    /// names its parameter types. Set by <c>Naming/ClientMemberNames</c>.
    /// </summary>
    public bool IsOverloaded { get; init; }
}

/// <summary>A piece of the path template: a literal, or the parameter named by <see cref="ParameterName"/>.</summary>
internal sealed record PathSegmentSpec(string? Literal, string? ParameterName);

/// <summary>Where a parameter travels.</summary>
internal enum ParameterPlacement
{
    Path,
    Query,
    Header,

    /// <summary>A part of a <c>multipart/form-data</c> body (<see cref="OperationSpec.Multipart"/> says how it is sent).</summary>
    Part,
}

/// <summary>A path, query or header parameter.</summary>
internal sealed record ParameterSpec
{
    /// <summary>The C# parameter name, unique within the method (may be escaped with <c>@</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The name on the wire, exactly as the spec writes it.</summary>
    public required string WireName { get; init; }

    /// <summary>Path, query or header.</summary>
    public required ParameterPlacement Location { get; init; }

    /// <summary>The parameter's type.</summary>
    public required TypeRefSpec Type { get; init; }

    /// <summary>The caller must pass it (path parameters always).</summary>
    public required bool IsRequired { get; init; }

    /// <summary>The spec's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The string checks drawn from the schema, or null.</summary>
    public required ValidationSpec? Validation { get; init; }

    /// <summary>An array query parameter repeats its name per item (<c>explode: true</c>) rather than joining with commas.</summary>
    public required bool Explode { get; init; }

    /// <summary>
    /// What joins an array query parameter's items when it does not explode, already percent-encoded: <c>,</c> for
    /// <c>style: form</c>, <c>%20</c> for <c>spaceDelimited</c>, <c>%7C</c> for <c>pipeDelimited</c> (OpenAPI 3.1 style examples).
    /// </summary>
    public string ListSeparator { get; init; } = ",";

    /// <summary>
    /// What a path parameter's value follows in the path, by its <c>style</c>: nothing for <c>simple</c>, <c>.</c> for
    /// <c>label</c>, <c>;name=</c> for <c>matrix</c> (RFC 6570 levels the OpenAPI styles are taken from).
    /// </summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>
    /// The schema's <c>default</c> as JSON text, or null. Shown in the XML docs only: it says what the service assumes
    /// when the parameter is absent, so an unset optional parameter is still left out rather than sent as the default.
    /// </summary>
    public string? DefaultJson { get; init; }

    /// <summary>The spec marks the parameter deprecated (said in its docs: C# has no [Obsolete] for parameters).</summary>
    public bool IsDeprecated { get; init; }

    /// <summary>
    /// The validation class's method that checks it, shared by every parameter with the same <see cref="ParameterRule"/>
    /// (set by <c>Naming/HelperNames</c>); null when it needs at most a null or path-segment check.
    /// </summary>
    public string? CheckMethodName { get; init; }

    /// <summary>
    /// For a union sent as a path, query or header parameter: the union's member giving the held alternative's text
    /// (<see cref="UnionSpec.ParameterTextMethodName"/>); null for other types.
    /// </summary>
    public string? UnionTextMethodName { get; init; }
}

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
internal sealed record RequestBodySpec
{
    /// <summary>The C# parameter name of the body.</summary>
    public required string ParameterName { get; init; }

    /// <summary>How the body is encoded.</summary>
    public required BodyEncoding Encoding { get; init; }

    /// <summary>The body's type.</summary>
    public required TypeRefSpec Type { get; init; }

    /// <summary>The spec's <c>required</c>: the caller must pass a body.</summary>
    public required bool IsRequired { get; init; }

    /// <summary>The body's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The rules of a JSON body that is not a model (a list with <c>minItems</c>, rules on its items), or null.</summary>
    public ValidationSpec? Validation { get; init; }

    /// <summary>The validation class's method checking <see cref="Validation"/>, shared by equal rules; set by <c>Naming/HelperNames</c>, null when there are none.</summary>
    public string? CheckMethodName { get; init; }

    /// <summary>How each field of a form body is sent; empty for other encodings.</summary>
    public ImmutableEquatableArray<FormFieldSpec> FormFields { get; init; } = ImmutableEquatableArray<FormFieldSpec>.Empty;

    /// <summary>The media types a text or binary body may be sent as, the first the default; for JSON, its flavour when not <c>application/json</c> (<c>application/merge-patch+json</c>).</summary>
    public ImmutableEquatableArray<string> MediaTypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>
    /// The parameter that chooses the body's <c>Content-Type</c> when the spec offers several media types, or a
    /// wildcard such as <c>image/*</c>; null when there is one concrete media type.
    /// </summary>
    public string? ContentTypeParameterName { get; init; }

    /// <summary>
    /// The spec's own <c>Content-Type</c> parameter, without an <c>enum</c>, lets the caller send any media type; otherwise
    /// <see cref="ContentTypeParameterName"/> takes only <see cref="MediaTypes"/> (or a member of a family among them).
    /// </summary>
    public bool AnyContentType { get; init; }
}

/// <summary>
/// The successful outcome: the status codes and the body type (null when there is no body);
/// <see cref="BodyMayBeEmpty"/> when some success code (e.g. 204) carries no body; <see cref="IsText"/> for a
/// <c>text/*</c> body returned as a string.
/// </summary>
internal sealed record ResponseSpec
{
    /// <summary>The 2xx codes declared (<c>2XX</c> when none is).</summary>
    public required ImmutableEquatableArray<string> StatusCodes { get; init; }

    /// <summary>The body's type, or null when no success carries a body.</summary>
    public required TypeRefSpec? BodyType { get; init; }

    /// <summary>Some success code carries no body, so the method may return null.</summary>
    public required bool BodyMayBeEmpty { get; init; }

    /// <summary>The success response's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The body is <c>text/*</c>, returned as a string.</summary>
    public bool IsText { get; init; }

    /// <summary>The headers the success responses declare (by wire name, the first declaration of a name winning), with a typed accessor each.</summary>
    public ImmutableEquatableArray<ResponseHeaderSpec> Headers { get; init; } = ImmutableEquatableArray<ResponseHeaderSpec>.Empty;

    /// <summary>The body is bytes (<see cref="ValueKind.Binary"/>) handed to the caller as a stream, unbuffered.</summary>
    public bool IsBinary => BodyType?.Kind == ValueKind.Binary;
}

/// <summary>
/// An error response: <see cref="StatusPattern"/> is a code (<c>404</c>), a range (<c>4XX</c>) or <c>default</c>;
/// <see cref="BodyType"/> the declared error model, if any.
/// </summary>
internal sealed record ErrorResponseSpec(string StatusPattern, TypeRefSpec? BodyType);

/// <summary>
/// A header a success response declares: <see cref="PropertyName"/> reads it leniently as <see cref="Type"/>
/// (a string, integer, number, boolean, date-time, uuid or enum; anything else as its text).
/// <see cref="IsList"/>: the header is a list (an array or object schema, or none), so every field line is read,
/// combined; otherwise it is single-valued and field lines with different values read as null (RFC 9110 5.3).
/// </summary>
internal sealed record ResponseHeaderSpec
{
    /// <summary>The header's name as the spec writes it.</summary>
    public required string WireName { get; init; }

    /// <summary>The typed property of the operation's <c>…Response</c> class, unique among its members.</summary>
    public required string PropertyName { get; init; }

    /// <summary>What the property reads the header as.</summary>
    public required TypeRefSpec Type { get; init; }

    /// <summary>The header's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The spec marks the header deprecated.</summary>
    public required bool IsDeprecated { get; init; }

    /// <summary>The header is a list: every field line is read, combined.</summary>
    public required bool IsList { get; init; }
}
