namespace SdkGen.Generator.Model;

/// <summary>How one property of a form-urlencoded body goes on the wire.</summary>
internal enum FormFieldKind
{
    /// <summary>A primitive, sent as its text.</summary>
    Text,

    /// <summary>An enum, sent as the wire text kept beside it (so a value this SDK does not know is sent as is).</summary>
    WireValue,

    /// <summary>An array of primitives: the field repeated per item, or one field joined by <see cref="FormFieldSpec.ListDelimiter"/>.</summary>
    List,

    /// <summary>An object, map, array of objects or untyped value, written as JSON and then spread in <see cref="FormFieldSpec.Style"/>.</summary>
    Structured,

    /// <summary>No faithful encoding: the field is not sent (and a diagnostic said so).</summary>
    NotSent,
}

/// <summary>Mirrors <c>SdkGen.Runtime.Internal.FormStyle</c>: how a structured value becomes form fields.</summary>
internal enum FormFieldStyle
{
    Default,
    Json,
    Form,
    FormUnexploded,
    DeepObject,
    SpaceDelimited,
    PipeDelimited,
}

/// <summary>
/// The decision for one form field, made once while parsing (<c>FormFieldEncoding.Decide</c>): the emitter writes
/// exactly this, and a <see cref="FormFieldKind.NotSent"/> field is the one the diagnostic reports.
/// </summary>
internal sealed record FormFieldSpec
{
    /// <summary>The body model's C# property the value is read from.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The field's exact name on the wire.</summary>
    public required string WireName { get; init; }

    /// <summary>The property's type.</summary>
    public required TypeRefSpec Type { get; init; }

    /// <summary>The property may be null in C# (optional or nullable): the field is then left out.</summary>
    public required bool IsOptionalInCSharp { get; init; }

    /// <summary>How the value goes on the wire.</summary>
    public required FormFieldKind Kind { get; init; }

    /// <summary>For <see cref="FormFieldKind.WireValue"/>: the property holding the enum's wire text.</summary>
    public string? WireValuePropertyName { get; init; }

    /// <summary>For <see cref="FormFieldKind.List"/> sent as one field: the delimiter; null to repeat the field.</summary>
    public string? ListDelimiter { get; init; }

    /// <summary>For <see cref="FormFieldKind.Structured"/>: how the JSON value becomes fields.</summary>
    public FormFieldStyle Style { get; init; } = FormFieldStyle.Default;

    /// <summary>For <see cref="FormFieldKind.NotSent"/>: why, as the diagnostic says it.</summary>
    public string? NotSentReason { get; init; }
}
