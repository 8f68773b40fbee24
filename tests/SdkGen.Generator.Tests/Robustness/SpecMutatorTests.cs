using Xunit;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// The fuzzer's promise "case i of seed s is always the same spec" (replays, reports, batching) holds only if
/// <see cref="SpecMutator"/> depends on nothing but (seed, index): no shared seed tree mutated in place, no
/// static state carried from one case to the next.
/// </summary>
public class SpecMutatorTests
{
    [Fact]
    public void A_case_is_the_same_whatever_ran_before_it()
    {
        const int Count = 100;
        int[] indexes = Enumerable.Range(0, Count).ToArray();
        Dictionary<int, string> forward = indexes.ToDictionary(i => i, i => Fingerprint(SpecMutator.Create(MutationFuzzTests.DefaultSeed, i)));
        Dictionary<int, string> backward = indexes.Reverse().ToDictionary(i => i, i => Fingerprint(SpecMutator.Create(MutationFuzzTests.DefaultSeed, i)));

        Assert.All(indexes, i => Assert.Equal(forward[i], backward[i]));
        Assert.True(forward.Values.Distinct(StringComparer.Ordinal).Count() > Count * 9 / 10, "cases should differ from one another");
    }

    private static string Fingerprint(FuzzCase fuzzCase) => fuzzCase.Describe() + "\n" + fuzzCase.Spec.Text;
}
