using SdkGen.Packaging.Tests.Infrastructure;

namespace SdkGen.Packaging.Tests;

/// <summary>
/// <c>sdkgen</c> installed the way a user installs it (<c>dotnet tool install --tool-path … --add-source …</c> from the
/// run's feed) and run as a separate process: help on no arguments, <c>generate --stats</c> on a spec, exit 2 on bad input.
/// </summary>
[Collection(PackagingCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class ToolPackageTests(PackagedFeed feed, ITestOutputHelper output)
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Pets
          version: '1.0'
        paths:
          /pets/{petId}:
            get:
              operationId: getPet
              parameters:
                - { name: petId, in: path, required: true, schema: { type: string } }
              responses:
                '200':
                  description: A pet.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: { type: string }
                kind: { type: string, enum: [cat, dog] }
        """;

    [Fact]
    public async Task The_installed_tool_generates_from_a_spec_and_prints_stats()
    {
        ConsumerProject folder = feed.CreateConsumer("tool-user");

        // `--add-source` refuses to work with package source mapping, so this folder has no sources of its own: the
        // tool (which has no dependencies) can only come from the run's feed, into this folder's own package cache.
        folder.WriteFile("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{System.Security.SecurityElement.Escape(folder.PackagesFolder)}" />
              </config>
              <packageSources>
                <clear />
              </packageSources>
              <packageSourceMapping>
                <clear />
              </packageSourceMapping>
            </configuration>
            """);
        string toolPath = Path.Combine(folder.Directory, "tools");
        ProcessResult install = await folder.DotNetAsync(
            ["tool", "install", PackagedFeed.CliId, "--version", feed.Version, "--tool-path", toolPath, "--add-source", feed.FeedDirectory]);
        output.WriteLine($"dotnet tool install: {install.Elapsed.TotalSeconds:F1} s");
        install.EnsureSuccess("Installing the sdkgen tool from the local feed");
        string sdkgen = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "sdkgen.exe" : "sdkgen");
        Assert.True(File.Exists(sdkgen), $"{sdkgen} was not installed.{Environment.NewLine}{install.Describe()}");

        ProcessResult help = await DotNetProcess.RunToolAsync(sdkgen, folder.Directory, [], folder.Environment());
        Assert.True(help.ExitCode == 0 && help.StandardOutput.Contains("generate", StringComparison.Ordinal), help.Describe());

        string spec = folder.WriteFile("specs/pets.yaml", Spec);
        string generated = Path.Combine(folder.Directory, "generated");
        ProcessResult generate = await DotNetProcess.RunToolAsync(
            sdkgen, folder.Directory, ["generate", spec, "-o", generated, "--root-namespace", "PetShop", "--stats"], folder.Environment());
        generate.EnsureSuccess("sdkgen generate --stats");
        Assert.True(File.Exists(Path.Combine(generated, "PetShop.PetsClient.g.cs")), generate.Describe());
        Assert.Matches(@"(?m)^operations\s+1\s*$", generate.StandardOutput);
        Assert.Matches(@"(?m)^models\s+1\s*$", generate.StandardOutput);
        Assert.Matches(@"(?m)^files\s+" + Directory.GetFiles(generated).Length + @"\s*$", generate.StandardOutput);

        ProcessResult bad = await DotNetProcess.RunToolAsync(
            sdkgen, folder.Directory, ["recording", "pause", "--vendor", "twilio", "--call", "CA1", "--timeout", "50000"], folder.Environment());
        Assert.True(bad.ExitCode == 2, bad.Describe());
        Assert.Single(bad.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
