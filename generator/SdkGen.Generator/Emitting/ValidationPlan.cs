using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// What the validation class holds, decided once per document before any file is written: the pattern methods (with
/// their numbers), which request models get a validator, and one check method per distinct parameter rule (a path
/// parameter shared by forty operations is checked by one method they all call). The client and validation emitters
/// both read it, so neither depends on the other having run first.
/// </summary>
internal sealed class ValidationPlan
{
    private readonly Dictionary<string, PatternMethod> _byPattern;
    private readonly HashSet<string> _validatedModels;
    private readonly Dictionary<ParameterRule, ParameterCheck> _byRule;

    private ValidationPlan(string className, List<PatternMethod> patternMethods, List<string> validatedModels, Dictionary<ParameterRule, ParameterCheck> byRule)
    {
        ClassName = className;
        PatternMethods = patternMethods;
        _byPattern = patternMethods.ToDictionary(p => p.Pattern, System.StringComparer.Ordinal);
        ValidatedModels = validatedModels;
        _validatedModels = new HashSet<string>(validatedModels, System.StringComparer.Ordinal);
        _byRule = byRule;
        ParameterChecks = byRule.Values.OrderBy(c => c.Order).ToList();
    }

    /// <summary>One method per distinct parameter rule, in the order the document first uses them.</summary>
    public IReadOnlyList<ParameterCheck> ParameterChecks { get; }

    /// <summary>The check method a parameter calls, or null when it needs at most a null check (or a path-segment check).</summary>
    public ParameterCheck? CheckFor(ParameterSpec parameter) =>
        RuleOf(parameter) is { } rule ? _byRule[rule] : null;

    /// <summary>The validation class's name.</summary>
    public string ClassName { get; }

    /// <summary>One method per distinct pattern, numbered in the order the document first uses them.</summary>
    public IReadOnlyList<PatternMethod> PatternMethods { get; }

    /// <summary>Models sent as request bodies, and the models they contain, in ordinal order: each gets a validator.</summary>
    public IReadOnlyList<string> ValidatedModels { get; }

    public PatternMethod MethodFor(string pattern) => _byPattern[pattern];

    public bool Validates(string modelName) => _validatedModels.Contains(modelName);

    public static ValidationPlan For(DocumentSpec document)
    {
        var methods = new List<PatternMethod>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (ValidationSpec validation in AllValidations(document))
        {
            foreach (StringConstraintSpec constraint in validation.Alternatives)
            {
                if (constraint.Pattern is { } pattern && seen.Add(pattern))
                {
                    string name = "MatchesPattern" + (methods.Count + 1).ToString(CultureInfo.InvariantCulture);
                    methods.Add(new PatternMethod(pattern, name, SimplePattern.TryCompile(pattern, "value")));
                }
            }
        }

        List<string> models = ModelsToValidate(document).OrderBy(n => n, System.StringComparer.Ordinal).ToList();

        // Method names are unique within the class: model validators and pattern methods are claimed first.
        var taken = new HashSet<string>(models.Select(m => "Validate" + m).Concat(methods.Select(m => m.MethodName)), System.StringComparer.Ordinal);
        var byRule = new Dictionary<ParameterRule, ParameterCheck>();
        foreach (ParameterSpec parameter in document.Clients.SelectMany(c => c.Operations).SelectMany(o => o.Parameters))
        {
            if (RuleOf(parameter) is { } rule && !byRule.ContainsKey(rule))
            {
                string preferred = "Validate" + char.ToUpperInvariant(parameter.Name.TrimStart('@')[0]) + parameter.Name.TrimStart('@').Substring(1);
                string name = preferred;
                for (int suffix = 2; !taken.Add(name); suffix++)
                {
                    name = preferred + suffix.ToString(CultureInfo.InvariantCulture);
                }

                byRule.Add(rule, new ParameterCheck(name, rule, byRule.Count));
            }
        }

        return new ValidationPlan(document.ValidationClassName, methods, models, byRule);
    }

    /// <summary>The rules of <paramref name="parameter"/> that need more than one line, or null.</summary>
    private static ParameterRule? RuleOf(ParameterSpec parameter)
    {
        ValidationSpec? rules = ValidationEmitter.Applicable(parameter.Validation, parameter.Type);
        bool pathSegment = parameter.Location == ParameterPlacement.Path && parameter.Type.Kind == ValueKind.String;
        return rules is null
            ? null
            : new ParameterRule(parameter.Type, parameter.IsRequired && !parameter.Type.IsValueType, pathSegment, rules);
    }

    private static HashSet<string> ModelsToValidate(DocumentSpec document)
    {
        var models = document.Models.ToDictionary(m => m.Name);
        var result = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (OperationSpec operation in document.Clients.SelectMany(c => c.Operations))
        {
            if (ModelName(operation.Body?.Type) is { } name)
            {
                pending.Push(name);
            }
        }

        while (pending.Count > 0)
        {
            string name = pending.Pop();
            if (!result.Add(name) || !models.TryGetValue(name, out ModelSpec? model))
            {
                continue;
            }

            foreach (PropertySpec property in model.Properties)
            {
                if (ModelName(property.Type) is { } nested)
                {
                    pending.Push(nested);
                }
            }

            // A polymorphic base's or union's validator checks the subtype or alternative the caller built.
            foreach (string subtype in (model.Discriminator?.Cases.Select(c => c.ModelName) ?? Enumerable.Empty<string>()).Concat(UnionEmitter.ValidatedAlternatives(model)))
            {
                pending.Push(subtype);
            }
        }

        return result;
    }

    private static string? ModelName(TypeRefSpec? type) => type?.Kind switch
    {
        ValueKind.Model => type.Name,
        ValueKind.Array or ValueKind.Map => ModelName(type.Element),
        _ => null,
    };

    private static IEnumerable<ValidationSpec> AllValidations(DocumentSpec document)
    {
        foreach (ModelSpec model in document.Models)
        {
            foreach (PropertySpec property in model.Properties)
            {
                if (property.Validation is { } validation)
                {
                    yield return validation;
                }
            }
        }

        foreach (OperationSpec operation in document.Clients.SelectMany(c => c.Operations))
        {
            foreach (ParameterSpec parameter in operation.Parameters)
            {
                if (parameter.Validation is { } validation)
                {
                    yield return validation;
                }
            }
        }
    }
}

/// <summary>
/// What a parameter check method checks: a value of <see cref="Type"/>, for null when <see cref="RequiresValue"/>, as a
/// path segment when <see cref="PathSegment"/>, then against <see cref="Rules"/>. Parameters with equal rules share it.
/// </summary>
internal sealed record ParameterRule(TypeRefSpec Type, bool RequiresValue, bool PathSegment, ValidationSpec Rules);

/// <summary>A parameter check method in the validation class: <c>MethodName(value, name)</c>.</summary>
internal sealed record ParameterCheck(string MethodName, ParameterRule Rule, int Order);

/// <summary>A pattern's method in the validation class; <see cref="Direct"/> is null when it needs a Regex.</summary>
internal sealed record PatternMethod(string Pattern, string MethodName, CompiledPattern? Direct);
