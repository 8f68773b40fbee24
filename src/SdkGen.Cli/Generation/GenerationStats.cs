using System.Globalization;
using SdkGen.Generator.Emitting;
using SdkGen.Generator.Model;

namespace SdkGen.Cli.Generation;

/// <summary>
/// What one spec generated, for <c>sdkgen generate --stats</c>: maintainers diff it to see what a spec change does
/// (an operation lost, a model doubled, a new warning).
/// </summary>
internal sealed record GenerationStats(
    string Namespace, string ClientName, int Clients, int Operations, int Models, int Enums, int Files, long Characters, int UnreachableSchemas, bool UnreachableGenerated)
{
    public static GenerationStats From(SpecFileInput? input, DocumentSpec? document, IReadOnlyCollection<GeneratedFile> files) => new(
        input?.Namespace ?? "(none: invalid options)",
        input?.ClientName ?? "(none: invalid options)",
        document?.Clients.Count ?? 0,
        document?.Clients.Sum(client => client.Operations.Count) ?? 0,
        document?.Models.Count ?? 0,
        document?.Enums.Count ?? 0,
        files.Count,
        files.Sum(file => (long)file.Source.Length),
        document?.UnreachableSchemas.Count ?? 0,
        input?.IncludeUnreachableSchemas ?? false);

    /// <summary>One aligned line per figure, then the diagnostics (already in the compiler's format).</summary>
    public void Write(TextWriter writer, IReadOnlyList<string> diagnostics)
    {
        writer.WriteLine($"namespace    {Namespace}");
        writer.WriteLine($"client       {ClientName}");
        Figure(writer, "clients", Clients);
        Figure(writer, "operations", Operations);
        Figure(writer, "models", Models);
        Figure(writer, "enums", Enums);
        Figure(writer, "files", Files);
        Figure(writer, "characters", Characters);

        // Leaving them out is the documented default, not a loss to warn about per schema; the count says it happened.
        if (UnreachableSchemas > 0)
        {
            string schemas = Count(UnreachableSchemas) + (UnreachableSchemas == 1 ? " component schema" : " component schemas");
            writer.WriteLine(UnreachableGenerated
                ? $"unreachable  {schemas} not reachable from any operation, generated (--include-unreachable-schemas)"
                : $"unreachable  {schemas} not reachable from any operation, not generated (--include-unreachable-schemas generates them)");
        }

        Figure(writer, "diagnostics", diagnostics.Count);

        foreach (string diagnostic in diagnostics)
        {
            writer.WriteLine("  " + diagnostic);
        }
    }

    private static void Figure(TextWriter writer, string name, long value) =>
        writer.WriteLine(name.PadRight(13) + Count(value));

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
