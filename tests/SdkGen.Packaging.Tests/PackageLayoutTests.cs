using SdkGen.Packaging.Tests.Infrastructure;

namespace SdkGen.Packaging.Tests;

/// <summary>What is inside each packed <c>.nupkg</c>: folders, files, nuspec metadata and dependencies.</summary>
[Collection(PackagingCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class PackageLayoutTests(PackagedFeed feed)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>Assemblies every C# compiler host loads itself (Roslyn's own dependencies), which a generator may use unbundled.</summary>
    private static readonly string[] CompilerHostAssemblies =
    [
        "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
        "System.Reflection.Metadata", "System.Memory", "System.Buffers", "System.Numerics.Vectors", "System.Threading.Tasks.Extensions",
        "System.Runtime.CompilerServices.Unsafe", "System.Text.Encoding.CodePages",
    ];

    public static TheoryData<string> PackageIds => new() { PackagedFeed.GeneratorId, PackagedFeed.RuntimeId, PackagedFeed.RecordingId, PackagedFeed.CliId };

    public static TheoryData<string> LibraryIds => new() { PackagedFeed.RuntimeId, PackagedFeed.RecordingId };

    [Fact]
    public void Generator_package_is_analyzer_only_with_its_dependencies_beside_it()
    {
        NuGetPackage package = feed.Package(PackagedFeed.GeneratorId);
        string listing = package.Describe();

        foreach (string dll in new[] { "SdkGen.Generator.dll", "Microsoft.OpenApi.dll", "YamlDotNet.dll", "System.Text.Json.dll" })
        {
            Assert.True(package.Contains(AnalyzerFolder + dll), $"{AnalyzerFolder}{dll} is missing.{Environment.NewLine}{listing}");
        }

        Assert.True(package.FilesUnder("lib/").Count == 0, "An analyzer-only package must have no lib/ folder (it would add the generator as a reference)." + Environment.NewLine + listing);
        Assert.True(package.FilesUnder("ref/").Count == 0, "No ref/ folder expected." + Environment.NewLine + listing);
        Assert.True(package.FilesUnder("analyzers/").All(path => path.StartsWith(AnalyzerFolder, StringComparison.Ordinal)), "Analyzers belong under analyzers/dotnet/cs/ only." + Environment.NewLine + listing);

        Assert.True(package.Contains("build/SdkGen.Generator.props"), "build/SdkGen.Generator.props is missing." + Environment.NewLine + listing);
        Assert.True(package.Contains("build/SdkGen.Generator.targets"), "build/SdkGen.Generator.targets is missing." + Environment.NewLine + listing);
        Assert.Equal(
            File.ReadAllText(Path.Combine(feed.SourceCopy, "generator/SdkGen.Generator/build/SdkGen.Generator.props")).ReplaceLineEndings(),
            System.Text.Encoding.UTF8.GetString(package.Read("build/SdkGen.Generator.props")).TrimStart('\uFEFF').ReplaceLineEndings());
        Assert.Equal(
            File.ReadAllText(Path.Combine(feed.SourceCopy, "generator/SdkGen.Generator/build/SdkGen.Generator.targets")).ReplaceLineEndings(),
            System.Text.Encoding.UTF8.GetString(package.Read("build/SdkGen.Generator.targets")).TrimStart('\uFEFF').ReplaceLineEndings());

        // A project that gets the generator through another package sees only buildTransitive/: the same files.
        foreach (string file in new[] { "SdkGen.Generator.props", "SdkGen.Generator.targets" })
        {
            Assert.True(package.Contains("buildTransitive/" + file), $"buildTransitive/{file} is missing.{Environment.NewLine}{listing}");
            Assert.Equal(package.Read("build/" + file), package.Read("buildTransitive/" + file));
        }

        AssertReadme(package);
        Assert.Equal("true", package.MetadataValue("developmentDependency"));
        Assert.True(!package.AllDependencies.Any(), "The generator package must not depend on anything (its DLLs travel inside it): " + string.Join(", ", package.AllDependencies));
    }

    [Fact]
    public void Generator_assemblies_target_netstandard20_and_the_oldest_supported_Roslyn()
    {
        NuGetPackage package = feed.Package(PackagedFeed.GeneratorId);
        foreach (string path in package.FilesUnder(AnalyzerFolder).Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            AssemblyFacts assembly = package.ReadAssembly(path);
            Assert.True(assembly.TargetFramework == ".NETStandard,Version=v2.0", $"{path} targets {assembly.TargetFramework}; every analyzer DLL must be netstandard2.0 to load in every compiler host.");
        }

        AssemblyFacts generator = package.ReadAssembly(AnalyzerFolder + "SdkGen.Generator.dll");
        foreach ((string name, Version version) in generator.References.Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)))
        {
            Assert.True(version <= new Version(4, 8, 0, 0), $"SdkGen.Generator references {name} {version}; compilers older than that cannot load it (pinned to 4.8.0).");
        }
    }

    [Fact]
    public void Generator_analyzer_folder_is_self_contained_for_a_NET_Framework_compiler_host()
    {
        // Visual Studio's compiler host runs on .NET Framework and supplies only Roslyn's own dependencies: every
        // other assembly the generator (transitively) needs must sit beside it, in a version at least the one asked for.
        NuGetPackage package = feed.Package(PackagedFeed.GeneratorId);
        Dictionary<string, AssemblyFacts> bundled = package.FilesUnder(AnalyzerFolder)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(package.ReadAssembly)
            .ToDictionary(assembly => assembly.Name, StringComparer.OrdinalIgnoreCase);

        var problems = new List<string>();
        foreach (AssemblyFacts assembly in bundled.Values)
        {
            foreach ((string name, Version version) in assembly.References)
            {
                if (bundled.TryGetValue(name, out AssemblyFacts? present))
                {
                    if (present.Version < version)
                    {
                        problems.Add($"{assembly.Name} needs {name} {version}, the package holds {present.Version}");
                    }
                }
                else if (!CompilerHostAssemblies.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add($"{assembly.Name} needs {name} {version}, which is neither in {AnalyzerFolder} nor supplied by the compiler");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Runtime_package_has_both_frameworks_with_docs_and_System_Text_Json_for_netstandard()
    {
        NuGetPackage package = feed.Package(PackagedFeed.RuntimeId);
        AssertLibraries(package, "SdkGen.Runtime");
        AssertReadme(package);

        IReadOnlyDictionary<string, IReadOnlyList<PackageDependency>> groups = package.DependencyGroups;
        Assert.True(groups.TryGetValue(".NETStandard2.0", out IReadOnlyList<PackageDependency>? netstandard), "No .NETStandard2.0 dependency group." + Environment.NewLine + package.Describe());
        Assert.Contains(netstandard!, dependency => dependency.Id == "System.Text.Json");
        Assert.True(groups.ContainsKey("net8.0"), "No net8.0 dependency group (an empty one says 'no dependencies on net8.0')." + Environment.NewLine + package.Describe());
        Assert.DoesNotContain(package.AllDependencies, dependency => dependency.Id.StartsWith("SdkGen.", StringComparison.OrdinalIgnoreCase));

        Assert.True(
            !package.Files.Any(path => Path.GetFileName(path).Equals("SdkGen.Generator.dll", StringComparison.OrdinalIgnoreCase)),
            "SdkGen.Runtime must not carry the generator." + Environment.NewLine + package.Describe());
        Assert.True(package.FilesUnder("analyzers/").Count == 0, "SdkGen.Runtime must not carry analyzers." + Environment.NewLine + package.Describe());
    }

    [Fact]
    public void Recording_package_has_both_frameworks_and_depends_on_this_runs_runtime_but_not_the_generator()
    {
        NuGetPackage package = feed.Package(PackagedFeed.RecordingId);
        AssertLibraries(package, "SdkGen.Recording");
        AssertReadme(package);

        foreach (string framework in new[] { ".NETStandard2.0", "net8.0" })
        {
            Assert.True(package.DependencyGroups.TryGetValue(framework, out IReadOnlyList<PackageDependency>? group), $"No {framework} dependency group.{Environment.NewLine}{package.Describe()}");
            PackageDependency runtime = Assert.Single(group!, dependency => dependency.Id == PackagedFeed.RuntimeId);
            Assert.True(
                runtime.Version == feed.Version || runtime.Version == $"[{feed.Version}]" || runtime.Version == $"[{feed.Version}, )",
                $"{framework}: SdkGen.Runtime {runtime.Version}, expected the version packed in this run ({feed.Version}).");
        }

        Assert.DoesNotContain(package.AllDependencies, dependency => dependency.Id == PackagedFeed.GeneratorId);
        Assert.True(package.FilesUnder("analyzers/").Count == 0, "SdkGen.Recording must not carry the generator as an analyzer: its code is generated already." + Environment.NewLine + package.Describe());
        Assert.True(package.FilesUnder("build/").Count == 0 && package.FilesUnder("buildTransitive/").Count == 0, "SdkGen.Recording needs no MSBuild files." + Environment.NewLine + package.Describe());
        Assert.True(
            !package.Files.Any(path => Path.GetFileName(path).StartsWith("SdkGen.Generator", StringComparison.OrdinalIgnoreCase)
                || Path.GetFileName(path).StartsWith("SdkGen.Runtime", StringComparison.OrdinalIgnoreCase)),
            "SdkGen.Recording must not embed the generator or the runtime (the runtime comes as a dependency)." + Environment.NewLine + package.Describe());
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Nuspec_has_the_metadata_a_registry_shows(string id)
    {
        NuGetPackage package = feed.Package(id);
        Assert.Equal(id, package.MetadataValue("id"));
        Assert.Equal(feed.Version, package.MetadataValue("version"));
        Assert.False(string.IsNullOrWhiteSpace(package.MetadataValue("description")), "No description." + Environment.NewLine + package.Describe());
        Assert.NotEqual("Package Description", package.MetadataValue("description"));
        Assert.False(string.IsNullOrWhiteSpace(package.MetadataValue("tags")), "No tags." + Environment.NewLine + package.Describe());
        Assert.False(string.IsNullOrWhiteSpace(package.MetadataValue("authors")), "No authors." + Environment.NewLine + package.Describe());

        var license = package.MetadataElement("license");
        Assert.True(license is not null && (string?)license.Attribute("type") == "expression" && license.Value.Length > 0, "Expected a license expression." + Environment.NewLine + package.Describe());
        Assert.Contains("SdkGen contributors", package.MetadataValue("copyright"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(package.MetadataValue("releaseNotes")), "No release notes." + Environment.NewLine + package.Describe());
        string? icon = package.MetadataValue("icon");
        Assert.True(icon is not null && package.Contains(icon) && package.Read(icon).AsSpan(0, 4).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), $"The nuspec's icon ({icon}) must be a PNG in the package.{Environment.NewLine}{package.Describe()}");

        // No public repository exists yet: an invented address would send users nowhere.
        Assert.Null(package.MetadataValue("projectUrl"));
        Assert.Null((string?)package.MetadataElement("repository")?.Attribute("url"));
    }

    [Theory]
    [MemberData(nameof(LibraryIds))]
    public void Libraries_ask_for_the_lowest_Microsoft_Extensions_their_target_needs(string id)
    {
        // A net8.0 (or .NET Framework) application keeps its 8.x Microsoft.Extensions.* when it installs our library.
        NuGetPackage package = feed.Package(id);
        foreach ((string framework, IReadOnlyList<PackageDependency> group) in package.DependencyGroups)
        {
            foreach (PackageDependency dependency in group.Where(d => d.Id.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || d.Id == "Microsoft.Bcl.TimeProvider"))
            {
                Assert.True(dependency.Version.TrimStart('[').StartsWith("8.", StringComparison.Ordinal), $"{id} {framework}: {dependency.Id} {dependency.Version}, expected 8.x.");
            }
        }
    }

    [Fact]
    public void Cli_package_is_a_dotnet_tool_named_sdkgen()
    {
        NuGetPackage package = feed.Package(PackagedFeed.CliId);
        string listing = package.Describe();
        Assert.True(
            package.MetadataElement("packageTypes")?.Elements().Any(type => (string?)type.Attribute("name") == "DotnetTool") == true,
            "The package type must be DotnetTool." + Environment.NewLine + listing);
        string settings = Assert.Single(package.Files, path => path.StartsWith("tools/net10.0/", StringComparison.Ordinal) && path.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        var command = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(package.Read(settings)).TrimStart('\uFEFF')).Descendants("Command").Single();
        Assert.Equal("sdkgen", (string?)command.Attribute("Name"));
        Assert.Equal("sdkgen.dll", (string?)command.Attribute("EntryPoint"));
        Assert.True(package.Contains(Path.GetDirectoryName(settings)!.Replace('\\', '/') + "/sdkgen.dll"), listing);
        AssertReadme(package);
        Assert.True(!package.AllDependencies.Any(), "A tool package carries its dependencies inside: " + string.Join(", ", package.AllDependencies));
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Own_assemblies_are_built_deterministically_in_this_run(string id)
    {
        NuGetPackage package = feed.Package(id);
        string[] own = package.Files
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && Path.GetFileName(path).StartsWith("SdkGen.", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(own);
        foreach (string path in own)
        {
            AssemblyFacts assembly = package.ReadAssembly(path);
            Assert.True(assembly.Reproducible, $"{id}: {path} has no 'Reproducible' debug directory entry (not built with Deterministic=true).");
            // Proves the DLL was compiled in this run, not picked up from an earlier build.
            Assert.True(
                assembly.InformationalVersion is not null && (assembly.InformationalVersion == feed.Version || assembly.InformationalVersion.StartsWith(feed.Version + "+", StringComparison.Ordinal)),
                $"{id}: {path} has informational version {assembly.InformationalVersion}, expected {feed.Version}.");
        }
    }

    private static void AssertLibraries(NuGetPackage package, string assemblyName)
    {
        string listing = package.Describe();
        foreach (string framework in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.True(package.Contains($"lib/{framework}/{assemblyName}.dll"), $"lib/{framework}/{assemblyName}.dll is missing.{Environment.NewLine}{listing}");
            Assert.True(package.Contains($"lib/{framework}/{assemblyName}.xml"), $"lib/{framework}/{assemblyName}.xml (IntelliSense docs) is missing.{Environment.NewLine}{listing}");
        }

        string[] frameworks = package.FilesUnder("lib/").Select(path => path.Split('/')[1]).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["net8.0", "netstandard2.0"], frameworks);
        Assert.True(package.FilesUnder("analyzers/").Count == 0 || assemblyName == "SdkGen.Generator", listing);
    }

    private static void AssertReadme(NuGetPackage package)
    {
        string? readme = package.MetadataValue("readme");
        Assert.True(!string.IsNullOrEmpty(readme), "The nuspec names no readme." + Environment.NewLine + package.Describe());
        Assert.True(package.Contains(readme!), $"The nuspec names {readme}, which the package does not hold.{Environment.NewLine}{package.Describe()}");
        Assert.True(package.Read(readme!).Length > 100, $"{readme} is (nearly) empty.");
    }
}
