using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>The keyword every generated top-level type is declared with (<c>SdkGenVisibility</c>).</summary>
internal static class Accessibility
{
    public static string Of(DocumentSpec document) => document.TypeVisibility == TypeVisibility.Internal ? "internal" : "public";
}
