using System.Collections.Generic;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Read and write helpers for request and response bodies that are not a model (an array of models,
/// a string, a map), so every body goes through the same reflection-free path. Which bodies need one, and its name, are
/// decided by <c>Naming/HelperNames</c> (<see cref="DocumentSpec.BodyReaders"/>, <see cref="DocumentSpec.BodyWriters"/>).
/// </summary>
internal static class BodySerializerEmitter
{
    public static string? Emit(DocumentSpec document, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> models)
    {
        if (document.BodyReaders.Count == 0 && document.BodyWriters.Count == 0)
        {
            return null;
        }

        return SourceFile.Write(document, w =>
        {
            w.OpenBlock(SerializerEmitter.ClassDeclaration(document));
            var json = new JsonCodeWriter(w, enums, models);
            bool first = true;
            foreach (BodyMethodSpec reader in document.BodyReaders)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                TypeRefSpec type = reader.Type;
                w.OpenBlock("internal static " + TypeNames.Of(type) + " " + reader.MethodName + "(ref global::System.Text.Json.Utf8JsonReader reader)");
                // A top-level value of the wrong kind leaves nothing to return: the caller reports it as ApiResponseFormatException.
                w.Line(TypeNames.Nullable(type, true) + " result = null;");
                json.Read(type, nullable: false, v => "result = " + v + ";", JsonWhat.Literal("the response body"));
                w.Line("return result ?? throw global::SdkGen.Runtime.Internal.JsonValueReader.UnexpectedToken(ref reader, \"the response body\");");
                w.CloseBlock();
            }

            foreach (BodyMethodSpec writer in document.BodyWriters)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                w.OpenBlock("internal static void " + writer.MethodName + "(global::System.Text.Json.Utf8JsonWriter writer, " + TypeNames.Of(writer.Type) + " value)");
                json.Write(writer.Type, "value");
                w.CloseBlock();
            }

            w.CloseBlock();
        });
    }
}
