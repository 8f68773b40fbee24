using System;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Detects a <c>$ref</c> that loops back to itself (<c>P: {$ref: P}</c>, or P → Q → P). Microsoft.OpenApi reads such a
/// document without complaint but throws from the first property read through the reference; the generator reads it
/// here first, reports the loop at the reference and leaves the entry out instead of failing the whole document.
/// </summary>
internal static class ReferenceCycles
{
    /// <summary>
    /// Whether <paramref name="read"/> (a property read through <paramref name="element"/>, written at
    /// <paramref name="pointer"/>) works; when the reference loops, reports <see cref="DiagnosticDescriptors.ReferenceCycle"/>
    /// naming <paramref name="what"/>.
    /// </summary>
    public static bool Resolves(ParseContext context, string pointer, object element, string what, Func<object?> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException ex) when (IsCycle(ex))
        {
            context.Report(DiagnosticDescriptors.ReferenceCycle, pointer, what, ReferenceText(element));
            return false;
        }
    }

    /// <summary>The <c>$ref</c> as written, for the kinds of element whose reference can loop.</summary>
    private static string ReferenceText(object element) => element switch
    {
        OpenApiRequestBodyReference r => r.Reference.ReferenceV3,
        OpenApiParameterReference r => r.Reference.ReferenceV3,
        OpenApiResponseReference r => r.Reference.ReferenceV3,
        OpenApiSecuritySchemeReference r => r.Reference.ReferenceV3,
        _ => null,
    } ?? "?";

    /// <summary>The OpenAPI model's message when a reference chain comes back to where it started.</summary>
    public static bool IsCycle(InvalidOperationException ex) =>
        ex.Message.IndexOf("Circular reference", StringComparison.OrdinalIgnoreCase) >= 0;
}
