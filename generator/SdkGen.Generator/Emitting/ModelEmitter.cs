using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>Emits a model class: required values through the constructor, everything else settable.</summary>
internal static class ModelEmitter
{
    public static string Emit(DocumentSpec document, ModelSpec model, IReadOnlyDictionary<string, EnumSpec> enums) =>
        SourceFile.Write(document, w => EmitClass(w, model, enums, Accessibility.Of(document)));

    private static void EmitClass(SourceWriter w, ModelSpec model, IReadOnlyDictionary<string, EnumSpec> enums, string accessibility)
    {
        if (model.Union is { } union)
        {
            UnionEmitter.EmitClass(w, model, union, accessibility);
            return;
        }

        w.Summary(model.Description is null ? "The " + model.Name + " schema." : CSharpLiteral.XmlDocText(model.Description));
        if (model.IsDeprecated)
        {
            w.Line(Deprecation.Attribute("schema"));
        }

        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(accessibility + " " + PolymorphicModelEmitter.Declaration(model));

        // A subtype declares only its own properties; the base class holds the inherited ones.
        List<PropertySpec> declared = model.Properties.Skip(model.InheritedPropertyCount).ToList();
        foreach (PropertySpec property in declared.Where(p => p.WireValuePropertyName is not null || p.IsSetName is not null))
        {
            w.Line(property.WireValuePropertyName is not null
                ? "private string" + (property.IsOptionalInCSharp ? "?" : "") + " " + property.FieldName + Initialiser(property) + ";"
                : "private " + TypeNames.Nullable(property.Type, true) + " " + property.FieldName + Initialiser(property) + ";");
            if (property.IsSetName is { } isSet)
            {
                // Assigned, null included: the serializer sends it. A preset counts as assigned.
                w.Line("internal bool " + isSet + " { get; private set; }" + (property.Preset is null ? "" : " = true;"));
            }
        }

        if (declared.Any(p => p.WireValuePropertyName is not null || p.IsSetName is not null))
        {
            w.Line();
        }

        if (model.Unknown is { } unknown)
        {
            PolymorphicModelEmitter.EmitUnknownMembers(w, model, unknown);
        }
        else
        {
            EmitConstructors(w, model);
        }

        foreach (PropertySpec property in declared)
        {
            w.Line();
            EmitProperty(w, property, enums);
        }

        if (model.AdditionalProperties is { } additional && !model.InheritsAdditionalProperties)
        {
            w.Line();
            w.Summary("Properties the schema does not name, kept as they came and sent as they are.");
            string type = "global::System.Collections.Generic.IDictionary<string, " + TypeNames.Of(additional) + ">";
            w.Line("public " + type + " AdditionalProperties { get; } = new global::System.Collections.Generic.Dictionary<string, " + TypeNames.Of(additional) + ">();");
        }

        w.CloseBlock();
    }

    /// <summary>The constructor parameters: one per required property, in declaration order.</summary>
    public static List<(PropertySpec Property, string ParameterName)> ConstructorParameters(ModelSpec model) =>
        model.Properties.Where(p => p.IsRequired).Select(p => (p, p.ConstructorParameterName!)).ToList();

    private static void EmitConstructors(SourceWriter w, ModelSpec model)
    {
        List<(PropertySpec Property, string ParameterName)> parameters = ConstructorParameters(model);
        w.Summary("Creates a <see cref=\"" + model.Name + "\"/>" + (parameters.Count > 0 ? " with the values the service requires." : "."));
        foreach ((PropertySpec property, string parameterName) in parameters)
        {
            w.Doc("param", property.Description is null ? "The value of <c>" + CSharpLiteral.XmlDocText(property.WireName) + "</c>." : CSharpLiteral.XmlDocText(property.Description), "name=\"" + parameterName.TrimStart('@') + "\"");
        }

        if (parameters.Any(p => NeedsNullCheck(p.Property)))
        {
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\">A required value is null.</exception>");
        }

        string signature = string.Join(", ", parameters.Select(p => TypeNames.Nullable(p.Property.Type, p.Property.IsNullable) + " " + p.ParameterName));
        w.Line(PolymorphicModelEmitter.ConstructorAccess(model) + " " + model.Name + "(" + signature + ")" + PolymorphicModelEmitter.BaseCall(model, parameters));
        w.OpenBlock();
        foreach ((PropertySpec property, string parameterName) in parameters.Where(p => !PolymorphicModelEmitter.IsInherited(model, p.Property)))
        {
            string value = NeedsNullCheck(property)
                ? parameterName + " ?? throw new global::System.ArgumentNullException(nameof(" + parameterName + "))"
                : parameterName;
            if (property.WireValuePropertyName is not null)
            {
                string wire = property.IsNullable
                    ? parameterName + ".HasValue ? " + parameterName + ".Value.ToWireValue() : null"
                    : parameterName + ".ToWireValue()";
                w.Line(property.FieldName + " = " + wire + ";");
            }
            else
            {
                w.Line(property.Name + " = " + value + ";");
            }
        }

        w.CloseBlock();

        if (parameters.Count > 0)
        {
            w.Line();
            w.Line("// For the serializer, which checks and sets every required member itself.");
            w.Line("#pragma warning disable CS8618");
            w.Line(PolymorphicModelEmitter.SerializerConstructorAccess(model) + " " + model.Name + "()");
            w.OpenBlock();
            w.CloseBlock();
            w.Line("#pragma warning restore CS8618");
        }
    }

    private static string DefaultRemark(PropertySpec property, string value)
    {
        if (property.Preset is not null)
        {
            return "Starts as " + value + ", the API description's default" + (property.IsSetName is null ? "; set it to <see langword=\"null\"/> to leave it out." : ".");
        }

        return "When not set, it is left out and the service assumes " + value + "."
            + (property.PresetWithheldForPatch ? " It does not start as " + value + ": a PATCH request sends this model, and there a value left out keeps what the service stores." : "");
    }

    // " = value" for a property (or its field) a new model presets, else nothing. An enum's field holds its wire text.
    private static string Initialiser(PropertySpec property)
    {
        if (property.Preset is not { } preset)
        {
            return "";
        }

        if (!preset.IsList)
        {
            return " = " + Literal(property.Type, preset.Values[0]);
        }

        string element = TypeNames.Of(property.Type.Element!);
        return " = new global::System.Collections.Generic.List<" + element + ">" + (preset.Values.Count == 0
            ? "()"
            : " { " + string.Join(", ", preset.Values.Select(v => Literal(property.Type.Element!, v))) + " }");
    }

    private static string Literal(TypeRefSpec type, string value) => type.Kind switch
    {
        ValueKind.String or ValueKind.Enum => CSharpLiteral.String(value),
        ValueKind.Int64 => value + "L",
        ValueKind.Single => value + "f",
        ValueKind.Double => value + "d",
        ValueKind.Decimal => value + "m",
        ValueKind.DateTimeOffset or ValueKind.Date or ValueKind.Time or ValueKind.Duration or ValueKind.Guid => FormattedLiteral.Of(type.Kind, value),
        _ => value,
    };

    private static bool NeedsNullCheck(PropertySpec property) =>
        !property.IsNullable && !property.Type.IsValueType;

    private static void EmitProperty(SourceWriter w, PropertySpec property, IReadOnlyDictionary<string, EnumSpec> enums)
    {
        w.Summary(property.Description is null ? "The <c>" + CSharpLiteral.XmlDocText(property.WireName) + "</c> value." : CSharpLiteral.XmlDocText(property.Description));
        var remarks = new List<string>();
        if (!property.IsRequired && property.DefaultJson is { } defaultJson)
        {
            remarks.Add(DefaultRemark(property, "<c>" + CSharpLiteral.XmlDocText(defaultJson) + "</c>"));
        }

        if (property.WireValuePropertyName is not null)
        {
            remarks.Add("A value this SDK does not know reads as <c>" + enums[property.Type.Name!].UnknownMemberName + "</c>; <see cref=\"" + property.WireValuePropertyName + "\"/> keeps its text.");
        }

        if (property.IsSetName is not null)
        {
            remarks.Add("Sent once assigned, <see langword=\"null\"/> included (in a JSON Merge Patch <c>null</c> clears the value).");
        }

        if (remarks.Count > 0)
        {
            w.Line("/// <remarks>" + string.Join(" ", remarks) + "</remarks>");
        }

        string obsolete = Deprecation.Attribute("property");
        if (property.IsDeprecated)
        {
            w.Line(obsolete);
        }

        string type = TypeNames.Nullable(property.Type, property.IsOptionalInCSharp);
        // Assigning marks a property whose absence and null differ as one to send.
        string marked = property.IsSetName is { } isSet ? " " + isSet + " = true;" : "";
        if (property.WireValuePropertyName is null)
        {
            if (property.IsSetName is null)
            {
                w.Line("public " + type + " " + property.Name + " { get; set; }" + (property.Preset is null ? "" : Initialiser(property) + ";"));
                return;
            }

            string valueField = property.FieldName!;
            w.Line("public " + type + " " + property.Name + " { get => " + valueField + "; set { " + valueField + " = value;" + marked + " } }");
            return;
        }

        string field = property.FieldName!;
        string enumType = property.Type.Name!;
        string extensions = enums[enumType].ExtensionsName;
        w.OpenBlock("public " + type + " " + property.Name);
        if (property.IsSetName is not null)
        {
            w.Line("get => " + field + " is null ? (" + enumType + "?)null : " + extensions + ".FromWireValue(" + field + ");");
            w.Line("set { " + field + " = value.HasValue ? value.Value.ToWireValue() : null;" + marked + " }");
        }
        else if (property.IsOptionalInCSharp)
        {
            w.Line("get => " + field + " is null ? (" + enumType + "?)null : " + extensions + ".FromWireValue(" + field + ");");
            w.Line("set => " + field + " = value.HasValue ? value.Value.ToWireValue() : null;");
        }
        else
        {
            w.Line("get => " + extensions + ".FromWireValue(" + field + ");");
            w.Line("set => " + field + " = value.ToWireValue();");
        }

        w.CloseBlock();
        w.Line();
        w.Summary("The <c>" + CSharpLiteral.XmlDocText(property.WireName) + "</c> text exactly as on the wire, including values this SDK does not know.");
        if (property.IsDeprecated)
        {
            w.Line(obsolete);
        }

        if (property.IsSetName is not null)
        {
            w.Line("public string? " + property.WireValuePropertyName + " { get => " + field + "; set { " + field + " = value;" + marked + " } }");
        }
        else if (property.IsOptionalInCSharp)
        {
            w.Line("public string? " + property.WireValuePropertyName + " { get => " + field + "; set => " + field + " = value; }");
        }
        else
        {
            w.Line("public string " + property.WireValuePropertyName + " { get => " + field + "; set => " + field + " = value ?? throw new global::System.ArgumentNullException(nameof(value)); }");
        }
    }
}
