namespace SdkGen.Generator.Model;

/// <summary>An object schema emitted as a class.</summary>
internal sealed record ModelSpec(
    string Name,
    string? Description,
    ImmutableEquatableArray<PropertySpec> Properties,
    TypeRefSpec? AdditionalProperties,
    ErrorShapeSpec? ErrorShape,
    SuccessConditionSpec? SuccessCondition,
    bool IsDeprecated);

/// <summary>Which properties of an error model carry the vendor's error code and message.</summary>
internal sealed record ErrorShapeSpec(string? CodePropertyName, string? MessagePropertyName);

/// <summary>A 2xx body that is only a success when <paramref name="PropertyName"/> equals <paramref name="ExpectedValue"/> (a number, or a string when <paramref name="IsString"/>).</summary>
internal sealed record SuccessConditionSpec(string PropertyName, string ExpectedValue, bool IsString);
