using System.Text.RegularExpressions;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>
/// The types and members an operation brings (request and response models, <c>…WithResponseAsync</c>, the private
/// send method, a body check) are named after the operation's own name, never after its method name with a clash's
/// number cut into it: a second <c>getItem</c> gets <c>GetItemAsync2</c> and <c>GetItemRequest2</c>, not
/// <c>GetItemARequest</c>, which belongs to an operation named <c>getItemA</c>.
/// </summary>
public class OperationTypeNameTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        servers: [{url: 'https://api.example.com'}]
        paths:
          /a:
            post:
              operationId: getItem
              requestBody: {required: true, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
              responses:
                '200':
                  description: ok
                  headers: {X-Count: {schema: {type: integer}}}
                  content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
          /b:
            post:
              operationId: getItem
              requestBody: {required: true, content: {application/json: {schema: {type: array, maxItems: 2, items: {type: object, properties: {b: {type: string}}}}}}}
              responses:
                '200':
                  description: ok
                  headers: {X-Count: {schema: {type: integer}}}
                  content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}
          /c:
            post:
              operationId: getItemA
              requestBody: {required: true, content: {application/json: {schema: {type: object, properties: {c: {type: string}}}}}}
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {type: object, properties: {c: {type: string}}}}}
        """;

    [Fact]
    public void A_renamed_operations_types_and_members_take_the_number_after_the_operations_own_name()
    {
        GenerationResult result = StrictBuild.Run(new SpecFile("/specs/items.yaml", Spec, "Test.Api", "TClient"));

        string client = result.Source("Test.Api.TClient.g.cs");
        Assert.Empty(result.CompilationProblems);
        Assert.Contains("Task<GetItemResponse> GetItemAsync(GetItemRequest body,", client, StringComparison.Ordinal);
        Assert.Contains("Task<GetItemResponse2> GetItemAsync2(global::System.Collections.Generic.IList<GetItemRequestItem> body,", client, StringComparison.Ordinal);
        Assert.Contains(" GetItemWithResponseAsync2(global::System.Collections.Generic.IList<GetItemRequestItem> body,", client, StringComparison.Ordinal);
        // The body models hold {Operation}Response, so the status-and-headers classes are {Operation}Result.
        Assert.Contains("Task<GetItemResult> GetItemWithResponseAsync(GetItemRequest body,", client, StringComparison.Ordinal);
        Assert.Contains("Task<GetItemResult2> GetItemWithResponseAsync2(", client, StringComparison.Ordinal);
        Assert.Contains(" SendGetItemAsync2<TResult>(global::System.Collections.Generic.IList<GetItemRequestItem> body,", client, StringComparison.Ordinal);
        Assert.Contains("ValidateGetItemBody(body, nameof(body));", client, StringComparison.Ordinal);
        Assert.Contains("Task<GetItemAResponse> GetItemAAsync(GetItemARequest body,", client, StringComparison.Ordinal);
        Assert.Contains(" GetItemAWithResponseAsync(GetItemARequest body,", client, StringComparison.Ordinal);

        // Only getItemA's own names start with GetItemA.
        string[] getItemANames = Regex.Matches(client, @"\w*GetItemA(?!sync)\w*").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["GetItemAAsync", "GetItemARequest", "GetItemAResponse", "GetItemAWithResponseAsync", "ReadGetItemAResponse", "SendGetItemAAsync", "ValidateGetItemARequest", "WriteGetItemARequest"], getItemANames);
        Assert.Equal(
            ["GetItemARequest", "GetItemAResponse", "GetItemRequest", "GetItemRequestItem", "GetItemResponse", "GetItemResponse2", "GetItemResult", "GetItemResult2"],
            result.Sources.Select(s => s.HintName).Where(h => h.StartsWith("Test.Api.TClient.GetItem", StringComparison.Ordinal))
                .Select(h => h["Test.Api.TClient.".Length..^".g.cs".Length]).Order(StringComparer.Ordinal));
    }
}
