using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Model;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Parsing;

/// <summary>
/// Only the component schemas operations reach become types (Parsing/ReachableSchemas.cs); the
/// <c>SdkGenIncludeUnreachableSchemas</c> metadata brings the others back. Specs/reachability.yaml names each
/// schema for the way it is reached.
/// </summary>
public class ReachableSchemasTests
{
    private const string Namespace = "Test.Reach";

    private static readonly string[] s_reached =
    [
        "PathParameterItemId", "QueryParameterMode", "ResponseHeaderRatePolicy", "ResponseItem",
        "PropertyOfItem", "ItemsOfItem", "AdditionalPropertyOfItem", "CycleNode", "CycleParent", "CycleChild", "AllOfMember",
        "AnyOfFirst", "AnyOfSecond", "NotSchema", "SharedWithWebhook", "ErrorResponseNotFound", "ErrorResponseProblem",
        "OneOfCat", "OneOfDog", "MappingOnlyLizard", "MappingOnlySnake", "DiscriminatedShape", "DerivedCircle",
    ];

    // In document order, as DocumentSpec.UnreachableSchemas lists them.
    private static readonly string[] s_unreached =
    [
        "UnreachedLeftOutParameterFilter", "WebhookItemDeleted", "WebhookOnlyDetail", "CallbackPayload", "UnreachedModel", "UnreachedReferencedOnlyByUnreached",
        "UnreachedEnum", "UnreachedDerivedFromUndiscriminated",
    ];

    [Fact]
    public void By_default_only_the_schemas_operations_reach_become_types()
    {
        GenerationResult result = GeneratorHarness.Run(Reachability(null));

        Assert.Empty(result.CompilationProblems);
        Assert.All(s_reached, name => Assert.True(HasType(result, name), name + " is reached by an operation but was not generated"));
        Assert.All(s_unreached, name => Assert.False(HasType(result, name), name + " is reached by no operation but was generated"));
    }

    [Fact]
    public void The_parser_lists_exactly_the_unreached_schemas_in_document_order()
    {
        DocumentSpec document = Parse(includeUnreachable: false);

        Assert.Equal(s_unreached, document.UnreachableSchemas);
        Assert.DoesNotContain(document.Models, m => s_unreached.Contains(m.Name));
        Assert.DoesNotContain(document.Enums, e => s_unreached.Contains(e.Name));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData(" TRUE ")]
    public void The_metadata_generates_every_schema_and_changes_nothing_else(string value)
    {
        GenerationResult reachedOnly = GeneratorHarness.Run(Reachability(null));
        GenerationResult everything = GeneratorHarness.Run(Reachability(value));

        Assert.Empty(everything.CompilationProblems);
        Assert.All(s_reached.Concat(s_unreached), name => Assert.True(HasType(everything, name), name + " was not generated"));

        // Leaving schemas out only removes their files: every other file is byte for byte the same, except the shared
        // files (the enum tables, the serializer groups), which lose the parts of the schemas left out and nothing else.
        Dictionary<string, string> all = everything.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.All(reachedOnly.Sources.Where(s => !IsShared(s.HintName)), s => Assert.Equal(s.SourceText.ToString(), all[s.HintName]));
        Assert.Single(reachedOnly.Sources, s => IsEnumTables(s.HintName));
        Assert.All(reachedOnly.Sources.Where(s => IsShared(s.HintName)), s => Assert.Empty(Lines(s.SourceText.ToString()).Except(Lines(all[s.HintName]))));
        Assert.Equal(
            everything.Sources.Select(s => s.HintName).Where(h => s_unreached.Any(u => h.Contains("." + u + ".", StringComparison.Ordinal))).Order(StringComparer.Ordinal),
            all.Keys.Except(reachedOnly.Sources.Select(s => s.HintName)).Where(h => !IsShared(h)).Order(StringComparer.Ordinal));
        Assert.All(
            all.Keys.Except(reachedOnly.Sources.Select(s => s.HintName)).Where(IsShared),
            h => Assert.DoesNotContain(s_reached, name => all[h].Contains("internal static " + name + " Read" + name + "(", StringComparison.Ordinal)));
        Assert.Equal(reachedOnly.Diagnostics.Select(d => d.ToString()), everything.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("")]
    public void False_or_empty_metadata_is_the_default(string value)
    {
        GenerationResult explicitDefault = GeneratorHarness.Run(Reachability(value));
        GenerationResult noMetadata = GeneratorHarness.Run(Reachability(null));

        Assert.Equal(noMetadata.Sources.Select(s => s.HintName), explicitDefault.Sources.Select(s => s.HintName));
        Assert.DoesNotContain(explicitDefault.Diagnostics, d => d.Id == "SDKGEN008");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("true;false")]
    public void Any_other_value_is_the_bad_metadata_diagnostic_and_nothing_is_generated(string value)
    {
        GenerationResult result = GeneratorHarness.Run(Reachability(value));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("SdkGenIncludeUnreachableSchemas '" + value.Trim() + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_schema_reached_only_through_a_discriminator_mapping_is_generated()
    {
        // No operation names Lizard or Snake; RequestPet's discriminator maps to them (as a $ref and as a bare name).
        DocumentSpec document = Parse(includeUnreachable: false);

        Assert.Contains(document.Models, m => m.Name == "MappingOnlyLizard");
        Assert.Contains(document.Models, m => m.Name == "MappingOnlySnake");
    }

    [Fact]
    public void A_schema_extending_a_reached_discriminated_schema_is_reached_one_extending_an_undiscriminated_one_is_not()
    {
        DocumentSpec document = Parse(includeUnreachable: false);

        Assert.Contains(document.Models, m => m.Name == "DerivedCircle");
        Assert.DoesNotContain(document.Models, m => m.Name == "UnreachedDerivedFromUndiscriminated");
    }

    [Fact]
    public void Reference_cycles_among_reached_and_unreached_schemas_end()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: A.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/A'}
            components:
              schemas:
                A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
                B: {type: object, properties: {a: {$ref: '#/components/schemas/A'}, self: {$ref: '#/components/schemas/B'}}}
                Loop1: {$ref: '#/components/schemas/Loop2'}
                Loop2: {$ref: '#/components/schemas/Loop1'}
                Alias: {$ref: '#/components/schemas/Alias'}
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/cycles.yaml", spec, "Test.Cycles", "CyclesClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.True(HasType(result, "A", "Test.Cycles"));
        Assert.True(HasType(result, "B", "Test.Cycles"));

        // The $ref loops are reached by nothing: not mapped, so not reported as raw JSON either.
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_schema_reached_only_through_a_shared_component_parameter_or_response_is_generated()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  parameters:
                    - $ref: '#/components/parameters/Sort'
                  responses:
                    '200': {$ref: '#/components/responses/Ok'}
                    '500': {$ref: '#/components/responses/Failure'}
            components:
              parameters:
                Sort: {name: sort, in: query, schema: {$ref: '#/components/schemas/SortOrder'}}
                Unused: {name: unused, in: query, schema: {$ref: '#/components/schemas/UnusedOrder'}}
              responses:
                Ok:
                  description: OK.
                  content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}
                Failure:
                  description: Failed.
                  content: {application/json: {schema: {$ref: '#/components/schemas/Failure'}}}
              schemas:
                SortOrder: {type: string, enum: [asc, desc]}
                UnusedOrder: {type: string, enum: [up, down]}
                Page: {type: object, properties: {next: {type: string}}}
                Failure: {type: object, properties: {message: {type: string}}}
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/shared.yaml", spec, "Test.Shared", "SharedClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.All(new[] { "SortOrder", "Page", "Failure" }, name => Assert.True(HasType(result, name, "Test.Shared"), name));
        Assert.False(HasType(result, "UnusedOrder", "Test.Shared"));
    }

    [Fact]
    public void A_chain_of_thousands_of_references_is_walked_without_recursion()
    {
        const int length = 5000;
        var schemas = new JsonObject { ["Orphan"] = new JsonObject { ["type"] = "string" } };
        for (int i = 0; i < length; i++)
        {
            var next = new JsonObject { ["$ref"] = "#/components/schemas/S" + (i + 1) };
            schemas["S" + i] = i + 1 < length
                ? new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["next"] = next } }
                : new JsonObject { ["type"] = "string" };
        }

        var root = JsonNode.Parse("""
            {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
             "paths": {"/a": {"get": {"responses": {"200": {"description": "A.",
               "content": {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}}}}}}}}
            """)!.AsObject();
        root["components"] = new JsonObject { ["schemas"] = schemas };

        Microsoft.OpenApi.OpenApiDocument document = SpecParser.ReadOpenApi(root, "/specs/chain.json").Document!;
        ReachableSchemas reachable = ReachableSchemas.Find(document, new NotSent(), CancellationToken.None);

        // The orphan tells a finished walk from the fallback that treats everything as reached.
        Assert.Equal(["Orphan"], reachable.Unreachable(document));
        Assert.True(reachable.Contains("S" + (length - 1)));
    }

    private static SpecFile Reachability(string? includeUnreachable) =>
        SpecFile.FromTestSpecs("reachability.yaml", Namespace, "ReachabilityClient") with { IncludeUnreachableSchemas = includeUnreachable };

    private static DocumentSpec Parse(bool includeUnreachable)
    {
        SpecFile spec = SpecFile.FromTestSpecs("reachability.yaml", Namespace, "ReachabilityClient");
        ParsedDocument parsed = SpecParser.Parse(new SpecFileInput(spec.Path, spec.Text, Namespace, "ReachabilityClient") { IncludeUnreachableSchemas = includeUnreachable }, CancellationToken.None);
        return parsed.Document ?? throw new InvalidOperationException(string.Join("\n", parsed.Diagnostics));
    }

    private static bool HasType(GenerationResult result, string name, string ns = Namespace) =>
        result.Compilation.GetTypeByMetadataName(ns + "." + name) is not null;

    private static bool IsEnumTables(string hintName) => hintName.EndsWith("WireValues.g.cs", StringComparison.Ordinal);

    // The serializer of a document is written in groups of models by initial (ClientJsonSerializer.A.g.cs).
    private static bool IsShared(string hintName) =>
        IsEnumTables(hintName) || System.Text.RegularExpressions.Regex.IsMatch(hintName, @"JsonSerializer\.[A-Z_]\.g\.cs$");

    private static IEnumerable<string> Lines(string text) => text.Split('\n');
}
