using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// The HTTP method an operation sends, and where the operation sits in its path item. A fixed field of the path item
/// (<c>get</c> … <c>trace</c>, OpenAPI 3.2's <c>query</c>) names a standard method, whose token is upper case. A key of
/// OpenAPI 3.2's <c>additionalOperations</c> (Microsoft.OpenApi hands those over among the path item's operations) is
/// the method exactly as it is to be sent: methods are case-sensitive (RFC 9110 §9.1), so <c>copy</c> is not <c>COPY</c>.
/// </summary>
internal static class PathItemMethods
{
    // HttpMethod compares case-insensitively, so a path item cannot hold both "post" and the post field's POST.
    private static readonly HashSet<string> s_fixedFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
    };

    /// <summary>The method token on the wire.</summary>
    public static string WireName(HttpMethod method) =>
        s_fixedFields.Contains(method.Method) ? method.Method.ToUpperInvariant() : method.Method;

    /// <summary>
    /// The methods under the path item's <c>x-oai-additionalOperations</c> that are not among its operations. That is how
    /// Microsoft.OpenApi writes OpenAPI 3.2's <c>additionalOperations</c> into a 3.0/3.1 document, but its reader does not
    /// read them back from one: each is reported (SDKGEN013), not dropped without a word.
    /// </summary>
    public static IEnumerable<string> UnreadAdditionalOperations(IOpenApiPathItem pathItem) =>
        pathItem.Extensions is not null
            && pathItem.Extensions.TryGetValue(AdditionalOperationsExtension, out IOpenApiExtension? extension)
            && extension is JsonNodeExtension { Node: JsonObject methods }
            ? methods.Select(m => m.Key).Where(key => pathItem.Operations is null || !pathItem.Operations.Keys.Any(k => k.Method == key))
            : Enumerable.Empty<string>();

    /// <summary>The extension Microsoft.OpenApi writes OpenAPI 3.2's <c>additionalOperations</c> as, in a 3.0/3.1 document.</summary>
    public const string AdditionalOperationsExtension = "x-oai-additionalOperations";

    /// <summary>The JSON pointer of the operation: <c>/paths/{path}/get</c>, or <c>/paths/{path}/additionalOperations/{method}</c>.</summary>
    public static string Pointer(string path, HttpMethod method) =>
        s_fixedFields.Contains(method.Method)
            ? ParseContext.Append("/paths", path, method.Method.ToLowerInvariant())
            : ParseContext.Append(ParseContext.Append("/paths", path, "additionalOperations"), method.Method);
}
