namespace SdkGen.Generator.Model;

/// <summary>Everything emitted for one OpenAPI document.</summary>
internal sealed record DocumentSpec
{
    /// <summary>The spec file's path, as the compiler gave it.</summary>
    public required string SourceFilePath { get; init; }

    /// <summary>The spec file's name without its folder.</summary>
    public required string SourceFileName { get; init; }

    /// <summary>The namespace of every generated type (<c>SdkGenNamespace</c>).</summary>
    public required string Namespace { get; init; }

    /// <summary>The main client's class name (<c>SdkGenClientName</c>); other names derive from it.</summary>
    public required string ClientName { get; init; }

    /// <summary>The service's name in messages and exceptions (<c>x-sdkgen-service-name</c> or the title).</summary>
    public required string ServiceName { get; init; }

    /// <summary>The document's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The enums, ordered by name.</summary>
    public required ImmutableEquatableArray<EnumSpec> Enums { get; init; }

    /// <summary>The models, ordered by name.</summary>
    public required ImmutableEquatableArray<ModelSpec> Models { get; init; }

    /// <summary>The options class: servers, variables, credentials.</summary>
    public required OptionsSpec Options { get; init; }

    /// <summary>The clients: one, or one per tag with <c>SdkGenClientSplit</c> <c>by-tag</c>.</summary>
    public required ImmutableEquatableArray<ClientSpec> Clients { get; init; }

    /// <summary>The internal class holding the reflection-free JSON readers and writers (named by the parser, which keeps it distinct from every other type).</summary>
    public required string SerializerClassName { get; init; }

    /// <summary>The internal class holding the argument checks and model validators (named by the parser, as above).</summary>
    public required string ValidationClassName { get; init; }

    /// <summary>The internal class holding the exception factories every client of the document shares (named by the parser, as above).</summary>
    public required string ExceptionFactoryClassName { get; init; }

    /// <summary>The internal class holding the enums' wire texts, one table per distinct list of values (named by the parser, as above).</summary>
    public required string WireValuesClassName { get; init; }

    /// <summary>
    /// The static class holding the <c>Add{Client}</c> registrations (named by the parser, as above), emitted only when the
    /// project references Microsoft.Extensions.Http.
    /// </summary>
    public required string DependencyInjectionClassName { get; init; }

    /// <summary>
    /// False when the spec turns the <c>services.Add{Client}</c> registrations off (<c>SdkGenDependencyInjection</c>),
    /// e.g. in a library that registers its clients its own way; otherwise they are written when the project
    /// references Microsoft.Extensions.Http.
    /// </summary>
    public required bool DependencyInjection { get; init; }

    /// <summary>The accessibility of every generated type (<c>SdkGenVisibility</c>), read by every emitter.</summary>
    public required TypeVisibility TypeVisibility { get; init; }

    /// <summary>
    /// The component schemas no operation reaches: left out unless the spec asks for them
    /// (<c>SdkGenIncludeUnreachableSchemas</c>); counted by <c>sdkgen generate --stats</c>.
    /// </summary>
    public required ImmutableEquatableArray<string> UnreachableSchemas { get; init; }

    /// <summary>
    /// Some schema or property is deprecated (<c>[Obsolete]</c>), so the generated code, which reads and writes it, uses
    /// something obsolete: every file of the document suppresses CS0612/CS0618 (<c>Emitting/SourceFile</c>).
    /// </summary>
    public bool UsesDeprecated { get; init; }

    /// <summary>The serializer's readers of response bodies that are not a model, ordered by name (<c>Naming/HelperNames</c>).</summary>
    public ImmutableEquatableArray<BodyMethodSpec> BodyReaders { get; init; } = ImmutableEquatableArray<BodyMethodSpec>.Empty;

    /// <summary>The serializer's writers of request bodies and form fields that are not a model, ordered by name (<c>Naming/HelperNames</c>).</summary>
    public ImmutableEquatableArray<BodyMethodSpec> BodyWriters { get; init; } = ImmutableEquatableArray<BodyMethodSpec>.Empty;

    /// <summary>The models that share one serializer body, each shape with its interface and bodies (<c>Naming/ModelShapes</c>).</summary>
    public ImmutableEquatableArray<ModelShapeSpec> ModelShapes { get; init; } = ImmutableEquatableArray<ModelShapeSpec>.Empty;

    /// <summary>The validation class's pattern checks, in the order the document first uses them (<c>Naming/HelperNames</c>).</summary>
    public ImmutableEquatableArray<PatternMethodSpec> PatternMethods { get; init; } = ImmutableEquatableArray<PatternMethodSpec>.Empty;
}
