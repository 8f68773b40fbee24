using System.Collections.Generic;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Writes the statements that read or write one JSON value of a given type with
/// <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>: no reflection, so the output is trim- and AOT-safe.
/// </summary>
internal sealed class JsonCodeWriter
{
    private readonly SourceWriter _w;
    private readonly IReadOnlyDictionary<string, EnumSpec> _enums;
    private int _depth;

    public JsonCodeWriter(SourceWriter writer, IReadOnlyDictionary<string, EnumSpec> enums)
    {
        _w = writer;
        _enums = enums;
    }

    public static string ReadMethod(string modelName) => "Read" + modelName;

    public static string WriteMethod(string modelName) => "Write" + modelName;

    /// <summary>Reads the value under the reader into <paramref name="target"/>; the reader is on the value's first token.</summary>
    public void Read(TypeRefSpec type, bool nullable, string target, string what)
    {
        string nullCheck = "reader.TokenType == global::System.Text.Json.JsonTokenType.Null";
        switch (type.Kind)
        {
            case TypeKind.String:
                _w.Line(target + " = global::SdkGen.Runtime.Internal.JsonValueReader.ReadString(ref reader)" + (nullable ? "" : " ?? throw NullValue(" + CSharpLiteral.String(what) + ")") + ";");
                return;
            case TypeKind.Model:
                _w.Line(target + " = " + (nullable ? nullCheck + " ? null : " : "") + ReadMethod(type.Name!) + "(ref reader);");
                return;
            case TypeKind.Enum:
                string fromWire = _enums[type.Name!].ExtensionsName + ".FromWireValue(global::SdkGen.Runtime.Internal.JsonValueReader.ReadString(ref reader))";
                _w.Line(target + " = " + (nullable ? nullCheck + " ? (" + type.Name + "?)null : " : "") + fromWire + ";");
                return;
            case TypeKind.Array:
                ReadArray(type, nullable, target, what);
                return;
            case TypeKind.Map:
                ReadMap(type, nullable, target, what);
                return;
            default:
                string read = "global::SdkGen.Runtime.Internal.JsonValueReader." + ScalarReader(type.Kind) + "(ref reader)";
                _w.Line(target + " = " + (nullable ? nullCheck + " ? (" + TypeNames.Of(type) + "?)null : " : "") + read + ";");
                return;
        }
    }

    private void ReadArray(TypeRefSpec type, bool nullable, string target, string what)
    {
        int depth = _depth++;
        string list = "list" + depth;
        string item = "item" + depth;
        _w.OpenBlock("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)");
        _w.Line(nullable ? target + " = null;" : "throw NullValue(" + CSharpLiteral.String(what) + ");");
        _w.CloseBlock();
        _w.OpenBlock("else");
        _w.OpenBlock("if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)");
        _w.Line("throw global::SdkGen.Runtime.Internal.JsonValueReader.UnexpectedToken(ref reader, " + CSharpLiteral.String("an array for " + what) + ");");
        _w.CloseBlock();
        _w.Line();
        _w.Line("var " + list + " = new " + TypeNames.ConcreteOf(type) + "();");
        _w.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)");
        _w.Line(TypeNames.Of(type.Element!) + " " + item + ";");
        Read(type.Element!, nullable: false, item, what + " item");
        _w.Line(list + ".Add(" + item + ");");
        _w.CloseBlock();
        _w.Line(target + " = " + list + ";");
        _w.CloseBlock();
        _depth--;
    }

    private void ReadMap(TypeRefSpec type, bool nullable, string target, string what)
    {
        int depth = _depth++;
        string map = "map" + depth;
        string key = "key" + depth;
        string item = "item" + depth;
        _w.OpenBlock("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)");
        _w.Line(nullable ? target + " = null;" : "throw NullValue(" + CSharpLiteral.String(what) + ");");
        _w.CloseBlock();
        _w.OpenBlock("else");
        _w.OpenBlock("if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)");
        _w.Line("throw global::SdkGen.Runtime.Internal.JsonValueReader.UnexpectedToken(ref reader, " + CSharpLiteral.String("an object for " + what) + ");");
        _w.CloseBlock();
        _w.Line();
        _w.Line("var " + map + " = new " + TypeNames.ConcreteOf(type) + "();");
        _w.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
        _w.Line("string " + key + " = reader.GetString()!;");
        _w.Line("reader.Read();");
        _w.Line(TypeNames.Of(type.Element!) + " " + item + ";");
        Read(type.Element!, nullable: false, item, what + " value");
        _w.Line(map + "[" + key + "] = " + item + ";");
        _w.CloseBlock();
        _w.Line(target + " = " + map + ";");
        _w.CloseBlock();
        _depth--;
    }

    /// <summary>Writes <paramref name="expression"/>, known not to be null, as a JSON value.</summary>
    public void Write(TypeRefSpec type, string expression)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
            case TypeKind.DateTimeOffset:
            case TypeKind.Guid:
                _w.Line("writer.WriteStringValue(" + expression + ");");
                return;
            case TypeKind.Int32:
            case TypeKind.Int64:
            case TypeKind.Single:
            case TypeKind.Double:
            case TypeKind.Decimal:
                _w.Line("writer.WriteNumberValue(" + expression + ");");
                return;
            case TypeKind.Boolean:
                _w.Line("writer.WriteBooleanValue(" + expression + ");");
                return;
            case TypeKind.Enum:
                _w.Line("writer.WriteStringValue(" + expression + ".ToWireValue());");
                return;
            case TypeKind.Model:
                _w.Line(WriteMethod(type.Name!) + "(writer, " + expression + ");");
                return;
            case TypeKind.Json:
                _w.Line(expression + ".WriteTo(writer);");
                return;
            case TypeKind.Array:
            {
                string item = "item" + _depth++;
                _w.Line("writer.WriteStartArray();");
                _w.OpenBlock("foreach (var " + item + " in " + expression + ")");
                WriteElement(type.Element!, item);
                _w.CloseBlock();
                _w.Line("writer.WriteEndArray();");
                _depth--;
                return;
            }

            case TypeKind.Map:
            {
                string pair = "pair" + _depth++;
                _w.Line("writer.WriteStartObject();");
                _w.OpenBlock("foreach (var " + pair + " in " + expression + ")");
                _w.Line("writer.WritePropertyName(" + pair + ".Key);");
                WriteElement(type.Element!, pair + ".Value");
                _w.CloseBlock();
                _w.Line("writer.WriteEndObject();");
                _depth--;
                return;
            }
        }
    }

    // Collection elements of reference types may still be null at run time despite the annotations.
    private void WriteElement(TypeRefSpec element, string expression)
    {
        if (element.IsValueType)
        {
            Write(element, expression);
            return;
        }

        _w.OpenBlock("if (" + expression + " is null)");
        _w.Line("writer.WriteNullValue();");
        _w.CloseBlock();
        _w.OpenBlock("else");
        Write(element, expression);
        _w.CloseBlock();
    }

    private static string ScalarReader(TypeKind kind) => kind switch
    {
        TypeKind.Int32 => "ReadInt32",
        TypeKind.Int64 => "ReadInt64",
        TypeKind.Single => "ReadSingle",
        TypeKind.Double => "ReadDouble",
        TypeKind.Decimal => "ReadDecimal",
        TypeKind.Boolean => "ReadBoolean",
        TypeKind.DateTimeOffset => "ReadDateTimeOffset",
        TypeKind.Guid => "ReadGuid",
        _ => "ReadElement",
    };
}
