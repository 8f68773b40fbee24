using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Emitting;
using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;

namespace SdkGen.Generator;

/// <summary>
/// Generates typed HttpClient clients from OpenAPI documents given as AdditionalFiles.
/// This file only wires the pipeline: selection, parsing and emitting live in their own folders.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    private const string RuntimeAssemblyName = "SdkGen.Runtime";
    private const string RuntimeJsonReader = "SdkGen.Runtime.Internal.LenientJsonReader";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<bool> languageSupported = context.ParseOptionsProvider
            .Select(static (options, _) => options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8)
            .WithTrackingName(TrackingNames.LanguageVersion);

        // Generated code calls SdkGen.Runtime; without it the user would get a wall of CS0246 instead of one clear error.
        IncrementalValueProvider<bool> runtimeReferenced = context.CompilationProvider
            .Select(static (compilation, _) => compilation.ReferencedAssemblyNames.Any(static name => name.Name == RuntimeAssemblyName))
            .WithTrackingName(TrackingNames.RuntimeReference);

        // Add{Client} registrations need IHttpClientFactory and the options builder; a project without them gets none
        // (and no error: the clients work without DI). A bool, so an unrelated edit leaves the step unchanged.
        IncrementalValueProvider<bool> dependencyInjection = context.CompilationProvider
            .Select(static (compilation, _) => DependencyInjectionSupport.IsAvailable(compilation.ReferencedAssemblyNames))
            .WithTrackingName(TrackingNames.DependencyInjection);

        // DateOnly/TimeOnly need .NET 6 and the runtime build that reads them (its net8.0 one); a bool keeps the cache.
        IncrementalValueProvider<bool> dateAndTimeTypes = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(RuntimeJsonReader)?.GetMembers("ReadDateOnly").Length > 0)
            .WithTrackingName(TrackingNames.DateAndTimeTypes);

        IncrementalValuesProvider<SpecFileCandidate> candidates = context.AdditionalTextsProvider
            .Where(static file => SpecFileSelector.HasSpecExtension(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecFileSelector.Select(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SpecFiles);

        IncrementalValuesProvider<SpecFileInput> inputs = candidates
            .Where(static candidate => candidate.Input is not null)
            .Select(static (candidate, _) => candidate.Input!)
            .WithTrackingName(TrackingNames.SpecInputs);

        // Each spec is its own branch: editing one re-parses only that one.
        IncrementalValuesProvider<ParsedDocument> parsed = inputs
            .Combine(dateAndTimeTypes)
            .Select(static (pair, cancellationToken) => SpecParser.Parse(pair.Left with { DateAndTimeTypes = pair.Right }, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedDocuments);

        // Only the identities of all specs are compared across branches, so a text edit in one spec
        // does not invalidate the others.
        IncrementalValueProvider<ImmutableArray<SpecIdentity>> identities = inputs
            .Select(static (input, _) => new SpecIdentity(input.FilePath, input.Namespace, input.ClientName))
            .Collect();

        IncrementalValueProvider<bool> canEmit = languageSupported
            .Combine(runtimeReferenced)
            .Select(static (pair, _) => pair.Left && pair.Right);

        IncrementalValuesProvider<DocumentSpec> documents = parsed
            .Combine(identities)
            .Combine(canEmit)
            .Select(static (item, _) => item.Right && item.Left.Left.Document is { } document && IsFirstWithItsName(document, item.Left.Right) ? document : null)
            .Where(static document => document is not null)
            .Select(static (document, _) => document!)
            .WithTrackingName(TrackingNames.Documents);

        context.RegisterSourceOutput(documents.Combine(dependencyInjection), static (output, item) =>
        {
            foreach (GeneratedFile file in DocumentEmitter.Emit(item.Left, item.Right, output.CancellationToken))
            {
                output.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8));
            }
        });

        IncrementalValuesProvider<DiagnosticInfo> diagnostics = candidates
            .Where(static candidate => candidate.Diagnostic is not null)
            .Select(static (candidate, _) => candidate.Diagnostic!)
            .Collect()
            .Combine(parsed.Select(static (document, _) => document.Diagnostics).Collect())
            .Combine(identities)
            .Combine(languageSupported.Combine(runtimeReferenced))
            .SelectMany(static (item, _) => AllDiagnostics(item.Left.Left.Left, item.Left.Left.Right, item.Left.Right, item.Right.Left, item.Right.Right))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));
    }

    private static bool IsFirstWithItsName(DocumentSpec document, ImmutableArray<SpecIdentity> identities) =>
        !identities.Any(other => other.Namespace == document.Namespace && other.ClientName == document.ClientName
            && string.CompareOrdinal(other.FilePath, document.SourceFilePath) < 0);

    private static IEnumerable<DiagnosticInfo> AllDiagnostics(
        ImmutableArray<DiagnosticInfo> selection,
        ImmutableArray<ImmutableEquatableArray<DiagnosticInfo>> parsing,
        ImmutableArray<SpecIdentity> identities,
        bool languageSupported,
        bool runtimeReferenced)
    {
        foreach (DiagnosticInfo diagnostic in selection)
        {
            yield return diagnostic;
        }

        foreach (ImmutableEquatableArray<DiagnosticInfo> perDocument in parsing)
        {
            foreach (DiagnosticInfo diagnostic in perDocument)
            {
                yield return diagnostic;
            }
        }

        foreach (IGrouping<(string, string), SpecIdentity> group in identities.GroupBy(i => (i.Namespace, i.ClientName)).Where(g => g.Count() > 1))
        {
            List<SpecIdentity> ordered = group.OrderBy(i => i.FilePath, System.StringComparer.Ordinal).ToList();
            foreach (SpecIdentity duplicate in ordered.Skip(1))
            {
                yield return DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateClient,
                    new LocationInfo(duplicate.FilePath, 0, 0, 0, 0),
                    SpecParser.FileName(duplicate.FilePath),
                    duplicate.Namespace + "." + duplicate.ClientName,
                    SpecParser.FileName(ordered[0].FilePath));
            }
        }

        if (!languageSupported && identities.Length > 0)
        {
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, null, "7.3 or earlier");
        }

        if (!runtimeReferenced && identities.Length > 0)
        {
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.MissingRuntime, new LocationInfo(identities[0].FilePath, 0, 0, 0, 0), RuntimeAssemblyName);
        }
    }

    /// <summary>What makes two specs clash: the same client name in the same namespace.</summary>
    private sealed record SpecIdentity(string FilePath, string Namespace, string ClientName);
}
