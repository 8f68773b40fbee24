using Microsoft.CodeAnalysis;

namespace SdkGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: they are listed in
/// AnalyzerReleases.*.md and users suppress them by id.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SdkGen";

    public static readonly DiagnosticDescriptor UnreadableDocument = new(
        id: "SDKGEN001",
        title: "The OpenAPI document cannot be read",
        messageFormat: "'{0}' is not valid {1}: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The file is not well-formed YAML or JSON, so no client is generated from it.");

    public static readonly DiagnosticDescriptor InvalidOpenApi = new(
        id: "SDKGEN002",
        title: "The document is not valid OpenAPI",
        messageFormat: "'{0}' is not a valid OpenAPI document: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The OpenAPI reader rejected the document. Fix the spec; no client is generated from it.");

    public static readonly DiagnosticDescriptor OpenApiWarning = new(
        id: "SDKGEN003",
        title: "The OpenAPI document has a problem",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The OpenAPI reader reported a warning about the document.");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "SDKGEN004",
        title: "Construct not supported",
        messageFormat: "{0} is not supported: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator cannot model this construct yet; it falls back to raw JSON or skips the operation, as the message says.");

    public static readonly DiagnosticDescriptor InvalidPattern = new(
        id: "SDKGEN005",
        title: "The pattern is not a valid regular expression",
        messageFormat: "The pattern '{0}' cannot be compiled by .NET: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A 'pattern' that .NET cannot compile would fail at run time, so it is reported at compile time instead.");

    public static readonly DiagnosticDescriptor NameCollision = new(
        id: "SDKGEN006",
        title: "Two names collide after conversion to C#",
        messageFormat: "{0} '{1}' and '{2}' both become '{3}' in C#; the second is named '{4}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Names from the spec are PascalCased for C#. When two map to the same identifier the later one gets a numeric suffix.");

    public static readonly DiagnosticDescriptor MissingOptIn = new(
        id: "SDKGEN007",
        title: "OpenAPI file without SdkGen metadata",
        messageFormat: "'{0}' looks like an OpenAPI document but has no SdkGenNamespace or SdkGenClientName metadata, so no client is generated; add <AdditionalFiles Include=\"...\" SdkGenNamespace=\"My.Namespace\" />",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Only AdditionalFiles that opt in with SdkGenNamespace or SdkGenClientName metadata become clients.");

    public static readonly DiagnosticDescriptor InvalidOption = new(
        id: "SDKGEN008",
        title: "Invalid SdkGen option",
        messageFormat: "The {0} '{1}' is not a valid C# {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "SdkGenNamespace must be a dotted C# namespace and SdkGenClientName a C# identifier.");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = new(
        id: "SDKGEN009",
        title: "C# 8 or later is required",
        messageFormat: "The generated client needs C# 8 or later (nullable reference types); this project uses C# {0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Set <LangVersion>8.0</LangVersion> or later in the project.");

    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        id: "SDKGEN010",
        title: "The generator failed on this document",
        messageFormat: "SdkGen could not process '{0}' ({1}: {2}). This is a bug in SdkGen; please report it with the spec.",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An unexpected error inside the generator. The document produced no code; other documents are unaffected.");

    public static readonly DiagnosticDescriptor DuplicateClient = new(
        id: "SDKGEN011",
        title: "Two specs generate the same client",
        messageFormat: "'{0}' would generate {1}, which '{2}' already generates; give it another SdkGenClientName or SdkGenNamespace",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each spec needs its own client name within a namespace.");

    public static readonly DiagnosticDescriptor MissingRuntime = new(
        id: "SDKGEN012",
        title: "SdkGen.Runtime is not referenced",
        messageFormat: "Generated clients need the {0} package; add <PackageReference Include=\"{0}\" /> to the project",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated code calls SdkGen.Runtime (exceptions, credentials, encoders). Nothing is generated until it is referenced.");
}
