using System;
using System.Threading;

namespace SdkGen.Generator.Parsing.Text;

/// <summary>Picks the JSON or YAML reader for a spec file.</summary>
internal static class SpecTextReader
{
    /// <summary>
    /// Reads <paramref name="text"/>; <paramref name="path"/> is only used for its extension. Never throws except
    /// for cancellation: every failure becomes <see cref="SpecTextReadResult.Error"/>.
    /// </summary>
    public static SpecTextReadResult Read(string path, string text, CancellationToken ct)
    {
        text ??= string.Empty;
        try
        {
            return IsJson(path, text) ? JsonSpecReader.Read(text, ct) : YamlSpecReader.Read(text, ct);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The readers already catch everything; this only guards the guard.
            var map = new SourceLineMap.Builder(text);
            return SpecTextReadResult.Failure(
                new SpecSyntaxError("the document could not be read: " + ex.Message, map.PositionAt(0, 0)), map.Build());
        }
    }

    internal static bool IsJson(string? path, string text)
    {
        string extension = GetExtension(path);
        if (string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase)
            || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Unknown extension: a JSON spec is an object, and YAML almost never starts with '{'. Anything else goes
        // to YAML, which also accepts most JSON.
        foreach (char c in text)
        {
            if (c == '\uFEFF' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c == '{';
        }

        return false;
    }

    private static string GetExtension(string? path)
    {
        // Hand-rolled rather than System.IO.Path: generators are kept clear of System.IO, and paths may use
        // either separator whatever the host OS.
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        int dot = path!.LastIndexOf('.');
        int separator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return dot > separator ? path.Substring(dot) : string.Empty;
    }
}
