using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// Minimal reproductions of the generator bugs the robustness tests found, kept as regression tests (all fixed, in
/// 20bb65b, b6981c9 and 312fc51). A new bug gets its reproduction here, as <c>[Fact(Skip = "generator bug: …")]</c> until it is fixed,
/// and an entry in <see cref="KnownGeneratorBugs"/> so the fuzzer tolerates it meanwhile.
/// </summary>
[Trait("Category", "Robustness")]
public class GeneratorBugRegressionTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

    // reader-exception: exceptions of the Microsoft.OpenApi reader (NullReferenceException, FormatException,
    // OverflowException, OpenApiUnsupportedSpecVersionException, ArgumentNullException "referenceId") escaped
    // SpecParser.ReadOpenApi to the catch-all of SpecParser.Parse, which reported SDKGEN010 "a bug in SdkGen".
    // These are invalid documents: SDKGEN002 (fixed in 20bb65b; still at line 1, the exceptions carry no position).
    [Theory]
    [InlineData("property-schema-is-a-number", Header + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        status: 42\n", 7)] // NullReferenceException in OpenApiWorkspace.RegisterSchemaIdentifiers
    [InlineData("version-3", "openapi: '3'\ninfo: {title: T, version: '1'}\npaths: {}\n", 1)] // OpenApiUnsupportedSpecVersionException
    [InlineData("version-4", "openapi: 4.0.0\ninfo: {title: T, version: '1'}\npaths: {}\n", 1)]
    [InlineData("version-empty", "openapi: ''\ninfo: {title: T, version: '1'}\npaths: {}\n", 1)]
    [InlineData("ref-without-name", Header + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/'}\n", 7)] // ArgumentNullException referenceId
    [InlineData("schema-ref-without-name", Header + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/'}\n", 5)]
    [InlineData("boolean-field-not-boolean", Header + "paths: {}\ncomponents:\n  schemas:\n    A: {type: string, deprecated: soon}\n", 5)] // FormatException
    [InlineData("integer-field-overflows", Header + "paths: {}\ncomponents:\n  schemas:\n    A: {type: string, maxLength: 2147483648}\n", 5)] // OverflowException
    public void Reader_exceptions_are_reported_as_SDKGEN002_at_the_node(string name, string spec, int line)
    {
        CaseOutcome outcome = Check(name, spec);

        Assert.DoesNotContain("SDKGEN010", outcome.DiagnosticIds);
        Assert.Contains("SDKGEN002", outcome.DiagnosticIds);
        Assert.Empty(outcome.Problems);

        // Reported at line 1 for now: the reader's exceptions carry no position. The offending node is at `line`.
        _ = line;
    }

    // ref-cycle: SchemaMapper guarded its own recursion (_componentsInProgress), but reading Type/AllOf/AnyOf of an
    // OpenApiSchemaReference whose target is itself a reference back threw InvalidOperationException ("Circular
    // reference detected") from BaseOpenApiReferenceHolder (in IsNullable, MapAlternatives, CollectProperties): SDKGEN010.
    [Theory]
    [InlineData("self", Header + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n")]
    [InlineData("mutual", Header + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n")]
    [InlineData("self-used-by-a-model", Header + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n    M:\n      type: object\n      properties:\n        a: {$ref: '#/components/schemas/A'}\n")]
    public void Reference_cycles_fall_back_to_json_with_SDKGEN017(string name, string spec)
    {
        CaseOutcome outcome = Check(name, spec);

        Assert.Empty(outcome.Problems);
        Assert.Contains("SDKGEN017", outcome.DiagnosticIds);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // ref-cycle-outside-schemas: the same "Circular reference detected" InvalidOperationException for components that
    // are not schemas (found by the nightly-size run, seed 4242, case 5561). A parameter, response, request body or
    // security scheme that is a $ref to itself (or A → B → A) threw when the generator read it (MergedParameters,
    // MapResponses, MapBody, ServerOptions.HasBasicAuth, now SecuritySchemes): SDKGEN010 at line 1. Now ReferenceCycles probes each such
    // entry first: SDKGEN020 at the reference, the entry left out, the rest of the document generated.
    [Theory]
    [InlineData("parameter", "paths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/P'\n      responses:\n        '204': {description: ok}\ncomponents:\n  parameters:\n    P: {$ref: '#/components/parameters/P'}\n")]
    [InlineData("path-level-parameters", "paths:\n  /a:\n    parameters:\n      - $ref: '#/components/parameters/P'\n    get:\n      responses:\n        '204': {description: ok}\ncomponents:\n  parameters:\n    P: {$ref: '#/components/parameters/Q'}\n    Q: {$ref: '#/components/parameters/P'}\n")]
    [InlineData("response", "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/R'}\ncomponents:\n  responses:\n    R: {$ref: '#/components/responses/R'}\n")]
    [InlineData("request-body", "paths:\n  /a:\n    post:\n      requestBody: {$ref: '#/components/requestBodies/B'}\n      responses:\n        '204': {description: ok}\ncomponents:\n  requestBodies:\n    B: {$ref: '#/components/requestBodies/B'}\n")]
    [InlineData("security-scheme", "security:\n  - s: []\npaths: {}\ncomponents:\n  securitySchemes:\n    s: {$ref: '#/components/securitySchemes/s'}\n")]
    public void Reference_cycles_outside_schemas_are_reported_not_thrown(string name, string rest)
    {
        CaseOutcome outcome = Check("cycle-" + name, Header + rest);

        Assert.DoesNotContain("SDKGEN010", outcome.DiagnosticIds);
        Assert.Contains("SDKGEN020", outcome.DiagnosticIds);
        Assert.Empty(outcome.Problems);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // null-map-value: Microsoft.OpenApi keeps a map entry whose value is not an object as null (without an error);
    // OperationMapper.MapResponses, OperationMapper.MapBody and ServerOptions.HasBasicAuth (now SecuritySchemes) dereferenced it: SDKGEN010.
    // Such entries are now skipped (silently: no diagnostic says so).
    [Theory]
    [InlineData("response-media-type", Header + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json: x\n")]
    [InlineData("body-media-type", Header + "paths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json: ''\n      responses:\n        '204': {description: ok}\n")]
    [InlineData("security-scheme", Header + "paths: {}\ncomponents:\n  securitySchemes:\n    basic: http\n")]
    [InlineData("server-variable", Header + "servers:\n  - url: 'https://{host}.example.com'\n    variables:\n      host: ''\npaths: {}\n")] // was a NullReferenceException in OpenApiServerRules
    public void Map_entries_that_are_not_objects_are_reported_not_dereferenced(string name, string spec)
    {
        CaseOutcome outcome = Check(name, spec);

        Assert.DoesNotContain("SDKGEN010", outcome.DiagnosticIds);
        Assert.Empty(outcome.Problems);
    }

    // hint-name-case: DocumentEmitter names files after types; UniqueNames compared ordinally, Roslyn compares hint
    // names case-insensitively. AddSource threw ArgumentException inside RegisterSourceOutput: CS8785, and the generator
    // contributed nothing for any spec of the project. Also reached by tags when a document with more than 40
    // operations is split by tag (a_b → ABClient, AB → AbClient).
    [Theory]
    [InlineData("models", Header + "paths: {}\ncomponents:\n  schemas:\n    ABc: {type: object, properties: {a: {type: string}}}\n    Abc: {type: object, properties: {a: {type: string}}}\n")]
    [InlineData("enums", Header + "paths: {}\ncomponents:\n  schemas:\n    ABc: {type: string, enum: [a]}\n    Abc: {type: string, enum: [b]}\n")]
    public void Type_names_differing_only_in_case_generate_and_compile(string name, string spec)
    {
        CaseOutcome outcome = Check(name, spec);

        Assert.Empty(outcome.Problems);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // local-name-clash: OperationMapper.s_reservedLocals listed cancellationToken, request, response, uri, content,
    // error, result, body, but ClientEmitter also declares form (EmitBody), item (EmitQuery, JoinCommas, EmitFormField),
    // itemName and i (EmitBodyValidation): CS0136 / CS0841. The emitter now names its locals around the parameters
    // (OperationLocals), which also covers the binary response's stream, never on that list.
    [Theory]
    [InlineData("stream", Header + "paths:\n  /a:\n    get:\n      parameters:\n        - {name: stream, in: query, schema: {type: string}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/octet-stream:\n              schema: {type: string, format: binary}\n")]
    [InlineData("request-response-and-co", Header + "paths:\n  /a:\n    post:\n      parameters:\n        - {name: request, in: query, schema: {type: string}}\n        - {name: response, in: query, schema: {type: string}}\n        - {name: content, in: header, schema: {type: string}}\n        - {name: status, in: query, schema: {type: string}}\n        - {name: result, in: query, schema: {type: string}}\n        - {name: uri, in: query, schema: {type: string}}\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {a: {type: string}}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {a: {type: string}}}\n        '400':\n          description: bad\n          content:\n            application/json:\n              schema: {type: object, properties: {message: {type: string}}}\n")]
    [InlineData("form", Header + "paths:\n  /a:\n    post:\n      parameters:\n        - {name: form, in: query, schema: {type: string}}\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema: {type: object, properties: {a: {type: string}}}\n      responses:\n        '204': {description: ok}\n")]
    [InlineData("item", Header + "paths:\n  /a:\n    get:\n      parameters:\n        - {name: item, in: query, schema: {type: string}}\n        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}\n      responses:\n        '204': {description: ok}\n")]
    [InlineData("i-and-itemName", Header + "paths:\n  /a:\n    post:\n      parameters:\n        - {name: itemName, in: query, schema: {type: string}}\n        - {name: i, in: query, schema: {type: string}}\n      requestBody:\n        content:\n          application/json:\n            schema: {type: array, items: {$ref: '#/components/schemas/M'}}\n      responses:\n        '204': {description: ok}\ncomponents:\n  schemas:\n    M: {type: object, required: [a], properties: {a: {type: string, minLength: 1}}}\n")]
    public void Parameters_named_like_emitted_locals_compile(string name, string spec)
    {
        CaseOutcome outcome = Check(name, spec);

        Assert.Empty(outcome.Problems);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // contextual-keyword-parameter: Identifiers.s_keywords held only the reserved keywords, so ToCamelCase left
    // `await` and `nameof` bare: in the emitted async method `await` is a keyword (`if (await is object)`: CS1525).
    [Theory]
    [InlineData("query")]
    [InlineData("header")]
    public void Parameters_named_await_compile(string location)
    {
        string spec = Header + "paths:\n  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: await, in: " + location + ", required: true, schema: {type: string}}\n      responses:\n        '204': {description: ok}\n";

        CaseOutcome outcome = Check("await-" + location, spec);

        Assert.Empty(outcome.Problems);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // nameof-parameter: escaping it as @nameof (20bb65b) was not enough: with anything named nameof in scope, every
    // `nameof(x)` of the method is an invocation of it, so the argument checks of the other parameters
    // (`ArgumentErrors.Required(nameof(id))`) failed with CS0149 "Method name expected". Renamed since 312fc51.
    [Theory]
    [InlineData("query", false)]
    [InlineData("query", true)]
    [InlineData("header", false)]
    public void Parameters_named_nameof_compile(string location, bool required)
    {
        string spec = Header + "paths:\n  /a/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: nameof, in: " + location + ", required: " + (required ? "true" : "false") + ", schema: {type: string}}\n      responses:\n        '204': {description: ok}\n";

        CaseOutcome outcome = Check("nameof-" + location + required, spec);

        Assert.Empty(outcome.Problems);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // response-code-as-code: once the reader's validation rules were off (b6981c9), a responses key that is not default,
    // a status code or 1XX-5XX reached OperationMapper.MapResponses as an ErrorResponseSpec and ClientEmitter wrote it
    // into C# as it was: `status == ABC` (CS0103), `status == 4X` (CS1026); "1e3", "0x1F", "4_0_4" compiled by accident
    // as C# literals. The generator now checks the key itself (312fc51).
    [Theory]
    [InlineData("abc")]
    [InlineData("4X")]
    [InlineData("4XX ")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    public void Response_keys_that_are_not_status_codes_are_reported_not_emitted(string code)
    {
        string spec = Header + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n        '" + code + "':\n          description: bad\n          content:\n            application/json:\n              schema: {type: object, properties: {message: {type: string}}}\n";

        CaseOutcome outcome = Check("code", spec);

        Assert.Empty(outcome.Problems);
        Assert.True(outcome.DiagnosticIds.Contains("SDKGEN002") || outcome.DiagnosticIds.Contains("SDKGEN018"), "no diagnostic for the response key " + HostileInputs.Show(code));
    }

    // enum-named-like-object-member: EnumEmitter wrote the extensions class with simple names, `case ToString.Paused:`.
    // Inside the static class ToStringExtensions, member lookup finds the inherited object.ToString() before the enum
    // in the namespace: CS0119. Same for Equals, GetHashCode, GetType, ReferenceEquals and MemberwiseClone (models with
    // those names were fine). Fixed in 312fc51.
    [Theory]
    [InlineData("ToString")]
    [InlineData("Equals")]
    [InlineData("GetHashCode")]
    [InlineData("GetType")]
    [InlineData("ReferenceEquals")]
    [InlineData("MemberwiseClone")]
    public void Enums_named_like_members_of_object_compile(string name)
    {
        string spec = Header + "paths: {}\ncomponents:\n  schemas:\n    " + name + ": {type: string, enum: [paused, recording]}\n";

        CaseOutcome outcome = Check("enum-" + name, spec);

        Assert.Empty(outcome.Problems);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // form-comment-newline: ClientEmitter.EmitFormField wrote "// '" + property.WireName + "' has a structured type…"
    // without removing line breaks; C# ends a // comment at \r, \n, \u0085, \u2028 and \u2029, so the rest was code.
    [Theory]
    [InlineData("newline", "a\\nclass X {")]
    [InlineData("line-separator", "b\\u2028}")]
    [InlineData("next-line", "c\\u0085int x;")]
    public void Form_field_names_with_line_breaks_compile(string name, string escapedFieldName)
    {
        string spec = Header + "paths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema:\n              type: object\n              properties:\n"
            + "                \"" + escapedFieldName + "\": {type: object, properties: {x: {type: string}}}\n      responses:\n        '204': {description: ok}\n";

        CaseOutcome outcome = Check(name, spec);

        Assert.Empty(outcome.Problems);
        Assert.NotEqual(CompileStatus.NotCompiled, outcome.Compile);
    }

    // Most repros declare no operation (paths: {}): their schemas are generated on request, as every schema was before.
    private static CaseOutcome Check(string name, string spec) =>
        RobustnessChecker.Check([new SpecFile("/specs/bug-" + name + ".yaml", spec, "Bug.Repro", "ReproClient", IncludeUnreachableSchemas: "true")]).Single();
}
