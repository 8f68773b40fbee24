using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits <c>{Operation}Response</c> for an operation whose success responses declare headers: the runtime's
/// <c>Response&lt;T&gt;</c> with one typed, lenient property per header (null when absent or malformed, never a throw).
/// </summary>
internal static class ResponseTypeEmitter
{
    private const string Runtime = "global::SdkGen.Runtime";

    public static string Emit(DocumentSpec document, ClientSpec client, OperationSpec operation, IReadOnlyDictionary<string, EnumSpec> enums) =>
        SourceFile.Write(document, w => EmitClass(w, document, client, operation, enums));

    private static void EmitClass(SourceWriter w, DocumentSpec document, ClientSpec client, OperationSpec operation, IReadOnlyDictionary<string, EnumSpec> enums)
    {
        string name = operation.ResponseTypeName!;
        string? body = OperationSignature.BodyType(operation);
        w.Summary("The answer of <see cref=\"" + client.Name + "." + OperationSignature.Cref(operation, operation.WithResponseMethodName) + "\"/>: status, headers" + (body is null ? "" : ", body") + " and the headers the API description declares, typed.");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock(Accessibility.Of(document) + " sealed partial class " + name + " : " + (body is null ? Runtime + ".Response" : Runtime + ".Response<" + body + ">"));
        string message = "global::System.Net.Http.HttpResponseMessage message";
        string parts = "int status, string? reasonPhrase, " + Runtime + ".ResponseHeaders headers";
        string value = body is null ? "" : ", " + body + " value";
        string valueArgument = body is null ? "" : ", value";
        w.Summary("Takes the status, reason phrase and a copy of the headers of <paramref name=\"message\"/>" + (body is null ? "." : ", and the body read from it."));
        w.Line("public " + name + "(" + message + value + ") : base(message" + valueArgument + ") { }");
        w.Line();
        w.Summary("A response made from its parts, for tests and mocks.");
        w.Line("public " + name + "(" + parts + value + ") : base(status, reasonPhrase, headers" + valueArgument + ") { }");
        foreach (ResponseHeaderSpec header in operation.Success.Headers)
        {
            string wire = CSharpLiteral.String(header.WireName);
            w.Line();
            w.Summary(header.Description is null ? "The <c>" + CSharpLiteral.XmlDocText(header.WireName) + "</c> header." : CSharpLiteral.XmlDocText(header.Description));
            // Text reads as sent, so only a repeat with different values makes it null: GetSingleValue says so, and the output stays short.
            if (header.Type.Kind != ValueKind.String)
            {
                w.Doc("remarks", "Null when the answer has no <c>" + CSharpLiteral.XmlDocText(header.WireName) + "</c> header or not one value that parses; the text as sent is <c>Headers.GetValue(" + CSharpLiteral.XmlDocText(wire) + ")</c>.");
            }

            if (header.IsDeprecated)
            {
                w.Line(Deprecation.Attribute("header"));
            }

            w.Line("public " + TypeNames.Nullable(header.Type, true) + " " + header.PropertyName + " => " + Read(header, wire, enums) + ";");
        }

        w.CloseBlock();
    }

    private static string Read(ResponseHeaderSpec header, string wire, IReadOnlyDictionary<string, EnumSpec> enums) => header.Type.Kind switch
    {
        ValueKind.Int32 => "Headers.GetInt32(" + wire + ")",
        ValueKind.Int64 => "Headers.GetInt64(" + wire + ")",
        ValueKind.Double => "Headers.GetDouble(" + wire + ")",
        ValueKind.Decimal => "Headers.GetDecimal(" + wire + ")",
        ValueKind.Boolean => "Headers.GetBoolean(" + wire + ")",
        ValueKind.DateTimeOffset => "Headers.GetDateTimeOffset(" + wire + ")",
        ValueKind.Guid => "Headers.GetGuid(" + wire + ")",
        // An unknown value reads as the enum's Unknown member; the text stays in Headers.
        ValueKind.Enum => "Headers.GetSingleValue(" + wire + ") is string text ? " + enums[header.Type.Name!].ExtensionsName + ".FromWireValue(text) : (" + TypeNames.Of(header.Type) + "?)null",
        _ => header.IsList ? "Headers.GetValue(" + wire + ")" : "Headers.GetSingleValue(" + wire + ")",
    };

    public static IEnumerable<(ClientSpec Client, OperationSpec Operation)> Operations(DocumentSpec document) =>
        document.Clients.SelectMany(c => c.Operations.Where(o => o.ResponseTypeName is not null).Select(o => (c, o)))
            .GroupBy(x => x.o.ResponseTypeName).Select(g => g.First()); // overloads share their answer's type
}
