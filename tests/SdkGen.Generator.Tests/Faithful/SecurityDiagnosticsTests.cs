using Microsoft.CodeAnalysis;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// SDKGEN019 says exactly what authentication is not applied, at its line, from the same decision the emitters read:
/// OAuth2 flows other than clientCredentials, OpenID Connect, mutual TLS, HTTP schemes other than basic and bearer, and
/// requirements the client cannot satisfy. The rest of the document still compiles.
/// </summary>
public class SecurityDiagnosticsTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

    private const string Operation = "paths:\n  /a:\n    get:\n      operationId: read\n      responses:\n        '204': {description: ok}\n";

    public static TheoryData<string, int, string> Cases => new()
    {
        {
            "components:\n  securitySchemes:\n    code:\n      type: oauth2\n      flows:\n        authorizationCode: {authorizationUrl: 'https://id.example.com/a', tokenUrl: 'https://id.example.com/t', scopes: {}}\n",
            11,
            "The security scheme 'code' (oauth2) is not applied by the client: only the clientCredentials flow is built in, and it declares only the authorizationCode flow"
        },
        {
            "components:\n  securitySchemes:\n    legacy:\n      type: oauth2\n      flows:\n        implicit: {authorizationUrl: 'https://id.example.com/a', scopes: {}}\n        password: {tokenUrl: 'https://id.example.com/t', scopes: {}}\n",
            11,
            "The security scheme 'legacy' (oauth2) is not applied by the client: only the clientCredentials flow is built in, and it declares only the implicit, password flows"
        },
        {
            "components:\n  securitySchemes:\n    both:\n      type: oauth2\n      flows:\n        clientCredentials: {tokenUrl: 'https://id.example.com/t', scopes: {}}\n        authorizationCode: {authorizationUrl: 'https://id.example.com/a', tokenUrl: 'https://id.example.com/t', scopes: {}}\n",
            11,
            "The authorizationCode flow of the security scheme 'both' (oauth2) is not applied by the client: only its clientCredentials flow is used"
        },
        {
            "components:\n  securitySchemes:\n    relative:\n      type: oauth2\n      flows:\n        clientCredentials: {tokenUrl: '/token', scopes: {}}\n",
            11,
            "The security scheme 'relative' (oauth2) is not applied by the client: the tokenUrl of its clientCredentials flow is not an absolute http(s) URL"
        },
        {
            "components:\n  securitySchemes:\n    tls: {type: mutualTLS}\n",
            11,
            "The security scheme 'tls' (mutualTLS) is not applied by the client: client certificates are configured on the HttpClient's handler"
        },
        {
            "components:\n  securitySchemes:\n    digest: {type: http, scheme: digest}\n",
            11,
            "The security scheme 'digest' (http digest) is not applied by the client: only the basic and bearer HTTP schemes are built in"
        },
        {
            "security:\n  - missing: []\n",
            10,
            "The security requirement 1 of the document is not applied by the client: it names 'missing', which components/securitySchemes does not declare"
        },
        {
            "security:\n  - basic: []\n    bearer: []\ncomponents:\n  securitySchemes:\n    basic: {type: http, scheme: basic}\n    bearer: {type: http, scheme: bearer}\n",
            10,
            "The security requirement 1 of the document is not applied by the client: two of its schemes need the one Authorization header"
        },
        {
            "security:\n  - o: ['read write']\ncomponents:\n  securitySchemes:\n    o:\n      type: oauth2\n      flows:\n        clientCredentials: {tokenUrl: 'https://id.example.com/t', scopes: {}}\n",
            10,
            "The scope 'read write' of security requirement 1 of the document is not applied by the client: it is not an OAuth 2.0 scope token"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_is_not_applied_is_reported_at_its_line(string rest, int line, string message)
    {
        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Header + Operation + rest, "Test.Api", "DClient"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN019", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal("/specs/d.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void An_operation_whose_only_scheme_is_not_applied_is_still_generated_and_sends_without_it()
    {
        const string Spec = Header + "security:\n  - oidc: []\n" + Operation + "components:\n  securitySchemes:\n    oidc: {type: openIdConnect, openIdConnectUrl: 'https://id.example.com/x'}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Spec, "Test.Api", "DClient"));

        Assert.Equal("SDKGEN019", Assert.Single(result.Diagnostics).Id);
        string client = result.Sources.Single(s => s.HintName == "Test.Api.DClient.g.cs").SourceText.ToString();
        Assert.Contains("public virtual global::System.Threading.Tasks.Task ReadAsync(", client);
        Assert.DoesNotContain("InvalidOperationException", client);
        Assert.DoesNotContain("Oidc", result.Sources.Single(s => s.HintName == "Test.Api.DClient.DClientOptions.g.cs").SourceText.ToString());
        Assert.Empty(result.CompilationProblems);
    }

    // A declared Authorization parameter replaces the operation's whole security when given (the client sends the
    // caller's header and nothing else); an API key would then be left out, so it is reported. Basic is what the
    // header replaces, so it is not.
    [Theory]
    [InlineData(false, "The security scheme 'key' of ReadAsync is not applied by the client: its Authorization header parameter, when given, replaces the operation's security, so it is not sent with it")]
    [InlineData(true, "The security scheme 'key' of ReadAsync is not applied by the client: its required Authorization header parameter replaces the operation's security, so it is not sent with it")]
    public void An_Authorization_parameter_that_replaces_an_api_key_is_reported_at_the_operation(bool required, string message)
    {
        string spec = Header + "security:\n  - basic: []\n    key: []\n  - basic: []\n"
            + "paths:\n  /a:\n    get:\n      operationId: read\n      parameters:\n        - {name: Authorization, in: header, required: " + (required ? "true" : "false") + ", schema: {type: string}}\n"
            + "      responses:\n        '204': {description: ok}\n"
            + "components:\n  securitySchemes:\n    basic: {type: http, scheme: basic}\n    key: {type: apiKey, in: query, name: api_key}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", spec, "Test.Api", "DClient"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SDKGEN019", diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void An_Authorization_parameter_beside_Basic_alone_is_not_reported()
    {
        string spec = Header + "security:\n  - basic: []\n"
            + "paths:\n  /a:\n    get:\n      operationId: read\n      parameters:\n        - {name: Authorization, in: header, schema: {type: string}}\n"
            + "      responses:\n        '204': {description: ok}\n"
            + "components:\n  securitySchemes:\n    basic: {type: http, scheme: basic}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", spec, "Test.Api", "DClient"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationProblems);
    }

    [Fact]
    public void Hostile_scheme_names_get_collision_free_properties_and_compile()
    {
        const string Spec = Header + "security:\n  - Endpoint: []\n    basic-auth: []\n  - basic_auth: []\n  - class: []\n  - TimeProvider: []\n  - ToString: []\n" + Operation
            + "components:\n  securitySchemes:\n    Endpoint: {type: apiKey, in: header, name: X-A}\n    basic-auth: {type: http, scheme: basic}\n    basic_auth: {type: http, scheme: bearer}\n"
            + "    class: {type: apiKey, in: query, name: k}\n    TimeProvider: {type: apiKey, in: cookie, name: c}\n    ToString: {type: apiKey, in: header, name: \"X-\\\"quoted\"}\n";

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/d.yaml", Spec, "Test.Api", "DClient"));

        string options = result.Sources.Single(s => s.HintName == "Test.Api.DClient.DClientOptions.g.cs").SourceText.ToString();
        foreach (string property in new[] { "Endpoint2", "BasicAuth", "BasicAuth2", "Class", "TimeProvider2", "ToStringCredentials" })
        {
            Assert.Contains(" " + property + " { get; set; }", options);
        }

        Assert.All(result.Diagnostics, d => Assert.Equal("SDKGEN006", d.Id));
        Assert.Empty(result.CompilationProblems);
    }
}
