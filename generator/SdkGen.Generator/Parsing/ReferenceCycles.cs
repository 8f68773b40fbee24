using System;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    /// Whether <paramref name="read"/> (a property read through the reference at <paramref name="pointer"/>) works;
    /// when the reference loops, reports <see cref="DiagnosticDescriptors.ReferenceCycle"/> naming <paramref name="what"/>.
    /// </summary>
    public static bool Resolves(ParseContext context, string pointer, string what, Func<object?> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException ex) when (IsCycle(ex))
        {
            string reference = context.RawAt(ParseContext.Append(pointer, "$ref")) is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : "?";
            context.Report(DiagnosticDescriptors.ReferenceCycle, pointer, what, reference);
            return false;
        }
    }

    /// <summary>The OpenAPI model's message when a reference chain comes back to where it started.</summary>
    public static bool IsCycle(InvalidOperationException ex) =>
        ex.Message.IndexOf("Circular reference", StringComparison.OrdinalIgnoreCase) >= 0;
}
