using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// A subtype's serializer reads and writes only its own properties and hands the inherited ones to its base's steps,
/// where that makes the output shorter; a small hierarchy, where the steps would cost more than they save, is unchanged.
/// </summary>
public class SubtypeSerializerTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n";

    private const string Base = "    Base:\n      type: object\n      required: [a]\n      properties:\n        a: {type: string}\n        b: {type: integer}\n        c: {type: boolean}\n        d: {type: number}\n";

    [Fact]
    public void Subtypes_hand_their_inherited_properties_to_the_base_s_steps_and_the_serializer_is_shorter_than_flattened()
    {
        string[] subtypes = ["One", "Two", "Three"];
        string hierarchy = Header + Base + string.Concat(subtypes.Select(s => Derived(s, "Base", s.ToLowerInvariant()))) + Derived("Four", "One", "four") + Derived("Five", "One", "five");
        string flattened = Header + Base + string.Concat(subtypes.Select(s => Flat(s, s.ToLowerInvariant()))) + Flat("Four", "one", "four") + Flat("Five", "one", "five");

        GenerationResult result = Generate(hierarchy);
        string serializer = Serializer(result);

        Assert.Empty(result.CompilationProblems);
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain("\"Two.a\"", serializer, StringComparison.Ordinal);
        Assert.Contains("default: ReadBaseProperty(ref reader, TwoNames, in state, value); break;", serializer, StringComparison.Ordinal);
        Assert.Contains("WriteBaseProperties(writer, TwoNames, value);", serializer, StringComparison.Ordinal);
        Assert.Contains("default: ReadOneProperty(ref reader, FourNames, in state, value); break;", serializer, StringComparison.Ordinal);
        Assert.Contains("default: ReadBaseProperty(ref reader, names, in state, value); break;", serializer, StringComparison.Ordinal);
        Assert.Single(AllMatches(serializer, "value.A = "));   // one read of the base's property for all six models
        Assert.True(serializer.Length < Serializer(Generate(flattened)).Length);
    }

    [Fact]
    public void A_single_subtype_of_a_small_base_keeps_its_own_reads_because_steps_would_make_the_output_longer()
    {
        string spec = Header + "    Small:\n      type: object\n      properties:\n        a: {type: string}\n        b: {type: integer}\n" + Derived("Only", "Small", "only");

        string serializer = Serializer(Generate(spec));

        Assert.DoesNotContain("Property(", serializer, StringComparison.Ordinal);
        Assert.Contains("\"Only.a\"", serializer, StringComparison.Ordinal);
    }

    private static string Derived(string name, string parent, string own) =>
        "    " + name + ":\n      allOf:\n        - $ref: '#/components/schemas/" + parent + "'\n        - type: object\n          properties:\n            " + own + ": {type: string}\n";

    private static string Flat(string name, params string[] own) =>
        "    " + name + ":\n      type: object\n      required: [a]\n      properties:\n        a: {type: string}\n        b: {type: integer}\n        c: {type: boolean}\n        d: {type: number}\n"
        + string.Concat(own.Select(o => "        " + o + ": {type: string}\n"));

    private static GenerationResult Generate(string spec) =>
        GeneratorHarness.Run(new SpecFile("/specs/a.yaml", spec, "Test.Api", "AClient", IncludeUnreachableSchemas: "true"));

    private static string Serializer(GenerationResult result) =>
        string.Concat(result.Sources.Where(s => s.HintName.Contains("JsonSerializer", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));

    private static IEnumerable<int> AllMatches(string text, string value)
    {
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
