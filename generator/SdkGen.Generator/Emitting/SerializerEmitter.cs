using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits the document's JSON serializer: a core file declaring the class over the runtime's
/// <c>GeneratedJsonSerializer</c> (whose per-property readers and writers every model uses), and partial files
/// grouping the models by initial, in which each model is only a table: its wire names, a read <c>switch</c> with one case per property,
/// and a write method with one call per property. Models of one shape (<see cref="SerializerPlan"/>) share those two bodies.
/// </summary>
internal static partial class SerializerEmitter
{
    /// <summary>The declaration every partial file of the serializer opens with.</summary>
    public static string ClassDeclaration(DocumentSpec document) => "internal abstract partial class " + document.SerializerClassName;

    public static string EmitCore(DocumentSpec document)
    {
        return SourceFile.Write(document, w =>
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
    /// One file for a group of models (<see cref="SerializerUnit.Group"/>): a few dozen files for a large API instead of
    /// one per model, which the compiler and the generator's reruns handle faster; each model or shape stays one block.
    /// </summary>
    public static string EmitModels(DocumentSpec document, IEnumerable<SerializerUnit> units, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> models)
    {
        var shared = new List<(ModelSpec Model, ModelShape Shape)>();
        return SourceFile.Write(document, w =>
        {
            w.OpenBlock(ClassDeclaration(document));
            bool first = true;
            List<SerializerUnit> all = units.ToList();
            foreach (SerializerUnit unit in all.Where(u => PolymorphicDispatchEmitter.HasOrdinarySerializer(u.Model) || u.Model.Names.PropertyReader is not null))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                if (unit.Shape is { } shape)
                {
                    EmitShape(w, shape, enums, models);
                    shared.AddRange(shape.Models.Select(m => (m, shape)));
                    continue;
                }

                ModelSpec model = unit.Model;
                ModelSpec? parent = ReusedBase(model, models);
                if (model.Names.PropertyReader is not null)
                {
                    // A base's properties, read and written once for it and its subtypes.
                    EmitSteps(w, model, parent, enums, models);
                    if (!PolymorphicDispatchEmitter.HasOrdinarySerializer(model))
                    {
                        continue;
                    }

                    w.Line();
                }

                string names = model.Names.NameTable;
                EmitNames(w, model, names);
                w.Line();
                var read = new ReadTarget(
                    "internal static " + model.Name + " " + model.Names.Reader + "(ref global::System.Text.Json.Utf8JsonReader reader)",
                    names,
                    "new " + model.Name + "()",
                    i => JsonWhat.Literal(model.Name + "." + model.Properties[i].WireName),
                    JsonWhat.Literal(model.Name + " additional property"))
                {
                    Steps = Steps.Of(model, parent, names),
                };
                EmitRead(w, model, read, new JsonCodeWriter(w, enums, models));
                if (PolymorphicDispatchEmitter.HasOrdinaryWrite(model))
                {
                    w.Line();
                    EmitWrite(w, model, "internal static void " + model.Names.Writer + "(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)", names, new JsonCodeWriter(w, enums, models), read.Steps, models);
                }
            }

            // Bases and unions dispatch to their subtypes (polymorphic models are never in a shape: each is its own unit).
            PolymorphicDispatchEmitter.EmitSerializers(w, all.Select(u => u.Model), enums, models);

            w.CloseBlock();
            if (shared.Count > 0)
            {
                // The models of a shape implement its interface here, beside the body that needs it, not in their own files.
                w.Line();
                foreach ((ModelSpec model, ModelShape shape) in shared)
                {
                    string shapeInterface = document.SerializerClassName + "." + shape.Names.InterfaceName;
                    IEnumerable<string> flags = shape.Body.Properties.Select((p, i) => (Flag: p.IsSetName, Own: model.Properties[i]))
                        .Where(x => x.Flag is not null)
                        .Select(x => "bool " + shapeInterface + "." + x.Flag + " => " + (x.Own.IsSetName ?? (x.Own.WireValuePropertyName ?? x.Own.Name) + " != null") + "; ");
                    w.Line("partial class " + model.Name + " : " + shapeInterface + " { " + string.Concat(flags) + "}");
                }
            }
        });
    }

    // One body for all the models of the shape: each model passes its own names table (departures name it) and its
    // own new instance; the interface gives the body the model's properties.
    private static void EmitShape(SourceWriter w, ModelShape shape, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> models)
    {
        ModelSpec body = shape.Body;
        w.Line("// One body reads and writes the " + shape.Models.Count.ToString(CultureInfo.InvariantCulture) + " models of this shape: each implements " + shape.Names.InterfaceName + " (at the end of the file).");
        EmitNames(w, body, body.Names.NameTable);
        const string type = "global::SdkGen.Runtime.Internal.JsonPropertyNames";
        foreach (ModelSpec model in shape.Models.Skip(1))
        {
            // In the same file as the table it shares, so it is initialized after it.
            w.Line("private static readonly " + type + " " + model.Names.NameTable + " = new " + type + "(" + CSharpLiteral.String(model.Name) + ", " + body.Names.NameTable + ");");
        }

        w.Line();
        w.OpenBlock("internal interface " + shape.Names.InterfaceName);
        foreach (PropertySpec property in body.Properties)
        {
            string member = property.WireValuePropertyName ?? property.Name;
            string memberType = property.WireValuePropertyName is null ? TypeNames.Nullable(property.Type, property.IsOptionalInCSharp) : property.IsOptionalInCSharp ? "string?" : "string";
            w.Line(memberType + " " + member + " { get; set; }");
            if (property.IsSetName is { } isSet)
            {
                // The model's flag is internal (or absent): each model implements this explicitly (at the end of the file).
                w.Line("bool " + isSet + " { get; }");
            }
        }

        if (body.AdditionalProperties is { } additional)
        {
            w.Line("global::System.Collections.Generic.IDictionary<string, " + TypeNames.Of(additional) + "> AdditionalProperties { get; }");
        }

        w.CloseBlock();
        w.Line();
        var read = new ReadTarget(
            "private static T " + shape.Names.ReaderName + "<T>(ref global::System.Text.Json.Utf8JsonReader reader, " + type + " names, T value)",
            "names",
            null,
            i => JsonWhat.Property("names", i),
            JsonWhat.Additional("names"))
        {
            Constraint = "where T : " + shape.Names.InterfaceName,
        };
        EmitRead(w, body, read, new JsonCodeWriter(w, enums, models));
        w.Line();
        EmitWrite(w, body, "private static void " + shape.Names.WriterName + "(global::System.Text.Json.Utf8JsonWriter writer, " + type + " names, " + shape.Names.InterfaceName + " value)", "names", new JsonCodeWriter(w, enums, models));
        foreach (ModelSpec model in shape.Models)
        {
            w.Line();
            w.Line("internal static " + model.Name + " " + model.Names.Reader + "(ref global::System.Text.Json.Utf8JsonReader reader) =>");
            w.Line("    " + shape.Names.ReaderName + "(ref reader, " + model.Names.NameTable + ", new " + model.Name + "());");
            w.Line();
            w.Line("internal static void " + model.Names.Writer + "(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value) =>");
            w.Line("    " + shape.Names.WriterName + "(writer, " + model.Names.NameTable + ", value);");
        }
    }

    // The wire names, numbered by position: the read switch's cases and the write calls use the numbers.
    private static void EmitNames(SourceWriter w, ModelSpec model, string names)
    {
        string type = "global::SdkGen.Runtime.Internal.JsonPropertyNames";
        List<int> required = model.Properties.Select((p, i) => (p, i)).Where(x => x.p.IsRequired).Select(x => x.i).ToList();
        string head = "private static readonly " + type + " " + names + " = new " + type + "(" + CSharpLiteral.String(model.Name) + ", ";
        string? discriminator = PolymorphicDispatchEmitter.DiscriminatorKeptApart(model);
        if (model.Properties.Count == 0 && discriminator is null)
        {
            w.Line(head + "new string[0]);");
            return;
        }

        w.Line(head + "new[]");
        w.OpenBlock();
        foreach (string wireName in model.Properties.Select(p => p.WireName).Append(discriminator).OfType<string>())
        {
            w.Line(CSharpLiteral.String(wireName) + ",");
        }

        w.CloseBlock(required.Count == 0 ? ");" : ", required: new[] { " + string.Join(", ", required.Select(Number)) + " });");
    }

    // What differs between a model's own read method and a shape's shared one.
    private sealed record ReadTarget(string Signature, string Names, string? NewValue, System.Func<int, JsonWhat> What, JsonWhat AdditionalWhat)
    {
        public string? Constraint { get; init; }

        /// <summary>The steps that read and write some of the properties (inherited, or all of a base's own); none by default.</summary>
        public Steps Steps { get; init; } = Steps.None;
    }

    // A writer per method: a read method numbers its locals from 0.
    private static void EmitRead(SourceWriter w, ModelSpec model, ReadTarget target, JsonCodeWriter json)
    {
        w.Line(target.Signature);
        if (target.Constraint is { } constraint)
        {
            w.Line("    " + constraint);
        }

        w.OpenBlock();
        string names = target.Names;
        bool additional = model.AdditionalProperties is not null;
        w.Line("var state = " + names + ".Start(ref reader" + (additional ? ", keepUnknownNames: true" : "") + ");");
        if (target.NewValue is { } newValue)
        {
            w.Line("var value = " + newValue + ";");
        }

        w.OpenBlock("while (" + names + ".Next(ref reader, ref state))");
        int? discriminator = PolymorphicDispatchEmitter.DiscriminatorKeptApart(model) is null ? null : model.Properties.Count;
        EmitSwitch(w, model, target.Steps.First, discriminator, target.What, target.Steps.ReadCall, target.AdditionalWhat, json);
        w.CloseBlock();
        w.Line();
        if (model.Properties.Any(p => p.IsRequired))
        {
            w.Line(names + ".ReportMissing(state);");
        }

        w.Line("return value;");
        w.CloseBlock();
    }

    // The switch over the property the reader is on: a case per property from first on, the discriminator's (skipped:
    // the type says it), and for the rest a base's step, the additional properties, or a skip. No cases: the rest alone.
    private static void EmitSwitch(SourceWriter w, ModelSpec model, int first, int? discriminator, System.Func<int, JsonWhat> what, string? rest, JsonWhat additionalWhat, JsonCodeWriter json)
    {
        bool cases = first < model.Properties.Count || discriminator is not null;
        if (cases)
        {
            w.OpenBlock("switch (state.Property)");
        }

        for (int i = first; i < model.Properties.Count; i++)
        {
            PropertySpec property = model.Properties[i];

            // An enum's wire text is kept as sent; the enum property reads it, so unknown values never throw.
            (TypeRefSpec type, string member) = property.WireValuePropertyName is { } wire
                ? (TypeRefSpec.String, wire)
                : (property.Type, property.Name);
            EmitCase(w, json, "case " + Number(i) + ":", type, property.IsOptionalInCSharp, v => "value." + member + " = " + v + ";", what(i));
        }

        if (discriminator is { } index)
        {
            w.Line("case " + Number(index) + ": reader.Skip(); break;");
        }

        string label = cases ? "default: " : "";
        if (rest is not null)
        {
            w.Line(label + rest + (cases ? " break;" : ""));
        }
        else if (model.AdditionalProperties is { } additionalType)
        {
            EmitCase(w, json, label.TrimEnd(), additionalType, false, v => "value.AdditionalProperties[state.UnknownName!] = " + v + ";", additionalWhat, cases);
        }
        else
        {
            // A property this SDK does not know: skipped, so new service fields never break old clients.
            w.Line(label + "reader.Skip();" + (cases ? " break;" : ""));
        }

        if (cases)
        {
            w.CloseBlock();
        }
    }

    // Every case is one line: one runtime call (or a generated Read{Model}) reads the value whatever its type.
    private static void EmitCase(SourceWriter w, JsonCodeWriter json, string label, TypeRefSpec type, bool nullable, System.Func<string, string> assign, JsonWhat what, bool inSwitch = true)
    {
        // Only binary content has no JSON reader: the value is skipped, as an unknown property would be.
        string read = json.InlineRead(type, nullable, assign, what) ?? "reader.Skip();";
        w.Line(inSwitch ? label + " " + read + " break;" : read);
    }

    private static void EmitWrite(SourceWriter w, ModelSpec model, string signature, string names, JsonCodeWriter json, Steps? steps = null, IReadOnlyDictionary<string, ModelSpec>? models = null)
    {
        steps ??= Steps.None;
        w.OpenBlock(signature);
        if (models is not null)
        {
            // A subtype passed where this model is declared is written whole, by its own writer.
            PolymorphicDispatchEmitter.EmitSubtypeDispatch(w, model, models, names => names.Writer, "writer, subtype");
        }
        w.Line("writer.WriteStartObject();");
        PolymorphicDispatchEmitter.EmitDiscriminatorWrite(w, model);
        if (steps.WriteCall is { } write)
        {
            w.Line(write);
        }

        EmitWriteProperties(w, model, steps.First, names, json);
        if (model.AdditionalProperties is { } additional)
        {
            json.WriteProperties(additional, "value.AdditionalProperties");
        }

        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
    }

    // One write per property from first on, under its name in the table names.
    private static void EmitWriteProperties(SourceWriter w, ModelSpec model, int first, string names, JsonCodeWriter json)
    {
        for (int i = first; i < model.Properties.Count; i++)
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
