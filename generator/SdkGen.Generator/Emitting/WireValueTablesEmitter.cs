using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits one runtime <c>WireValueTable</c> per distinct list of enum wire texts, in one internal class, so
/// enums with the same values (a spec's many <c>[read, write]</c> copies) share one converter while each
/// keeps its own public type name. Which table an enum uses, and its name, are decided by <c>Naming/HelperNames</c>
/// (<see cref="EnumSpec.WireValueTable"/>).
/// </summary>
internal static class WireValueTablesEmitter
{
    /// <summary>The qualified table <paramref name="spec"/> converts through.</summary>
    public static string TableOf(DocumentSpec document, EnumSpec spec) =>
        "global::" + document.Namespace + "." + document.WireValuesClassName + "." + spec.WireValueTable;

    public static string? Emit(DocumentSpec document)
    {
        if (document.Enums.Count == 0)
        {
            return null;
        }

        return SourceFile.Write(document, w =>
        {
            w.Summary("The wire texts of this API's enums, one table per distinct list of values.");
            w.Line(SourceFile.GeneratedCodeAttribute);
            w.OpenBlock("internal static class " + document.WireValuesClassName);
            foreach (EnumSpec spec in document.Enums.GroupBy(e => e.WireValueTable).Select(g => g.First()))
            {
                string texts = string.Join(", ", spec.Members.Select(m => CSharpLiteral.String(m.WireValue)));
                w.Line("internal static readonly global::SdkGen.Runtime.Internal.WireValueTable " + spec.WireValueTable + " = new global::SdkGen.Runtime.Internal.WireValueTable(" + texts + ");");
            }

            w.CloseBlock();
        });
    }
}
