using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke in an IDE: these prove unchanged work is never redone and that
/// nothing in the pipeline holds compiler objects that would defeat caching.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] s_trackedSteps =
    [
        TrackingNames.SpecFiles,
        TrackingNames.SpecInputs,
        TrackingNames.ParsedDocuments,
        TrackingNames.Documents,
        TrackingNames.Diagnostics,
        TrackingNames.LanguageVersion,
        TrackingNames.RuntimeReference,
        TrackingNames.DependencyInjection,
        TrackingNames.DateAndTimeTypes,
    ];

    // With Microsoft.Extensions.Http referenced too: the DependencyInjection step is a bool, so it stays unchanged and
    // every source output (the Add{Client} registrations included) is cached.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unrelated_source_edit_reuses_every_step(bool referenceDependencyInjection)
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(referenceDependencyInjection, Features(), Twilio(), Reachability(), Genesys());

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal class Unrelated { } }", new CSharpParseOptions(LanguageVersion.CSharp8)));
        GeneratorRunResult rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in s_trackedSteps)
        {
            Assert.True(rerun.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
            Assert.All(
                rerun.TrackedSteps[step].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.All(
            rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_spec_reparses_only_that_spec()
    {
        SpecFile features = Features();
        GeneratorDriver driver = GeneratorHarness.CreateDriver([features, Twilio()], out IReadOnlyList<AdditionalText> texts);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        Assert.NotEmpty(driver.GetRunResult().Results.Single().GeneratedSources);

        string editedText = features.Text.Replace("Fetch a recording.", "Fetch one recording.");
        Assert.NotEqual(features.Text, editedText);
        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == features.Path), new InMemoryAdditionalText(features.Path, editedText));
        GeneratorRunResult rerun = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = rerun.TrackedSteps[TrackingNames.ParsedDocuments].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, parsed.Count);
        Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(parsed, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        var emitted = rerun.TrackedSteps[TrackingNames.Documents].SelectMany(s => s.Outputs).ToList();
        Assert.Single(emitted, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(emitted, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        // The source output of the untouched spec is not produced again (the other outputs are the
        // edited spec's sources and its diagnostics).
        var sourceOutputs = rerun.TrackedOutputSteps["SourceOutput"].SelectMany(s => s.Outputs).ToList();
        Assert.Contains(sourceOutputs, o => o.Reason == IncrementalStepRunReason.Cached);
        Assert.Contains("Fetch one recording.", rerun.GeneratedSources.Single(s => s.HintName == "Test.Features.FeatureClient.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Adding_a_spec_generates_it_and_reuses_the_others()
    {
        SpecFile twilio = Twilio();
        GeneratorDriver driver = GeneratorHarness.CreateDriver([Features()], trackSteps: true, metadataFor: [twilio]);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        driver = ((CSharpGeneratorDriver)driver).AddAdditionalTexts([new InMemoryAdditionalText(twilio.Path, twilio.Text)]);
        GeneratorRunResult rerun = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = rerun.TrackedSteps[TrackingNames.ParsedDocuments].SelectMany(s => s.Outputs).ToList();
        Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.New);
        Assert.Single(parsed, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Turning_on_unreachable_schemas_reparses_only_that_spec()
    {
        SpecFile reachability = Reachability();
        GeneratorDriver driver = GeneratorHarness.CreateDriver([reachability, Twilio()]);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        int before = driver.GetRunResult().Results.Single().GeneratedSources.Length;

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor([reachability with { IncludeUnreachableSchemas = "true" }, Twilio()]));
        GeneratorRunResult rerun = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = rerun.TrackedSteps[TrackingNames.ParsedDocuments].SelectMany(s => s.Outputs).ToList();
        Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(parsed, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.True(rerun.GeneratedSources.Length > before, "the unreachable schemas were not added");
    }

    [Fact]
    public void Pipeline_values_hold_no_compilation_symbols_or_syntax()
    {
        (GeneratorDriver driver, _) = RunOnce(Features(), Twilio(), SpecFile.FromTestSpecs("features-31.json", "Test.Devices", "DeviceClient"), Reachability(), Genesys());
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        foreach (string step in s_trackedSteps)
        {
            foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
            {
                foreach ((object value, _) in run.Outputs)
                {
                    AssertHoldsNoCompilerObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }
    }

    private static void AssertHoldsNoCompilerObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location or AdditionalText,
            $"{path} holds a {value.GetType().Name}, which defeats incremental caching");

        // Descriptors are immutable and compared by value: the documented exception.
        if (value is DiagnosticDescriptor)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            int index = 0;
            foreach (object? item in sequence)
            {
                AssertHoldsNoCompilerObjects(item, $"{path}[{index++}]", seen);
            }

            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoCompilerObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce(params SpecFile[] specs) => RunOnce(false, specs);

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce(bool referenceDependencyInjection, params SpecFile[] specs)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(specs, trackSteps: true);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(referenceDependencyInjection: referenceDependencyInjection);
        return (driver.RunGenerators(compilation), compilation);
    }

    private static SpecFile Features() => SpecFile.FromTestSpecs("features.yaml", "Test.Features", "FeatureClient");

    // Leaves seven schemas out (DocumentSpec.UnreachableSchemas is not empty).
    private static SpecFile Reachability() => SpecFile.FromTestSpecs("reachability.yaml", "Test.Reach", "ReachabilityClient");

    private static SpecFile Genesys() => SpecFile.FromRepository("genesys.yaml", "Test.Genesys", "GenesysClient") with { IncludeUnreachableSchemas = "true" };

    private static SpecFile Twilio() => SpecFile.FromRepository("twilio.yaml", "Test.Twilio", "TwilioClient");
}
