using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// Issue 13: deprecated schemas, enums, properties, response headers and operations are <c>[Obsolete]</c>. The
/// generated code that reads, writes, validates and form-encodes them compiles with warnings as errors, while a
/// caller's own use of each gets CS0618 with the service's words.
/// </summary>
public class DeprecationCompileTests
{
    private const string Consumer = """
        namespace Consumer
        {
            internal static class Uses
            {
                internal static async System.Threading.Tasks.Task Run(Test.Faithful.DeprecatedClient client)
                {
                    var widget = new Test.Faithful.Widget("w", "lc");
                    _ = widget.LegacyCode;
                    widget.LegacyCount = 1;
                    widget.Shade = null;
                    Test.Faithful.LegacyPart part = new Test.Faithful.LegacyPart("P1");
                    _ = Test.Faithful.LegacyColor.Red;
                    var answer = await client.CreateWidgetWithResponseAsync(widget);
                    _ = answer.XOldQuota;
                    await client.ListLegacyItemsAsync();
                    _ = widget.Name;
                    _ = part;
                }
            }
        }
        """;

    [Fact]
    public void Generated_code_compiles_with_warnings_as_errors_and_each_callers_use_warns()
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromTestSpecs("faithful/deprecated.yaml", "Test.Faithful", "DeprecatedClient"));

        SyntaxTree consumer = CSharpSyntaxTree.ParseText(Consumer, (CSharpParseOptions)result.Compilation.SyntaxTrees.First().Options, path: "Consumer.cs");
        Compilation strict = result.Compilation.AddSyntaxTrees(consumer)
            .WithOptions(result.Compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        List<Diagnostic> problems = strict.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.All(problems, d => Assert.Equal("Consumer.cs", d.Location.SourceTree?.FilePath));
        Assert.All(problems, d => Assert.Equal("CS0618", d.Id));
        Assert.Equal(
            new[]
            {
                "line 8: 'Widget.LegacyCode' is obsolete: 'The service marks this property as deprecated.'",
                "line 9: 'Widget.LegacyCount' is obsolete: 'The service marks this property as deprecated.'",
                "line 10: 'Widget.Shade' is obsolete: 'The service marks this property as deprecated.'",
                "line 11: 'LegacyPart' is obsolete: 'The service marks this schema as deprecated.'",
                "line 11: 'LegacyPart' is obsolete: 'The service marks this schema as deprecated.'",
                "line 12: 'LegacyColor' is obsolete: 'The service marks this schema as deprecated.'",
                "line 14: 'CreateWidgetResponse.XOldQuota' is obsolete: 'The service marks this header as deprecated.'",
                "line 15: 'DeprecatedClient.ListLegacyItemsAsync(long?, CancellationToken)' is obsolete: 'The service marks this operation as deprecated.'",
            },
            problems.OrderBy(d => d.Location.SourceSpan.Start).Select(d => "line " + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_generated_files_suppression_is_what_keeps_them_building()
    {
        GenerationResult result = GeneratorHarness.Run(SpecFile.FromTestSpecs("faithful/deprecated.yaml", "Test.Faithful", "DeprecatedClient"));
        Compilation unsuppressed = result.Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(result.Compilation.SyntaxTrees.Select(t =>
            t.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(t.GetText().ToString().Replace("#pragma warning disable CS0612, CS0618", "", StringComparison.Ordinal)))));

        List<Diagnostic> obsolete = unsuppressed.GetDiagnostics().Where(d => d.Id is "CS0612" or "CS0618").ToList();

        // The serializer, validation and form code all touch deprecated members: without the pragma they would warn.
        Assert.Contains(obsolete, d => d.Location.SourceTree!.FilePath.Contains("JsonSerializer", StringComparison.Ordinal));
        Assert.Contains(obsolete, d => d.Location.SourceTree!.FilePath.Contains("Validation", StringComparison.Ordinal));
        Assert.Contains(obsolete, d => d.Location.SourceTree!.FilePath.EndsWith("DeprecatedClient.g.cs", StringComparison.Ordinal));
    }
}
