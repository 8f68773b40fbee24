using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits one runtime <c>WireValueTable</c> per distinct list of enum wire texts, in one internal class, so
/// enums with the same values (a spec's many <c>[read, write]</c> copies) share one converter while each
/// keeps its own public type name. The table a given enum uses is decided here, before any enum is emitted.
/// </summary>
internal sealed class WireValueTablesEmitter
{
    private readonly DocumentSpec _document;
    private readonly Dictionary<string, string> _tableOf = new(System.StringComparer.Ordinal);
    private readonly List<EnumSpec> _owners = new();

    public WireValueTablesEmitter(DocumentSpec document)
    {
        _document = document;
        var byValues = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (EnumSpec spec in document.Enums)
        {
            // The texts joined with a character a JSON string may hold but no two different lists can then share.
            string key = string.Join("\u0000", spec.Members.Select(m => m.WireValue.Length + ":" + m.WireValue));
            if (!byValues.TryGetValue(key, out string? table))
            {
                // Named after the first enum with these values: enum names are distinct, so table names are too, and
                // the suffix keeps them apart from the class's own name and the members every class inherits (Equals…).
                table = spec.Name + "Texts";
                byValues.Add(key, table);
                _owners.Add(spec);
            }

            _tableOf[spec.Name] = table;
        }
    }

    public string ClassName => _document.ClientName + "WireValues";

    /// <summary>The qualified table <paramref name="spec"/> converts through.</summary>
    public string TableOf(EnumSpec spec) => "global::" + _document.Namespace + "." + ClassName + "." + _tableOf[spec.Name];

    public string? Emit()
    {
        if (_owners.Count == 0)
        {
            return null;
        }

        return SourceFile.Write(_document.Namespace, w =>
        {
            w.Summary("The wire texts of this API's enums, one table per distinct list of values.");
            w.Line(SourceFile.GeneratedCodeAttribute);
            w.OpenBlock("internal static class " + ClassName);
            foreach (EnumSpec spec in _owners)
            {
                string texts = string.Join(", ", spec.Members.Select(m => CSharpLiteral.String(m.WireValue)));
                w.Line("internal static readonly global::SdkGen.Runtime.Internal.WireValueTable " + _tableOf[spec.Name] + " = new global::SdkGen.Runtime.Internal.WireValueTable(" + texts + ");");
            }

            w.CloseBlock();
        });
    }
}
