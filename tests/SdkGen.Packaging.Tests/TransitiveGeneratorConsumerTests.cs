using SdkGen.Packaging.Tests.Infrastructure;

namespace SdkGen.Packaging.Tests;

/// <summary>
/// A team packs its own "client kit" package that depends on <c>SdkGen.Generator</c>; an application installs only
/// the kit. The kit's dependency excludes build assets (the default for a plain reference), which does not stop
/// <c>buildTransitive/</c>: this build works only if the generator ships its props there — without them the spec's
/// <c>SdkGenNamespace</c> is invisible to the generator (SDKGEN007, no client).
/// </summary>
[Collection(PackagingCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class TransitiveGeneratorConsumerTests(PackagedFeed feed, ITestOutputHelper output)
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Inventory
          version: '1.0'
        paths:
          /items:
            get:
              operationId: listItems
              responses:
                '200':
                  description: The items.
                  content:
                    application/json:
                      schema:
                        type: array
                        items: { type: string }
        """;

    [Fact]
    public async Task An_app_that_gets_the_generator_through_another_package_gets_its_build_files()
    {
        string kitFeed = Path.Combine(feed.WorkRoot, "kit-feed");
        ConsumerProject kit = feed.CreateConsumer("client-kit");
        kit.WriteFile("Contoso.ClientKit.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PackageId>Contoso.ClientKit</PackageId>
                <Version>1.0.0</Version>
                <Description>Passes SdkGen on to the teams that use it.</Description>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <!--
                  A plain reference, as a kit author writes it: the kit's nuspec then excludes "Build,Analyzers" for the
                  generator. The analyzer still reaches the app, but of the build files only buildTransitive/ does: with
                  build/ alone the app's spec metadata is invisible (checked by hand: SDKGEN007, no client). With
                  PrivateAssets="none" build/ would flow too, so that variant could not tell the two apart.
                -->
                <PackageReference Include="{PackagedFeed.GeneratorId}" Version="{feed.Version}" />
                <PackageReference Include="{PackagedFeed.RuntimeId}" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        kit.WriteFile("Kit.cs", "namespace Contoso.ClientKit;\n\npublic static class Kit\n{\n    public const string Name = \"kit\";\n}\n");
        ProcessResult pack = await kit.DotNetAsync(["pack", "-c", "Release", "-o", kitFeed]);
        output.WriteLine($"pack the kit: {pack.Elapsed.TotalSeconds:F1} s");
        pack.EnsureSuccess("Packing the client kit");

        ConsumerProject app = feed.CreateConsumer("kit-user", ("Contoso.*", kitFeed));
        app.WriteFile("KitUser.csproj", """
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
                <PackageReference Include="Contoso.ClientKit" Version="1.0.0" />
                <AdditionalFiles Include="specs/inventory.yaml" SdkGenNamespace="KitUser.Inventory" />
              </ItemGroup>
            </Project>
            """);
        app.WriteFile("specs/inventory.yaml", Spec);
        app.WriteFile("Program.cs", """
            using KitUser.Inventory;

            var client = new InventoryClient(new HttpClient(), new InventoryClientOptions { Endpoint = new Uri("http://localhost/") });
            Console.WriteLine(client.GetType().FullName + " " + Contoso.ClientKit.Kit.Name);
            """);

        ProcessResult build = await app.DotNetAsync(["build"]);
        output.WriteLine($"build the app: {build.Elapsed.TotalSeconds:F1} s");
        build.EnsureSuccess("Building an app that gets SdkGen.Generator only through Contoso.ClientKit");
        Assert.DoesNotContain("SDKGEN007", build.Output, StringComparison.Ordinal);
        Assert.Equal(feed.Version, app.ResolvedPackages().GetValueOrDefault(PackagedFeed.GeneratorId));
        Assert.DoesNotContain(PackagedFeed.GeneratorId, app.ReadFile("KitUser.csproj"), StringComparison.Ordinal);
        Assert.Contains(app.GeneratedFiles(), path => Path.GetFileName(path) == "KitUser.Inventory.InventoryClient.g.cs");
    }
}
