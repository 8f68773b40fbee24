using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Names what response metadata adds per operation: the <c>…WithResponseAsync</c> method, the private method both
/// methods share, and the <c>…Response</c> class when the spec declares headers; and the text form of a JSON answer
/// (<c>…AsTextAsync</c>, with its own three). Claimed after every operation and component schema, so the names the
/// spec gives keep theirs and ours take a suffix on a clash.
/// </summary>
internal static class ResponseMethodNames
{
    public static List<(OperationSpec Operation, string? Tag)> Assign(
        List<(OperationSpec Operation, string? Tag)> mapped, Dictionary<string, UniqueNames> methodNamesByClient, UniqueNames typeNames)
    {
        var named = new List<(OperationSpec Operation, string? Tag)>(mapped.Count);
        // An overload (the body as bytes) has the same answer: its WithResponse method is an overload too, returning the same type.
        var first = new Dictionary<(string, string), OperationSpec>();
        foreach ((OperationSpec mappedOperation, string? tag) in mapped)
        {
            OperationSpec operation = mappedOperation;
            UniqueNames methodNames = methodNamesByClient[tag ?? ""];
            string baseName = operation.OperationName;
            if (operation.IsTextForm)
            {
                // Until here it carries the name of the method that reads the JSON.
                baseName += "AsText";
                operation = operation with { MethodName = methodNames.Claim(baseName + "Async", operation.MethodName) };
            }

            string send = methodNames.Claim("Send" + baseName + "Async", operation.MethodName);
            if (first.TryGetValue((tag ?? "", operation.MethodName), out OperationSpec? overloaded))
            {
                named.Add((operation with
                {
                    WithResponseMethodName = overloaded.WithResponseMethodName,
                    SendMethodName = send,
                    ResponseTypeName = overloaded.ResponseTypeName,
                }, tag));
                continue;
            }

            OperationSpec result = operation with
            {
                WithResponseMethodName = methodNames.Claim(baseName + "WithResponseAsync", operation.MethodName),
                SendMethodName = send,
                ResponseTypeName = operation.Success.Headers.Count == 0 ? null : typeNames.Claim(TypeName(baseName, operation, typeNames), operation.MethodName),
            };
            first[(tag ?? "", operation.MethodName)] = result;
            named.Add((result, tag));
        }

        return named;
    }

    // ListItemsResponse, or ListItemsResult where that name is taken: by the body's own model (an inline response schema
    // is named {Operation}Response, and ListItemsResponse2 : Response<ListItemsResponse> would read as a second body),
    // or by a header property (a member cannot share its class's name).
    private static string TypeName(string baseName, OperationSpec operation, UniqueNames typeNames) =>
        typeNames.Contains(baseName + "Response") || operation.Success.Headers.Any(h => h.PropertyName == baseName + "Response")
            ? baseName + "Result"
            : baseName + "Response";
}
