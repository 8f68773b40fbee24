using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Naming;

/// <summary>
/// Decides how an operation's error answers become exceptions — exact codes before ranges (<c>4XX</c>), ranges before
/// <c>default</c>; neighbours with the same model share one test; a status whose model is the <c>default</c>'s needs
/// none — and names each distinct map once per client: <c>s_{Model}On{Codes}…Else{Model}</c>, or after its first
/// operation when that would be too long to read.
/// </summary>
internal static class ErrorMaps
{
    /// <summary>The map of <paramref name="operation"/>, unnamed; <paramref name="models"/> holds the models with an exception factory.</summary>
    public static ErrorMapSpec Decide(OperationSpec operation, ISet<string> models)
    {
        string? fallback = operation.Errors.Where(e => e.StatusPattern == "default").Select(e => ModelOf(e, models)).FirstOrDefault();
        var branches = new List<ErrorBranchSpec>();
        IEnumerable<ErrorResponseSpec> ordered = operation.Errors.Where(e => e.StatusPattern != "default" && !IsRange(e.StatusPattern))
            .Concat(operation.Errors.Where(e => IsRange(e.StatusPattern)));
        foreach (ErrorResponseSpec error in ordered)
        {
            if (ModelOf(error, models) is not { } model || model == fallback)
            {
                continue;
            }

            if (branches.Count > 0 && branches[branches.Count - 1].ModelName == model)
            {
                ErrorBranchSpec last = branches[branches.Count - 1];
                branches[branches.Count - 1] = last with { StatusPatterns = last.StatusPatterns.Append(error.StatusPattern).ToImmutableEquatableArray() };
            }
            else
            {
                branches.Add(new ErrorBranchSpec { StatusPatterns = new[] { error.StatusPattern }.ToImmutableEquatableArray(), ModelName = model });
            }
        }

        return new ErrorMapSpec { Name = "", Branches = branches.ToImmutableEquatableArray(), FallbackModelName = fallback };
    }

    // Past this a name that spells the map out stops reading as one: it is named after its first operation instead.
    private const int MaxDescriptiveLength = 60;

    /// <summary>
    /// The name the map's field asks for: what each status becomes, then what the rest becomes; or, for a map too long
    /// to spell out, <c>s_{firstOperation}Errors</c>.
    /// </summary>
    public static string PreferredName(ErrorMapSpec map, OperationSpec firstOperation)
    {
        string branches = string.Concat(map.Branches.Select(b => b.ModelName + "On" + string.Join("Or", b.StatusPatterns.Select(p => p.Replace("XX", "xx")))));
        string name = map.FallbackModelName is not { } fallback
            ? (branches.Length == 0 ? "ServiceError" : branches)
            : branches.Length == 0 ? fallback + "OnAny" : branches + "Else" + fallback;
        if (name.Length > MaxDescriptiveLength)
        {
            name = firstOperation.OperationName + "Errors";
        }

        return "s_" + char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>Whether <paramref name="pattern"/> is a range such as <c>4XX</c>.</summary>
    public static bool IsRange(string pattern) => pattern.Length == 3 && pattern.EndsWith("XX", System.StringComparison.Ordinal);

    private static string? ModelOf(ErrorResponseSpec error, ISet<string> models) =>
        error.BodyType is { Kind: ValueKind.Model, Name: { } name } && models.Contains(name) ? name : null;
}
