using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Read and write helpers for request and response bodies that are not a model (an array of models,
/// a string, a map), so every body goes through the same reflection-free path.
/// </summary>
internal static class BodySerializerEmitter
{
    public static string? Emit(DocumentSpec document, IReadOnlyDictionary<string, EnumSpec> enums)
    {
        IEnumerable<OperationSpec> operations = document.Clients.SelectMany(c => c.Operations).ToList();
        var reads = operations.Select(o => o.Success.BodyType)
            .Where(t => t is not null && t.Kind is not (ValueKind.Model or ValueKind.Binary))
            .Select(t => t!)
            .GroupBy(ClientEmitter.TypeKey)
            .Select(g => g.First())
            .ToList();
        var writes = operations.Where(o => o.Body is { Encoding: BodyEncoding.Json } && o.Body.Type.Kind != ValueKind.Model)
            .Select(o => o.Body!.Type)
            .Concat(FormFieldWrites(operations))
            .GroupBy(ClientEmitter.TypeKey)
            .Select(g => g.First())
            .ToList();
        if (reads.Count == 0 && writes.Count == 0)
        {
            return null;
        }

        return SourceFile.Write(document.Namespace, w =>
        {
            w.OpenBlock(SerializerEmitter.ClassDeclaration(document));
            var json = new JsonCodeWriter(w, enums);
            bool first = true;
            foreach (TypeRefSpec type in reads.OrderBy(ClientEmitter.TypeKey, System.StringComparer.Ordinal))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                w.OpenBlock("internal static " + TypeNames.Of(type) + " ReadBody" + ClientEmitter.TypeKey(type) + "(ref global::System.Text.Json.Utf8JsonReader reader)");
                // A top-level value of the wrong kind leaves nothing to return: the caller reports it as ApiResponseFormatException.
                w.Line(TypeNames.Nullable(type, true) + " result = null;");
                json.Read(type, nullable: false, v => "result = " + v + ";", JsonWhat.Literal("the response body"));
                w.Line("return result ?? throw global::SdkGen.Runtime.Internal.JsonValueReader.UnexpectedToken(ref reader, \"the response body\");");
                w.CloseBlock();
            }

            foreach (TypeRefSpec type in writes.OrderBy(ClientEmitter.TypeKey, System.StringComparer.Ordinal))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                w.OpenBlock("internal static void WriteBody" + ClientEmitter.TypeKey(type) + "(global::System.Text.Json.Utf8JsonWriter writer, " + TypeNames.Of(type) + " value)");
                json.Write(type, "value");
                w.CloseBlock();
            }

            w.CloseBlock();
        });
    }

    // A map or array sent in a form field is written as JSON first, then spread into fields (FormBodyEmitter).
    private static IEnumerable<TypeRefSpec> FormFieldWrites(IEnumerable<OperationSpec> operations) =>
        operations.Where(o => o.Body is { Encoding: BodyEncoding.FormUrlEncoded })
            .SelectMany(o => o.Body!.FormFields)
            .Where(f => f.Kind == FormFieldKind.Structured && f.Type.Kind is ValueKind.Map or ValueKind.Array)
            .Select(f => f.Type);
}
