namespace SdkGen.Generator.Model;

/// <summary>
/// What a string value must satisfy before a request is sent: one of <see cref="Alternatives"/>
/// (each a set of constraints that must all hold) or one of <see cref="AllowedLiterals"/>.
/// </summary>
internal sealed record ValidationSpec(
    ImmutableEquatableArray<StringConstraintSpec> Alternatives,
    ImmutableEquatableArray<string> AllowedLiterals);

/// <summary>Constraints that hold together: a pattern, length bounds, a uuid format.</summary>
internal sealed record StringConstraintSpec(string? Pattern, int? MinLength, int? MaxLength, bool IsUuid)
{
    public bool IsEmpty => Pattern is null && MinLength is null && MaxLength is null && !IsUuid;
}
