using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Parsing.Text;
using SdkGen.Generator.Tests.Infrastructure;

namespace SdkGen.Generator.Tests.Faithful;

/// <summary>
/// What the generator carried over from one document and what it did not, counted from the document and the
/// generated code — not from the diagnostics —, beside what the diagnostics report, so that a test can assert the two
/// agree: every declared operation is a method or an SDKGEN013, every form field is sent or left out with an
/// SDKGEN016, every multipart part is sent or left out with an SDKGEN022. Losses that leave no mark in the code (a parameter or optional body left out, a response ignored, a
/// value typed as raw JSON) are counted from their diagnostics and named as such.
/// </summary>
public sealed record CarriedOverAccount
{
    private static readonly string[] s_methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    // One statement per form field the emitter sends (Emitting/FormBodyEmitter.cs): a plain Add on the form builder,
    // or FormFieldEncoder.Add for the structured ones. Inside a foreach for repeated fields, still one statement.
    private static readonly Regex s_formFieldSent = new(@"^\s*(?:form\w*\.Add\(|global::SdkGen\.Runtime\.Internal\.FormFieldEncoder\.Add\()", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // One statement per multipart part the emitter sends (Emitting/MultipartBodyEmitter.cs): an Add on the builder,
    // after an "if (x.HasValue)" for an optional value type; inside a foreach for a repeated part, still one statement.
    private static readonly Regex s_partSent = new(@"^\s*(?:if \([^\n]*?\) )?multipart\w*\.Add(?:Text|File|Json)\(", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // An operation's plain method (its WithResponse twin is not counted): one, plus an overload of the same name when
    // its body may also be sent as bytes. The text form of a JSON answer, {Method}AsTextAsync beside {Method}Async, is
    // the same operation and not counted either.
    private static readonly Regex s_operationMethod = new(@"public virtual global::System\.Threading\.Tasks\.Task[^(]*? (\w+)(?<!WithResponseAsync)\(", RegexOptions.CultureInvariant);

    public required string Document { get; init; }

    public required int OperationsDeclared { get; init; }

    public required int OperationsGenerated { get; init; }

    public int OperationsSkipped => OperationsDeclared - OperationsGenerated;

    public required int OperationsSkippedWithDiagnostic { get; init; }

    public required int FormFieldsSent { get; init; }

    public required int FormFieldsNotSent { get; init; }

    public required int FormFieldsNotSentWithDiagnostic { get; init; }

    public required int MultipartPartsSent { get; init; }

    public required int MultipartPartsNotSent { get; init; }

    /// <summary>The SDKGEN022 that report a part left out (the others report part headers not sent, the part sent).</summary>
    public required int MultipartPartsNotSentWithDiagnostic { get; init; }

    public required int ParametersLeftOutWithDiagnostic { get; init; }

    public required int OptionalBodiesLeftOutWithDiagnostic { get; init; }

    public required int ResponsesIgnoredWithDiagnostic { get; init; }

    public required int RawJsonWithDiagnostic { get; init; }

    /// <summary>Every generator diagnostic, by id.</summary>
    public required SortedDictionary<string, int> Diagnostics { get; init; }

    private static int OperationMethods(string source)
    {
        var names = s_operationMethod.Matches(source).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return names.Count(n => !(n.EndsWith("AsTextAsync", StringComparison.Ordinal) && names.Contains(n[..^"AsTextAsync".Length] + "Async")));
    }

    public static CarriedOverAccount Of(string documentName, string specPath, string text, GenerationResult result)
    {
        JsonNode? root = SpecTextReader.Read(specPath, text, CancellationToken.None).Root;
        int declared = root?["paths"] is JsonObject paths
            ? paths.Sum(p => p.Value is JsonObject item ? s_methods.Count(item.ContainsKey) : 0)
            : 0;
        string code = string.Concat(result.Sources.Select(s => s.SourceText.ToString()));
        var ids = new SortedDictionary<string, int>(result.Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        return new CarriedOverAccount
        {
            Document = documentName,
            OperationsDeclared = declared,
            // Per file: clients split by tag are files of their own, and may each have a method of the same name.
            OperationsGenerated = result.Sources.Sum(s => OperationMethods(s.SourceText.ToString())),
            OperationsSkippedWithDiagnostic = ids.GetValueOrDefault("SDKGEN013"),
            FormFieldsSent = s_formFieldSent.Matches(code).Count,
            FormFieldsNotSent = CountOf(code, "(reported as SDKGEN016)"),
            FormFieldsNotSentWithDiagnostic = ids.GetValueOrDefault("SDKGEN016"),
            MultipartPartsSent = s_partSent.Matches(code).Count,
            MultipartPartsNotSent = CountOf(code, "(reported as SDKGEN022)"),
            MultipartPartsNotSentWithDiagnostic = result.Diagnostics.Count(d => d.Id == "SDKGEN022" && d.GetMessage(CultureInfo.InvariantCulture).Contains(": it is not sent", StringComparison.Ordinal)),
            ParametersLeftOutWithDiagnostic = ids.GetValueOrDefault("SDKGEN014"),
            OptionalBodiesLeftOutWithDiagnostic = ids.GetValueOrDefault("SDKGEN015"),
            ResponsesIgnoredWithDiagnostic = ids.GetValueOrDefault("SDKGEN018"),
            RawJsonWithDiagnostic = ids.GetValueOrDefault("SDKGEN017"),
            Diagnostics = ids,
        };
    }

    /// <summary>Where the account made from the code disagrees with the diagnostics (empty: they agree).</summary>
    public IReadOnlyList<string> Disagreements()
    {
        var problems = new List<string>();
        if (OperationsSkipped != OperationsSkippedWithDiagnostic)
        {
            problems.Add($"{OperationsSkipped} operations are not generated but {OperationsSkippedWithDiagnostic} SDKGEN013 say so");
        }

        if (FormFieldsNotSent != FormFieldsNotSentWithDiagnostic)
        {
            problems.Add($"{FormFieldsNotSent} form fields are left out of requests but {FormFieldsNotSentWithDiagnostic} SDKGEN016 say so");
        }

        if (MultipartPartsNotSent != MultipartPartsNotSentWithDiagnostic)
        {
            problems.Add($"{MultipartPartsNotSent} multipart parts are left out of requests but {MultipartPartsNotSentWithDiagnostic} SDKGEN022 say so");
        }

        if (Diagnostics.ContainsKey("SDKGEN010"))
        {
            problems.Add("the generator failed (SDKGEN010)");
        }

        return problems;
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
