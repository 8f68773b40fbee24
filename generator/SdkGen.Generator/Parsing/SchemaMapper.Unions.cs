using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// <c>oneOf</c>/<c>anyOf</c> without a discriminator whose branches are not all strings: a union class with one
/// alternative per branch, read by the first alternative whose shape the JSON has (<see cref="UnionAlternativeSpec.Shape"/>).
/// <see cref="WhyNoUnion"/> is the one decision between that and raw JSON (SDKGEN017); this also decides which
/// alternatives a read can never choose (SDKGEN025).
/// </summary>
internal sealed partial class SchemaMapper
{
    private const int MaxShapeDepth = 16;

    // Unions whose branches are being mapped: an array of one of them (a union that nests itself) holds any item.
    private readonly HashSet<string> _unionsInProgress = new(StringComparer.Ordinal);

    private enum BranchShape
    {
        Typed,

        /// <summary>An object with no properties of its own: an alternative of string keys and raw JSON values.</summary>
        FreeObject,
        Any,
        Union,
    }

    /// <summary>
    /// Whether the branches become a union class (null) or raw JSON (the reason SDKGEN017 gives). Decided from the
    /// branches' schemas before any is mapped, so a union can be named first and a branch may refer back to it.
    /// </summary>
    private string? WhyNoUnion(IOpenApiSchema union, List<(IOpenApiSchema Schema, int Index)> branches)
    {
        foreach ((IOpenApiSchema branch, int index) in branches)
        {
            string number = "branch " + index.ToString(CultureInfo.InvariantCulture);

            // A branch that is the union itself is left out when mapped (SDKGEN025), not a nested union.
            switch (IsSelf(branch, union) ? BranchShape.Typed : ShapeOf(branch, 0))
            {
                case BranchShape.Any:
                    return number + " accepts any JSON value, so the union holds any JSON";
                case BranchShape.Union:
                    return number + " is itself a union of several shapes, and unions are not nested";
            }
        }

        return null;
    }

    // Value rules written beside oneOf/anyOf bind every alternative; the generated checks are each branch's own (a type
    // list's branches are copies of the schema, so they carry them and nothing is reported there). Reported per keyword
    // at its line. No-op values (minLength 0, uniqueItems false) lose nothing; nor does a union read as raw JSON, whose
    // SDKGEN017 already says nothing of it is checked.
    private void ReportRulesBesideAlternatives(IOpenApiSchema schema, string pointer, string keyword, List<(IOpenApiSchema Schema, int Index)> branches)
    {
        if (branches.Count > 1 && !branches.All(b => IsPlainStringBranch(b.Schema)) && WhyNoUnion(schema, branches) is not null)
        {
            return;
        }

        foreach (string rule in new[] { "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems" })
        {
            bool binds = rule switch
            {
                "minLength" => schema.MinLength is > 0,
                "minItems" => schema.MinItems is > 0,
                "uniqueItems" => schema.UniqueItems == true,
                "exclusiveMinimum" => schema.ExclusiveMinimum is not null,
                "exclusiveMaximum" => schema.ExclusiveMaximum is not null,
                _ => true,
            };
            if (binds && _context.WritesRule(pointer, rule))
            {
                string written = rule == "pattern" ? rule + " '" + schema.Pattern + "'" : _context.NumberAsWritten(pointer, rule) is { } number ? rule + " " + number : rule;
                _context.Report(DiagnosticDescriptors.RuleNotChecked, ParseContext.Append(pointer, rule), written, "it is written beside '" + keyword + "' and binds every alternative, but only the rules inside each alternative are checked; write it inside the alternatives it applies to");
            }
        }
    }

    // A branch whose string rules constrain text the generated code does not hold as text (maxLength on a date-time,
    // read as a DateTimeOffset and written by the serializer): reported rather than dropped. (Numeric and list rules are
    // only decided for numbers and lists, so they always apply.)
    private void ReportRulesNotApplicable(MappedType mapped, TypeRefSpec alternative, string at, string number)
    {
        if (mapped.Validation is { HasStringRules: true } rules && rules.ApplicableTo(alternative) is null)
        {
            IEnumerable<string> written = rules.Alternatives.SelectMany(c => new[]
            {
                c.MinLength is { } min ? "minLength " + min.ToString(CultureInfo.InvariantCulture) : null,
                c.MaxLength is { } max ? "maxLength " + max.ToString(CultureInfo.InvariantCulture) : null,
                c.Pattern is { } pattern ? "pattern '" + pattern + "'" : null,
            }).Concat(rules.AllowedLiterals.Select(l => "const '" + l + "'")).OfType<string>();
            _context.Report(DiagnosticDescriptors.RuleNotChecked, at, string.Join(", ", written), "branch " + number + " is read and written as a " + UnionAlternativeNames.SuffixOf(alternative) + ", whose text the serializer writes, so rules on the text are not checked");
        }
    }

    private static bool IsSelf(IOpenApiSchema branch, IOpenApiSchema union)
    {
        try
        {
            return branch is OpenApiSchemaReference reference && ReferenceEquals(reference.Target, union);
        }
        catch (InvalidOperationException ex) when (IsReferenceCycle(ex))
        {
            return false;
        }
    }

    private BranchShape ShapeOf(IOpenApiSchema? schema, int depth)
    {
        if (schema is null || depth > MaxShapeDepth)
        {
            return BranchShape.Any;
        }

        try
        {
            if (schema is OpenApiSchemaReference reference)
            {
                return ShapeOf(reference.Target, depth + 1);
            }
        }
        catch (InvalidOperationException ex) when (IsReferenceCycle(ex))
        {
            return BranchShape.Any;
        }

        if (AllOfReference.ShapedMember(schema) is var (member, _))
        {
            return ShapeOf(member, depth + 1);
        }

        if (schema.AnyOf is { Count: > 0 } || schema.OneOf is { Count: > 0 })
        {
            if (IsDiscriminatedUnion(schema))
            {
                return BranchShape.Typed;
            }

            var meaningful = (schema.AnyOf is { Count: > 0 } ? schema.AnyOf : schema.OneOf!).Where(b => b is not null && b.Type != JsonSchemaType.Null).ToList();
            return meaningful.Count == 1 ? ShapeOf(meaningful[0], depth + 1)
                : meaningful.All(IsPlainStringBranch) ? BranchShape.Typed
                : BranchShape.Union;
        }

        JsonSchemaType? type = schema.Type is { } t ? t & ~JsonSchemaType.Null : null;
        if (type is null || type == 0)
        {
            type = InferType(schema);
        }

        return type switch
        {
            null => BranchShape.Any,
            JsonSchemaType.Object => IsModelSchema(schema) || schema.AdditionalProperties is not null ? BranchShape.Typed : BranchShape.FreeObject,
            JsonSchemaType.String or JsonSchemaType.Integer or JsonSchemaType.Number or JsonSchemaType.Boolean or JsonSchemaType.Array => BranchShape.Typed,
            _ => BranchShape.Union,
        };
    }

    private MappedType MapUnion(IOpenApiSchema schema, string pointer, string nameHint, string keyword, List<(IOpenApiSchema Schema, int Index)> branches, bool isNullable, string? componentName)
    {
        if (WhyNoUnion(schema, branches) is { } reason)
        {
            _context.Report(DiagnosticDescriptors.ReadAsRawJson, pointer, "'" + keyword + "' with " + branches.Count.ToString(CultureInfo.InvariantCulture) + " different schemas", reason);
            return new MappedType(TypeRefSpec.Json, isNullable, null);
        }

        // Claimed and registered before the branches are mapped, as a model's name is: a branch may refer back to it.
        string name = _typeNames.Claim(_modelPrefix + Identifiers.ToPascalCase(nameHint, "Model"), nameHint, Collision("Schema", nameHint, pointer));
        var type = new TypeRefSpec(ValueKind.Model, name);
        if (componentName is not null)
        {
            _components[componentName] = type;
        }

        _unionsInProgress.Add(name);
        string json = UnionAlternativeNames.JsonProperty(name);
        var suffixes = new UniqueNames(json);
        var alternatives = new List<UnionAlternativeSpec>();
        foreach ((IOpenApiSchema branch, int index) in branches)
        {
            string number = index.ToString(CultureInfo.InvariantCulture);
            string at = ParseContext.Append(pointer, keyword, number);
            MappedType mapped = Map(branch, at, nameHint + "Option" + (index + 1).ToString(CultureInfo.InvariantCulture));
            TypeRefSpec alternative = mapped.Type;
            if (alternative.Kind == ValueKind.Json && ShapeOf(branch, 0) == BranchShape.FreeObject)
            {
                // Any object: its values are any JSON, so nothing of it is lost as a map of raw values.
                alternative = new TypeRefSpec(ValueKind.Map, Element: TypeRefSpec.Json);
            }

            if (alternative.Kind is ValueKind.Json or ValueKind.Binary)
            {
                _context.Report(DiagnosticDescriptors.ReadAsRawJson, at, "Branch " + number + " of " + name, "values of its shape read as " + name + ".Json, matching no alternative");
                continue;
            }

            string label = UnionAlternativeNames.SuffixOf(alternative);
            if (alternative == type)
            {
                _context.Report(DiagnosticDescriptors.UnionAlternativeNeverRead, at, number, label, name, "it is the union itself, which adds no value to it");
                continue;
            }

            ImmutableEquatableArray<string> shape = ShapeRow(alternative, branch, at);
            if (alternatives.FirstOrDefault(earlier => earlier.Type == alternative || Covers(earlier.Shape, shape)) is { } shadow)
            {
                _context.Report(DiagnosticDescriptors.UnionAlternativeNeverRead, at, number, label, name, ShadowReason(shadow, alternative, shape));
                if (shadow.Type == alternative)
                {
                    continue;
                }
            }

            // The branch's rules, as a property of its type would have them: checked on the alternative held before sending.
            ReportRulesNotApplicable(mapped, alternative, at, number);
            alternatives.Add(new UnionAlternativeSpec(alternative, suffixes.Claim(label, label), shape) { Rules = mapped.Validation?.ApplicableTo(alternative) });
        }

        _unionsInProgress.Remove(name);
        _models.Add(new ModelSpec
        {
            Name = name,
            Description = Describe(schema),
            Properties = ImmutableEquatableArray<PropertySpec>.Empty,
            AdditionalProperties = null,
            ErrorShape = null,
            SuccessCondition = null,
            IsDeprecated = false,
            Union = new UnionSpec { Alternatives = alternatives.ToImmutableEquatableArray(), JsonPropertyName = json },
        });
        return new MappedType(type, isNullable, null);
    }

    private static string ShadowReason(UnionAlternativeSpec shadow, TypeRefSpec alternative, ImmutableEquatableArray<string> shape)
    {
        if (shadow.Type == alternative)
        {
            return alternative.Kind == ValueKind.Model ? "an earlier alternative is the same schema" : "an earlier alternative has the same type";
        }

        if (shape[0] == UnionAlternativeSpec.ObjectShape && shadow.Type.Kind == ValueKind.Model)
        {
            return "an earlier alternative ('" + shadow.Name + "') requires " + (shadow.Shape.Count == 1 ? "no property" : "only properties it also requires")
                + ", and alternatives are tried in order; such objects read as '" + shadow.Name + "'";
        }

        return "an earlier alternative ('" + shadow.Name + "') takes every value it would, and alternatives are tried in order; such values read as '" + shadow.Name + "'";
    }

    // What a JSON value must be to read as the alternative (see UnionAlternativeSpec.Shape).
    private ImmutableEquatableArray<string> ShapeRow(TypeRefSpec type, IOpenApiSchema branch, string pointer)
    {
        IEnumerable<string> row = type.Kind switch
        {
            ValueKind.Enum when _enums.Find(e => e.Name == type.Name) is { } values => new[] { "enum" }.Concat(values.Members.Select(m => m.WireValue)),
            ValueKind.Model => new[] { UnionAlternativeSpec.ObjectShape }.Concat(RequiredWireNames(branch, pointer)),
            ValueKind.Array => ["array", ItemKind(type.Element!)],
            _ => [ItemKind(type)],
        };
        return row.ToImmutableEquatableArray();
    }

    // The JSON kind of a value of the type, as an array's items are checked.
    private string ItemKind(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.String or ValueKind.Enum => "string",
        ValueKind.Int32 => "int32",
        ValueKind.Int64 => "integer",
        ValueKind.Single or ValueKind.Double or ValueKind.Decimal => "number",
        ValueKind.Boolean => "boolean",
        ValueKind.DateTimeOffset => "date-time",
        ValueKind.Date => "date",
        ValueKind.Time => "time",
        ValueKind.Duration => "duration",
        ValueKind.Guid => "uuid",
        ValueKind.Model when _unionsInProgress.Contains(type.Name!) || _models.Exists(m => m.Name == type.Name && m.Union is { IsObjectOnly: false }) => "any",
        ValueKind.Model or ValueKind.Map => UnionAlternativeSpec.ObjectShape,
        ValueKind.Array => "array",
        _ => "any",
    };

    // Whether every value of the later shape also has the earlier one (which is tried first).
    private static bool Covers(ImmutableEquatableArray<string> earlier, ImmutableEquatableArray<string> later)
    {
        string kind = earlier[0];
        return kind switch
        {
            "object" => later[0] == "object" && earlier.Skip(1).All(later.Skip(1).Contains),
            "array" => later[0] == "array" && KindCovers(earlier[1], later[1]),
            "enum" => later[0] == "enum" && later.Skip(1).All(earlier.Skip(1).Contains),
            _ => KindCovers(kind, later[0]),
        };
    }

    private static bool KindCovers(string earlier, string later) => earlier == later || earlier switch
    {
        "any" => true,
        "string" => later is "enum" or "date-time" or "date" or "time" or "duration" or "uuid",
        "number" => later is "integer" or "int32",
        "integer" => later == "int32",
        _ => false,
    };

    // The names in the branch's `required` (through allOf) that it also declares as properties, in declaration order.
    private ImmutableEquatableArray<string> RequiredWireNames(IOpenApiSchema branch, string pointer)
    {
        var collected = new List<(string WireName, IOpenApiSchema Schema, string Pointer)>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        CollectProperties(branch, pointer, collected, required, new HashSet<IOpenApiSchema>(), depth: 0);
        return collected.Select(c => c.WireName).Where(required.Contains).Distinct().ToImmutableEquatableArray();
    }
}
