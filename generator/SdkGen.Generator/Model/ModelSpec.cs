namespace SdkGen.Generator.Model;

/// <summary>An object schema emitted as a class.</summary>
internal sealed record ModelSpec
{
    /// <summary>The class name, unique within the namespace (ignoring case, as hint names are compared).</summary>
    public required string Name { get; init; }

    /// <summary>The schema's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The properties, in the schema's order (allOf parts first).</summary>
    public required ImmutableEquatableArray<PropertySpec> Properties { get; init; }

    /// <summary>The type of the properties the schema does not name, when it keeps them; null otherwise.</summary>
    public required TypeRefSpec? AdditionalProperties { get; init; }

    /// <summary>The rules each of <see cref="AdditionalProperties"/>' values is checked against before sending, or null.</summary>
    public ValidationSpec? AdditionalPropertiesValidation { get; init; }

    /// <summary>Where an error model carries the vendor's code and message; null when it has neither.</summary>
    public required ErrorShapeSpec? ErrorShape { get; init; }

    /// <summary>How a 2xx body of this model tells a failure from a success (<c>x-sdkgen-success-when</c>); null when any 2xx is a success.</summary>
    public required SuccessConditionSpec? SuccessCondition { get; init; }

    /// <summary>The schema marks the model deprecated.</summary>
    public required bool IsDeprecated { get; init; }

    /// <summary>
    /// The model this one derives from (<c>allOf</c> with one <c>$ref</c> parent, or a discriminated union listing it);
    /// null for a root. The first <see cref="InheritedPropertyCount"/> of <see cref="Properties"/> are the base's.
    /// </summary>
    public string? BaseName { get; init; }

    /// <summary>How many of <see cref="Properties"/> (the first ones) the base class declares.</summary>
    public int InheritedPropertyCount { get; init; }

    /// <summary>The base class declares <see cref="AdditionalProperties"/>, so this class does not redeclare it.</summary>
    public bool InheritsAdditionalProperties { get; init; }

    /// <summary>The class is abstract: a polymorphic base whose values are always one of its subtypes.</summary>
    public bool IsAbstract { get; init; }

    /// <summary>For a polymorphic base: how reads pick the subtype and writes dispatch; null otherwise.</summary>
    public DiscriminatorSpec? Discriminator { get; init; }

    /// <summary>For a subtype of a discriminated base: the discriminator it writes; null otherwise.</summary>
    public DiscriminatorValueSpec? DiscriminatorValue { get; init; }

    /// <summary>
    /// The generated models deriving directly from this one that no discriminator tells apart (<c>allOf</c> with this one
    /// as parent): its write and validation hand a value of one of them to that model's own, which does the same for its
    /// subtypes, so a subtype passed where this model is declared is sent and checked whole. Empty for a polymorphic base
    /// (its <see cref="Discriminator"/> dispatches), a union and a model nothing derives from
    /// (<see cref="InheritedSerialization.WithSubtypes"/>).
    /// </summary>
    public ImmutableEquatableArray<string> Subtypes { get; init; } = ImmutableEquatableArray<string>.Empty;

    /// <summary>For a union without a discriminator: its alternatives; null otherwise.</summary>
    public UnionSpec? Union { get; init; }

    /// <summary>For the <c>Unknown{Base}</c> subtype of a polymorphic base: its extra members; null otherwise.</summary>
    public UnknownSubtypeSpec? Unknown { get; init; }

    /// <summary>
    /// Its members in the serializer, validation and exception classes: set by <c>Naming/HelperNames</c> once every type
    /// of the document is named (so none hides one), never null in a <see cref="DocumentSpec"/>.
    /// </summary>
    public ModelMemberNames Names { get; init; } = null!;

    /// <summary>The models a polymorphic base's, union's or a base's (<see cref="Subtypes"/>) write and validation hand the value to; none otherwise.</summary>
    public System.Collections.Generic.IEnumerable<string> DispatchedModels =>
        System.Linq.Enumerable.Concat(
            System.Linq.Enumerable.Concat(
                System.Linq.Enumerable.Select(Discriminator?.Cases ?? ImmutableEquatableArray<DiscriminatorCaseSpec>.Empty, c => c.ModelName),
                System.Linq.Enumerable.OfType<string>(System.Linq.Enumerable.Select(Union?.Alternatives ?? ImmutableEquatableArray<UnionAlternativeSpec>.Empty, a => a.ModelName))),
            Subtypes);
}

/// <summary>Which properties of an error model carry the vendor's error code and message.</summary>
internal sealed record ErrorShapeSpec(string? CodePropertyName, string? MessagePropertyName);

/// <summary>A 2xx body that is only a success when <paramref name="PropertyName"/> equals <paramref name="ExpectedValue"/> (a number, or a string when <paramref name="IsString"/>).</summary>
internal sealed record SuccessConditionSpec(string PropertyName, string ExpectedValue, bool IsString);
