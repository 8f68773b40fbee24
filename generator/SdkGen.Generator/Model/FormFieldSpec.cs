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
internal sealed record FormFieldSpec(
    string PropertyName,
    string WireName,
    TypeRefSpec Type,
    bool IsOptionalInCSharp,
    FormFieldKind Kind,
    string? WireValuePropertyName = null,
    string? ListDelimiter = null,
    FormFieldStyle Style = FormFieldStyle.Default,
    string? NotSentReason = null);
