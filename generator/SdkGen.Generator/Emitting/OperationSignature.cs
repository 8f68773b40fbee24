using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// An operation method's return type and parameters, written once for the client's method and its <c>I{Client}</c>
/// interface member so the two cannot differ. Order: required values, body, optional values, then the token.
/// </summary>
internal static class OperationSignature
{
    /// <summary>OpenAPI's <c>deprecated</c> is a flag without text, so the message is fixed.</summary>
    public const string DeprecatedMessage = "The service marks this operation as deprecated.";

    /// <summary>
    /// <c>[Obsolete]</c> on a deprecated operation, on the method and its interface member alike, so a call through
    /// either gets CS0618 (and one <c>remarks</c>, not two). Nothing generated calls an operation method.
    /// </summary>
    public static void EmitObsolete(SourceWriter w, OperationSpec operation)
    {
        if (operation.IsDeprecated)
        {
            w.Line("[global::System.Obsolete(" + CSharpLiteral.String(DeprecatedMessage) + ")]");
        }
    }

    public static string ReturnType(OperationSpec operation)
    {
        TypeRefSpec? resultType = operation.Success.BodyType;
        return resultType is null
            ? "global::System.Threading.Tasks.Task"
            : operation.Success.IsBinary
                ? "global::System.Threading.Tasks.Task<" + RawBodyEmitter.ResponseStreamType + ">"
                : "global::System.Threading.Tasks.Task<" + TypeNames.Nullable(resultType, operation.Success.BodyMayBeEmpty) + ">";
    }

    public static string Parameters(OperationSpec operation) =>
        string.Join(", ", Declared(operation).Select(p => p.Type + " " + p.Declaration));

    /// <summary>The parameter types alone, as a <c>cref</c> names one overload of several (<c>M(string, Stream)</c>).</summary>
    public static string ParameterTypes(OperationSpec operation) =>
        string.Join(", ", Declared(operation).Select(p => p.Type));

    private static List<(string Type, string Declaration)> Declared(OperationSpec operation)
    {
        RequestBodySpec? body = operation.Body;
        var signature = new List<(string, string)>();
        signature.AddRange(operation.Parameters.Where(p => p.IsRequired).Select(p => (TypeNames.Of(p.Type), p.Name)));
        if (body is not null)
        {
            signature.Add((TypeNames.Nullable(body.Type, !body.IsRequired), body.ParameterName + (body.IsRequired ? "" : " = null")));
            if (RawBodyEmitter.ContentTypeParameter(body) is { } contentType)
            {
                signature.Add(("string", contentType.Substring("string ".Length)));
            }
        }

        signature.AddRange(operation.Parameters.Where(p => !p.IsRequired).Select(p => (TypeNames.Nullable(p.Type, true), p.Name + " = null")));
        signature.Add(("global::System.Threading.CancellationToken", "cancellationToken = default"));
        return signature;
    }
}
