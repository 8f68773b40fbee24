using System.Globalization;
using System.Text.Json.Nodes;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Parsing.Text;
using SdkGen.Generator.Tests.Infrastructure;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// Builds mutated specs from the test specs and the vendor specs: structural mutations on the JSON tree
/// (delete, duplicate, retype, broken and cyclic <c>$ref</c>s, hostile names, deep nesting, huge enums…), then
/// serialisation as YAML or JSON, then sometimes a mutation of the text itself (truncation, unbalanced
/// brackets, tabs, alias bombs…).
/// </summary>
internal static partial class SpecMutator
{
    private static readonly Lazy<IReadOnlyList<SeedSpec>> s_seeds = new(LoadSeeds);

    private static readonly (int Weight, Func<JsonNode, Random, string?> Apply)[] s_treeMutations =
    [
        (10, DeleteNode),
        (6, DuplicateNode),
        (10, RetypeNode),
        (8, BreakReference),
        (5, CycleReferences),
        (22, InjectHostileString),
        (3, NestDeeply),
        (6, ChaosEnum),
        (7, CollideNames),
        (6, ChaosTypes),
        (2, AddManyOperations),
        (1, AddManyProperties),
        (2, ChaosVersion),
        (5, ChaosParameters),
        (3, ChaosBody),
        (3, ChaosResponses),
        (2, ChaosServers),
        (2, ChaosExtensions),
    ];

    private static readonly int s_totalWeight = s_treeMutations.Sum(m => m.Weight);

    public static IReadOnlyList<SeedSpec> Seeds => s_seeds.Value;

    /// <summary>The case <paramref name="index"/> of the run seeded with <paramref name="seed"/>.</summary>
    public static FuzzCase Create(int seed, int index)
    {
        var random = new Random(Mix(seed, index));
        SeedSpec source = Seeds[random.Next(Seeds.Count)];
        var mutations = new List<string>();
        JsonNode tree = source.Tree.DeepClone();

        int count = random.Next(4) == 0 ? random.Next(2, 5) : 1;
        for (int i = 0; i < count; i++)
        {
            for (int attempt = 0; attempt < 8; attempt++)
            {
                Func<JsonNode, Random, string?> mutation = PickMutation(random);
                string? applied = mutation(tree, random);
                if (applied is not null)
                {
                    mutations.Add(applied);
                    break;
                }
            }
        }

        string text;
        string extension;
        int format = random.Next(10);
        if (format < 5)
        {
            text = SpecWriter.ToYaml(tree);
            extension = random.Next(8) == 0 ? ".yml" : ".yaml";
            mutations.Add("written as block YAML");
        }
        else if (format < 8)
        {
            text = SpecWriter.ToJson(tree);
            extension = ".json";
            mutations.Add("written as JSON");
        }
        else if (format == 8)
        {
            text = SpecWriter.ToJson(tree);
            extension = ".yaml";
            mutations.Add("written as JSON into a .yaml file");
        }
        else
        {
            text = SpecWriter.ToJson(tree, escapeNonAscii: true);
            extension = ".json";
            mutations.Add("written as JSON with \\u escapes");
        }

        if (random.Next(5) == 0)
        {
            text = MutateText(text, extension != ".json" && format < 5, random, mutations);
        }

        string path = "/fuzz/m" + index.ToString(CultureInfo.InvariantCulture) + "/" + source.BaseName + extension;
        return new FuzzCase(seed, index, source.Name, mutations.Select(m => HostileInputs.Printable(m.Length > 400 ? m[..400] + "…" : m)).ToList(), new SpecFile(path, text, FuzzCase.NamespaceFor(index), FuzzCase.ClientName).With(SpecFileKnobs.ClientSplit, "by-tag"));
    }

    private static Func<JsonNode, Random, string?> PickMutation(Random random)
    {
        int roll = random.Next(s_totalWeight);
        foreach ((int weight, Func<JsonNode, Random, string?> apply) in s_treeMutations)
        {
            if (roll < weight)
            {
                return apply;
            }

            roll -= weight;
        }

        return s_treeMutations[0].Apply;
    }

    /// <summary>A well-spread 31-bit seed for <see cref="Random"/> from the run seed and the case index.</summary>
    private static int Mix(int seed, int index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) + (uint)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    internal sealed record SeedSpec(string Name, string BaseName, JsonNode Tree);

    private static IReadOnlyList<SeedSpec> LoadSeeds()
    {
        var seeds = new List<SeedSpec>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs")).Order(StringComparer.Ordinal))
        {
            Add("test:" + Path.GetFileName(file), file);
        }

        foreach (string file in Directory.EnumerateFiles(Path.Combine(SpecFile.RepositoryRoot, "specs")).Order(StringComparer.Ordinal))
        {
            Add("repo:" + Path.GetFileName(file), file);
        }

        return seeds;

        void Add(string name, string file)
        {
            if (!SpecFileSelector.HasSpecExtension(file))
            {
                return;
            }

            SpecTextReadResult read = SpecTextReader.Read(file, File.ReadAllText(file), CancellationToken.None);
            if (read.Root is JsonObject)
            {
                seeds.Add(new SeedSpec(name, Path.GetFileNameWithoutExtension(file), read.Root));
            }
        }
    }
}
