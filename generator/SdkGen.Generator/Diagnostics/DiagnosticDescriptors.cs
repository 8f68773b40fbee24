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
        title: "Construct ignored",
        messageFormat: "{0} is ignored: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A construct the generator cannot honour and that fits none of the more specific diagnostics (SDKGEN013-SDKGEN020); the message says what was lost.");

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
        messageFormat: "The {0} '{1}' is not valid: expected {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "SdkGenNamespace must be a dotted C# namespace, SdkGenClientName a C# identifier, SdkGenClientSplit single or by-tag, SdkGenVisibility public or internal, SdkGenIncludeUnreachableSchemas and SdkGenClientInterface true or false, SdkGenEnumPrefix and SdkGenModelPrefix the start of a C# identifier.");

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

    public static readonly DiagnosticDescriptor OperationSkipped = new(
        id: "SDKGEN013",
        title: "Operation not generated",
        messageFormat: "The operation {0} is not generated: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A required part of the operation cannot be carried, so no method is generated for it rather than one that sends a different request.");

    public static readonly DiagnosticDescriptor ParameterNotSent = new(
        id: "SDKGEN014",
        title: "Parameter not sent",
        messageFormat: "The parameter '{0}' of {1} is left out: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An optional parameter the generator cannot send; the method has no argument for it.");

    public static readonly DiagnosticDescriptor RequestBodyNotSent = new(
        id: "SDKGEN015",
        title: "Request body not sent",
        messageFormat: "The optional request body of {0} is left out: {1}; the method sends no body",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An optional request body in a form the generator cannot encode.");

    public static readonly DiagnosticDescriptor FormFieldNotSent = new(
        id: "SDKGEN016",
        title: "Form field not sent",
        messageFormat: "The form field '{0}' of {1} is not sent: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A property of an application/x-www-form-urlencoded body that has no form encoding; the model keeps it but the request leaves it out.");

    public static readonly DiagnosticDescriptor ReadAsRawJson = new(
        id: "SDKGEN017",
        title: "Schema read as raw JSON",
        messageFormat: "{0} is typed as raw JSON (System.Text.Json.JsonElement): {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The value is kept and sent as the JSON it is, but without a C# type or validation.");

    public static readonly DiagnosticDescriptor RuleNotChecked = new(
        id: "SDKGEN021",
        title: "Validation rule not checked",
        messageFormat: "The rule '{0}' is not checked before sending: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A minimum, maximum, multipleOf, minItems, maxItems or uniqueItems the generated code cannot check exactly, or that no value can satisfy; or a rule a union's alternatives do not carry (written beside oneOf/anyOf, or on the text of a date or time alternative). The message says which and why.");

    public static readonly DiagnosticDescriptor ResponseIgnored = new(
        id: "SDKGEN018",
        title: "Response ignored",
        messageFormat: "The response '{0}' of {1} is ignored: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A response entry the generator cannot use; answers with that status are handled as undeclared ones.");

    public static readonly DiagnosticDescriptor SecuritySchemeNotApplied = new(
        id: "SDKGEN019",
        title: "Security scheme not applied",
        messageFormat: "{0} is not applied by the client: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "HTTP Basic and Bearer, API keys (header, query, cookie) and the OAuth2 clientCredentials flow are applied; requests carry no credentials for anything else unless the HttpClient adds them.");

    public static readonly DiagnosticDescriptor ReferenceCycle = new(
        id: "SDKGEN020",
        title: "A $ref refers back to itself",
        messageFormat: "{0} is a $ref ('{1}') that leads back to itself; it is left out",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A parameter, response, request body or security scheme whose $ref chain never reaches a definition.");

    public static readonly DiagnosticDescriptor SubtypeNotGenerated = new(
        id: "SDKGEN024",
        title: "Discriminator value without a generated subtype",
        messageFormat: "The discriminator value '{0}' of {1} {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A polymorphic schema's mapping or branch that cannot become a C# subtype of the base (it is not an object schema under components/schemas, or it already derives from another class): objects with that value are read as the Unknown subtype, kept and sent back unchanged, without typed properties. Or a value mapped twice: it reads as the first schema only.");

    public static readonly DiagnosticDescriptor MultipartPartNotSent = new(
        id: "SDKGEN022",
        title: "Multipart part or part header not sent",
        messageFormat: "The multipart part '{0}' of {1}: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A property of a multipart body whose encoding the generated code cannot write (the method then has no parameter for it), or part headers its encoding object declares, which the method has no value for and does not send.");

    public static readonly DiagnosticDescriptor UnionAlternativeNeverRead = new(
        id: "SDKGEN025",
        title: "Union alternative never chosen when reading",
        messageFormat: "Alternative {0} ('{1}') of {2} is never chosen when reading: {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The alternatives of a oneOf/anyOf without a discriminator are tried in order, each by the properties it requires; an alternative whose required properties an earlier one also accepts is never chosen, so such objects read as the earlier alternative (its properties only). It can still be sent.");
}
