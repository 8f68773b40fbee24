namespace SdkGen.Generator.Model;

/// <summary>
/// Models the serializer reads and writes alike (same wire and C# names, types, required and nullable, same additional
/// properties): one read and one write body serve them all, over an internal interface nested in the serializer class
/// that each of them implements. Grouped and named by <c>Naming/ModelShapes</c>.
/// </summary>
internal sealed record ModelShapeSpec
{
    /// <summary>The interface in <see cref="DocumentSpec.SerializerClassName"/> (<c>I{Model}Shape</c>).</summary>
    public required string InterfaceName { get; init; }

    /// <summary>The shared read body in the serializer class (<c>Read{Model}Shape</c>).</summary>
    public required string ReaderName { get; init; }

    /// <summary>The shared write body in the serializer class (<c>Write{Model}Shape</c>).</summary>
    public required string WriterName { get; init; }

    /// <summary>The models of the shape, two or more, in document order; the first names the shape.</summary>
    public required ImmutableEquatableArray<string> ModelNames { get; init; }
}
