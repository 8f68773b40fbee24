using System.Text;
using SdkGen.Generator.Tests.Infrastructure;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// One mutated spec: which seed document it started from and what was done to it. A case is a pure function
/// of (<see cref="Seed"/>, <see cref="Index"/>), so any failure replays on its own.
/// </summary>
internal sealed record FuzzCase(int Seed, int Index, string SeedName, IReadOnlyList<string> Mutations, SpecFile Spec)
{
    public const string ClientName = "FuzzClient";

    /// <summary>Each case gets its own namespace, so many cases compile together and each error names its case.</summary>
    public static string NamespaceFor(int index) => "Fuzz.M" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Namespace => NamespaceFor(Index);

    public string Describe()
    {
        var builder = new StringBuilder();
        builder.Append("case ").Append(Index).Append(" of seed ").Append(Seed).Append(": ").Append(SeedName).Append(" → ").Append(Spec.Path)
            .Append(" (").Append(Spec.Text.Length).Append(" chars)");
        foreach (string mutation in Mutations)
        {
            builder.Append("\n    - ").Append(mutation);
        }

        return builder.ToString();
    }

    public string ReplayCommand =>
        $"SDKGEN_FUZZ_SEED={Seed} SDKGEN_FUZZ_FIRST={Index} SDKGEN_FUZZ_COUNT=1 dotnet test tests/SdkGen.Generator.Tests --filter Category=Fuzz";
}
