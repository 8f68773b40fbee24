namespace SdkGen.Generator.Model;

/// <summary>
/// One opted-in spec file with its options. Holding the text (not the AdditionalText) makes the
/// value comparable, so an unchanged file is never parsed twice. Component schemas no operation reaches are
/// generated only with <paramref name="IncludeUnreachableSchemas"/>. <see cref="DateAndTimeTypes"/> says the
/// consuming compilation has <c>DateOnly</c>/<c>TimeOnly</c> and the runtime's readers for them (set by the pipeline).
/// </summary>
internal sealed record SpecFileInput(string FilePath, string Text, string Namespace, string ClientName, bool IncludeUnreachableSchemas = false)
{
    public bool DateAndTimeTypes { get; init; }
}
