using System.Xml.Linq;
using SdkGen.Packaging.Tests.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Packaging.Tests;

/// <summary>
/// A fresh project installs only <c>SdkGen.Generator</c> and <c>SdkGen.Runtime</c>, brings its own OpenAPI
/// documents, and builds with the real compiler: the generated client works against the simulator, a spec added
/// later is picked up, and a broken spec fails the build with a diagnostic at its file and line.
/// </summary>
[Collection(PackagingCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class GeneratorPackageConsumerTests(PackagedFeed feed, ITestOutputHelper output)
{
    // The simulator's Bandwidth route, written by a user from scratch.
    private const string RecordingSpec = """
        openapi: 3.0.3
        info:
          title: Call recording state (consumer test)
          version: '1.0'
        servers:
          - url: https://voice.example.com/api/v2
        security:
          - basicAuth: []
        paths:
          /accounts/{accountId}/calls/{callId}/recording:
            put:
              operationId: setRecordingState
              parameters:
                - name: accountId
                  in: path
                  required: true
                  schema:
                    type: string
                - name: callId
                  in: path
                  required: true
                  schema:
                    type: string
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/RecordingStateUpdate'
              responses:
                '200':
                  description: The state was changed.
                default:
                  description: An error.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/ApiError'
        components:
          securitySchemes:
            basicAuth:
              type: http
              scheme: basic
          schemas:
            RecordingState:
              type: string
              enum:
                - paused
                - recording
            RecordingStateUpdate:
              type: object
              required:
                - state
              properties:
                state:
                  $ref: '#/components/schemas/RecordingState'
            ApiError:
              type: object
              properties:
                type:
                  type: string
                description:
                  type: string
        """;

    private const string StatusSpec = """
        openapi: 3.0.3
        info:
          title: Status (second spec)
          version: '1.0'
        servers:
          - url: https://status.example.com
        paths:
          /status:
            get:
              operationId: getStatus
              responses:
                '200':
                  description: The status.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          healthy:
                            type: boolean
        """;

    // Line 3 holds a quoted scalar that never ends: not well-formed YAML.
    private const string BrokenSpec = """
        openapi: 3.0.3
        info:
          title: "never closed
          version: '1.0'
        paths: {}
        """;

    private const string Program = """
        using Consumer.Recording;
        using SdkGen.Runtime;

        string Setting(string name) =>
            Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException(name + " is not set.");

        using var http = new HttpClient();
        var client = new RecordingClient(http, new RecordingClientOptions
        {
            Endpoint = new Uri(Setting("BANDWIDTH_BASE_URL")),
            BasicAuth = new BasicCredentials(Setting("BANDWIDTH_USERNAME"), Setting("BANDWIDTH_PASSWORD")),
        });

        await client.SetRecordingStateAsync(Setting("BANDWIDTH_ACCOUNT_ID"), args[0], new RecordingStateUpdate(RecordingState.Paused));
        Console.WriteLine("paused " + args[0]);
        return 0;
        """;

    [Fact]
    public async Task Project_with_only_generator_and_runtime_packages_generates_a_working_client_and_follows_spec_changes()
    {
        output.WriteLine($"copy ({feed.CopiedFiles} files): {feed.CopyTime.TotalSeconds:F1} s, pack (once per run): {feed.PackResult.Elapsed.TotalSeconds:F1} s");
        ConsumerProject project = feed.CreateConsumer("generator-consumer");
        project.WriteFile("GeneratorConsumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SdkGen.Runtime" Version="{feed.Version}" />
              </ItemGroup>
              <ItemGroup>
                <AdditionalFiles Include="specs/recording.yaml" SdkGenNamespace="Consumer.Recording" SdkGenClientName="RecordingClient" />
                <!-- Specs dropped into specs/more/ later opt in through this item; the project file does not change. -->
                <AdditionalFiles Include="specs/more/*.yaml" SdkGenNamespace="Consumer.More" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("specs/recording.yaml", RecordingSpec);
        project.WriteFile("Program.cs", Program);

        // Installed the way a user does it; the package says it is a development dependency.
        ProcessResult add = await project.DotNetAsync(["add", "package", PackagedFeed.GeneratorId, "--version", feed.Version]);
        output.WriteLine($"dotnet add package (restore): {add.Elapsed.TotalSeconds:F1} s");
        add.EnsureSuccess("dotnet add package SdkGen.Generator");
        string projectFile = project.ReadFile("GeneratorConsumer.csproj");
        XElement? reference = XDocument.Parse(projectFile).Descendants("PackageReference")
            .SingleOrDefault(element => (string?)element.Attribute("Include") == PackagedFeed.GeneratorId);
        string? privateAssets = (string?)reference?.Attribute("PrivateAssets") ?? reference?.Element("PrivateAssets")?.Value;
        Assert.True(
            reference is not null && (string?)reference.Attribute("Version") == feed.Version && privateAssets == "all",
            "`dotnet add package` should add the development dependency with PrivateAssets=all:" + Environment.NewLine + projectFile);

        ProcessResult build = await project.DotNetAsync(["build", "--no-restore"]);
        output.WriteLine($"first build: {build.Elapsed.TotalSeconds:F1} s");
        build.EnsureSuccess("Building the project that uses the packed generator");
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bwarning [A-Z]+[0-9]+\b", build.Output);
        IReadOnlyDictionary<string, string> resolved = project.ResolvedPackages();
        Assert.Equal(feed.Version, resolved.GetValueOrDefault(PackagedFeed.GeneratorId));
        Assert.Equal(feed.Version, resolved.GetValueOrDefault(PackagedFeed.RuntimeId));
        Assert.Contains(project.GeneratedFiles(), path => Path.GetFileName(path) == "Consumer.Recording.RecordingClient.g.cs");

        // The generator and its dependencies run inside the compiler only; the application ships just the runtime.
        string outputFolder = Path.Combine(project.Directory, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(outputFolder, "SdkGen.Runtime.dll")), "SdkGen.Runtime.dll is not in the build output.");
        foreach (string compilerOnly in new[] { "SdkGen.Generator.dll", "Microsoft.OpenApi.dll", "YamlDotNet.dll" })
        {
            Assert.False(File.Exists(Path.Combine(outputFolder, compilerOnly)), $"{compilerOnly} was copied to the application's output: the generator package leaks runtime assets.");
        }

        // The generated client against the simulator's Bandwidth route.
        await using (VendorSimulator simulator = await VendorSimulator.StartAsync(new SimulatorOptions()))
        {
            SeededCall call = simulator.State.AddCall(SimulatedVendor.Bandwidth, recordingCount: 1);
            ProcessResult run = await project.DotNetAsync(
                ["run", "--no-build", "--", call.CallId],
                new Dictionary<string, string?>
                {
                    ["BANDWIDTH_BASE_URL"] = simulator.BandwidthBaseUri.ToString(),
                    ["BANDWIDTH_USERNAME"] = simulator.Options.BandwidthUsername,
                    ["BANDWIDTH_PASSWORD"] = simulator.Options.BandwidthPassword,
                    ["BANDWIDTH_ACCOUNT_ID"] = simulator.Options.BandwidthAccountId,
                });
            output.WriteLine($"run: {run.Elapsed.TotalSeconds:F1} s");
            run.EnsureSuccess("Running the generated client against the simulator");
            Assert.Contains("paused " + call.CallId, run.StandardOutput);

            RecordingSnapshot? recording = simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId);
            Assert.NotNull(recording);
            Assert.Equal(SimulatedRecordingStatus.Paused, recording.Status);
            Assert.Equal(1, recording.AcceptedUpdates);
            Assert.Equal(1, simulator.State.GetRequestCount(SimulatedVendor.Bandwidth));
        }

        // A second spec, added without touching the project file or any C#, is picked up by the next build.
        string statusClient = "Consumer.More.StatusClient.g.cs";
        Assert.DoesNotContain(project.GeneratedFiles(), path => Path.GetFileName(path) == statusClient);
        project.WriteFile("specs/more/status.yaml", StatusSpec);
        ProcessResult second = await project.DotNetAsync(["build", "--no-restore"]);
        output.WriteLine($"build after adding a spec: {second.Elapsed.TotalSeconds:F1} s");
        second.EnsureSuccess("Building after adding specs/more/status.yaml");
        IReadOnlyList<string> generated = project.GeneratedFiles();
        Assert.True(
            generated.Any(path => Path.GetFileName(path) == statusClient),
            $"{statusClient} was not generated after adding specs/more/status.yaml. Generated:{Environment.NewLine}{string.Join(Environment.NewLine, generated)}{Environment.NewLine}{second.Describe()}");
        Assert.Contains(generated, path => Path.GetFileName(path) == "Consumer.Recording.RecordingClient.g.cs");

        // A broken spec fails the build with the generator's diagnostic at that file and line.
        project.WriteFile("specs/more/broken.yaml", BrokenSpec);
        ProcessResult broken = await project.DotNetAsync(["build", "--no-restore"]);
        output.WriteLine($"build with a broken spec: {broken.Elapsed.TotalSeconds:F1} s");
        Assert.True(broken.ExitCode != 0, "A broken spec must fail the build." + Environment.NewLine + broken.Describe());
        string brokenLocation = Path.Combine("specs", "more", "broken.yaml") + "(3,";
        Assert.True(
            broken.Output.Contains(brokenLocation, StringComparison.Ordinal) && broken.Output.Contains("error SDKGEN001", StringComparison.Ordinal),
            $"Expected error SDKGEN001 at {brokenLocation}…).{Environment.NewLine}{broken.Describe()}");
        Assert.DoesNotContain("CS8785", broken.Output, StringComparison.Ordinal);

        // Taking both specs away again: the build recovers and the second client is gone from the assembly.
        File.Delete(Path.Combine(project.Directory, "specs", "more", "broken.yaml"));
        File.Delete(Path.Combine(project.Directory, "specs", "more", "status.yaml"));
        ProcessResult recovered = await project.DotNetAsync(["build", "--no-restore"]);
        output.WriteLine($"build after removing both specs: {recovered.Elapsed.TotalSeconds:F1} s");
        recovered.EnsureSuccess("Building after removing the broken and the second spec");
        IReadOnlyList<string> types = project.DefinedTypes(Path.Combine("bin", "Debug", "net10.0", "GeneratorConsumer.dll"));
        Assert.Contains("Consumer.Recording.RecordingClient", types);
        Assert.DoesNotContain("Consumer.More.StatusClient", types);
    }
}
