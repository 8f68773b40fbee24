namespace SdkGen.Generator.Model;

/// <summary>
/// How a polymorphic base reads: the JSON property naming the concrete type, the values mapped to generated subtypes,
/// and the subtype that keeps any other value's object as raw JSON.
/// </summary>
internal sealed record DiscriminatorSpec
{
    /// <summary>The discriminator's JSON property name, exactly as the spec writes it.</summary>
    public required string WireName { get; init; }

    /// <summary>Each value and the model it reads as, in the spec's order (explicit mapping first, then implicit names).</summary>
    public required ImmutableEquatableArray<DiscriminatorCaseSpec> Cases { get; init; }

    /// <summary>The <c>Unknown{Base}</c> model: an object whose value is absent or not in <see cref="Cases"/>, kept as it came.</summary>
    public required string UnknownModelName { get; init; }
}

/// <summary>A discriminator value and the generated subtype it reads as.</summary>
internal sealed record DiscriminatorCaseSpec(string Value, string ModelName);

/// <summary>What a subtype of a discriminated base writes as its discriminator: the property and its value.</summary>
internal sealed record DiscriminatorValueSpec(string WireName, string Value);

/// <summary>The members of an <c>Unknown{Base}</c> model beside the inherited ones, named clear of them.</summary>
/// <param name="JsonPropertyName">The <c>JsonElement</c> holding the object exactly as it came (and as it is sent).</param>
/// <param name="ValuePropertyName">The discriminator's value as it came, or null when absent or not a string.</param>
/// <param name="DiscriminatorWireName">The discriminator's JSON property name.</param>
internal sealed record UnknownSubtypeSpec(string JsonPropertyName, string ValuePropertyName, string DiscriminatorWireName);

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> without a discriminator: a class holding one alternative, read by the first alternative
/// whose shape the JSON has (its token, then an object's required properties, an array's items…), else kept as raw JSON.
/// </summary>
internal sealed record UnionSpec
{
    /// <summary>The alternatives in the spec's order.</summary>
    public required ImmutableEquatableArray<UnionAlternativeSpec> Alternatives { get; init; }

    /// <summary>The property holding JSON that matched no alternative (<c>Json</c>, clear of the class's own name).</summary>
    public required string JsonPropertyName { get; init; }

    /// <summary>Some alternative has rules of its own to check before sending (<see cref="UnionAlternativeSpec.Rules"/>).</summary>
    public bool HasRules => System.Linq.Enumerable.Any(Alternatives, a => a.Rules is not null);

    /// <summary>Every alternative is an object: values of other JSON types are departures before the union is read.</summary>
    public bool IsObjectOnly => System.Linq.Enumerable.All(Alternatives, a => a.Shape[0] == UnionAlternativeSpec.ObjectShape);

    /// <summary>
    /// Its internal member giving the held alternative as a parameter's text (<c>ToParameterText</c>, set by
    /// <c>Naming/UnionAlternativeNames</c>) when a path, query or header parameter sends the union; null otherwise.
    /// </summary>
    public string? ParameterTextMethodName { get; init; }
}

/// <summary>One alternative of a union.</summary>
/// <param name="Type">The alternative's C# type.</param>
/// <param name="Name">The suffix of its <c>Is…</c>/<c>TryGet…</c> members (decided in <c>Naming/</c>).</param>
/// <param name="Shape">
/// What a JSON value must be to read as it, as the runtime's <c>MatchUnion</c> takes it: the kind (<c>string</c>,
/// <c>integer</c>, <c>int32</c>, <c>number</c>, <c>boolean</c>, a string format, <c>enum</c>, <c>object</c>, <c>array</c>),
/// then an enum's values, an object's required property names, or an array's item kind.
/// </param>
internal sealed record UnionAlternativeSpec(TypeRefSpec Type, string Name, ImmutableEquatableArray<string> Shape)
{
    public const string ObjectShape = "object";

    /// <summary>
    /// The branch's own rules that apply to <see cref="Type"/> (a string's length and pattern, a number's bounds, a
    /// list's counts and its items' rules), checked on the alternative held before a request is sent; null when none.
    /// Decided by the mapper as a property's are, which reports the rules it cannot check (SDKGEN021).
    /// </summary>
    public ValidationSpec? Rules { get; init; }

    /// <summary>The model the alternative is or holds in a list or map (its validation checks that model's), or null for other types.</summary>
    public string? ModelName => Type.Kind == ValueKind.Model ? Type.Name : Type is { Kind: ValueKind.Array or ValueKind.Map, Element.Kind: ValueKind.Model } ? Type.Element.Name : null;
}
