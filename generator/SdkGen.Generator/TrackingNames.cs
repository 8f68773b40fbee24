namespace SdkGen.Generator;

/// <summary>Names of the pipeline steps, so tests can assert each one is cached.</summary>
internal static class TrackingNames
{
    public const string SpecFiles = nameof(SpecFiles);
    public const string SpecInputs = nameof(SpecInputs);
    public const string ParsedDocuments = nameof(ParsedDocuments);
    public const string Documents = nameof(Documents);
    public const string Diagnostics = nameof(Diagnostics);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string RuntimeReference = nameof(RuntimeReference);
    public const string DependencyInjection = nameof(DependencyInjection);
    public const string DateAndTimeTypes = nameof(DateAndTimeTypes);
}
