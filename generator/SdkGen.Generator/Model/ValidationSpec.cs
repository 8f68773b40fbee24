using System.Collections.Generic;

namespace SdkGen.Generator.Model;

/// <summary>
/// What a value must satisfy before a request is sent. For a string: one of <see cref="Alternatives"/> (each a set of
/// constraints that must all hold) or one of <see cref="AllowedLiterals"/>; both are empty for other types. For a
/// number: <see cref="Numbers"/>; for a list: <see cref="Items"/>. Decided by <c>Parsing/ValueRules</c>, which reports
/// the rules it cannot check.
/// </summary>
internal sealed record ValidationSpec(
    ImmutableEquatableArray<StringConstraintSpec> Alternatives,
    ImmutableEquatableArray<string> AllowedLiterals)
{
    /// <summary>The numeric rules (<c>minimum</c>, <c>maximum</c>, their exclusive forms, <c>multipleOf</c>), or null.</summary>
    public NumberRulesSpec? Numbers { get; init; }

    /// <summary>The list rules (<c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>), or null.</summary>
    public ArrayRulesSpec? Items { get; init; }

    /// <summary>For a list, the rules of its <c>items</c> schema (for a map, of its values), each checked against them; null when there are none.</summary>
    public ValidationSpec? EachItem { get; init; }

    /// <summary>Some string rule applies.</summary>
    public bool HasStringRules => Alternatives.Count > 0 || AllowedLiterals.Count > 0;

    /// <summary>
    /// The part that applies to a value of <paramref name="type"/> (string rules to strings, numeric rules to numbers,
    /// list rules to lists), or null when none does.
    /// </summary>
    public ValidationSpec? ApplicableTo(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.String when HasStringRules => this with { Numbers = null, Items = null },
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single or ValueKind.Double or ValueKind.Decimal when Numbers is { } numbers => ForNumbers(numbers),
        ValueKind.Array when Items is not null || EachItem?.ApplicableTo(type.Element!) is not null =>
            ForItems(Items) with { EachItem = EachItem?.ApplicableTo(type.Element!) },
        ValueKind.Map when EachItem?.ApplicableTo(type.Element!) is { } each => ForItems(null) with { EachItem = each },
        _ => null,
    };

    /// <summary>These rules and those of the items, and of their items, in that order.</summary>
    public IEnumerable<ValidationSpec> WithItemRules()
    {
        for (ValidationSpec? level = this; level is not null; level = level.EachItem)
        {
            yield return level;
        }
    }

    /// <summary>Only numeric rules.</summary>
    public static ValidationSpec ForNumbers(NumberRulesSpec numbers) =>
        new(ImmutableEquatableArray<StringConstraintSpec>.Empty, ImmutableEquatableArray<string>.Empty) { Numbers = numbers };

    /// <summary>Only list rules.</summary>
    public static ValidationSpec ForItems(ArrayRulesSpec? items) =>
        new(ImmutableEquatableArray<StringConstraintSpec>.Empty, ImmutableEquatableArray<string>.Empty) { Items = items };
}

/// <summary>Constraints that hold together: a pattern, length bounds, a uuid format.</summary>
internal sealed record StringConstraintSpec
{
    /// <summary>The ECMA-262 <c>pattern</c> as written, or null.</summary>
    public required string? Pattern { get; init; }

    /// <summary><c>minLength</c>, or null.</summary>
    public required int? MinLength { get; init; }

    /// <summary><c>maxLength</c>, or null.</summary>
    public required int? MaxLength { get; init; }

    /// <summary><c>format: uuid</c>: the value must be a UUID.</summary>
    public required bool IsUuid { get; init; }

    public bool IsEmpty => Pattern is null && MinLength is null && MaxLength is null && !IsUuid;
}

/// <summary>
/// Numeric bounds as invariant number text the value's C# type can hold exactly as a literal (the parser has checked),
/// and <see cref="MultipleOf"/> as decimal text greater than zero, checked in decimal arithmetic.
/// </summary>
internal sealed record NumberRulesSpec
{
    /// <summary>The lower bound, or null.</summary>
    public required string? Minimum { get; init; }

    /// <summary>The lower bound itself is refused (3.0 <c>exclusiveMinimum: true</c> or 3.1 <c>exclusiveMinimum: n</c>).</summary>
    public required bool MinimumExclusive { get; init; }

    /// <summary>The upper bound, or null.</summary>
    public required string? Maximum { get; init; }

    /// <summary>The upper bound itself is refused.</summary>
    public required bool MaximumExclusive { get; init; }

    /// <summary>The factor every value is a multiple of, or null.</summary>
    public required string? MultipleOf { get; init; }
}

/// <summary>The item-count bounds of a list and whether its items must differ.</summary>
internal sealed record ArrayRulesSpec
{
    /// <summary>The fewest items allowed (greater than zero), or null.</summary>
    public required int? MinItems { get; init; }

    /// <summary>The most items allowed, or null.</summary>
    public required int? MaxItems { get; init; }

    /// <summary>No two items may be equal (checked only for item types the parser accepted: strings, numbers, booleans, UUIDs, enums).</summary>
    public required bool UniqueItems { get; init; }
}
