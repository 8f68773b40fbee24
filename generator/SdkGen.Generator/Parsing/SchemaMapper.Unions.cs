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
/// <c>oneOf</c>/<c>anyOf</c> of object schemas without a discriminator: a union class with one alternative per branch,
/// read by the first alternative whose required properties the object has. This decides the alternatives and which of
/// them a read can never choose (SDKGEN025); unions that mix objects with other shapes stay raw JSON (SDKGEN017).
/// </summary>
internal sealed partial class SchemaMapper
{
    private MappedType? MapObjectUnion(IOpenApiSchema schema, string pointer, string nameHint, string keyword, List<(IOpenApiSchema Schema, int Index)> branches, bool isNullable)
    {
        if (!branches.All(b => IsModelSchema(b.Schema is OpenApiSchemaReference { Target: { } target } ? target : b.Schema)))
        {
            return null;
        }

        // Claimed before the branches are mapped, as a model's name is.
        string name = _typeNames.Claim(_modelPrefix + Identifiers.ToPascalCase(nameHint, "Model"), nameHint, Collision("Schema", nameHint, pointer));
        var alternatives = new List<UnionAlternativeSpec>();
        foreach ((IOpenApiSchema branch, int index) in branches)
        {
            string number = index.ToString(CultureInfo.InvariantCulture);
            string at = ParseContext.Append(pointer, keyword, number);
            if (Map(branch, at, nameHint + "Option" + (index + 1).ToString(CultureInfo.InvariantCulture)).Type is not { Kind: ValueKind.Model, Name: { } model })
            {
                _context.Report(DiagnosticDescriptors.ReadAsRawJson, pointer, "'" + keyword + "' of object schemas", "branch " + number + " has no class of its own");
                return new MappedType(TypeRefSpec.Json, isNullable, null);
            }

            var alternative = new UnionAlternativeSpec(model, RequiredWireNames(branch, at));
            if (alternatives.FirstOrDefault(earlier => earlier.ModelName == model || earlier.RequiredWireNames.All(alternative.RequiredWireNames.Contains)) is { } shadow)
            {
                string reason = shadow.ModelName == model
                    ? "an earlier alternative is the same schema"
                    : "an earlier alternative ('" + shadow.ModelName + "') requires " + (shadow.RequiredWireNames.Count == 0 ? "no property" : "only properties it also requires")
                        + ", and alternatives are tried in order; such objects read as '" + shadow.ModelName + "'";
                _context.Report(DiagnosticDescriptors.UnionAlternativeNeverRead, at, number, model, name, reason);
                if (shadow.ModelName == model)
                {
                    continue;
                }
            }

            alternatives.Add(alternative);
        }

        _models.Add(new ModelSpec
        {
            Name = name,
            Description = Describe(schema),
            Properties = ImmutableEquatableArray<PropertySpec>.Empty,
            AdditionalProperties = null,
            ErrorShape = null,
            SuccessCondition = null,
            IsDeprecated = false,
            Union = new UnionSpec { Alternatives = alternatives.ToImmutableEquatableArray() },
        });
        return new MappedType(new TypeRefSpec(ValueKind.Model, name), isNullable, null);
    }

    // The names in the branch's `required` (through allOf) that it also declares as properties, in declaration order.
    private ImmutableEquatableArray<string> RequiredWireNames(IOpenApiSchema branch, string pointer)
    {
        var collected = new List<(string WireName, IOpenApiSchema Schema, string Pointer)>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        CollectProperties(branch, pointer, collected, required, new HashSet<IOpenApiSchema>(), depth: 0);
        return collected.Select(c => c.WireName).Where(required.Contains).Distinct().ToImmutableEquatableArray();
    }
}
