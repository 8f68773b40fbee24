using System.Collections.Generic;
using System.Globalization;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Writes the statements that read or write one JSON value of a given type with
/// <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>: each one call to a reader or writer the runtime's
/// <c>GeneratedJsonSerializer</c> provides (collections included), or to a generated <c>Read{Model}</c>/<c>Write{Model}</c>.
/// No reflection, so the output is trim- and AOT-safe.
/// </summary>
internal sealed class JsonCodeWriter
{
    private const string ReaderType = "global::System.Text.Json.Utf8JsonReader";

    private readonly SourceWriter _w;
    private readonly IReadOnlyDictionary<string, EnumSpec> _enums;
    private readonly IReadOnlyDictionary<string, ModelSpec> _models;
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
    public void Read(TypeRefSpec type, bool nullable, System.Func<string, string> assign, JsonWhat what)
    {
        if (InlineRead(type, nullable, assign, what) is { } statement)
        {
            _w.Line(statement);
        }
    }

    /// <summary>
    /// The one statement that reads a value of <paramref name="type"/> (see <see cref="Read"/>); <see langword="null"/>
    /// only for binary content, which JSON does not carry.
    /// </summary>
    public string? InlineRead(TypeRefSpec type, bool nullable, System.Func<string, string> assign, JsonWhat what)
    {
        string flag = nullable ? "true" : "false";
        string arguments = "(ref reader, " + what.Expression + ", " + flag + ")";
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
                // A union holding strings, numbers or arrays takes any value but null; other models an object.
                return "if (" + (IsValueUnion(type) ? "IsValue" : "IsObject") + arguments + ") " + assign(ReaderOf(type) + "(ref reader)");
            case ValueKind.Array:
            case ValueKind.Map:
                string items = (type.Kind == ValueKind.Array ? what.Item : what.Value).Expression;
                string read = CollectionReader(type, "reader", what.Expression, flag, items, depth: 1);
                return "if (" + read + " is { } " + NewLocal(type.Kind == ValueKind.Array ? "list" : "map") + ") " + assign(_last);
            case ValueKind.Binary:
                return null;
            default:
                return "if (" + ScalarReader(type.Kind) + arguments + " is " + TypeNames.Of(type) + " " + NewLocal("value") + ") " + assign(_last);
        }
    }

    // The one runtime call that reads an array or map; an array or map inside one is read by a lambda the outer call
    // passes each item to (with its own departure texts), so nesting stays one expression.
    private string CollectionReader(TypeRefSpec type, string reader, string what, string nullable, string itemWhat, int depth)
    {
        bool array = type.Kind == ValueKind.Array;
        TypeRefSpec element = type.Element!;
        string head = "(ref " + reader + ", " + what + ", " + nullable + ", " + itemWhat;
        switch (element.Kind)
        {
            case ValueKind.String:
                return (array ? "ReadList" : "ReadMap") + head + ")";
            case ValueKind.Model:
                return (IsValueUnion(element) ? (array ? "ReadUnionList" : "ReadUnionMap") : array ? "ReadList" : "ReadMap") + head + ", " + ReaderOf(element) + ")";
            case ValueKind.Enum:
                return (array ? "ReadEnumList" : "ReadEnumMap") + head + ", " + _enums[element.Name!].ExtensionsName + ".FromWireValue)";
            case ValueKind.Json:
            case ValueKind.Binary:
                return (array ? "ReadJsonList" : "ReadJsonMap") + "(ref " + reader + ", " + what + ", " + nullable + ")";
            case ValueKind.Array:
            case ValueKind.Map:
                string suffix = depth.ToString(CultureInfo.InvariantCulture);
                string r = "r" + suffix, w = "w" + suffix, n = "n" + suffix, i = "i" + suffix;
                string inner = CollectionReader(element, r, w, n, i, depth + 1);

                // An array or map of strings is read by a method of the delegate's own signature: no lambda needed.
                string readItem = inner == "ReadList(ref " + r + ", " + w + ", " + n + ", " + i + ")" ? "ReadList"
                    : inner == "ReadMap(ref " + r + ", " + w + ", " + n + ", " + i + ")" ? "ReadMap"
                    : "(ref " + ReaderType + " " + r + ", string " + w + ", bool " + n + ", string " + i + ") => " + inner;
                return (array ? "ReadNestedList<" : "ReadNestedMap<") + TypeNames.Of(element) + ">" + head + ", " + readItem + ")";
            default:
                return (array ? "ReadValueList<" : "ReadValueMap<") + TypeNames.Of(element) + ">" + head + ", " + ScalarReader(element.Kind) + ")";
        }
    }

    /// <summary>
    /// The expression that reads a value already known to have the type's JSON shape (a union's matched alternative),
    /// so it never comes back null; departures inside it (an item, a property) are still reported.
    /// </summary>
    public string MatchedRead(TypeRefSpec type, JsonWhat what)
    {
        string arguments = "(ref reader, " + what.Expression + ", false)";
        return type.Kind switch
        {
            ValueKind.String => "ReadString" + arguments + "!",
            ValueKind.Enum => _enums[type.Name!].ExtensionsName + ".FromWireValue(ReadString" + arguments + "!)",
            ValueKind.Model => ReaderOf(type) + "(ref reader)",
            ValueKind.Array => CollectionReader(type, "reader", what.Expression, "false", what.Item.Expression, depth: 1) + "!",
            ValueKind.Map => CollectionReader(type, "reader", what.Expression, "false", what.Value.Expression, depth: 1) + "!",
            _ => ScalarReader(type.Kind) + arguments + ".GetValueOrDefault()",
        };
    }

    /// <summary>
    /// The one statement that writes an object, an array or a map as the property <paramref name="name"/> (absent when
    /// null and optional, <c>null</c> when required); <see langword="null"/> for other types.
    /// </summary>
    public string? InlineWriteProperty(TypeRefSpec type, string name, string expression, bool required)
    {
        string call = "(writer, " + name + ", " + expression;
        string prefix = required ? "WriteRequired" : "Write";
        switch (type.Kind)
        {
            case ValueKind.Model:
                return prefix + call + ", " + WriterOf(type) + ");";
            case ValueKind.Array when type.Element!.Kind is ValueKind.String or ValueKind.Int64:
                return prefix + "List" + call + ");";
            case ValueKind.Array or ValueKind.Map when type.Element!.Kind == ValueKind.Enum:
                return prefix + (type.Kind == ValueKind.Array ? "EnumList" : "EnumMap") + call + ", " + _enums[type.Element.Name!].ExtensionsName + ".ToWireValue);";
            case ValueKind.Array:
            case ValueKind.Map:
                return prefix + (type.Kind == ValueKind.Array ? "List" : "Map") + call + ", " + ItemWriter(type.Element!, 1) + ");";
            default:
                return null;
        }
    }

    // What writes one item of a collection: a runtime WriteValue overload, a generated Write{Model}, or a lambda for
    // enums and for collections inside collections.
    private string ItemWriter(TypeRefSpec element, int depth)
    {
        string suffix = depth.ToString(CultureInfo.InvariantCulture);
        string w = "w" + suffix, v = "v" + suffix;
        return element.Kind switch
        {
            ValueKind.Model => WriterOf(element),
            ValueKind.Enum => "(" + w + ", " + v + ") => " + w + ".WriteStringValue(" + v + ".ToWireValue())",
            ValueKind.Array => "(" + w + ", " + v + ") => WriteArray(" + w + ", " + v + ", " + ItemWriter(element.Element!, depth + 1) + ")",
            ValueKind.Map => "(" + w + ", " + v + ") => WriteObject(" + w + ", " + v + ", " + ItemWriter(element.Element!, depth + 1) + ")",
            _ => "WriteValue",
        };
    }

    // Read locals are numbered through the whole method: the cases of a read switch share one declaration space.
    private string NewLocal(string kind)
    {
        _last = kind + _locals.ToString(CultureInfo.InvariantCulture);
        _locals++;
        return _last;
    }

    /// <summary>Writes each entry of <paramref name="expression"/> (a model's additional properties) as a property of the object being written.</summary>
    public void WriteProperties(TypeRefSpec valueType, string expression) =>
        _w.Line("WriteProperties(writer, " + expression + ", " + ItemWriter(valueType, 1) + ");");

    /// <summary>Writes <paramref name="expression"/>, known not to be null, as a JSON value.</summary>
    public void Write(TypeRefSpec type, string expression) => _w.Line(WriteStatement(type, expression));

    /// <summary>The statement that writes <paramref name="expression"/>, known not to be null, as a JSON value.</summary>
    public string WriteStatement(TypeRefSpec type, string expression) => type.Kind switch
    {
        ValueKind.Enum => "writer.WriteStringValue(" + expression + ".ToWireValue());",
        ValueKind.Model => WriterOf(type) + "(writer, " + expression + ");",
        ValueKind.Array => "WriteArray(writer, " + expression + ", " + ItemWriter(type.Element!, 1) + ");",
        ValueKind.Map => "WriteObject(writer, " + expression + ", " + ItemWriter(type.Element!, 1) + ");",
        _ => "WriteValue(writer, " + expression + ");",
    };

    private bool IsValueUnion(TypeRefSpec model) => _models[model.Name!].Union is { IsObjectOnly: false };

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
