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

    /// <summary>
    /// Reads the value under the reader (on the value's first token) leniently and passes it to <paramref name="assign"/>,
    /// which returns the statement storing it. A value that is null where <paramref name="nullable"/> is false, or of the
    /// wrong JSON type, is reported to <c>ResponseDepartures</c> and not stored, so the target keeps its default:
    /// a response the service already acted on is never thrown away over its shape.
    /// </summary>
    public void Read(TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        string whatLiteral = CSharpLiteral.String(what);
        string flag = nullable ? "true" : "false";
        string local = "value" + _depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case ValueKind.String:
                string readString = Lenient + ".ReadString(ref reader, " + whatLiteral + ", " + flag + ")";
                _w.Line(nullable ? assign(readString) : "if (" + readString + " is string " + local + ") " + assign(local));
                return;
            case ValueKind.Enum:
                _w.Line("if (" + Lenient + ".ReadString(ref reader, " + whatLiteral + ", " + flag + ") is string " + local + ") "
                    + assign(_enums[type.Name!].ExtensionsName + ".FromWireValue(" + local + ")"));
                return;
            case ValueKind.Model:
                ReadContainer("StartObject", nullable, whatLiteral, () => _w.Line(assign(ReadMethod(type.Name!) + "(ref reader)")));
                return;
            case ValueKind.Array:
                ReadArray(type, nullable, assign, what);
                return;
            case ValueKind.Map:
                ReadMap(type, nullable, assign, what);
                return;
            case ValueKind.Json:
                // Any JSON is the right type: the value is kept as it came.
                string element = "global::SdkGen.Runtime.Internal.JsonValueReader.ReadElement(ref reader)";
                _w.Line(assign(nullable ? "reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? (global::System.Text.Json.JsonElement?)null : " + element : element));
                return;
            default:
                _w.Line("if (" + Lenient + "." + ScalarReader(type.Kind) + "(ref reader, " + whatLiteral + ", " + flag + ") is " + TypeNames.Of(type) + " " + local + ") " + assign(local));
                return;
        }
    }

    private const string Lenient = "global::SdkGen.Runtime.Internal.LenientJsonReader";

    // Objects and arrays: read when the token opens one, otherwise reported (null or wrong type) and skipped.
    private void ReadContainer(string startToken, bool nullable, string whatLiteral, System.Action read)
    {
        _w.OpenBlock("if (reader.TokenType == global::System.Text.Json.JsonTokenType." + startToken + ")");
        read();
        _w.CloseBlock();
        _w.OpenBlock("else");
        _w.Line(Lenient + ".Mismatch(ref reader, " + whatLiteral + ", " + (nullable ? "true" : "false") + ");");
        _w.CloseBlock();
    }

    private void ReadArray(TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        int depth = _depth++;
        string list = "list" + depth;
        ReadContainer("StartArray", nullable, CSharpLiteral.String(what), () =>
        {
            _w.Line("var " + list + " = new " + TypeNames.ConcreteOf(type) + "();");
            _w.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)");
            Read(type.Element!, nullable: false, item => list + ".Add(" + item + ");", what + " item");
            _w.CloseBlock();
            _w.Line(assign(list));
        });
        _depth--;
    }

    private void ReadMap(TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        int depth = _depth++;
        string map = "map" + depth;
        string key = "key" + depth;
        ReadContainer("StartObject", nullable, CSharpLiteral.String(what), () =>
        {
            _w.Line("var " + map + " = new " + TypeNames.ConcreteOf(type) + "();");
            _w.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
            _w.Line("string " + key + " = reader.GetString()!;");
            _w.Line("reader.Read();");
            Read(type.Element!, nullable: false, item => map + "[" + key + "] = " + item + ";", what + " value");
            _w.CloseBlock();
            _w.Line(assign(map));
        });
        _depth--;
    }

    /// <summary>Writes <paramref name="expression"/>, known not to be null, as a JSON value.</summary>
    public void Write(TypeRefSpec type, string expression)
    {
        switch (type.Kind)
        {
            case ValueKind.String:
            case ValueKind.DateTimeOffset:
            case ValueKind.Guid:
                _w.Line("writer.WriteStringValue(" + expression + ");");
                return;
            case ValueKind.Int32:
            case ValueKind.Int64:
            case ValueKind.Single:
            case ValueKind.Double:
            case ValueKind.Decimal:
                _w.Line("writer.WriteNumberValue(" + expression + ");");
                return;
            case ValueKind.Boolean:
                _w.Line("writer.WriteBooleanValue(" + expression + ");");
                return;
            case ValueKind.Enum:
                _w.Line("writer.WriteStringValue(" + expression + ".ToWireValue());");
                return;
            case ValueKind.Model:
                _w.Line(WriteMethod(type.Name!) + "(writer, " + expression + ");");
                return;
            case ValueKind.Json:
                _w.Line(expression + ".WriteTo(writer);");
                return;
            case ValueKind.Array:
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

            case ValueKind.Map:
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

    private static string ScalarReader(ValueKind kind) => kind switch
    {
        ValueKind.Int32 => "ReadInt32",
        ValueKind.Int64 => "ReadInt64",
        ValueKind.Single => "ReadSingle",
        ValueKind.Double => "ReadDouble",
        ValueKind.Decimal => "ReadDecimal",
        ValueKind.Boolean => "ReadBoolean",
        ValueKind.DateTimeOffset => "ReadDateTimeOffset",
        ValueKind.Guid => "ReadGuid",
        _ => "ReadElement",
    };
}
