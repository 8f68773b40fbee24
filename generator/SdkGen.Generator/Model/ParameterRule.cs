namespace SdkGen.Generator.Model;

/// <summary>
/// What a parameter check method checks: a value of <see cref="Type"/>, for null when <see cref="RequiresValue"/>, as a
/// path segment when <see cref="PathSegment"/>, then against <see cref="Rules"/>. Parameters with equal rules share one
/// method (<see cref="ParameterSpec.CheckMethodName"/>).
/// </summary>
internal sealed record ParameterRule(TypeRefSpec Type, bool RequiresValue, bool PathSegment, ValidationSpec Rules)
{
    /// <summary>The rules of <paramref name="parameter"/> that need more than one line, or null.</summary>
    public static ParameterRule? Of(ParameterSpec parameter)
    {
        ValidationSpec? rules = parameter.Validation?.ApplicableTo(parameter.Type);
        bool pathSegment = parameter.Location == ParameterPlacement.Path && parameter.Type.Kind == ValueKind.String;
        return rules is null
            ? null
            : new ParameterRule(parameter.Type, parameter.IsRequired && !parameter.Type.IsValueType, pathSegment, rules);
    }

    /// <summary>The rules of a JSON body that is not a model (a list with rules, rules on its items), or null; its null check is the client's.</summary>
    public static ParameterRule? Of(RequestBodySpec body) =>
        body.Encoding == BodyEncoding.Json && body.Validation?.ApplicableTo(body.Type) is { } rules
            ? new ParameterRule(body.Type, RequiresValue: false, PathSegment: false, rules)
            : null;
}
