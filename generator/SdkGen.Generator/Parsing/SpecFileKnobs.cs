using System;
using Microsoft.CodeAnalysis.Diagnostics;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// The generation knobs of one spec: each is an <c>AdditionalFiles</c> metadata item and an MSBuild property of the same
/// name (made compiler-visible by <c>build/SdkGen.Generator.props</c>). The property is the project-wide default; the
/// metadata, when set, wins for its file. An invalid value is SDKGEN008 at the file, and nothing is generated from it.
/// </summary>
internal static class SpecFileKnobs
{
    public const string IncludeUnreachableSchemas = "SdkGenIncludeUnreachableSchemas";
    public const string ClientSplit = "SdkGenClientSplit";
    public const string Visibility = "SdkGenVisibility";
    public const string ClientInterface = "SdkGenClientInterface";
    public const string EnumPrefix = "SdkGenEnumPrefix";
    public const string ModelPrefix = "SdkGenModelPrefix";
    public const string DependencyInjection = "SdkGenDependencyInjection";

    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";
    private const string PropertyPrefix = "build_property.";

    /// <summary>The key under which MSBuild passes <paramref name="knob"/> as per-file metadata.</summary>
    public static string MetadataKey(string knob) => MetadataPrefix + knob;

    /// <summary>The key under which MSBuild passes <paramref name="knob"/> as a project property.</summary>
    public static string PropertyKey(string knob) => PropertyPrefix + knob;

    /// <summary><paramref name="input"/> with every knob applied, or the SDKGEN008 for the first invalid one.</summary>
    public static SpecFileCandidate Apply(SpecFileInput input, AnalyzerConfigOptions file, AnalyzerConfigOptions project, LocationInfo at)
    {
        var reader = new Reader(file, project, at);
        bool includeUnreachable = reader.Boolean(IncludeUnreachableSchemas);
        ClientSplit split = reader.Choice(ClientSplit, Model.ClientSplit.Single, ("single", Model.ClientSplit.Single), ("by-tag", Model.ClientSplit.ByTag));
        TypeVisibility visibility = reader.Choice(Visibility, TypeVisibility.Public, ("public", TypeVisibility.Public), ("internal", TypeVisibility.Internal));
        bool clientInterface = reader.Boolean(ClientInterface);
        string enumPrefix = reader.Prefix(EnumPrefix);
        string modelPrefix = reader.Prefix(ModelPrefix);
        bool dependencyInjection = reader.Choice(DependencyInjection, true, ("true", true), ("false", false));
        if (reader.Error is { } error)
        {
            return new SpecFileCandidate(null, error);
        }

        return new SpecFileCandidate(
            input with
            {
                IncludeUnreachableSchemas = includeUnreachable,
                ClientSplit = split,
                Visibility = visibility,
                ClientInterface = clientInterface,
                EnumPrefix = enumPrefix,
                ModelPrefix = modelPrefix,
                DependencyInjection = dependencyInjection,
            },
            null);
    }

    /// <summary>Reads knobs in order and keeps the first invalid one's diagnostic.</summary>
    private sealed class Reader(AnalyzerConfigOptions file, AnalyzerConfigOptions project, LocationInfo at)
    {
        public DiagnosticInfo? Error { get; private set; }

        public bool Boolean(string knob) =>
            Choice(knob, false, ("true", true), ("false", false));

        public T Choice<T>(string knob, T defaultValue, params (string Text, T Value)[] allowed)
        {
            string? text = Value(knob);
            if (text is null)
            {
                return defaultValue;
            }

            foreach ((string Text, T Value) choice in allowed)
            {
                if (string.Equals(text, choice.Text, StringComparison.OrdinalIgnoreCase))
                {
                    return choice.Value;
                }
            }

            Fail(knob, text, string.Join(" or ", Array.ConvertAll(allowed, a => a.Text)));
            return defaultValue;
        }

        // A prefix must start a C# identifier; a letter after it cannot make a keyword (keywords are lower case).
        public string Prefix(string knob)
        {
            string? text = Value(knob);
            if (text is null)
            {
                return "";
            }

            if (!Identifiers.IsValidIdentifier(text + "X"))
            {
                Fail(knob, text, "the start of a C# identifier");
                return "";
            }

            return text;
        }

        private string? Value(string knob)
        {
            string? value = Trimmed(file, MetadataKey(knob)) ?? Trimmed(project, PropertyKey(knob));
            return value;
        }

        private static string? Trimmed(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out string? value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

        private void Fail(string knob, string value, string expected) =>
            Error ??= DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, at, knob, value, expected);
    }
}
