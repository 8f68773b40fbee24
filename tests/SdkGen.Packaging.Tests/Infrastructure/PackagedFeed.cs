using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace SdkGen.Packaging.Tests.Infrastructure;

/// <summary>Every test that needs the packed packages is in this collection, so the repository is packed once.</summary>
[CollectionDefinition(Name)]
public sealed class PackagingCollection : ICollectionFixture<PackagedFeed>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packaging";
}

/// <summary>
/// Copies the repository's source tree to a temporary folder and runs <c>dotnet pack SdkGen.sln -c Release</c>
/// there, into a local feed, with a version no earlier run can have produced. Packing a copy keeps Release
/// builds out of the working tree that other test processes build at the same time.
/// </summary>
/// <remarks>
/// Set <c>SDKGEN_PACKAGING_KEEP=1</c> to keep the temporary folder (its path is in every test's output).
/// </remarks>
public sealed class PackagedFeed : IAsyncLifetime
{
    /// <summary>The ids of the packages the repository ships.</summary>
    public const string GeneratorId = "SdkGen.Generator";

    /// <inheritdoc cref="GeneratorId"/>
    public const string RuntimeId = "SdkGen.Runtime";

    /// <inheritdoc cref="GeneratorId"/>
    public const string RecordingId = "SdkGen.Recording";

    /// <summary>The <c>sdkgen</c> .NET tool's package.</summary>
    public const string CliId = "SdkGen.Cli";

    private const string TempPrefix = "sdkgen-packaging-";

    // Packing builds every packable project in Release, the tool with all it hosts included: minutes on 2 busy cores.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);

    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "TestResults", ".vs", ".idea", "artifacts"];

    private readonly Dictionary<string, NuGetPackage> _packages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the fixture; the work happens in <see cref="InitializeAsync"/>.</summary>
    public PackagedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = "0.1.0-t" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        WorkRoot = Path.Combine(Path.GetTempPath(), TempPrefix + Version);
        SourceCopy = Path.Combine(WorkRoot, "src");
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        MachinePackagesFolder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    /// <summary>The repository being tested (holds <c>SdkGen.sln</c>).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>This run's temporary folder: source copy, feed, consumer projects.</summary>
    public string WorkRoot { get; }

    /// <summary>The copy of the source tree that was packed.</summary>
    public string SourceCopy { get; }

    /// <summary>The local feed the packages were packed into.</summary>
    public string FeedDirectory { get; }

    /// <summary>The machine's global packages folder; consumers use it as a fallback for third-party packages.</summary>
    public string MachinePackagesFolder { get; }

    /// <summary>How many files were copied.</summary>
    public int CopiedFiles { get; private set; }

    /// <summary>How long copying took.</summary>
    public TimeSpan CopyTime { get; private set; }

    /// <summary>The <c>dotnet pack</c> run.</summary>
    public ProcessResult PackResult { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        RemoveStaleWorkFolders();
        Directory.CreateDirectory(FeedDirectory);

        var stopwatch = Stopwatch.StartNew();
        CopiedFiles = await CopySourceTreeAsync();
        CopyTime = stopwatch.Elapsed;

        PackResult = await DotNetProcess.RunAsync(
            SourceCopy,
            ["pack", "SdkGen.sln", "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version, "-nologo", "-v:minimal"],
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = MachinePackagesFolder },
            PackTimeout);
        PackResult.EnsureSuccess($"Packing the repository (copied to {SourceCopy})");
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SDKGEN_PACKAGING_KEEP") != "1")
        {
            TryDelete(WorkRoot);
        }

        return Task.CompletedTask;
    }

    /// <summary>The path of a packed package of this run.</summary>
    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    /// <summary>Opens (once) a packed package of this run; fails the test when it was not produced.</summary>
    public NuGetPackage Package(string id)
    {
        lock (_packages)
        {
            if (!_packages.TryGetValue(id, out NuGetPackage? package))
            {
                string path = PackagePath(id);
                Assert.True(
                    File.Exists(path),
                    $"{Path.GetFileName(path)} was not packed. The feed holds: {string.Join(", ", Directory.GetFiles(FeedDirectory).Select(Path.GetFileName))}{Environment.NewLine}{PackResult.Describe()}");
                package = NuGetPackage.Open(path);
                _packages[id] = package;
            }

            return package;
        }
    }

    /// <summary>A new, empty consumer project folder outside the repository with its own NuGet settings.</summary>
    public ConsumerProject CreateConsumer(string name, (string Pattern, string Folder)? extraFeed = null) => ConsumerProject.Create(this, name, extraFeed);

    private async Task<int> CopySourceTreeAsync()
    {
        List<string>? files = await ListGitFilesAsync();
        files ??= EnumerateSourceFiles(RepositoryRoot).Select(path => Path.GetRelativePath(RepositoryRoot, path)).ToList();
        int copied = 0;
        foreach (string relative in files)
        {
            string source = Path.Combine(RepositoryRoot, relative);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree but still in the index
            }

            string target = Path.Combine(SourceCopy, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            copied++;
        }

        Assert.True(File.Exists(Path.Combine(SourceCopy, "SdkGen.sln")), $"The copy of {RepositoryRoot} in {SourceCopy} has no SdkGen.sln.");
        return copied;
    }

    /// <summary>Tracked and untracked-but-not-ignored files, or null when git cannot tell (no git, not a clone).</summary>
    private async Task<List<string>?> ListGitFilesAsync()
    {
        try
        {
            ProcessResult result = await DotNetProcess.RunToolAsync(
                "git",
                RepositoryRoot,
                ["-c", "safe.directory=*", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                timeout: TimeSpan.FromMinutes(1));
            if (result.ExitCode != 0)
            {
                return null;
            }

            List<string> files = result.StandardOutput
                .Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Trim('\r', '\n'))
                .Where(line => line.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return files.Contains("SdkGen.sln") ? files : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }

    private static IEnumerable<string> EnumerateSourceFiles(string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder))
        {
            yield return file;
        }

        foreach (string child in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(child), StringComparer.OrdinalIgnoreCase))
            {
                foreach (string file in EnumerateSourceFiles(child))
                {
                    yield return file;
                }
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SdkGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SdkGen.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Removes what crashed or killed runs left behind (only folders old enough not to belong to a live run).</summary>
    private static void RemoveStaleWorkFolders()
    {
        try
        {
            foreach (string folder in Directory.EnumerateDirectories(Path.GetTempPath(), TempPrefix + "*"))
            {
                if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-6))
                {
                    TryDelete(folder);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
