namespace SdkGen.Generator.Model;

/// <summary>
/// The members named after one model in the document's internal helper classes, chosen by <c>Naming/HelperNames</c>
/// so that none clashes with another member of its class or hides a type of the namespace.
/// </summary>
internal sealed record ModelMemberNames
{
    /// <summary>The serializer's table of the model's wire names (<c>{Model}Names</c>).</summary>
    public required string NameTable { get; init; }

    /// <summary>The serializer's reader (<c>Read{Model}</c>).</summary>
    public required string Reader { get; init; }

    /// <summary>The serializer's writer (<c>Write{Model}</c>).</summary>
    public required string Writer { get; init; }

    /// <summary>
    /// The serializer's step reading one property the model declares or inherits, for it and its subtypes
    /// (<c>Read{Model}Property</c>); null when no subtype reuses the model's steps (<see cref="InheritedSerialization"/>).
    /// </summary>
    public string? PropertyReader { get; init; }

    /// <summary>The serializer's step writing the model's properties, for it and its subtypes (<c>Write{Model}Properties</c>); null with <see cref="PropertyReader"/>.</summary>
    public string? PropertiesWriter { get; init; }

    /// <summary>The exception factory, in <see cref="DocumentSpec.ExceptionFactoryClassName"/> (<c>Create{Model}Exception</c>); written when the model is an error body.</summary>
    public required string ExceptionFactory { get; init; }

    /// <summary>The validator, in <see cref="DocumentSpec.ValidationClassName"/> (<c>Validate{Model}</c>); null when no request body holds the model, so it is never validated.</summary>
    public required string? Validator { get; init; }
}
