namespace SdkGen.Generator.Model;

/// <summary>A model property: the C# name, the exact wire name, and what the spec says about it.</summary>
internal sealed record PropertySpec
{
    /// <summary>The C# property name, unique within its class.</summary>
    public required string Name { get; init; }

    /// <summary>The JSON member name exactly as the spec writes it.</summary>
    public required string WireName { get; init; }

    /// <summary>The spec's description, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The property's type.</summary>
    public required TypeRefSpec Type { get; init; }

    /// <summary>Listed in the schema's <c>required</c>: requests must carry it.</summary>
    public required bool IsRequired { get; init; }

    /// <summary>The value may be JSON null.</summary>
    public required bool IsNullable { get; init; }

    /// <summary>The string checks drawn from the schema, or null.</summary>
    public required ValidationSpec? Validation { get; init; }

    /// <summary>The schema marks the property deprecated.</summary>
    public required bool IsDeprecated { get; init; }

    /// <summary>For an enum property, the string property holding the wire text as received (unknown values kept); null otherwise.</summary>
    public required string? WireValuePropertyName { get; init; }

    /// <summary>The schema's <c>default</c> as JSON text, or null: shown in the XML docs.</summary>
    public string? DefaultJson { get; init; }

    /// <summary>
    /// The value a new model starts with (the <c>default</c>, when the property can hold it and a request body sends the
    /// model outside PATCH; see <c>Parsing/PropertyDefaults</c> and <c>Parsing/SentModels</c>), or null: then an unset
    /// property is left out and the service applies its own default.
    /// </summary>
    public PresetSpec? Preset { get; init; }

    /// <summary>
    /// The default could be preset but is not, because a PATCH request sends the model: there a property left out keeps
    /// the stored value, and sending the default would overwrite it.
    /// </summary>
    public bool PresetWithheldForPatch { get; init; }

    /// <summary>
    /// For an optional nullable property, where absent and <c>null</c> differ on the wire (JSON Merge Patch: <c>null</c>
    /// clears), the internal flag saying it was assigned, <c>null</c> included, and so is sent; null otherwise.
    /// </summary>
    public string? IsSetName { get; init; }

    /// <summary>
    /// The private field behind the property when it has one — the wire text of an enum property
    /// (<c>_{property}WireValue</c>), the value of one with <see cref="IsSetName"/> (<c>_{property}</c>) — unique among its
    /// model's members; null for an auto-property. Set by <c>Naming/HelperNames</c> for the properties the model declares.
    /// </summary>
    public string? FieldName { get; init; }

    /// <summary>
    /// For a required property, its parameter in the model's constructor (camelCase, unique among the constructor's
    /// parameters, keywords escaped); null otherwise. Set by <c>Naming/HelperNames</c>.
    /// </summary>
    public string? ConstructorParameterName { get; init; }

    /// <summary>The C# type is nullable when the value may be absent or null on the wire.</summary>
    public bool IsOptionalInCSharp => IsNullable || !IsRequired;
}
