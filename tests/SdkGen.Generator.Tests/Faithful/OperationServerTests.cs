using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>How path- and operation-level servers map to endpoint options.</summary>
public class OperationServerTests
{
    [Fact]
    public void A_path_restating_the_documents_templated_server_uses_Endpoint_and_its_variables()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            servers:
              - url: 'https://{space}.example.com/api'
                variables: { space: { default: demo } }
            paths:
              /a:
                servers:
                  - url: 'https://{space}.example.com/api'
                    variables: { space: { default: demo } }
                get:
                  operationId: a
                  responses: { '204': { description: ok } }
              /b:
                get:
                  operationId: b
                  servers: [ { url: /relative } ]
                  responses: { '204': { description: ok } }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/s.yaml", spec, "Test.Api", "SClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics);
        string client = result.Source("Test.Api.SClient.g.cs");
        Assert.Contains("_relativeEndpoint = options.ResolveRelativeEndpoint();", client);
        Assert.Equal(2, client.Split("new global::SdkGen.Runtime.Internal.RequestUriBuilder(_endpoint)").Length);
        Assert.Contains("new global::SdkGen.Runtime.Internal.RequestUriBuilder(_relativeEndpoint)", client);
        Assert.Contains("return new global::System.Uri(ResolveEndpoint(), DefaultRelativeEndpoint);", result.Source("SClientOptions.Servers.g.cs"));
        Assert.DoesNotContain("DemoEndpoint", result.Source("SClientOptions.Servers.g.cs"));
    }

    [Fact]
    public void Path_server_variables_become_options_and_the_first_servers_are_the_documents_own()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /calls:
                servers:
                  - url: 'https://{region}.voice.example.com/{version}'
                    variables:
                      region: { default: eu, enum: [eu, us] }
                      version: { default: v2 }
                get:
                  operationId: listCalls
                  responses: { '204': { description: ok } }
              /media:
                servers:
                  - url: 'https://{region}.media.example.com'
                    variables:
                      region: { default: eu, description: Where the media is kept. }
                get:
                  operationId: listMedia
                  responses: { '204': { description: ok } }
            """;

        GenerationResult result = GeneratorHarness.Run(new SpecFile("/specs/s.yaml", spec, "Test.Api", "SClient"));

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics);
        string options = result.Source("SClientOptions.g.cs");
        Assert.Contains("public const string EndpointTemplate = \"https://{region}.voice.example.com/{version}\";", options);
        Assert.Contains("public string? Region { get; set; } = \"eu\";", options);
        Assert.Contains("public string? Version { get; set; } = \"v2\";", options);
        string servers = result.Source("SClientOptions.Servers.g.cs");
        Assert.Contains("public const string MediaEndpointTemplate = \"https://{region}.media.example.com\";", servers);
        Assert.Contains("/// <summary>Where the media is kept.</summary>", servers);
        Assert.Contains("public string? MediaRegion { get; set; } = \"eu\";", servers);
        Assert.Contains("ServerVariables.Require(MediaRegion, nameof(MediaRegion), null, nameof(MediaEndpoint))", servers);
    }
}
