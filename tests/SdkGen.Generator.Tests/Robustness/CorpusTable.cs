using System.Globalization;
using System.Text;
using SdkGen.Generator.Tests.Faithful;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>The README's corpus table, rendered from the checked-in accounts so that its figures come from a run.</summary>
internal static class CorpusTable
{
    // Diagnostics that have a column of their own.
    private static readonly HashSet<string> s_columns = new(StringComparer.Ordinal) { "SDKGEN013", "SDKGEN014", "SDKGEN015", "SDKGEN016", "SDKGEN017" };

    public static string Render(IEnumerable<(CorpusDocument Document, CarriedOverAccount Account)> rows)
    {
        var table = new StringBuilder();
        table.Append("| document (npm package) | style | operations generated / declared | skipped (with a diagnostic) | form fields sent / not sent (with a diagnostic) | multipart parts sent / not sent (with a diagnostic) | parameters left out (SDKGEN014) | optional bodies left out (SDKGEN015) | typed as raw JSON (SDKGEN017) | other warnings |\n");
        table.Append("|---|---|---|---|---|---|---|---|---|---|\n");
        int generated = 0, declared = 0, skipped = 0, skippedReported = 0, sent = 0, notSent = 0, notSentReported = 0, parts = 0, partsNotSent = 0, partsNotSentReported = 0, parameters = 0, bodies = 0, raw = 0;
        foreach ((CorpusDocument document, CarriedOverAccount account) in rows)
        {
            string others = string.Join(", ", account.Diagnostics.Where(p => !s_columns.Contains(p.Key)).Select(p => p.Key + " ×" + N(p.Value)));
            table.Append(CultureInfo.InvariantCulture, $"| {document.Name} (`{document.Package.Split(' ')[0]}`) | {document.Style} | {N(account.OperationsGenerated)} / {N(account.OperationsDeclared)} | {N(account.OperationsSkipped)} ({N(account.OperationsSkippedWithDiagnostic)}) | {N(account.FormFieldsSent)} / {N(account.FormFieldsNotSent)} ({N(account.FormFieldsNotSentWithDiagnostic)}) | {N(account.MultipartPartsSent)} / {N(account.MultipartPartsNotSent)} ({N(account.MultipartPartsNotSentWithDiagnostic)}) | {N(account.ParametersLeftOutWithDiagnostic)} | {N(account.OptionalBodiesLeftOutWithDiagnostic)} | {N(account.RawJsonWithDiagnostic)} | {(others.Length == 0 ? "none" : others)} |\n");
            generated += account.OperationsGenerated;
            declared += account.OperationsDeclared;
            skipped += account.OperationsSkipped;
            skippedReported += account.OperationsSkippedWithDiagnostic;
            sent += account.FormFieldsSent;
            notSent += account.FormFieldsNotSent;
            notSentReported += account.FormFieldsNotSentWithDiagnostic;
            parts += account.MultipartPartsSent;
            partsNotSent += account.MultipartPartsNotSent;
            partsNotSentReported += account.MultipartPartsNotSentWithDiagnostic;
            parameters += account.ParametersLeftOutWithDiagnostic;
            bodies += account.OptionalBodiesLeftOutWithDiagnostic;
            raw += account.RawJsonWithDiagnostic;
        }

        table.Append(CultureInfo.InvariantCulture, $"| **total** | | {N(generated)} / {N(declared)} | {N(skipped)} ({N(skippedReported)}) | {N(sent)} / {N(notSent)} ({N(notSentReported)}) | {N(parts)} / {N(partsNotSent)} ({N(partsNotSentReported)}) | {N(parameters)} | {N(bodies)} | {N(raw)} | |\n");
        return table.ToString();
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
