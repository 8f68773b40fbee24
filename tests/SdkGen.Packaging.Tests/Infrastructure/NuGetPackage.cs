using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace SdkGen.Packaging.Tests.Infrastructure;

/// <summary>A dependency in a <c>.nuspec</c> dependency group.</summary>
public sealed record PackageDependency(string Id, string Version, string? Exclude);

/// <summary>What an assembly inside a package says about itself.</summary>
public sealed record AssemblyFacts(
    string Name,
    Version Version,
    string? TargetFramework,
    string? InformationalVersion,
    bool Reproducible,
    IReadOnlyList<(string Name, Version Version)> References);

/// <summary>A <c>.nupkg</c> read as a zip: its entries and its <c>.nuspec</c>.</summary>
public sealed class NuGetPackage
{
    private readonly Dictionary<string, byte[]> _entries;

    private NuGetPackage(string path, Dictionary<string, byte[]> entries, XDocument nuspec)
    {
        FilePath = path;
        _entries = entries;
        Nuspec = nuspec;
        XNamespace ns = nuspec.Root!.Name.Namespace;
        Metadata = nuspec.Root.Element(ns + "metadata") ?? throw new InvalidDataException(path + ": the .nuspec has no <metadata>.");
    }

    /// <summary>The package file.</summary>
    public string FilePath { get; }

    /// <summary>Entry paths, with '/' separators, without the OPC bookkeeping entries.</summary>
    public IReadOnlyList<string> Files => _entries.Keys
        .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
            && !name.StartsWith("package/", StringComparison.Ordinal)
            && name != "[Content_Types].xml")
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The whole <c>.nuspec</c>.</summary>
    public XDocument Nuspec { get; }

    /// <summary>The nuspec's <c>&lt;metadata&gt;</c> element.</summary>
    public XElement Metadata { get; }

    /// <summary>A listing for assertion messages.</summary>
    public string Describe() =>
        Path.GetFileName(FilePath) + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", Files)
        + Environment.NewLine + Nuspec;

    /// <summary>Opens and reads the whole package.</summary>
    public static NuGetPackage Open(string path)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (ZipArchive zip = ZipFile.OpenRead(path))
        {
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                using Stream stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                // NuGet writes '/' but escapes some characters; keep the name as stored, with '/' separators.
                entries[Uri.UnescapeDataString(entry.FullName.Replace('\\', '/'))] = buffer.ToArray();
            }
        }

        string[] nuspecs = entries.Keys.Where(name => !name.Contains('/') && name.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (nuspecs.Length != 1)
        {
            throw new InvalidDataException($"{path}: expected one .nuspec at the root, found {nuspecs.Length}.");
        }

        using var nuspecStream = new MemoryStream(entries[nuspecs[0]]);
        return new NuGetPackage(path, entries, XDocument.Load(nuspecStream));
    }

    /// <summary>Whether the package holds <paramref name="path"/>.</summary>
    public bool Contains(string path) => _entries.ContainsKey(path);

    /// <summary>The bytes of one entry.</summary>
    public byte[] Read(string path) =>
        _entries.TryGetValue(path, out byte[]? bytes) ? bytes : throw new FileNotFoundException($"{Path.GetFileName(FilePath)} has no entry {path}.");

    /// <summary>Entries under <paramref name="folder"/> (e.g. <c>lib/net8.0/</c>).</summary>
    public IReadOnlyList<string> FilesUnder(string folder) =>
        Files.Where(name => name.StartsWith(folder, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The text of a nuspec metadata element, or null.</summary>
    public string? MetadataValue(string name) => MetadataElement(name)?.Value;

    /// <summary>A nuspec metadata element, or null.</summary>
    public XElement? MetadataElement(string name) => Metadata.Element(Metadata.Name.Namespace + name);

    /// <summary>Dependency groups by target framework as written in the nuspec ("" for a group without one).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PackageDependency>> DependencyGroups
    {
        get
        {
            XNamespace ns = Metadata.Name.Namespace;
            var groups = new Dictionary<string, IReadOnlyList<PackageDependency>>(StringComparer.OrdinalIgnoreCase);
            XElement? dependencies = Metadata.Element(ns + "dependencies");
            if (dependencies is null)
            {
                return groups;
            }

            foreach (XElement group in dependencies.Elements(ns + "group"))
            {
                groups[(string?)group.Attribute("targetFramework") ?? ""] = group.Elements(ns + "dependency").Select(ToDependency).ToList();
            }

            List<PackageDependency> ungrouped = dependencies.Elements(ns + "dependency").Select(ToDependency).ToList();
            if (ungrouped.Count > 0)
            {
                groups[""] = ungrouped;
            }

            return groups;
        }
    }

    /// <summary>Every dependency of every group.</summary>
    public IEnumerable<PackageDependency> AllDependencies => DependencyGroups.Values.SelectMany(group => group);

    /// <summary>Reads the metadata of an assembly in the package without loading it.</summary>
    public AssemblyFacts ReadAssembly(string path)
    {
        using var stream = new MemoryStream(Read(path));
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();
        AssemblyDefinition definition = reader.GetAssemblyDefinition();
        var references = reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();
        bool reproducible = pe.ReadDebugDirectory().Any(entry => entry.Type == DebugDirectoryEntryType.Reproducible);
        return new AssemblyFacts(
            reader.GetString(definition.Name),
            definition.Version,
            ReadStringAttribute(reader, definition, "System.Runtime.Versioning", "TargetFrameworkAttribute"),
            ReadStringAttribute(reader, definition, "System.Reflection", "AssemblyInformationalVersionAttribute"),
            reproducible,
            references);
    }

    private static PackageDependency ToDependency(XElement element) =>
        new((string)element.Attribute("id")!, (string?)element.Attribute("version") ?? "", (string?)element.Attribute("exclude"));

    private static string? ReadStringAttribute(MetadataReader reader, AssemblyDefinition definition, string attributeNamespace, string attributeName)
    {
        foreach (CustomAttributeHandle handle in definition.GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            MemberReference constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            TypeReference type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (reader.GetString(type.Name) == attributeName && reader.GetString(type.Namespace) == attributeNamespace)
            {
                BlobReader blob = reader.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                return blob.ReadSerializedString();
            }
        }

        return null;
    }
}
