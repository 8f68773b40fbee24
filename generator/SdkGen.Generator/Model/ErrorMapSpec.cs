namespace SdkGen.Generator.Model;

/// <summary>
/// How a client turns an operation's error answers into exceptions: the statuses that choose an error model's
/// factory, tested in order, and what every other status becomes. Operations whose maps are equal share one, a static
/// field of the client named by <c>Naming/ClientMemberNames</c> (<see cref="OperationSpec.ErrorMapName"/>).
/// </summary>
internal sealed record ErrorMapSpec
{
    /// <summary>The client's static field holding the map.</summary>
    public required string Name { get; init; }

    /// <summary>The statuses with a model of their own, in the order tested: exact codes before ranges.</summary>
    public required ImmutableEquatableArray<ErrorBranchSpec> Branches { get; init; }

    /// <summary>The model of every other status (<c>default</c>), or null for the plain <c>ApiException</c>.</summary>
    public string? FallbackModelName { get; init; }
}

/// <summary>Statuses (<c>404</c>, or a range <c>4XX</c>) whose body is read as <see cref="ModelName"/>.</summary>
internal sealed record ErrorBranchSpec
{
    /// <summary>The status patterns, as the spec writes them.</summary>
    public required ImmutableEquatableArray<string> StatusPatterns { get; init; }

    /// <summary>The error model whose exception factory these statuses use.</summary>
    public required string ModelName { get; init; }
}
