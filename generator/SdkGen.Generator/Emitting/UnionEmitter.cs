using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// A union of object schemas without a discriminator: a class holding one alternative (built from it, or converted
/// implicitly), with <c>Is…</c>/<c>TryGet…</c> per alternative and the raw JSON when a response matched none. Reads try
/// the alternatives in order by the properties each requires; writes write the alternative held, or that JSON.
/// </summary>
internal static class UnionEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    public static void EmitClass(SourceWriter w, ModelSpec model, UnionSpec union, string accessibility)
    {
        string list = string.Join(", ", union.Alternatives.Select(a => "<see cref=\"" + a.ModelName + "\"/>"));
        string oneOf = "One of " + list + ", chosen when reading by the first whose required properties the object has; an object matching none is kept in <see cref=\"Json\"/>.";
        w.Summary(model.Description is null ? oneOf : CSharpLiteral.XmlDocText(model.Description));
        if (model.Description is not null)
        {
            w.Line("/// <remarks>" + oneOf + "</remarks>");
        }

        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(accessibility + " sealed partial class " + model.Name);
        w.Line("private readonly object? _value;");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            string alternative = union.Alternatives[i].ModelName;
            w.Line();
            w.Summary("Holds a <see cref=\"" + alternative + "\"/>.");
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
            w.OpenBlock("public " + model.Name + "(" + alternative + " value)");
            w.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            w.Line("Index = " + Number(i) + ";");
            w.CloseBlock();
        }

        w.Line();
        w.Summary("Holds an object that matches no alternative, sent exactly as given.");
        w.OpenBlock("public " + model.Name + "(" + JsonElement + " json)");
        w.Line("Json = json;");
        w.Line("Index = -1;");
        w.CloseBlock();
        w.Line();
        w.Summary("The object as it came when it matched no alternative; null when an alternative is held.");
        w.Line("public " + JsonElement + "? Json { get; }");
        w.Line();
        w.Line("// The alternative held, in the spec's order; -1 for Json.");
        w.Line("internal int Index { get; }");
        w.Line();
        w.Line("internal object? Value => _value;");
        foreach (UnionAlternativeSpec alternative in union.Alternatives)
        {
            string type = alternative.ModelName;
            w.Line();
            w.Summary("Whether a <see cref=\"" + type + "\"/> is held.");
            w.Line("public bool Is" + type + " => _value is " + type + ";");
            w.Line();
            w.Summary("The <see cref=\"" + type + "\"/> held, if that is what is held.");
            w.OpenBlock("public bool TryGet" + type + "(out " + type + "? value)");
            w.Line("value = _value as " + type + ";");
            w.Line("return value is object;");
            w.CloseBlock();
            w.Line();
            w.Summary("Holds <paramref name=\"value\"/>.");
            w.Line("public static implicit operator " + model.Name + "(" + type + " value) => new " + model.Name + "(value);");
        }

        w.CloseBlock();
    }

    /// <summary>The read and write methods of a union: the alternatives' required names as a table, tried in order.</summary>
    public static void EmitSerializer(SourceWriter w, ModelSpec model, UnionSpec union, IReadOnlyDictionary<string, ModelSpec> all)
    {
        // The union has no properties, so its name table's member holds the alternatives' required names instead.
        string table = model.Names.NameTable;
        w.Line("private static readonly string[][] " + table + " =");
        w.OpenBlock();
        foreach (UnionAlternativeSpec alternative in union.Alternatives)
        {
            w.Line("new string[] { " + string.Join(", ", alternative.RequiredWireNames.Select(CSharpLiteral.String)) + " },");
        }

        w.CloseBlock(";");
        w.Line();
        w.OpenBlock("internal static " + model.Name + " " + model.Names.Reader + "(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.OpenBlock("switch (FirstWithProperties(reader, " + table + "))");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            w.Line("case " + Number(i) + ": return new " + model.Name + "(" + all[union.Alternatives[i].ModelName].Names.Reader + "(ref reader));");
        }

        w.Line("default: return new " + model.Name + "(global::SdkGen.Runtime.Internal.JsonValueReader.ReadElement(ref reader));");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        w.OpenBlock("internal static void " + model.Names.Writer + "(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)");
        w.OpenBlock("switch (value.Index)");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            string type = union.Alternatives[i].ModelName;
            w.Line("case " + Number(i) + ": " + all[type].Names.Writer + "(writer, (" + type + ")value.Value!); break;");
        }

        w.Line("default: value.Json!.Value.WriteTo(writer); break;");
        w.CloseBlock();
        w.CloseBlock();
    }

    /// <summary><c>Validate{Union}</c>: the held alternative's checks; JSON given by the caller is sent as it is.</summary>
    public static void EmitValidator(SourceWriter w, ModelSpec model, UnionSpec union, IReadOnlyDictionary<string, ModelSpec> all)
    {
        w.OpenBlock("internal static void " + model.Names.Validator + "(" + model.Name + " value, string name)");
        w.OpenBlock("switch (value.Index)");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            string type = union.Alternatives[i].ModelName;
            w.Line("case " + Number(i) + ": " + all[type].Names.Validator + "((" + type + ")value.Value!, name); break;");
        }

        w.CloseBlock();
        w.CloseBlock();
    }

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);
}
