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
    private readonly IReadOnlyDictionary<string, ModelSpec> _models;
    private int _depth;
    private int _locals;
    private string _last = "";

    public JsonCodeWriter(SourceWriter writer, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> models)
    {
        _w = writer;
        _enums = enums;
        _models = models;
    }

    /// <summary>
    /// Reads the value under the reader (on the value's first token) leniently and passes it to <paramref name="assign"/>,
    /// which returns the statement storing it. A value that is null where <paramref name="nullable"/> is false, or of the
    /// wrong JSON type, is reported to <c>ResponseDepartures</c> and not stored, so the target keeps its default:
    /// a response the service already acted on is never thrown away over its shape.
    /// </summary>
    public void Read(TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        if (InlineRead(type, nullable, assign, what) is { } statement)
        {
            _w.Line(statement);
            return;
        }

        switch (type.Kind)
        {
            case ValueKind.Array:
                ReadArray(type, nullable, assign, what);
                return;
            case ValueKind.Map:
                ReadMap(type, nullable, assign, what);
                return;
        }
    }

    /// <summary>
    /// The one statement that reads a scalar, an enum or free-form JSON (see <see cref="Read"/>); <see langword="null"/>
    /// for objects and collections, which take several. The readers are inherited from <c>GeneratedJsonSerializer</c>.
    /// </summary>
    public string? InlineRead(TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        string arguments = "(ref reader, " + CSharpLiteral.String(what) + ", " + (nullable ? "true" : "false") + ")";
        switch (type.Kind)
        {
            case ValueKind.String:
                return nullable ? assign("ReadString" + arguments) : "if (ReadString" + arguments + " is string " + NewLocal("value") + ") " + assign(_last);
            case ValueKind.Enum:
                return "if (ReadString" + arguments + " is string " + NewLocal("value") + ") " + assign(_enums[type.Name!].ExtensionsName + ".FromWireValue(" + _last + ")");
            case ValueKind.Json:
                // Any JSON is the right type: the value is kept as it came.
                return assign(nullable ? "ReadElement(ref reader, true)" : "global::SdkGen.Runtime.Internal.JsonValueReader.ReadElement(ref reader)");
            case ValueKind.Model:
                return "if (IsObject" + arguments + ") " + assign(ReaderOf(type) + "(ref reader)");
            case ValueKind.Array:
                return ListReader(type.Element!, what, nullable) is { } list ? "if (" + list + " is { } " + NewLocal("list") + ") " + assign(_last) : null;
            case ValueKind.Map:
            case ValueKind.Binary:
                return null;
            default:
                return "if (" + ScalarReader(type.Kind) + arguments + " is " + TypeNames.Of(type) + " " + NewLocal("value") + ") " + assign(_last);
        }
    }

    // An array of strings, objects or plain values reads through one runtime call; other arrays (of enums, arrays or
    // maps) are written out as a loop.
    private string? ListReader(TypeRefSpec element, string what, bool nullable)
    {
        string arguments = "(ref reader, " + CSharpLiteral.String(what) + ", " + (nullable ? "true" : "false") + ", " + CSharpLiteral.String(what + " item");
        return element.Kind switch
        {
            ValueKind.String => "ReadList" + arguments + ")",
            ValueKind.Model => "ReadList" + arguments + ", " + ReaderOf(element) + ")",
            ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single or ValueKind.Double or ValueKind.Decimal or ValueKind.Boolean
                or ValueKind.DateTimeOffset or ValueKind.Guid => "ReadValueList<" + TypeNames.Of(element) + ">" + arguments + ", " + ScalarReader(element.Kind) + ")",
            _ => null,
        };
    }

    /// <summary>
    /// The one statement that writes an object or an array of strings, whole numbers or objects as the property
    /// <paramref name="name"/> (absent when null and optional, <c>null</c> when required); <see langword="null"/> for
    /// other types, which are written out.
    /// </summary>
    public string? InlineWriteProperty(TypeRefSpec type, string name, string expression, bool required)
    {
        string call = "(writer, " + name + ", " + expression;
        if (type.Kind == ValueKind.Model)
        {
            return (required ? "WriteRequired" : "Write") + call + ", " + WriterOf(type) + ");";
        }

        if (type.Kind != ValueKind.Array)
        {
            return null;
        }

        string list = required ? "WriteRequiredList" : "WriteList";
        return type.Element!.Kind switch
        {
            ValueKind.String or ValueKind.Int64 => list + call + ");",
            ValueKind.Model => list + call + ", " + WriterOf(type.Element) + ");",
            _ => null,
        };
    }

    // Read locals are numbered through the whole method: the cases of a read switch share one declaration space.
    private string NewLocal(string kind)
    {
        _last = kind + _locals.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _locals++;
        return _last;
    }

    // Objects and arrays: read when the token opens one, otherwise reported (null or wrong type) and skipped.
    private void ReadContainer(string check, bool nullable, string whatLiteral, System.Action read)
    {
        _w.OpenBlock("if (" + check + "(ref reader, " + whatLiteral + ", " + (nullable ? "true" : "false") + "))");
        read();
        _w.CloseBlock();
    }

    private void ReadArray(TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        string list = NewLocal("list");
        ReadContainer("IsArray", nullable, CSharpLiteral.String(what), () =>
        {
            _w.Line("var " + list + " = new " + TypeNames.ConcreteOf(type) + "();");
            _w.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)");
            Read(type.Element!, nullable: false, item => list + ".Add(" + item + ");", what + " item");
            _w.CloseBlock();
            _w.Line(assign(list));
        });
    }

    private void ReadMap(TypeRefSpec type, bool nullable, System.Func<string, string> assign, string what)
    {
        string map = NewLocal("map");
        string key = NewLocal("key");
        ReadContainer("IsObject", nullable, CSharpLiteral.String(what), () =>
        {
            _w.Line("var " + map + " = new " + TypeNames.ConcreteOf(type) + "();");
            _w.OpenBlock("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
            _w.Line("string " + key + " = reader.GetString()!;");
            _w.Line("reader.Read();");
            Read(type.Element!, nullable: false, item => map + "[" + key + "] = " + item + ";", what + " value");
            _w.CloseBlock();
            _w.Line(assign(map));
        });
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
            case ValueKind.Date:
            case ValueKind.Time:
            case ValueKind.Duration:
                // Utf8JsonWriter has no overload for these: the text is the one paths and queries send.
                _w.Line("writer.WriteStringValue(global::SdkGen.Runtime.Internal.WireFormat.Format(" + expression + "));");
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
                _w.Line(WriterOf(type) + "(writer, " + expression + ");");
                return;
            case ValueKind.Json:
                _w.Line(expression + ".WriteTo(writer);");
                return;
            case ValueKind.Array:
            {
                string item = "item" + (_depth++).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
                string pair = "pair" + (_depth++).ToString(System.Globalization.CultureInfo.InvariantCulture);
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

    private string ReaderOf(TypeRefSpec model) => _models[model.Name!].Names.Reader;

    private string WriterOf(TypeRefSpec model) => _models[model.Name!].Names.Writer;

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
        ValueKind.Date => "ReadDateOnly",
        ValueKind.Time => "ReadTimeOnly",
        ValueKind.Duration => "ReadDuration",
        _ => "ReadElement",
    };
}
