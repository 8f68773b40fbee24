using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// OpenAPI's <c>deprecated</c> as C#'s <c>[Obsolete]</c> (a warning: callers see it, builds keep working). The
/// generated code itself reads and writes deprecated models and properties, so every file of a document that has
/// some starts with <c>#pragma warning disable CS0612, CS0618</c>: the pragma covers only generated files, so a
/// caller's own use still warns.
/// </summary>
internal static class Deprecation
{
    /// <summary><c>[Obsolete]</c> naming what the service marks deprecated (<c>schema</c>, <c>property</c>…); the flag has no text of its own.</summary>
    public static string Attribute(string what) =>
        "[global::System.Obsolete(\"The service marks this " + what + " as deprecated.\")]";

    /// <summary>Whether generated code of <paramref name="document"/> uses something <c>[Obsolete]</c>: a deprecated schema or property.</summary>
    public static bool NeedsSuppression(DocumentSpec document) =>
        document.Models.Any(m => m.IsDeprecated || m.Properties.Any(p => p.IsDeprecated)) || document.Enums.Any(e => e.IsDeprecated);

    /// <summary><paramref name="source"/> (a file <see cref="SourceFile"/> wrote) with the suppression after its header.</summary>
    public static string Suppressed(string source)
    {
        const string header = "#nullable enable\n";
        int at = source.IndexOf(header, System.StringComparison.Ordinal);
        return at < 0
            ? source
            : source.Insert(at + header.Length, "// Generated code reads and writes what the service marks deprecated; callers' own uses still warn.\n#pragma warning disable CS0612, CS0618\n");
    }
}
