using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits the document's JSON serializer: one partial file per model with its read and write
/// methods, plus a core file with the shared helpers.
/// </summary>
internal static class SerializerEmitter
{
    public static string SerializerName(DocumentSpec document) => document.ClientName + "JsonSerializer";

    public static string EmitCore(DocumentSpec document)
    {
        var w = new SourceWriter().FileHeader();
        w.OpenBlock("namespace " + document.Namespace);
        w.Summary("Reads and writes this API's JSON without reflection, so the SDK stays trim- and Native-AOT-safe.");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SdkGen\", \"" + GeneratorInfo.Version + "\")]");
        w.OpenBlock("internal static partial class " + SerializerName(document));
        w.Line("// Responses are read leniently: what departs from the API description is reported to");
        w.Line("// global::SdkGen.Runtime.ResponseDepartures instead of thrown. Requests are checked strictly before sending.");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    public static string EmitModel(DocumentSpec document, ModelSpec model, IReadOnlyDictionary<string, EnumSpec> enums)
    {
        var w = new SourceWriter().FileHeader();
        w.OpenBlock("namespace " + document.Namespace);
        w.OpenBlock("internal static partial class " + SerializerName(document));
        string names = model.Name + "PropertyNames";

        w.OpenBlock("private static class " + names);
        foreach (PropertySpec property in model.Properties)
        {
            string literal = CSharpLiteral.String(property.WireName);
            w.Line("public static readonly global::System.Text.Json.JsonEncodedText " + property.Name + " = global::System.Text.Json.JsonEncodedText.Encode(" + literal + ");");
            w.Line("public static readonly byte[] " + property.Name + "Utf8 = global::System.Text.Encoding.UTF8.GetBytes(" + literal + ");");
        }

        w.CloseBlock();
        w.Line();
        EmitRead(w, model, names, enums);
        w.Line();
        EmitWrite(w, model, names, enums);
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    private static void EmitRead(SourceWriter w, ModelSpec model, string names, IReadOnlyDictionary<string, EnumSpec> enums)
    {
        var json = new JsonCodeWriter(w, enums);
        w.OpenBlock("internal static " + model.Name + " " + JsonCodeWriter.ReadMethod(model.Name) + "(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.OpenBlock("if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)");
        w.Line("throw global::SdkGen.Runtime.Internal.JsonValueReader.UnexpectedToken(ref reader, " + CSharpLiteral.String("an object for " + model.Name) + ");");
        w.CloseBlock();
        w.Line();
        w.Line("var value = new " + model.Name + "();");
        List<PropertySpec> required = model.Properties.Where(p => p.IsRequired).ToList();
        foreach (PropertySpec property in required)
        {
            w.Line("bool has" + property.Name + " = false;");
        }

        w.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
        bool first = true;
        foreach (PropertySpec property in model.Properties)
        {
            w.OpenBlock((first ? "if" : "else if") + " (reader.ValueTextEquals(" + names + "." + property.Name + "Utf8))");
            first = false;
            w.Line("reader.Read();");
            string what = model.Name + "." + property.WireName;
            if (property.WireValuePropertyName is not null)
            {
                // The wire text is kept as sent; the enum property reads it, so unknown values never throw.
                json.Read(TypeRefSpec.String, property.IsOptionalInCSharp, v => "value." + property.WireValuePropertyName + " = " + v + ";", what);
            }
            else
            {
                json.Read(property.Type, property.IsOptionalInCSharp, v => "value." + property.Name + " = " + v + ";", what);
            }

            if (property.IsRequired)
            {
                w.Line("has" + property.Name + " = true;");
            }

            w.CloseBlock();
        }

        if (model.AdditionalProperties is { } additional)
        {
            w.OpenBlock(first ? null : "else");
            w.Line("string name = reader.GetString()!;");
            w.Line("reader.Read();");
            json.Read(additional, nullable: false, v => "value.AdditionalProperties[name] = " + v + ";", model.Name + " additional property");
            w.CloseBlock();
        }
        else
        {
            string skip = "// A property this SDK does not know: skipped, so new service fields never break old clients.";
            if (first)
            {
                w.Line(skip);
                w.Line("reader.Read();");
                w.Line("reader.Skip();");
            }
            else
            {
                w.OpenBlock("else");
                w.Line(skip);
                w.Line("reader.Read();");
                w.Line("reader.Skip();");
                w.CloseBlock();
            }
        }

        w.CloseBlock();
        foreach (PropertySpec property in required)
        {
            w.Line();
            w.OpenBlock("if (!has" + property.Name + ")");
            w.Line("global::SdkGen.Runtime.Internal.LenientJsonReader.Missing(" + CSharpLiteral.String(model.Name + "." + property.WireName) + ");");
            w.CloseBlock();
        }

        w.Line();
        w.Line("return value;");
        w.CloseBlock();
    }

    private static void EmitWrite(SourceWriter w, ModelSpec model, string names, IReadOnlyDictionary<string, EnumSpec> enums)
    {
        var json = new JsonCodeWriter(w, enums);
        w.OpenBlock("internal static void " + JsonCodeWriter.WriteMethod(model.Name) + "(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)");
        w.Line("writer.WriteStartObject();");
        foreach (PropertySpec property in model.Properties)
        {
            string name = names + "." + property.Name;
            if (property.WireValuePropertyName is not null)
            {
                string wire = "value." + property.WireValuePropertyName;
                w.OpenBlock("if (" + wire + " is object)");
                w.Line("writer.WriteString(" + name + ", " + wire + ");");
                w.CloseBlock();
                if (property.IsRequired)
                {
                    w.OpenBlock("else");
                    w.Line("writer.WriteNull(" + name + ");");
                    w.CloseBlock();
                }

                continue;
            }

            bool valueType = property.Type.IsValueType;
            if (valueType && !property.IsOptionalInCSharp)
            {
                w.Line("writer.WritePropertyName(" + name + ");");
                json.Write(property.Type, "value." + property.Name);
                continue;
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
}
