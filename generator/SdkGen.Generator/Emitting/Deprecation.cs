using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// OpenAPI's <c>deprecated</c> as C#'s <c>[Obsolete]</c> (a warning: callers see it, builds keep working). The
/// generated code itself reads and writes deprecated models and properties, so every file of a document that has
/// some (<see cref="DocumentSpec.UsesDeprecated"/>) starts with <see cref="Suppression"/>: the pragma covers only
/// generated files, so a caller's own use still warns.
/// </summary>
internal static class Deprecation
{
    /// <summary><c>[Obsolete]</c> naming what the service marks deprecated (<c>schema</c>, <c>property</c>…); the flag has no text of its own.</summary>
    public static string Attribute(string what) =>
        "[global::System.Obsolete(\"The service marks this " + what + " as deprecated.\")]";

    /// <summary>The lines after a file's header that let generated code use what is obsolete.</summary>
    public static readonly string[] Suppression =
    {
        "// Generated code reads and writes what the service marks deprecated; callers' own uses still warn.",
        "#pragma warning disable CS0612, CS0618",
    };
}
