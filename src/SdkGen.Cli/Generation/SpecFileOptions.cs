using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;

namespace SdkGen.Cli.Generation;

/// <summary>
/// Hands one spec file to the generator's own <see cref="SpecFileSelector"/> the way MSBuild would (an
/// <c>AdditionalFiles</c> item with <c>SdkGenNamespace</c>/<c>SdkGenClientName</c> and the knobs' metadata, and the project's
/// <c>RootNamespace</c>), so <c>sdkgen generate</c> has the generator's defaults and diagnostics by construction,
/// not by a copy of its rules.
/// </summary>
internal static class SpecFileOptions
{
    /// <summary>The generator's namespace when a spec has no <c>SdkGenNamespace</c> and the project no <c>RootNamespace</c>.</summary>
    public const string GeneratorDefaultNamespace = "SdkGen.Generated";

    /// <summary>The spec to parse with its namespace and client name, or the diagnostic the generator would report instead.</summary>
    /// <param name="knobs">Further knobs by name (<see cref="SpecFileKnobs"/>), given as the spec's metadata; the generator checks them.</param>
    public static SpecFileCandidate Select(string path, string text, string? nameSpace, string? clientName, string? rootNamespace, bool includeUnreachableSchemas, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? knobs = null)
    {
        var global = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        var perFile = new Dictionary<string, string>();
        if (nameSpace is not null)
        {
            perFile[SpecFileSelector.NamespaceMetadata] = nameSpace;
        }

        if (clientName is not null)
        {
            perFile[SpecFileSelector.ClientNameMetadata] = clientName;
        }

        if (perFile.Count == 0)
        {
            // Naming the file on the command line is the opt-in; an item needs metadata for that. Giving the
            // namespace the generator would fall back to (RootNamespace, else its own default) keeps every default.
            perFile[SpecFileSelector.NamespaceMetadata] = string.IsNullOrWhiteSpace(rootNamespace) ? GeneratorDefaultNamespace : rootNamespace;
        }

        if (includeUnreachableSchemas)
        {
            perFile[SpecFileSelector.IncludeUnreachableSchemasMetadata] = "true";
        }

        foreach (KeyValuePair<string, string> knob in knobs ?? new Dictionary<string, string>())
        {
            perFile[SpecFileKnobs.MetadataKey(knob.Key)] = knob.Value;
        }

        return SpecFileSelector.Select(new SpecText(path, text), new OptionsProvider(new Options(global), new Options(perFile)), cancellationToken);
    }

    private sealed class SpecText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global, AnalyzerConfigOptions perFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perFile;
    }
}
