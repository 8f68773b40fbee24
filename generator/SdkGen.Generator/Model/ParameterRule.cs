namespace SdkGen.Generator.Model;

/// <summary>
/// What a parameter check method checks: a value of <see cref="Type"/>, for null when <see cref="RequiresValue"/>, as a
/// path segment when <see cref="PathSegment"/>, then against <see cref="Rules"/>. Parameters with equal rules share one
/// method (<see cref="ParameterSpec.CheckMethodName"/>).
/// </summary>
internal sealed record ParameterRule
{
    /// <summary>The checked value's type.</summary>
    public required TypeRefSpec Type { get; init; }

    /// <summary>A null value is refused (a required reference).</summary>
    public required bool RequiresValue { get; init; }

    /// <summary>The value is a path segment, checked as one (<c>ValueRules.RequirePathSegment</c>).</summary>
    public required bool PathSegment { get; init; }

    /// <summary>The rules the value is checked against.</summary>
    public required ValidationSpec Rules { get; init; }

    /// <summary>The rules of <paramref name="parameter"/> that need more than one line, or null.</summary>
    public static ParameterRule? Of(ParameterSpec parameter)
    {
        ValidationSpec? rules = parameter.Validation?.ApplicableTo(parameter.Type);
        bool pathSegment = parameter.Location == ParameterPlacement.Path && parameter.Type.Kind == ValueKind.String;
        return rules is null
            ? null
            : new ParameterRule { Type = parameter.Type, RequiresValue = parameter.IsRequired && !parameter.Type.IsValueType, PathSegment = pathSegment, Rules = rules };
    }

    /// <summary>The rules of a JSON body that is not a model (a list with rules, rules on its items), or null; its null check is the client's.</summary>
    public static ParameterRule? Of(RequestBodySpec body) =>
        body.Encoding == BodyEncoding.Json && body.Validation?.ApplicableTo(body.Type) is { } rules
            ? new ParameterRule { Type = body.Type, RequiresValue = false, PathSegment = false, Rules = rules }
            : null;
}
