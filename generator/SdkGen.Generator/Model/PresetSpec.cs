namespace SdkGen.Generator.Model;

/// <summary>
/// The value a new model starts with for an optional property: the API description's <c>default</c>, already checked to
/// be a value of the property's type that passes the property's own rules (decided by <c>Parsing/PropertyDefaults</c>).
/// Each value is invariant text: a string's characters, a number as written, <c>true</c>/<c>false</c>, an enum's wire
/// value; a list has one text per item.
/// </summary>
internal sealed record PresetSpec(ImmutableEquatableArray<string> Values, bool IsList);
