using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// A union without a discriminator: a class holding one alternative (built from it, or converted implicitly), with
/// <c>Is…</c>/<c>TryGet…</c> per alternative and the raw JSON when a response matched none. Reads take the first
/// alternative whose shape the JSON has (the runtime's <c>MatchUnion</c> over a table of shapes); writes write the
/// alternative held, or that JSON only if it has an alternative's shape.
/// </summary>
internal static class UnionEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    public static void EmitClass(SourceWriter w, ModelSpec model, UnionSpec union, string accessibility)
    {
        string list = string.Join(", ", union.Alternatives.Select(a => Doc(a.Type)));
        string oneOf = "One of " + list + ", chosen when reading by the first whose shape the JSON has; a value matching none is kept in <see cref=\"" + union.JsonPropertyName + "\"/>.";
        w.Summary(model.Description is null ? oneOf : CSharpLiteral.XmlDocText(model.Description));
        if (model.Description is not null)
        {
            w.Line("/// <remarks>" + oneOf + "</remarks>");
        }

        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(accessibility + " sealed partial class " + model.Name);
        // Fields, not properties: an underscore name never equals a class name, so no union's name can clash with them.
        w.Line("// The alternative held and its index in the spec's order (-1 for the JSON); read by the serializer.");
        w.Line("internal readonly object? _value;");
        w.Line("internal readonly int _index;");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            TypeRefSpec type = union.Alternatives[i].Type;
            w.Line();
            w.Summary("Holds " + Doc(type) + ".");
            if (!type.IsValueType)
            {
                w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
            }

            w.OpenBlock("public " + model.Name + "(" + TypeNames.Of(type) + " value)");
            w.Line(type.IsValueType ? "_value = value;" : "_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            w.Line("_index = " + Number(i) + ";");
            w.CloseBlock();
        }

        w.Line();
        w.Summary("Holds JSON as it came when it has the shape of no alternative; it is sent only if it has the shape of one.");
        w.OpenBlock("public " + model.Name + "(" + JsonElement + " json)");
        w.Line(union.JsonPropertyName + " = json;");
        w.Line("_index = -1;");
        w.CloseBlock();
        w.Line();
        w.Summary("The JSON as it came when it matched no alternative; null when an alternative is held.");
        w.Line("public " + JsonElement + "? " + union.JsonPropertyName + " { get; }");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            EmitAccessors(w, model.Name, union.Alternatives[i], Number(i));
        }

        if (union.ParameterTextMethodName is { } parameterText)
        {
            UnionParameterTextEmitter.Emit(w, union, parameterText);
        }

        w.CloseBlock();
    }

    private static void EmitAccessors(SourceWriter w, string union, UnionAlternativeSpec alternative, string index)
    {
        TypeRefSpec type = alternative.Type;
        string csharp = TypeNames.Of(type);
        w.Line();
        w.Summary("Whether " + Doc(type) + " is held.");
        w.Line("public bool Is" + alternative.Name + " => _index == " + index + ";");
        w.Line();
        w.Summary("The " + Doc(type) + " held, if that is what is held.");
        w.OpenBlock("public bool TryGet" + alternative.Name + "(out " + TypeNames.Nullable(type, !type.IsValueType) + " value)");
        w.Line("value = _index == " + index + " ? (" + csharp + ")_value! : " + (type.IsValueType ? "default" : "null") + ";");
        w.Line("return _index == " + index + ";");
        w.CloseBlock();
        w.Line();

        // C# converts implicitly from classes, not interfaces: a list converts from List<T>, a map from Dictionary<string, T>.
        w.Summary("Holds <paramref name=\"value\"/>.");
        w.Line("public static implicit operator " + union + "(" + TypeNames.ConcreteOf(type) + " value) => new " + union + "(value);");
    }

    /// <summary>The read and write methods of a union: the alternatives' shapes as a table, tried in order.</summary>
    public static void EmitSerializer(SourceWriter w, ModelSpec model, UnionSpec union, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> all)
    {
        // The union has no properties, so its name table's member holds the alternatives' shapes instead.
        string table = model.Names.NameTable;
        string name = CSharpLiteral.String(model.Name);
        var json = new JsonCodeWriter(w, enums, all);
        w.Line("private static readonly string[][] " + table + " =");
        w.OpenBlock();
        foreach (UnionAlternativeSpec alternative in union.Alternatives)
        {
            w.Line("new string[] { " + string.Join(", ", alternative.Shape.Select(CSharpLiteral.String)) + " },");
        }

        w.CloseBlock(";");
        w.Line();
        w.OpenBlock("internal static " + model.Name + " " + model.Names.Reader + "(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.OpenBlock("switch (MatchUnion(reader, " + table + "))");
        JsonWhat what = JsonWhat.Literal(model.Name);
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            w.Line("case " + Number(i) + ": return new " + model.Name + "(" + json.MatchedRead(union.Alternatives[i].Type, what) + ");");
        }

        w.Line("default: return new " + model.Name + "(ReadUnmatched(ref reader, " + name + "));");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        w.OpenBlock("internal static void " + model.Names.Writer + "(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)");
        w.OpenBlock("switch (value._index)");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            TypeRefSpec type = union.Alternatives[i].Type;
            // An enum's value is written through an extension method, which binds tighter than the cast.
            string held = "(" + TypeNames.Of(type) + ")value._value!";
            w.Line("case " + Number(i) + ": " + json.WriteStatement(type, type.Kind == ValueKind.Enum ? "(" + held + ")" : held) + " break;");
        }

        w.Line("default: WriteUnmatched(writer, value." + union.JsonPropertyName + ", " + table + ", " + name + "); break;");
        w.CloseBlock();
        w.CloseBlock();
    }

    /// <summary>
    /// <c>Validate{Union}</c>: the held alternative against its own branch's rules (<see cref="UnionAlternativeSpec.Rules"/>,
    /// written by <paramref name="rules"/> as a property's are), then its model's checks when it is a model or a list or
    /// map of models (each item under <c>name[i]</c>, <c>name['key']</c>). JSON the caller gives is sent as given, as a
    /// <c>JsonElement</c> property is. Only unions with something to check have one (<c>Naming/HelperNames</c>).
    /// </summary>
    public static void EmitValidator(SourceWriter w, ModelSpec model, UnionSpec union, IReadOnlyDictionary<string, ModelSpec> all, ValidationEmitter rules)
    {
        w.OpenBlock("internal static void " + model.Names.Validator + "(" + model.Name + " value, string name)");
        w.OpenBlock("switch (value._index)");
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            UnionAlternativeSpec alternative = union.Alternatives[i];
            TypeRefSpec type = alternative.Type;
            string? validator = alternative.ModelName is { } modelName && all[modelName].Names.Validator is { } found ? found : null;
            if (alternative.Rules is null && validator is null)
            {
                continue;
            }

            if (type.Kind == ValueKind.Model)
            {
                w.Line("case " + Number(i) + ": " + validator + "((" + type.Name + ")value._value!, name); break;");
                continue;
            }

            // Each case's local is numbered: a switch's sections share one scope.
            string held = "v" + Number(i);
            var locals = new LocalNames("value", "name", held);
            w.Line("case " + Number(i) + ":");
            w.Indent();
            w.Line("var " + held + " = (" + TypeNames.Of(type) + ")value._value!;");
            if (alternative.Rules is { } own)
            {
                rules.EmitChecks(w, own, type, held, "name", locals);
            }

            if (validator is not null)
            {
                EmitEachModel(w, type, held, validator, locals);
            }

            w.Line("break;");
            w.Outdent();
        }

        w.CloseBlock();
        w.CloseBlock();
    }

    // Every model in a list or map alternative is checked as a lone one would be, under name[i] or name['key'].
    private static void EmitEachModel(SourceWriter w, TypeRefSpec collection, string held, string validator, LocalNames locals)
    {
        string element = collection.Element!.Name!, item = locals.Claim("item");
        if (collection.Kind == ValueKind.Map)
        {
            string entry = locals.Claim("entry");
            w.OpenBlock("foreach (var " + entry + " in " + held + ")");
            w.Line("if (" + entry + ".Value is " + element + " " + item + ") " + validator + "(" + item + ", global::SdkGen.Runtime.Internal.ArgumentErrors.EntryName(name, " + entry + ".Key));");
        }
        else
        {
            string i = locals.Claim("i");
            w.OpenBlock("for (int " + i + " = 0; " + i + " < " + held + ".Count; " + i + "++)");
            w.Line("if (" + held + "[" + i + "] is " + element + " " + item + ") " + validator + "(" + item + ", " + ValidationEmitter.ItemName("name", i) + ");");
        }

        w.CloseBlock();
    }

    // How the docs name an alternative's type.
    private static string Doc(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.Model or ValueKind.Enum => "<see cref=\"" + type.Name + "\"/>",
        ValueKind.Array => "a list of " + Doc(type.Element!),
        ValueKind.Map => "a map of " + Doc(type.Element!),
        _ => "<c>" + TypeNames.Of(type).Replace("global::System.", "") + "</c>",
    };

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);
}
