namespace SdkGen.Generator.Model;

/// <summary>
/// One opted-in spec file with its options. Holding the text (not the AdditionalText) makes the
/// value comparable, so an unchanged file is never parsed twice. Component schemas no operation reaches are
/// generated only with <see cref="IncludeUnreachableSchemas"/>. <see cref="DateAndTimeTypes"/> says the
/// consuming compilation has <c>DateOnly</c>/<c>TimeOnly</c> and the runtime's readers for them (set by the pipeline).
/// </summary>
/// <param name="FilePath">The spec file's path, as the compiler gave it.</param>
/// <param name="Text">The spec's text.</param>
/// <param name="Namespace">The namespace of every generated type (<c>SdkGenNamespace</c>).</param>
/// <param name="ClientName">The main client's class name (<c>SdkGenClientName</c>).</param>
internal sealed record SpecFileInput(string FilePath, string Text, string Namespace, string ClientName)
{
    /// <summary>Also generate component schemas no operation reaches (<c>SdkGenIncludeUnreachableSchemas</c>).</summary>
    public bool IncludeUnreachableSchemas { get; init; }

    /// <summary>One client, or one per tag (<c>SdkGenClientSplit</c>).</summary>
    public ClientSplit ClientSplit { get; init; } = ClientSplit.Single;

    /// <summary>The accessibility of every generated type (<c>SdkGenVisibility</c>).</summary>
    public TypeVisibility Visibility { get; init; } = TypeVisibility.Public;

    /// <summary>Generate an <c>I{Client}</c> interface per client (<c>SdkGenClientInterface</c>).</summary>
    public bool ClientInterface { get; init; }

    /// <summary>Put before every generated enum's name (<c>SdkGenEnumPrefix</c>); empty for none.</summary>
    public string EnumPrefix { get; init; } = "";

    /// <summary>Put before every generated model's name (<c>SdkGenModelPrefix</c>); empty for none.</summary>
    public string ModelPrefix { get; init; } = "";

    /// <summary>Write <c>services.Add{Client}</c> when the project can use it (<c>SdkGenDependencyInjection</c>, default true).</summary>
    public bool DependencyInjection { get; init; } = true;

    /// <summary>The consuming compilation has <c>DateOnly</c>/<c>TimeOnly</c> and the runtime's readers for them (set by the pipeline).</summary>
    public bool DateAndTimeTypes { get; init; }
}
