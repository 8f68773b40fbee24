using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>Decides which AdditionalFiles are specs to generate from, and with which options.</summary>
internal static class SpecFileSelector
{
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.SdkGenNamespace";
    public const string ClientNameMetadata = "build_metadata.AdditionalFiles.SdkGenClientName";
    public const string IncludeUnreachableSchemasMetadata = "build_metadata.AdditionalFiles." + SpecFileKnobs.IncludeUnreachableSchemas;

    public static bool HasSpecExtension(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static SpecFileCandidate Select(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        AnalyzerConfigOptions options = optionsProvider.GetOptions(file);
        options.TryGetValue(NamespaceMetadata, out string? ns);
        options.TryGetValue(ClientNameMetadata, out string? clientName);
        ns = ns?.Trim();
        clientName = clientName?.Trim();
        bool optedIn = !string.IsNullOrEmpty(ns) || !string.IsNullOrEmpty(clientName);

        string? text = file.GetText(cancellationToken)?.ToString();
        if (!optedIn)
        {
            // Say why a spec produced nothing, but stay silent about other JSON/YAML files (appsettings.json…).
            return text is not null && LooksLikeOpenApi(text)
                ? new SpecFileCandidate(null, DiagnosticInfo.Create(DiagnosticDescriptors.MissingOptIn, Start(file.Path), SpecParser.FileName(file.Path)))
                : new SpecFileCandidate(null, null);
        }

        if (string.IsNullOrEmpty(ns))
        {
            optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out ns);
        }

        if (string.IsNullOrEmpty(ns))
        {
            ns = "SdkGen.Generated";
        }

        if (!Identifiers.IsValidNamespace(ns!))
        {
            return new SpecFileCandidate(null, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, Start(file.Path), "SdkGenNamespace", ns!, "a C# namespace"));
        }

        if (string.IsNullOrEmpty(clientName))
        {
            clientName = Identifiers.ToPascalCase(StripExtension(SpecParser.FileName(file.Path)), "Api") + "Client";
        }
        else if (!Identifiers.IsValidIdentifier(clientName!))
        {
            return new SpecFileCandidate(null, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, Start(file.Path), "SdkGenClientName", clientName!, "a C# identifier"));
        }

        if (text is null)
        {
            return new SpecFileCandidate(null, DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableDocument, Start(file.Path), SpecParser.FileName(file.Path), "text", "the file could not be read"));
        }

        return SpecFileKnobs.Apply(new SpecFileInput(file.Path, text, ns!, clientName!), options, optionsProvider.GlobalOptions, Start(file.Path));
    }

    private static bool LooksLikeOpenApi(string text)
    {
        string head = text.Length > 4096 ? text.Substring(0, 4096) : text;
        return head.IndexOf("openapi", StringComparison.Ordinal) >= 0 || head.IndexOf("swagger", StringComparison.Ordinal) >= 0;
    }

    private static string StripExtension(string fileName)
    {
        int dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    private static LocationInfo Start(string path) => new(path, 0, 0, 0, 0);
}

/// <summary>An AdditionalFile after selection: a spec to parse, a diagnostic to report, or neither.</summary>
internal sealed record SpecFileCandidate(SpecFileInput? Input, DiagnosticInfo? Diagnostic);
