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
    /// <summary>
    /// <c>[Obsolete]</c> on a deprecated operation, on the method and its interface member alike, so a call through
    /// either gets CS0618 (and one <c>remarks</c>, not two). Nothing generated calls an operation method.
    /// </summary>
    public static void EmitObsolete(SourceWriter w, OperationSpec operation)
    {
        if (operation.IsDeprecated)
        {
            w.Line(Deprecation.Attribute("operation"));
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

    /// <summary>What <c>…WithResponseAsync</c> returns: the body with the status and headers, typed headers when the spec declares some.</summary>
    public static string WithResponseReturnType(OperationSpec operation) =>
        "global::System.Threading.Tasks.Task<" + (operation.ResponseTypeName ?? (BodyType(operation) is { } body ? Runtime + ".Response<" + body + ">" : Runtime + ".Response")) + ">";

    /// <summary>The type of the body as the plain method returns it, or null when there is none.</summary>
    public static string? BodyType(OperationSpec operation) => operation.Success.BodyType is not { } type
        ? null
        : operation.Success.IsBinary ? RawBodyEmitter.ResponseStreamType : TypeNames.Nullable(type, operation.Success.BodyMayBeEmpty);

    public static string Parameters(OperationSpec operation) => string.Join(", ", Declarations(operation, defaults: true).Concat(new[] { CancellationToken + " = default" }));

    /// <summary>
    /// A <c>cref</c> to the operation's <paramref name="method"/> (plain or WithResponse): with the parameter types when
    /// the operation has overloads (body as bytes), which a bare name would leave ambiguous (CS0419).
    /// </summary>
    public static string Cref(OperationSpec operation, string method) =>
        operation.IsOverloaded ? method + "(" + ParameterTypes(operation) + ")" : method;

    /// <summary>The parameter types alone, as a <c>cref</c> names one overload of several (<c>M(string, Stream)</c>).</summary>
    public static string ParameterTypes(OperationSpec operation) =>
        string.Join(", ", Declarations(operation, defaults: false).Select(d => d.Substring(0, d.LastIndexOf(' '))).Concat(new[] { "global::System.Threading.CancellationToken" }));

    /// <summary>
    /// The private method's parameters: the public ones without defaults, then <paramref name="toResult"/>, the function
    /// that turns the answer (and body) into what the calling method returns.
    /// </summary>
    public static string SendParameters(OperationSpec operation, string toResult, string resultType)
    {
        string function = "global::System.Func<global::System.Net.Http.HttpResponseMessage, " + (BodyType(operation) is { } body ? body + ", " : "") + resultType + "> " + toResult;
        return string.Join(", ", Declarations(operation, defaults: false).Concat(new[] { function, CancellationToken }));
    }

    /// <summary>The public method's arguments passed on to the private one, with <paramref name="toResult"/> before the token.</summary>
    public static string Arguments(OperationSpec operation, string toResult) =>
        string.Join(", ", Names(operation).Concat(new[] { toResult, "cancellationToken" }));

    /// <summary>The parameters of the method an operation shares with its text form: the private one's, then <paramref name="accept"/>.</summary>
    public static string RequestParameters(OperationSpec operation, string accept) =>
        string.Join(", ", Declarations(operation, defaults: false).Concat(new[] { "string " + accept }));

    /// <summary>The arguments the private method passes to the shared request method, with the <c>Accept</c> it sends.</summary>
    public static string RequestArguments(OperationSpec operation, string acceptLiteral) =>
        string.Join(", ", Names(operation).Concat(new[] { acceptLiteral }));

    private const string Runtime = "global::SdkGen.Runtime";
    private const string CancellationToken = "global::System.Threading.CancellationToken cancellationToken";

    private static IEnumerable<string> Declarations(OperationSpec operation, bool defaults)
    {
        RequestBodySpec? body = operation.Body;
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            yield return TypeNames.Of(parameter.Type) + " " + parameter.Name;
        }

        if (body is not null)
        {
            yield return TypeNames.Nullable(body.Type, !body.IsRequired) + " " + body.ParameterName + (body.IsRequired || !defaults ? "" : " = null");
            if (RawBodyEmitter.ContentTypeParameter(body) is { } contentType)
            {
                yield return defaults ? contentType : "string " + body.ContentTypeParameterName;
            }
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            yield return TypeNames.Nullable(parameter.Type, true) + " " + parameter.Name + (defaults ? " = null" : "");
        }
    }

    private static IEnumerable<string> Names(OperationSpec operation)
    {
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            yield return parameter.Name;
        }

        if (operation.Body is { } body)
        {
            yield return body.ParameterName;
            if (body.ContentTypeParameterName is { } contentType)
            {
                yield return contentType;
            }
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            yield return parameter.Name;
        }
    }
}
