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
/// A <c>oneOf</c>/<c>anyOf</c> of object schemas without a discriminator: a class holding one alternative, read by
/// trying the alternatives in order (the first whose required properties the object has), else kept as raw JSON.
/// </summary>
internal sealed record UnionSpec
{
    /// <summary>The alternatives in the spec's order.</summary>
    public required ImmutableEquatableArray<UnionAlternativeSpec> Alternatives { get; init; }
}

/// <summary>One alternative of a union: its model (also the suffix of <c>Is…</c>/<c>TryGet…</c>) and the property names an object must have to read as it.</summary>
internal sealed record UnionAlternativeSpec(string ModelName, ImmutableEquatableArray<string> RequiredWireNames);
