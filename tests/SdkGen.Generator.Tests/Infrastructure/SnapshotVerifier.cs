using System.Reflection;
using System.Text;
using Xunit.Sdk;

namespace SdkGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot checks in Verify's file convention: <c>X.verified.cs</c> is checked in; a mismatch writes
/// <c>X.received.cs</c> beside it and fails with a readable diff. Set <c>SDKGEN_ACCEPT_SNAPSHOTS=1</c>
/// to accept the received output as the new baseline.
/// </summary>
public static class SnapshotVerifier
{
    public const string AcceptVariable = "SDKGEN_ACCEPT_SNAPSHOTS";

    private static readonly string s_root = typeof(SnapshotVerifier).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SnapshotRoot").Value!;

    public static string SnapshotDirectory => Path.Combine(s_root, "Snapshots");

    public static void Verify(string name, string actual)
    {
        string verifiedPath = Path.Combine(SnapshotDirectory, name + ".verified.cs");
        string receivedPath = Path.Combine(SnapshotDirectory, name + ".received.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
        string normalized = Normalize(actual);
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        string message = verified is null
            ? $"No snapshot yet for '{name}'. Wrote {receivedPath}. Review it, then rename it to .verified.cs or run the tests with {AcceptVariable}=1."
            : $"Snapshot '{name}' differs. Wrote {receivedPath}. If the change is intended, run the tests with {AcceptVariable}=1.\n{Diff(verified, normalized)}";
        throw new XunitException(message);
    }

    /// <summary>
    /// Checks every generated file of one spec against <c>Snapshots/{folder}/</c>, and that no verified
    /// file is left over from a file the generator no longer produces.
    /// </summary>
    public static void VerifyAll(string folder, IEnumerable<(string Name, string Source)> files)
    {
        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, string source) in files)
        {
            expected.Add(name);
            try
            {
                Verify(folder + "/" + name, source);
            }
            catch (XunitException ex)
            {
                failures.Add(ex.Message);
            }
        }

        string directory = Path.Combine(SnapshotDirectory, folder);
        foreach (string stale in Directory.EnumerateFiles(directory, "*.verified.cs"))
        {
            string name = Path.GetFileName(stale)[..^".verified.cs".Length];
            if (!expected.Contains(name))
            {
                if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
                {
                    File.Delete(stale);
                }
                else
                {
                    failures.Add($"{stale} is no longer generated. Delete it, or run the tests with {AcceptVariable}=1.");
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failures));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>A compact unified-style diff: the changed lines with two lines of context.</summary>
    internal static string Diff(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var diff = new StringBuilder();
        int start = Math.Max(0, prefix - 2);
        diff.AppendLine($"@@ -{start + 1} +{start + 1} @@");
        for (int i = start; i < prefix; i++)
        {
            diff.AppendLine("  " + a[i]);
        }

        const int MaxLines = 60;
        int shown = 0;
        for (int i = prefix; i < a.Length - suffix && shown++ < MaxLines; i++)
        {
            diff.AppendLine("- " + a[i]);
        }

        for (int i = prefix; i < b.Length - suffix && shown++ < 2 * MaxLines; i++)
        {
            diff.AppendLine("+ " + b[i]);
        }

        for (int i = b.Length - suffix; i < Math.Min(b.Length, b.Length - suffix + 2); i++)
        {
            diff.AppendLine("  " + b[i]);
        }

        return diff.ToString();
    }
}
