namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// Generator bugs the robustness tests found and that are not fixed yet. Each has a skipped reproduction in
/// <see cref="GeneratorBugRegressionTests"/>. The fuzz tests tolerate a case whose every problem matches one of
/// these (and list it in the test output), so that only new kinds of failure turn CI red; set
/// <c>SDKGEN_FUZZ_STRICT=1</c> to fail on these too.
/// </summary>
/// <remarks>When a bug is fixed: un-skip its reproduction and delete its entry here.</remarks>
internal static class KnownGeneratorBugs
{
    public sealed record Bug(string Id, string Summary, Func<string, bool> Matches);

    /// <summary>
    /// Open bugs. Eleven found earlier (reader exceptions as SDKGEN010, schema $ref cycles, null map entries, hint names
    /// equal ignoring case, locals named like parameters, await, nameof, line breaks in form-field comments,
    /// non-status response keys, enums named like members of object, $ref cycles outside schemas) are fixed and covered by
    /// <see cref="GeneratorBugRegressionTests"/>. An entry matches the problem lines <see cref="RobustnessChecker"/> writes.
    /// </summary>
    public static readonly IReadOnlyList<Bug> All = [];

    public static bool Strict => Environment.GetEnvironmentVariable("SDKGEN_FUZZ_STRICT") == "1";

    /// <summary>
    /// The known bugs behind a case's problems, or null when one problem is new. A problem that matches no bug is
    /// still put down to one when it is of the same kind as a matched problem ("the generated code does not compile:
    /// …" after a known bug broke the code: the follow-on errors of one broken line rarely quote that line).
    /// </summary>
    public static string? Explain(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0 || Strict)
        {
            return null;
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (string problem in problems)
        {
            if (All.FirstOrDefault(b => b.Matches(problem)) is { } bug)
            {
                ids.Add(bug.Id);
                kinds.Add(KindOf(problem));
            }
        }

        return ids.Count > 0 && problems.All(p => IsFollowOn(p) || All.Any(b => b.Matches(p)) || kinds.Contains(KindOf(p)))
            ? string.Join("+", ids)
            : null;
    }

    private static string KindOf(string problem)
    {
        int colon = problem.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? problem : problem[..colon];
    }

    // Lines that only accompany another problem: the "… and N more" tail and the driver's own CS8785 report.
    private static bool IsFollowOn(string problem) =>
        problem.StartsWith("… and ", StringComparison.Ordinal);
}
