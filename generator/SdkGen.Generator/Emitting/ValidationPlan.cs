using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// What the validation class holds, decided once per document before any file is written: the pattern methods and
/// whether each needs a Regex, and one check method per distinct parameter rule (a path parameter shared by forty
/// operations is checked by one method they all call). Their names come from <c>Naming/HelperNames</c>. The client and
/// validation emitters both read it, so neither depends on the other having run first.
/// </summary>
internal sealed class ValidationPlan
{
    private readonly Dictionary<string, PatternMethod> _byPattern;

    private ValidationPlan(string className, List<PatternMethod> patternMethods, List<ParameterCheck> parameterChecks)
    {
        ClassName = className;
        PatternMethods = patternMethods;
        _byPattern = patternMethods.ToDictionary(p => p.Pattern, System.StringComparer.Ordinal);
        ParameterChecks = parameterChecks;
    }

    /// <summary>One method per distinct parameter rule, in the order the document first uses them.</summary>
    public IReadOnlyList<ParameterCheck> ParameterChecks { get; }

    /// <summary>The validation class's name.</summary>
    public string ClassName { get; }

    /// <summary>One method per distinct pattern, numbered in the order the document first uses them.</summary>
    public IReadOnlyList<PatternMethod> PatternMethods { get; }

    public PatternMethod MethodFor(string pattern) => _byPattern[pattern];

    public static ValidationPlan For(DocumentSpec document)
    {
        var methods = document.PatternMethods
            .Select(p => new PatternMethod(p.Pattern, p.MethodName, p.RegexFieldName, SimplePattern.TryCompile(p.Pattern, "value")))
            .ToList();
        IEnumerable<OperationSpec> operations = document.Clients.SelectMany(c => c.Operations);
        var checks = operations.SelectMany(o => o.Parameters)
            .Where(p => p.CheckMethodName is not null)
            .Select(p => (Name: p.CheckMethodName!, Rule: ParameterRule.Of(p)!))
            .Concat(operations.Select(o => o.Body).Where(b => b?.CheckMethodName is not null).Select(b => (Name: b!.CheckMethodName!, Rule: ParameterRule.Of(b)!)))
            .GroupBy(c => c.Name, System.StringComparer.Ordinal)
            .Select(g => new ParameterCheck(g.Key, g.First().Rule))
            .ToList();
        return new ValidationPlan(document.ValidationClassName, methods, checks);
    }
}

/// <summary>A parameter check method in the validation class: <c>MethodName(value, name)</c>.</summary>
internal sealed record ParameterCheck(string MethodName, ParameterRule Rule);

/// <summary>A pattern's method in the validation class; <see cref="Direct"/> is null when it needs a Regex (in <see cref="RegexFieldName"/>).</summary>
internal sealed record PatternMethod(string Pattern, string MethodName, string RegexFieldName, CompiledPattern? Direct);
