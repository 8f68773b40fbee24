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
    /// Its members in the serializer, validation and exception classes: set by <c>Naming/HelperNames</c> once every type
    /// of the document is named (so none hides one), never null in a <see cref="DocumentSpec"/>.
    /// </summary>
    public ModelMemberNames Names { get; init; } = null!;
}

/// <summary>Which properties of an error model carry the vendor's error code and message.</summary>
internal sealed record ErrorShapeSpec(string? CodePropertyName, string? MessagePropertyName);

/// <summary>A 2xx body that is only a success when <paramref name="PropertyName"/> equals <paramref name="ExpectedValue"/> (a number, or a string when <paramref name="IsString"/>).</summary>
internal sealed record SuccessConditionSpec(string PropertyName, string ExpectedValue, bool IsString);
