using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>
/// Error maps: operations whose error answers map to the same exception factories share one static field of their
/// client, named after what each status becomes; operations that map them differently get their own.
/// </summary>
public class ErrorMapTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Error maps, version: '1' }
        servers: [ { url: 'https://maps.example.com' } ]
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200': { description: ok }
                '404': { description: gone, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
            delete:
              operationId: deleteA
              responses:
                '204': { description: ok }
                '404': { description: gone, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
          /b:
            get:
              operationId: getB
              responses:
                '200': { description: ok }
                '404': { description: gone, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
                '4XX': { description: refused, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
            put:
              operationId: putB
              responses:
                '200': { description: ok }
                default: { description: any, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
          /c:
            get:
              operationId: getC
              responses:
                '200': { description: ok }
          /d:
            get:
              operationId: getD
              responses:
                '200': { description: ok }
                '400': { description: bad, content: { application/json: { schema: { $ref: '#/components/schemas/LongFailureDescriptionA' } } } }
                '401': { description: who, content: { application/json: { schema: { $ref: '#/components/schemas/LongFailureDescriptionB' } } } }
                '403': { description: no, content: { application/json: { schema: { $ref: '#/components/schemas/LongFailureDescriptionA' } } } }
        components:
          schemas:
            Error: { type: object, properties: { code: { type: string } } }
            Problem: { type: object, properties: { title: { type: string } } }
            LongFailureDescriptionA: { type: object, properties: { code: { type: string } } }
            LongFailureDescriptionB: { type: object, properties: { code: { type: string } } }
        """;

    [Fact]
    public void Operations_with_the_same_error_map_share_one_field_and_others_get_their_own()
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/error-maps.yaml", Spec, "Error.Maps", "Maps"));

        Assert.Empty(result.CompilationProblems);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string client = result.Source("Error.Maps.Maps.g.cs");

        // getA and deleteA: one map, used twice.
        Assert.Single(AllIndexes(client, " s_errorOn404 = "));
        Assert.Equal(2, AllIndexes(client, ", s_errorOn404, cancellationToken)").Count);

        // The exact code before the range, then the range, then the plain exception.
        Assert.Contains(" s_errorOn404ProblemOn4xx = ", client);
        Assert.True(client.IndexOf("if (status == 404)", StringComparison.Ordinal) < client.IndexOf("if (status / 100 == 4)", StringComparison.Ordinal));

        // A default with a model, and no error model at all: the factory itself, no test.
        Assert.Contains(" s_problemOnAny = MapsExceptions.CreateProblemException;", client);
        Assert.Contains(" s_serviceError = MapsExceptions.CreateException;", client);
        // A map too long to spell out is named after its first operation.
        Assert.Contains(" s_getDErrors = ", client);
        Assert.Contains(", s_getDErrors, cancellationToken)", client);

        Assert.Equal(5, AllIndexes(client, "private static readonly global::System.Func<global::System.Net.Http.HttpResponseMessage, byte[], global::SdkGen.Runtime.ApiException> ").Count);
    }

    private static List<int> AllIndexes(string text, string value)
    {
        var found = new List<int>();
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }
}
