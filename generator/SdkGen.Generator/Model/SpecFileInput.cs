namespace SdkGen.Generator.Model;

/// <summary>
/// One opted-in spec file with its options. Holding the text (not the AdditionalText) makes the
/// value comparable, so an unchanged file is never parsed twice. Component schemas no operation reaches are
/// generated only with <paramref name="IncludeUnreachableSchemas"/>. <see cref="DateAndTimeTypes"/> says the
/// consuming compilation has <c>DateOnly</c>/<c>TimeOnly</c> and the runtime's readers for them (set by the pipeline).
/// </summary>
/// <param name="FilePath">The spec file's path, as the compiler gave it.</param>
/// <param name="Text">The spec's text.</param>
/// <param name="Namespace">The namespace of every generated type (<c>SdkGenNamespace</c>).</param>
/// <param name="ClientName">The main client's class name (<c>SdkGenClientName</c>).</param>
/// <param name="IncludeUnreachableSchemas">Also generate component schemas no operation reaches (<c>SdkGenIncludeUnreachableSchemas</c>).</param>
/// <param name="ClientSplit">One client, or one per tag (<c>SdkGenClientSplit</c>).</param>
/// <param name="Visibility">The accessibility of every generated type (<c>SdkGenVisibility</c>).</param>
/// <param name="ClientInterface">Generate an <c>I{Client}</c> interface per client (<c>SdkGenClientInterface</c>).</param>
/// <param name="EnumPrefix">Put before every generated enum's name (<c>SdkGenEnumPrefix</c>); empty for none.</param>
/// <param name="ModelPrefix">Put before every generated model's name (<c>SdkGenModelPrefix</c>); empty for none.</param>
/// <param name="DependencyInjection">Write <c>services.Add{Client}</c> when the project can use it (<c>SdkGenDependencyInjection</c>, default true).</param>
internal sealed record SpecFileInput(
    string FilePath,
    string Text,
    string Namespace,
    string ClientName,
    bool IncludeUnreachableSchemas = false,
    ClientSplit ClientSplit = ClientSplit.Single,
    TypeVisibility Visibility = TypeVisibility.Public,
    bool ClientInterface = false,
    string EnumPrefix = "",
    string ModelPrefix = "",
    bool DependencyInjection = true)
{
    public bool DateAndTimeTypes { get; init; }
}
