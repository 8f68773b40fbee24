using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// What the validation class holds, decided once per document before any file is written: the pattern methods (with
/// their numbers), whether the <c>AllMatch</c> helper is needed, and which request models get a validator. The client
/// and validation emitters both read it, so neither depends on the other having run first.
/// </summary>
internal sealed class ValidationPlan
{
    private readonly Dictionary<string, PatternMethod> _byPattern;
    private readonly HashSet<string> _validatedModels;

    private ValidationPlan(string className, List<PatternMethod> patternMethods, List<string> validatedModels)
    {
        ClassName = className;
        PatternMethods = patternMethods;
        _byPattern = patternMethods.ToDictionary(p => p.Pattern, System.StringComparer.Ordinal);
        NeedsAllMatch = patternMethods.Any(p => p.Direct?.UsesAllMatch == true);
        ValidatedModels = validatedModels;
        _validatedModels = new HashSet<string>(validatedModels, System.StringComparer.Ordinal);
    }

    /// <summary>The validation class's name.</summary>
    public string ClassName { get; }

    /// <summary>One method per distinct pattern, numbered in the order the document first uses them.</summary>
    public IReadOnlyList<PatternMethod> PatternMethods { get; }

    /// <summary>Whether some direct pattern check calls the <c>AllMatch</c> helper.</summary>
    public bool NeedsAllMatch { get; }

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
        return new ValidationPlan(document.ValidationClassName, methods, models);
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

/// <summary>A pattern's method in the validation class; <see cref="Direct"/> is null when it needs a Regex.</summary>
internal sealed record PatternMethod(string Pattern, string MethodName, CompiledPattern? Direct);
