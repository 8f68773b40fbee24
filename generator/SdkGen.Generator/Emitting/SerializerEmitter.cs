using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits the document's JSON serializer: a core file declaring the class over the runtime's
/// <c>GeneratedJsonSerializer</c> (whose per-property readers and writers every model uses), and partial files
/// grouping the models by initial, in which each model is only a table: its wire names, a read <c>switch</c> with one case per property,
/// and a write method with one call per property.
/// </summary>
internal static class SerializerEmitter
{
    /// <summary>The declaration every partial file of the serializer opens with.</summary>
    public static string ClassDeclaration(DocumentSpec document) => "internal abstract partial class " + document.SerializerClassName;

    public static string EmitCore(DocumentSpec document)
    {
        return SourceFile.Write(document.Namespace, w =>
        {
            w.Summary("Reads and writes this API's JSON without reflection, so the SDK stays trim- and Native-AOT-safe.");
            w.Line(SourceFile.GeneratedCodeAttribute);
            w.OpenBlock(ClassDeclaration(document) + " : global::SdkGen.Runtime.Internal.GeneratedJsonSerializer");
            w.Line("// Responses are read leniently: what departs from the API description is reported to");
            w.Line("// global::SdkGen.Runtime.ResponseDepartures instead of thrown. Requests are checked strictly before sending.");
            w.CloseBlock();
        });
    }

    /// <summary>
    /// One file for a group of models (<see cref="GroupOf"/>): a few dozen files for a large API instead of one per
    /// model, which the compiler and the generator's reruns handle faster; each model stays one block of the file.
    /// </summary>
    public static string EmitModels(DocumentSpec document, IEnumerable<ModelSpec> group, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> models)
    {
        return SourceFile.Write(document.Namespace, w =>
        {
            w.OpenBlock(ClassDeclaration(document));
            bool first = true;
            foreach (ModelSpec model in group)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                EmitNames(w, model);
                w.Line();
                // A writer per method: a read method numbers its locals from 0.
                EmitRead(w, model, new JsonCodeWriter(w, enums, models));
                w.Line();
                EmitWrite(w, model, new JsonCodeWriter(w, enums, models));
            }

            w.CloseBlock();
        });
    }

    /// <summary>
    /// The group a model's serializer is written in: the first letter of its name, so a model keeps its file (and the
    /// file its hint name) when other models come and go.
    /// </summary>
    public static string GroupOf(ModelSpec model) =>
        char.IsLetter(model.Name[0]) && model.Name[0] < 128 ? char.ToUpperInvariant(model.Name[0]).ToString() : "_";

    // The wire names, numbered by position: the read switch's cases and the write calls use the numbers.
    private static void EmitNames(SourceWriter w, ModelSpec model)
    {
        string type = "global::SdkGen.Runtime.Internal.JsonPropertyNames";
        List<int> required = model.Properties.Select((p, i) => (p, i)).Where(x => x.p.IsRequired).Select(x => x.i).ToList();
        string head = "private static readonly " + type + " " + model.Names.NameTable + " = new " + type + "(" + CSharpLiteral.String(model.Name) + ", ";
        if (model.Properties.Count == 0)
        {
            w.Line(head + "new string[0]);");
            return;
        }

        w.Line(head + "new[]");
        w.OpenBlock();
        foreach (PropertySpec property in model.Properties)
        {
            w.Line(CSharpLiteral.String(property.WireName) + ",");
        }

        w.CloseBlock(required.Count == 0 ? ");" : ", required: new[] { " + string.Join(", ", required.Select(Number)) + " });");
    }

    private static void EmitRead(SourceWriter w, ModelSpec model, JsonCodeWriter json)
    {
        string names = model.Names.NameTable;
        w.OpenBlock("internal static " + model.Name + " " + model.Names.Reader + "(ref global::System.Text.Json.Utf8JsonReader reader)");
        bool additional = model.AdditionalProperties is not null;
        w.Line("var state = " + names + ".Start(ref reader" + (additional ? ", keepUnknownNames: true" : "") + ");");
        w.Line("var value = new " + model.Name + "();");
        w.OpenBlock("while (" + names + ".Next(ref reader, ref state))");
        w.OpenBlock("switch (state.Property)");
        for (int i = 0; i < model.Properties.Count; i++)
        {
            PropertySpec property = model.Properties[i];
            string what = model.Name + "." + property.WireName;

            // An enum's wire text is kept as sent; the enum property reads it, so unknown values never throw.
            (TypeRefSpec type, string target) = property.WireValuePropertyName is { } wire
                ? (TypeRefSpec.String, wire)
                : (property.Type, property.Name);
            EmitCase(w, json, "case " + Number(i) + ":", type, property.IsOptionalInCSharp, v => "value." + target + " = " + v + ";", what);
        }

        if (model.AdditionalProperties is { } additionalType)
        {
            EmitCase(w, json, "default:", additionalType, false, v => "value.AdditionalProperties[state.UnknownName!] = " + v + ";", model.Name + " additional property");
        }
        else
        {
            // A property this SDK does not know: skipped, so new service fields never break old clients.
            w.Line("default: reader.Skip(); break;");
        }

        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        if (model.Properties.Any(p => p.IsRequired))
        {
            w.Line(names + ".ReportMissing(state);");
        }

        w.Line("return value;");
        w.CloseBlock();
    }

    // A scalar's case is one line; an array or map reads in a block under its label.
    private static void EmitCase(SourceWriter w, JsonCodeWriter json, string label, TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        if (json.InlineRead(type, nullable, assign, what) is { } statement)
        {
            w.Line(label + " " + statement + " break;");
            return;
        }

        w.Line(label);
        w.Indent();
        json.Read(type, nullable, assign, what);
        w.Line("break;");
        w.Outdent();
    }

    private static void EmitWrite(SourceWriter w, ModelSpec model, JsonCodeWriter json)
    {
        string names = model.Names.NameTable;
        w.OpenBlock("internal static void " + model.Names.Writer + "(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)");
        w.Line("writer.WriteStartObject();");
        for (int i = 0; i < model.Properties.Count; i++)
        {
            PropertySpec property = model.Properties[i];
            string name = names + "[" + Number(i) + "]";
            if (property.IsSetName is { } isSet)
            {
                // Absent and null differ (JSON Merge Patch: null clears): an assigned value is sent, null as null.
                w.OpenBlock("if (value." + isSet + ")");
                EmitWriteProperty(w, json, property with { IsRequired = true }, name);
                w.CloseBlock();
            }
            else
            {
                EmitWriteProperty(w, json, property, name);
            }
        }

        if (model.AdditionalProperties is { } additional)
        {
            w.OpenBlock("foreach (var pair in value.AdditionalProperties)");
            w.Line("writer.WritePropertyName(pair.Key);");
            json.Write(additional, "pair.Value");
            w.CloseBlock();
        }

        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
    }

    private static void EmitWriteProperty(SourceWriter w, JsonCodeWriter json, PropertySpec property, string name)
    {
        string write = property.IsRequired ? "WriteRequired" : "Write";
        if (property.WireValuePropertyName is not null)
        {
            w.Line(write + "(writer, " + name + ", value." + property.WireValuePropertyName + ");");
            return;
        }

        bool valueType = property.Type.IsValueType;
        if (property.Type.Kind is not (ValueKind.Enum or ValueKind.Model or ValueKind.Array or ValueKind.Map))
        {
            // The runtime's overloads pick the JSON form from the C# type; a non-optional value is always written.
            w.Line((valueType && !property.IsOptionalInCSharp ? "Write" : write) + "(writer, " + name + ", value." + property.Name + ");");
            return;
        }

        if (valueType && !property.IsOptionalInCSharp)
        {
            w.Line("writer.WritePropertyName(" + name + ");");
            json.Write(property.Type, "value." + property.Name);
            return;
        }

        if (!valueType && json.InlineWriteProperty(property.Type, name, "value." + property.Name, property.IsRequired) is { } statement)
        {
            w.Line(statement);
            return;
        }

        w.OpenBlock("if (value." + property.Name + " is object)");
        w.Line("writer.WritePropertyName(" + name + ");");
        json.Write(property.Type, "value." + property.Name + (valueType ? ".Value" : ""));
        w.CloseBlock();
        if (property.IsRequired)
        {
            w.OpenBlock("else");
            w.Line("writer.WriteNull(" + name + ");");
            w.CloseBlock();
        }
    }

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);
}
