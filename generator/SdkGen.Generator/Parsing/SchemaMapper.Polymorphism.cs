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
/// Class hierarchies from schemas: <c>allOf</c> with one <c>$ref</c> parent derives from that parent; a
/// discriminated <c>oneOf</c>/<c>anyOf</c> (or an object with a <c>discriminator</c> that others extend) is an
/// abstract base whose reads dispatch on the discriminator. Each decision is recorded here while schemas are mapped
/// and applied to the models once at the end (<see cref="TypeHierarchy"/>), so the order in which an operation
/// reaches a base and its subtypes never changes the result.
/// </summary>
internal sealed partial class SchemaMapper
{
    private readonly TypeHierarchy _hierarchy = new();
    private readonly Dictionary<string, string> _modelPointers = new(StringComparer.Ordinal);

    private void ReportRename(string model, string wireName, string identifier, string renamed) =>
        _context.Report(DiagnosticDescriptors.NameCollision, _modelPointers.TryGetValue(model, out string? at) ? at : "", "Property", "an inherited property", wireName, identifier, renamed);

    /// <summary>
    /// The component a schema extends through <c>allOf</c> (exactly one <c>$ref</c> member, to an object schema with
    /// properties, beside inline members) and its schema; null for anything else (several parents are flattened).
    /// </summary>
    private (string ParentId, IOpenApiSchema Parent)? DerivationParent(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference || schema.AllOf is not { Count: > 0 } members || !IsModelSchema(schema))
        {
            return null;
        }

        var references = members.OfType<OpenApiSchemaReference>().ToList();
        if (references is not { Count: 1 } || references[0].Reference?.Id is not { } id
            || _document.Components?.Schemas?.TryGetValue(id, out IOpenApiSchema? parent) != true || !IsModelSchema(parent))
        {
            return null;
        }

        return (id, parent!);
    }

    private string? DerivationParentId(string componentId) =>
        _document.Components?.Schemas?.TryGetValue(componentId, out IOpenApiSchema? schema) == true && schema is not null
            ? DerivationParent(schema)?.ParentId
            : null;

    // Whether the component extends the ancestor through a chain of allOf parents.
    private bool DescendsFrom(string componentId, string ancestorId)
    {
        string? current = componentId;
        for (int depth = 0; depth < MaxDepth && current is not null; depth++)
        {
            current = DerivationParentId(current);
            if (current == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For a model being built from <paramref name="schema"/>: when it derives from a parent, records it and marks the
    /// parent's schema seen, so only the model's own properties are collected.
    /// </summary>
    private void RecordDerivation(string name, IOpenApiSchema schema, HashSet<IOpenApiSchema> seenSchemas)
    {
        if (DerivationParent(schema) is not var (parentId, parent)
            || MapComponent(parentId) is not { Kind: ValueKind.Model, Name: { } baseName }
            || baseName == name)
        {
            return;
        }

        seenSchemas.Add(parent);
        foreach (OpenApiSchemaReference reference in schema.AllOf!.OfType<OpenApiSchemaReference>())
        {
            if (reference.Target is { } target)
            {
                seenSchemas.Add(target);
            }
        }

        _hierarchy.Derive(name, baseName);
    }

    private static bool IsDiscriminatedUnion(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference
        && schema.Discriminator?.PropertyName is { Length: > 0 }
        && (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 });

    /// <summary>
    /// A discriminated <c>oneOf</c>/<c>anyOf</c>: the shared <c>allOf</c> parent of its branches when they have one,
    /// else a new abstract base (named after the component, or <paramref name="nameHint"/> inline) the branches derive
    /// from. Raw JSON (SDKGEN017) when a branch is not a <c>$ref</c> to an object schema under components.
    /// </summary>
    private MappedType MapDiscriminatedUnion(IOpenApiSchema schema, string pointer, string nameHint, string? componentName, bool isNullable)
    {
        string keyword = schema.AnyOf is { Count: > 0 } ? "anyOf" : "oneOf";
        IList<IOpenApiSchema> branches = schema.AnyOf is { Count: > 0 } ? schema.AnyOf : schema.OneOf!;
        var branchIds = new List<(string Id, string At)>();
        for (int i = 0; i < branches.Count; i++)
        {
            IOpenApiSchema branch = branches[i];
            if (branch is null || branch.Type == JsonSchemaType.Null)
            {
                continue;
            }

            if (branch is not OpenApiSchemaReference { Reference.Id: { } id } || _document.Components?.Schemas?.TryGetValue(id, out IOpenApiSchema? target) != true || !IsModelSchema(target))
            {
                _context.Report(DiagnosticDescriptors.ReadAsRawJson, ParseContext.Append(pointer, keyword, i.ToString(CultureInfo.InvariantCulture)), "'" + keyword + "' with a discriminator", "branch " + i.ToString(CultureInfo.InvariantCulture) + " is not a $ref to an object schema under components/schemas, so it cannot be a subtype");
                return new MappedType(TypeRefSpec.Json, isNullable, null);
            }

            branchIds.Add((id, ParseContext.Append(pointer, keyword, i.ToString(CultureInfo.InvariantCulture))));
        }

        string discriminator = schema.Discriminator!.PropertyName!;
        var parents = branchIds.Select(b => DerivationParentId(b.Id)).Distinct().ToList();
        if (parents.Count == 1 && parents[0] is { } sharedParent
            && MapComponent(sharedParent) is { Kind: ValueKind.Model, Name: { } parentName } parentType)
        {
            if (componentName is not null)
            {
                _components[componentName] = parentType;
            }

            RegisterCases(parentName, sharedParent, discriminator, schema.Discriminator, branchIds, pointer);
            return new MappedType(parentType, isNullable, null);
        }

        string baseName = _typeNames.Claim(_modelPrefix + Identifiers.ToPascalCase(nameHint, "Model"), nameHint, Collision("Schema", nameHint, pointer));
        var type = new TypeRefSpec(ValueKind.Model, baseName);
        if (componentName is not null)
        {
            // Before the branches are mapped, so a branch referring back to the union resolves to this type.
            _components[componentName] = type;
        }

        _models.Add(new ModelSpec
        {
            Name = baseName,
            Description = Describe(schema),
            Properties = ImmutableEquatableArray<PropertySpec>.Empty,
            AdditionalProperties = null,
            ErrorShape = null,
            SuccessCondition = null,
            IsDeprecated = schema.Deprecated,
        });
        RegisterCases(baseName, ancestorId: null, discriminator, schema.Discriminator, branchIds, pointer);
        return new MappedType(type, isNullable, null);
    }

    /// <summary>
    /// An object component with a <c>discriminator</c> and no union: the schemas extending it through <c>allOf</c>
    /// (directly or through another subtype) and its mapping's targets are its subtypes.
    /// </summary>
    private void RegisterDiscriminatedParent(string componentName, string modelName, IOpenApiSchema schema, string pointer)
    {
        if (schema.Discriminator?.PropertyName is not { Length: > 0 } discriminator || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            return;
        }

        var extending = _document.Components!.Schemas!
            .Where(c => c.Value is not OpenApiSchemaReference && c.Value is not null && DescendsFrom(c.Key, componentName))
            .Select(c => (c.Key, ComponentPointer(c.Key)))
            .ToList();
        RegisterCases(modelName, componentName, discriminator, schema.Discriminator, extending, pointer);
    }

    // The cases of a base: the explicit mapping in its order, then each implicit candidate under its component name.
    // A subtype must be an object component and, where the base is an allOf parent, extend it; otherwise its value reads
    // as the Unknown subtype (SDKGEN024).
    private void RegisterCases(string baseName, string? ancestorId, string discriminator, OpenApiDiscriminator spec, List<(string Id, string At)> implicitIds, string pointer)
    {
        string unknownName = _hierarchy.IsBase(baseName)
            ? _hierarchy.UnknownNameOf(baseName)
            : _typeNames.Claim("Unknown" + baseName, "Unknown" + baseName, Collision("Schema", "Unknown" + baseName, pointer));
        _hierarchy.AddBase(baseName, discriminator, unknownName);

        var candidates = new List<(string Value, string? Id, string At)>();
        string mappingPointer = ParseContext.Append(ParseContext.Append(pointer, "discriminator"), "mapping");
        foreach (KeyValuePair<string, OpenApiSchemaReference> entry in spec.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            candidates.Add((entry.Key, entry.Value?.Reference?.Id, ParseContext.Append(mappingPointer, entry.Key)));
        }

        foreach ((string id, string at) in implicitIds)
        {
            if (!candidates.Any(c => c.Id == id))
            {
                candidates.Add((id, id, at));
            }
        }

        foreach ((string value, string? id, string at) in candidates)
        {
            string? problem = ExplainNoSubtype(baseName, ancestorId, id);
            TypeRefSpec? type = problem is null ? MapComponent(id!) : null;
            problem ??= type is not { Kind: ValueKind.Model, Name: { } }
                ? "'" + id + "' is not generated as a class"
                : ancestorId is null && _hierarchy.BaseOf(type.Name!) is { } other && other != baseName
                    ? "'" + id + "' is already a subtype of " + other + ", and a C# class has one base"
                    : null;
            if (problem is not null)
            {
                _context.Report(DiagnosticDescriptors.SubtypeNotGenerated, at, value, baseName, "has no generated subtype and reads as " + unknownName + ", its JSON kept whole: " + problem);
                continue;
            }

            string subtype = type!.Name!;
            if (_hierarchy.CaseOf(baseName, value) is { } earlier)
            {
                if (earlier != subtype)
                {
                    _context.Report(DiagnosticDescriptors.SubtypeNotGenerated, at, value, baseName, "already reads as " + earlier + ", so it never reads as " + subtype);
                }

                continue;
            }

            if (ancestorId is null)
            {
                _hierarchy.Derive(subtype, baseName);
            }

            _hierarchy.AddCase(baseName, value, subtype);
        }
    }

    // Why the component cannot be a subtype of the base, or null when it can.
    private string? ExplainNoSubtype(string baseName, string? ancestorId, string? id)
    {
        if (id is null || _document.Components?.Schemas?.TryGetValue(id, out IOpenApiSchema? target) != true)
        {
            return "the mapping does not name a schema under components/schemas";
        }

        if (!IsModelSchema(target))
        {
            return "'" + id + "' is not an object schema with properties";
        }

        if (ancestorId is not null)
        {
            return DescendsFrom(id, ancestorId) ? null : "'" + id + "' does not extend " + baseName + " through allOf";
        }

        return DerivationParentId(id) is { } parent
            ? "'" + id + "' already extends '" + parent + "' through allOf, and a C# class has one base"
            : null;
    }
}
