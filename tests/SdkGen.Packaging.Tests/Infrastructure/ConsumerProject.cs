using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security;
using System.Text.Json;

namespace SdkGen.Packaging.Tests.Infrastructure;

/// <summary>
/// A project folder outside the repository, set up the way a user's machine would see our packages: a
/// <c>NuGet.config</c> with the run's local feed first and nuget.org second (<c>SdkGen.*</c> may only come from the
/// feed), its own global packages folder so no cached copy of our packages can stand in for the packed ones, the
/// machine's packages folder as a read-only fallback for third-party packages, and empty <c>Directory.*</c> files
/// so nothing from the folders above leaks in.
/// </summary>
public sealed class ConsumerProject
{
    private ConsumerProject(PackagedFeed feed, string directory, string packagesFolder)
    {
        Feed = feed;
        Directory = directory;
        PackagesFolder = packagesFolder;
    }

    /// <summary>The run's packages.</summary>
    public PackagedFeed Feed { get; }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>This project's own global packages folder.</summary>
    public string PackagesFolder { get; }

    /// <summary>Creates the folder and its NuGet and MSBuild isolation files.</summary>
    /// <param name="feed">The run's packages.</param>
    /// <param name="name">The folder's name.</param>
    /// <param name="extraFeed">Another local feed and the package ids (a NuGet pattern such as <c>Contoso.*</c>) that come only from it.</param>
    public static ConsumerProject Create(PackagedFeed feed, string name, (string Pattern, string Folder)? extraFeed = null)
    {
        string directory = Path.Combine(feed.WorkRoot, "consumers", name);
        string packages = Path.Combine(feed.WorkRoot, "packages", name);
        Assert.False(
            Path.GetFullPath(directory).StartsWith(Path.GetFullPath(feed.RepositoryRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal),
            $"The consumer project {directory} must live outside the repository {feed.RepositoryRoot}.");
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(directory);
        System.IO.Directory.CreateDirectory(packages);
        var project = new ConsumerProject(feed, directory, packages);
        project.WriteFile("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Xml(packages)}" />
              </config>
              <packageSources>
                <clear />
                <add key="sdkgen-local" value="{Xml(feed.FeedDirectory)}" />
                {(extraFeed is { } extra ? $"<add key=\"extra-local\" value=\"{Xml(extra.Folder)}\" />" : "")}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <clear />
                <packageSource key="sdkgen-local">
                  <package pattern="SdkGen.*" />
                </packageSource>
                {(extraFeed is { } mapped ? $"<packageSource key=\"extra-local\"><package pattern=\"{Xml(mapped.Pattern)}\" /></packageSource>" : "")}
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
              <fallbackPackageFolders>
                <clear />
                <add key="machine" value="{Xml(feed.MachinePackagesFolder)}" />
              </fallbackPackageFolders>
              <disabledPackageSources>
                <clear />
              </disabledPackageSources>
            </configuration>
            """);
        const string Empty = "<Project>\n  <!-- Stops MSBuild from importing anything above this folder. -->\n</Project>\n";
        project.WriteFile("Directory.Build.props", Empty);
        project.WriteFile("Directory.Build.targets", Empty);
        project.WriteFile("Directory.Packages.props", Empty);
        return project;
    }

    /// <summary>The environment every command in this project runs with.</summary>
    public Dictionary<string, string?> Environment(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = PackagesFolder };
        if (extra is not null)
        {
            foreach ((string name, string? value) in extra)
            {
                environment[name] = value;
            }
        }

        return environment;
    }

    /// <summary>Writes a file (relative to the project folder), creating folders as needed.</summary>
    public string WriteFile(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>Reads a file of the project.</summary>
    public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    /// <summary>Runs <c>dotnet</c> in the project folder.</summary>
    public Task<ProcessResult> DotNetAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        DotNetProcess.RunAsync(Directory, arguments, Environment(environment));

    /// <summary>Files the compiler wrote under <c>obj/**/generated/</c> (needs <c>EmitCompilerGeneratedFiles</c>).</summary>
    public IReadOnlyList<string> GeneratedFiles()
    {
        string obj = Path.Combine(Directory, "obj");
        if (!System.IO.Directory.Exists(obj))
        {
            return [];
        }

        string marker = Path.DirectorySeparatorChar + "generated" + Path.DirectorySeparatorChar;
        return System.IO.Directory.EnumerateFiles(obj, "*.g.cs", SearchOption.AllDirectories)
            .Where(path => path.Contains(marker, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The packages (id → version) restore resolved for the project, from <c>obj/project.assets.json</c>.</summary>
    public IReadOnlyDictionary<string, string> ResolvedPackages()
    {
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "obj", "project.assets.json")));
        var packages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() == "package")
            {
                string[] parts = library.Name.Split('/', 2);
                packages[parts[0]] = parts[1];
            }
        }

        return packages;
    }

    /// <summary>Where restore found a package (the global packages folder or the fallback), from <c>project.assets.json</c>.</summary>
    public string? ResolvedPackagePath(string id, string version)
    {
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "obj", "project.assets.json")));
        if (!assets.RootElement.GetProperty("libraries").TryGetProperty($"{id}/{version}", out JsonElement library)
            || !library.TryGetProperty("path", out JsonElement relative))
        {
            return null;
        }

        foreach (JsonProperty folder in assets.RootElement.GetProperty("packageFolders").EnumerateObject())
        {
            string candidate = Path.Combine(folder.Name, relative.GetString()!);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Full names of the types an assembly the project built defines (read without loading it).</summary>
    public IReadOnlyList<string> DefinedTypes(string relativePath)
    {
        using FileStream stream = File.OpenRead(Path.Combine(Directory, relativePath));
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();
        return reader.TypeDefinitions
            .Select(handle => reader.GetTypeDefinition(handle))
            .Select(type => (reader.GetString(type.Namespace) is { Length: > 0 } ns ? ns + "." : "") + reader.GetString(type.Name))
            .ToList();
    }

    private static string Xml(string value) => SecurityElement.Escape(value);
}
