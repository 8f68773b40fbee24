using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Maps OpenAPI schemas to C# types, collecting the models and enums the document needs.
/// Component schemas become types named after their key; inline object and enum schemas get a
/// name from where they appear (<c>CallRecordingStatus</c> for <c>CallRecording.status</c>).
/// </summary>
internal sealed partial class SchemaMapper
{
    // The reader turns a JSON null inside "enum" into this string; it is not a value anyone sends.
    private const string NullSentinelPrefix = "openapi-json-null-sentinel-value";
    private const int MaxDepth = 64;

    private readonly ParseContext _context;
    private readonly OpenApiDocument _document;
    private readonly UniqueNames _typeNames;
    private readonly Dictionary<string, TypeRefSpec> _components = new(StringComparer.Ordinal);
    private readonly HashSet<string> _componentsInProgress = new(StringComparer.Ordinal);
    private readonly List<ModelSpec> _models = new();
    private readonly List<EnumSpec> _enums = new();
    private readonly HashSet<string> _validatedPatterns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _invalidPatterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValidationSpec?> _rulesByLocation = new(StringComparer.Ordinal);
    private int _depth;

    private readonly string _modelPrefix;
    private readonly string _enumPrefix;

    /// <param name="context">The parse so far: positions and diagnostics.</param>
    /// <param name="document">The document whose schemas are mapped.</param>
    /// <param name="typeNames">The namespace's type names, shared with the clients and options.</param>
    /// <param name="modelPrefix">Put before every model's name (<c>SdkGenModelPrefix</c>), or empty.</param>
    /// <param name="enumPrefix">Put before every enum's name (<c>SdkGenEnumPrefix</c>), or empty.</param>
    public SchemaMapper(ParseContext context, OpenApiDocument document, UniqueNames typeNames, string modelPrefix = "", string enumPrefix = "")
    {
        _context = context;
        _document = document;
        _typeNames = typeNames;
        _modelPrefix = modelPrefix;
        _enumPrefix = enumPrefix;
    }

    /// <summary>The models, with the class hierarchy applied (see <see cref="TypeHierarchy"/>).</summary>
    public IReadOnlyList<ModelSpec> Models => _hierarchy.Apply(_models, ReportRename);

    public IReadOnlyList<EnumSpec> Enums => _enums;

    /// <summary>The model named <paramref name="name"/> once it is built, else null.</summary>
    public ModelSpec? FindModel(string name) => _models.Find(m => m.Name == name) is { } model && !_hierarchy.IsEmpty
        ? Models.First(m => m.Name == name)
        : _models.Find(m => m.Name == name);

    /// <summary>The union the model named <paramref name="name"/> is, once it is built; null for another model or type.</summary>
    public UnionSpec? UnionOf(string name) => _models.Find(m => m.Name == name)?.Union;

    /// <summary>
    /// Maps the component schemas <paramref name="include"/> selects (those operations reach, see
    /// <see cref="ReachableSchemas"/>), so their types exist even where an operation sees them only as raw JSON
    /// (a oneOf branch, a discriminator mapping).
    /// </summary>
    public void MapComponents(Func<string, bool> include)
    {
        if (_document.Components?.Schemas is not { } schemas)
        {
            return;
        }

        foreach (string name in schemas.Keys)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (include(name))
            {
                MapComponent(name);
            }
        }
    }

    /// <summary>
    /// The type <paramref name="schema"/> would map to, worked out by a mapper of its own that keeps nothing: no type, name
    /// or diagnostic reaches the document. For a decision that depends on a value's kind and must be made before anything
    /// is generated for it (a multipart part its encoding leaves out generates no type). Only the kind is meaningful:
    /// the names in the answer are not the ones <see cref="Map"/> would claim.
    /// </summary>
    public TypeRefSpec Probe(IOpenApiSchema schema, string pointer) => Probe(schema, pointer, "Probe", out _);

    /// <inheritdoc cref="Probe(IOpenApiSchema, string)"/>
    /// <param name="schema">The schema.</param>
    /// <param name="pointer">Where it is used.</param>
    /// <param name="nameHint">As <see cref="Map"/>'s, so a reason that names a type uses the name mapping would give it.</param>
    /// <param name="unionOf">The union a model type of the answer names (as <see cref="UnionOf"/>), for a decision on a union's alternatives.</param>
    public TypeRefSpec Probe(IOpenApiSchema schema, string pointer, string nameHint, out Func<string, UnionSpec?> unionOf)
    {
        var probe = new SchemaMapper(_context.Detached(), _document, new UniqueNames(), _modelPrefix, _enumPrefix);
        unionOf = probe.UnionOf;
        return probe.Map(schema, pointer, nameHint).Type;
    }

    /// <summary>The C# type for a schema used at <paramref name="pointer"/>; <paramref name="nameHint"/> names inline types.</summary>
    public MappedType Map(IOpenApiSchema? schema, string pointer, string nameHint)
    {
        if (schema is null)
        {
            return new MappedType(TypeRefSpec.Json, IsNullable: true, Validation: null);
        }

        if (++_depth > MaxDepth)
        {
            _depth--;
            _context.Report(DiagnosticDescriptors.ReadAsRawJson, pointer, "A schema nested more than 64 levels deep", "the generator stops typing at that depth");
            return new MappedType(TypeRefSpec.Json, IsNullable: true, Validation: null);
        }

        try
        {
            return MapCore(schema, pointer, nameHint);
        }
        catch (InvalidOperationException ex) when (IsReferenceCycle(ex))
        {
            return CycleFallback(pointer);
        }
        finally
        {
            _depth--;
        }
    }

    // The OpenAPI model throws when a $ref chain loops back without an object in between (A: {$ref: A}).
    private static bool IsReferenceCycle(InvalidOperationException ex) => ReferenceCycles.IsCycle(ex);

    private MappedType CycleFallback(string pointer)
    {
        _context.Report(DiagnosticDescriptors.ReadAsRawJson, pointer, "A $ref chain that refers back to itself", "it never reaches a definition");
        return new MappedType(TypeRefSpec.Json, IsNullable: true, Validation: null);
    }

    private MappedType MapCore(IOpenApiSchema schema, string pointer, string nameHint)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            string? id = reference.Reference?.Id;
            if (id is not null && _document.Components?.Schemas?.ContainsKey(id) == true)
            {
                TypeRefSpec componentType = MapComponent(id);
                IOpenApiSchema? target = _document.Components.Schemas[id];
                bool nullable = target is not null && IsNullable(target);
                return new MappedType(componentType, nullable, target is null ? null : RulesFor(target, componentType, ComponentPointer(id)));
            }

            _context.Report(DiagnosticDescriptors.ReadAsRawJson, pointer, "The reference '" + (reference.Reference?.ReferenceV3 ?? "?") + "'", "only references to #/components/schemas are supported");
            return new MappedType(TypeRefSpec.Json, IsNullable: true, Validation: null);
        }

        bool isNullable = IsNullable(schema) || _context.DeclaresUntypedNullable(pointer);

        // allOf: [{$ref: X}, {description: …}] is how specs attach a description to a $ref: it is X.
        if (AllOfReference.ShapedMember(schema) is var (shaped, index))
        {
            MappedType inner = Map(shaped, ParseContext.Append(pointer, "allOf", index.ToString(CultureInfo.InvariantCulture)), nameHint);
            bool annotationAllowsNull = AllOfReference.AnnotationAllowsNull(schema)
                || Enumerable.Range(0, schema.AllOf!.Count).Any(i => i != index && _context.DeclaresUntypedNullable(ParseContext.Append(pointer, "allOf", i.ToString(CultureInfo.InvariantCulture))));
            return inner with { IsNullable = inner.IsNullable || isNullable || annotationAllowsNull };
        }

        if (schema.AnyOf is { Count: > 0 } || schema.OneOf is { Count: > 0 })
        {
            return MapAlternatives(schema, pointer, nameHint, isNullable);
        }

        JsonSchemaType? type = schema.Type is { } t ? t & ~JsonSchemaType.Null : null;
        if (type is null || type == 0)
        {
            type = InferType(schema);
        }

        switch (type)
        {
            case JsonSchemaType.String:
                if (StringEnumValues(schema) is { Count: > 0 } values)
                {
                    return new MappedType(RegisterEnum(nameHint, schema, values, pointer), isNullable, null);
                }

                return new MappedType(StringType(schema.Format, _context.DateAndTimeTypes), isNullable, ValidationFor(schema, pointer));
            case JsonSchemaType.Integer:
                return Number(schema, schema.Format == "int32" ? ValueKind.Int32 : ValueKind.Int64, pointer, isNullable);
            case JsonSchemaType.Number:
                return Number(schema, schema.Format switch
                {
                    "float" => ValueKind.Single,
                    "decimal" => ValueKind.Decimal,
                    "int32" => ValueKind.Int32,
                    "int64" => ValueKind.Int64,
                    _ => ValueKind.Double,
                }, pointer, isNullable);
            case JsonSchemaType.Boolean:
                return new MappedType(new TypeRefSpec(ValueKind.Boolean), isNullable, null);
            case JsonSchemaType.Array:
                MappedType item = Map(schema.Items, ParseContext.Append(pointer, "items"), nameHint + "Item");
                var array = new TypeRefSpec(ValueKind.Array, Element: item.Type);
                ValidationSpec? listRules = RulesFor(schema, array, pointer);
                // Each item is checked against its own schema's rules too (a list of SIDs, of bounded numbers).
                ValidationSpec? rules = item.Validation is { } each ? (listRules ?? ValidationSpec.ForItems(null)) with { EachItem = each } : listRules;
                return new MappedType(array, isNullable, rules);
            case JsonSchemaType.Object:
                return MapObject(schema, pointer, nameHint, isNullable);
            case null:
                return new MappedType(TypeRefSpec.Json, isNullable, null);
            default:
                return MapTypeList(schema, pointer, nameHint, isNullable, type.Value);
        }
    }

    private MappedType MapObject(IOpenApiSchema schema, string pointer, string nameHint, bool isNullable)
    {
        bool hasProperties = schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 };
        if (!hasProperties)
        {
            if (schema.AdditionalProperties is { } valueSchema)
            {
                MappedType value = Map(valueSchema, ParseContext.Append(pointer, "additionalProperties"), nameHint + "Value");
                // Each value is checked against its schema's rules, as a list's items are.
                ValidationSpec? rules = value.Validation is { } each ? ValidationSpec.ForItems(null) with { EachItem = each } : null;
                return new MappedType(new TypeRefSpec(ValueKind.Map, Element: value.Type), isNullable, rules);
            }

            // A free-form object: nothing to type, so the caller gets the JSON as it came.
            return new MappedType(TypeRefSpec.Json, isNullable, null);
        }

        string name = _typeNames.Claim(_modelPrefix + Identifiers.ToPascalCase(nameHint, "Model"), nameHint);
        BuildModel(name, schema, pointer);
        return new MappedType(new TypeRefSpec(ValueKind.Model, name), isNullable, null);
    }

    // componentName: the component the schema is, when it is one (a union registers itself under it before its branches are mapped).
    private MappedType MapAlternatives(IOpenApiSchema schema, string pointer, string nameHint, bool isNullable, string? componentName = null)
    {
        string keyword = schema.AnyOf is { Count: > 0 } ? "anyOf" : "oneOf";
        IList<IOpenApiSchema> branches = schema.AnyOf is { Count: > 0 } ? schema.AnyOf : schema.OneOf!;
        isNullable |= _context.DeclaresNullable(pointer);

        var meaningful = new List<(IOpenApiSchema Schema, int Index)>();
        for (int i = 0; i < branches.Count; i++)
        {
            IOpenApiSchema branch = branches[i];
            if (branch is null)
            {
                continue;
            }

            if (branch.Type == JsonSchemaType.Null)
            {
                isNullable = true;
            }
            else
            {
                meaningful.Add((branch, i));
            }
        }

        if (meaningful.Count > 1 && IsDiscriminatedUnion(schema))
        {
            return MapDiscriminatedUnion(schema, pointer, nameHint, componentName: null, isNullable);
        }

        ReportRulesBesideAlternatives(schema, pointer, keyword, meaningful);

        if (meaningful.Count == 1)
        {
            MappedType single = Map(meaningful[0].Schema, ParseContext.Append(pointer, keyword, meaningful[0].Index.ToString(CultureInfo.InvariantCulture)), nameHint);
            return single with { IsNullable = single.IsNullable || isNullable };
        }

        // A string that is one of several shapes ("an RE… SID or the literal Twilio.CURRENT") stays a
        // string whose validation accepts any branch.
        if (meaningful.Count > 1 && meaningful.All(b => IsPlainStringBranch(b.Schema)))
        {
            var alternatives = new List<StringConstraintSpec>();
            var literals = new List<string>();
            foreach ((IOpenApiSchema branch, int index) in meaningful)
            {
                string branchPointer = ParseContext.Append(pointer, keyword, index.ToString(CultureInfo.InvariantCulture));
                if (StringEnumValues(branch) is { Count: > 0 } values)
                {
                    literals.AddRange(values.Select(v => v.Value));
                }
                else if (branch.Const is { } constant)
                {
                    literals.Add(constant);
                }
                else
                {
                    alternatives.Add(ConstraintsFor(branch, branchPointer));
                }
            }

            // A branch with no constraint accepts anything: the whole union then validates nothing.
            ValidationSpec? validation = alternatives.Any(a => a.IsEmpty)
                ? null
                : new ValidationSpec(alternatives.ToImmutableEquatableArray(), literals.Distinct().ToImmutableEquatableArray());
            return new MappedType(TypeRefSpec.String, isNullable, validation);
        }

        return MapUnion(schema, pointer, nameHint, keyword, meaningful, isNullable, componentName);
    }

    /// <summary>
    /// <c>type: [integer, string]</c> (the reader also turns a <c>oneOf</c>/<c>anyOf</c> of bare types into one): a
    /// union with one alternative per type, each the schema with that one type, reported under the keyword written.
    /// </summary>
    private MappedType MapTypeList(IOpenApiSchema schema, string pointer, string nameHint, bool isNullable, JsonSchemaType types)
    {
        isNullable |= _context.DeclaresNullable(pointer);
        var branches = new List<(IOpenApiSchema Schema, int Index)>();
        foreach (JsonSchemaType one in new[] { JsonSchemaType.Boolean, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.String, JsonSchemaType.Array, JsonSchemaType.Object })
        {
            if ((types & one) != 0)
            {
                if (schema.CreateShallowCopy() is OpenApiSchema copy)
                {
                    copy.Type = one;
                    branches.Add((copy, branches.Count));
                }
            }
        }

        if (branches.Count == 2 && types.HasFlag(JsonSchemaType.Integer) && types.HasFlag(JsonSchemaType.Number))
        {
            // Every integer is a number: one number type holds both.
            return Map(branches[1].Schema, pointer, nameHint) with { IsNullable = isNullable };
        }

        string keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : schema.AnyOf is { Count: > 0 } ? "anyOf" : "type";
        return MapUnion(schema, pointer, nameHint, keyword, branches, isNullable, componentName: null);
    }

    private static bool IsPlainStringBranch(IOpenApiSchema branch) =>
        branch is not OpenApiSchemaReference
        && (branch.Type & ~JsonSchemaType.Null) == JsonSchemaType.String
        && branch.Properties is not { Count: > 0 }
        && branch.AnyOf is not { Count: > 0 }
        && branch.OneOf is not { Count: > 0 }
        && branch.AllOf is not { Count: > 0 };

    private TypeRefSpec MapComponent(string componentName)
    {
        if (_components.TryGetValue(componentName, out TypeRefSpec? known))
        {
            return known;
        }

        IOpenApiSchema? schema = _document.Components!.Schemas![componentName];
        string pointer = ComponentPointer(componentName);
        if (schema is null)
        {
            return TypeRefSpec.Json;
        }

        if (!_componentsInProgress.Add(componentName))
        {
            // A component that is (through aliases) its own definition: nothing concrete to generate.
            _context.Report(DiagnosticDescriptors.ReadAsRawJson, pointer, "The schema '" + componentName + "'", "it refers to itself without an object in between");
            return TypeRefSpec.Json;
        }

        try
        {
            return MapComponentCore(componentName, schema, pointer);
        }
        catch (InvalidOperationException ex) when (IsReferenceCycle(ex))
        {
            _components[componentName] = TypeRefSpec.Json;
            return CycleFallback(pointer).Type;
        }
        finally
        {
            _componentsInProgress.Remove(componentName);
        }
    }

    private TypeRefSpec MapComponentCore(string componentName, IOpenApiSchema schema, string pointer)
    {
        if (IsDiscriminatedUnion(schema))
        {
            TypeRefSpec union = MapDiscriminatedUnion(schema, pointer, componentName, componentName, IsNullable(schema)).Type;
            _components[componentName] = union;
            return union;
        }

        if (IsModelSchema(schema))
        {
            // Register the name before mapping properties so recursive references resolve to this type.
            string name = _typeNames.Claim(_modelPrefix + Identifiers.ToPascalCase(componentName, "Model"), componentName, Collision("Schema", componentName, pointer));
            var type = new TypeRefSpec(ValueKind.Model, name);
            _components[componentName] = type;
            BuildModel(name, schema, pointer);
            RegisterDiscriminatedParent(componentName, name, schema, pointer);
            return type;
        }

        MappedType mapped = schema is not OpenApiSchemaReference && (schema.AnyOf is { Count: > 0 } || schema.OneOf is { Count: > 0 })
            ? MapAlternatives(schema, pointer, componentName, IsNullable(schema), componentName)
            : Map(schema, pointer, componentName);
        _components[componentName] = mapped.Type;
        return mapped.Type;
    }

    // A default the property cannot hold, or that breaks its own rules, is the document's mistake: reported, not preset.
    private PresetSpec? Preset(IOpenApiSchema? propertySchema, MappedType mapped, string wireName, string propertyPointer)
    {
        PresetSpec? preset = PropertyDefaults.Decide(propertySchema?.Default, mapped.Type, mapped.Validation, name => _enums.FirstOrDefault(e => e.Name == name), out string? mistake);
        if (mistake is not null)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, ParseContext.Append(propertyPointer, "default"), "The default of '" + wireName + "'", "it " + mistake + ", so a new model does not start with it (left out until set)");
        }

        return preset;
    }

    private static bool IsModelSchema(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return false;
        }

        if (schema is OpenApiSchemaReference || schema.AnyOf is { Count: > 0 } || schema.OneOf is { Count: > 0 } || AllOfReference.ShapedMember(schema) is not null)
        {
            return false;
        }

        if (schema.Properties is { Count: > 0 })
        {
            return true;
        }

        return schema.AllOf is { Count: > 1 } || (schema.AllOf is { Count: 1 } && schema.Properties is { Count: > 0 });
    }

    private void BuildModel(string name, IOpenApiSchema schema, string pointer)
    {
        var collected = new List<(string WireName, IOpenApiSchema Schema, string Pointer)>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        var seenSchemas = new HashSet<IOpenApiSchema>();
        _modelPointers[name] = pointer;
        RecordDerivation(name, schema, seenSchemas);
        CollectProperties(schema, pointer, collected, required, seenSchemas, depth: 0);

        var propertyNames = new UniqueNames(name);
        var properties = new List<PropertySpec>();
        var seenWireNames = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string wireName, IOpenApiSchema propertySchema, string propertyPointer) in collected)
        {
            // allOf members may restate a property; the first declaration wins, as in a merged schema.
            if (!seenWireNames.Add(wireName))
            {
                continue;
            }

            string pascal = Identifiers.ToPascalCase(wireName, "Property");
            if (pascal == name || Identifiers.HidesObjectMember(pascal))
            {
                // A member cannot share its enclosing type's name in C#, nor hide a member of object.
                pascal += "Value";
            }

            string propertyName = propertyNames.Claim(pascal, wireName, Collision("Property", wireName, propertyPointer));
            MappedType mapped = Map(propertySchema, propertyPointer, name + propertyName);
            // A $ref's own deprecated (3.1 sibling) marks the property; the target's marks its type, not every property of it.
            bool deprecated = propertySchema is OpenApiSchemaReference reference ? reference.Reference.Deprecated ?? false : propertySchema?.Deprecated ?? false;
            string? description = propertySchema is null ? null : Describe(propertySchema);

            // Enum values keep their wire text beside the enum, so a value this SDK does not know is never lost.
            string? wireValueName = mapped.Type.Kind == ValueKind.Enum
                ? propertyNames.Claim(propertyName + "WireValue", wireName + " (wire value)", Collision("Property", wireName + " (wire value)", propertyPointer))
                : null;
            bool isRequired = required.Contains(wireName);
            PresetSpec? preset = isRequired ? null : Preset(propertySchema, mapped, wireName, propertyPointer);
            string? isSetName = mapped.IsNullable && !isRequired
                ? propertyNames.Claim(propertyName + "IsSet", wireName + " (is set)", Collision("Property", wireName + " (is set)", propertyPointer))
                : null;
            properties.Add(new PropertySpec
            {
                Name = propertyName,
                WireName = wireName,
                Description = description,
                Type = mapped.Type,
                IsRequired = isRequired,
                IsNullable = mapped.IsNullable,
                Validation = mapped.Validation,
                IsDeprecated = deprecated,
                WireValuePropertyName = wireValueName,
                DefaultJson = PropertyDefaults.AsWritten(propertySchema?.Default),
                Preset = preset,
                IsSetName = isSetName,
            });
        }

        TypeRefSpec? additional = null;
        ValidationSpec? additionalRules = null;
        if (schema.AdditionalProperties is { } additionalSchema)
        {
            MappedType additionalMapped = Map(additionalSchema, ParseContext.Append(pointer, "additionalProperties"), name + "AdditionalProperty");
            additional = additionalMapped.Type;
            additionalRules = additionalMapped.Validation;
        }
        else if (_context.DeclaresAdditionalPropertiesTrue(pointer))
        {
            additional = TypeRefSpec.Json;
        }

        if (additional is not null && propertyNames.Contains("AdditionalProperties"))
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "'additionalProperties' on a schema that also has a property named AdditionalProperties", "the extra properties are skipped when read and cannot be sent");
            additional = null;
        }

        _models.Add(new ModelSpec
        {
            Name = name,
            Description = Describe(schema),
            Properties = properties.ToImmutableEquatableArray(),
            AdditionalProperties = additional,
            AdditionalPropertiesValidation = additional is null ? null : additionalRules,
            ErrorShape = ErrorShapeFor(schema, properties),
            SuccessCondition = SuccessConditionFor(schema, properties, pointer),
            IsDeprecated = schema.Deprecated,
        });
    }

    private void CollectProperties(
        IOpenApiSchema schema,
        string pointer,
        List<(string, IOpenApiSchema, string)> collected,
        HashSet<string> required,
        HashSet<IOpenApiSchema> seen,
        int depth)
    {
        IOpenApiSchema resolved = schema is OpenApiSchemaReference reference && reference.Target is { } target ? target : schema;
        if (depth > MaxDepth || !seen.Add(resolved))
        {
            return;
        }

        if (schema is OpenApiSchemaReference r && r.Reference?.Id is { } id)
        {
            pointer = ComponentPointer(id);
        }

        if (resolved.AllOf is { } parts)
        {
            for (int i = 0; i < parts.Count; i++)
            {
                if (parts[i] is null)
                {
                    continue;
                }

                CollectProperties(parts[i], ParseContext.Append(pointer, "allOf", i.ToString(CultureInfo.InvariantCulture)), collected, required, seen, depth + 1);
            }
        }

        if (resolved.Required is { } names)
        {
            required.UnionWith(names);
        }

        if (resolved.Properties is { } properties)
        {
            foreach (KeyValuePair<string, IOpenApiSchema> property in properties)
            {
                collected.Add((property.Key, property.Value, ParseContext.Append(pointer, "properties", property.Key)));
            }
        }
    }

    private TypeRefSpec RegisterEnum(string nameHint, IOpenApiSchema schema, List<(string Value, int Index)> values, string pointer)
    {
        string name = _typeNames.Claim(_enumPrefix + Identifiers.ToPascalCase(nameHint, "Enum"), nameHint, Collision("Enum", nameHint, pointer));
        string extensionsName = _typeNames.Claim(name + "Extensions", nameHint + " extensions", Collision("Enum", nameHint + " extensions", pointer));

        var memberNames = values.Select(v => Identifiers.ToPascalCase(v.Value, "Value")).ToList();

        // The member for values this SDK does not know; a spec that has its own "unknown" keeps it.
        string unknownName = "Unknown";
        for (int attempt = 2; memberNames.Contains(unknownName); attempt++)
        {
            unknownName = attempt == 2 ? "Unrecognized" : "Unrecognized" + attempt.ToString(CultureInfo.InvariantCulture);
        }

        string?[] valueDescriptions = EnumValueDescriptions(schema, values.Count);
        var claimed = new UniqueNames(unknownName);
        var members = new List<EnumMemberSpec>();
        for (int i = 0; i < values.Count; i++)
        {
            string memberPointer = ParseContext.Append(pointer, "enum", values[i].Index.ToString(CultureInfo.InvariantCulture));
            string memberName = claimed.Claim(memberNames[i], values[i].Value, Collision("Enum value", values[i].Value, memberPointer));
            members.Add(new EnumMemberSpec { Name = memberName, WireValue = values[i].Value, Description = valueDescriptions[i] });
        }

        _enums.Add(new EnumSpec
        {
            Name = name,
            ExtensionsName = extensionsName,
            Description = Describe(schema),
            UnknownMemberName = unknownName,
            Members = members.ToImmutableEquatableArray(),
            IsDeprecated = schema.Deprecated,
        });
        return new TypeRefSpec(ValueKind.Enum, name);
    }

    private static string?[] EnumValueDescriptions(IOpenApiSchema schema, int count)
    {
        var descriptions = new string?[count];
        if ((Extension(schema, "x-enum-descriptions") ?? Extension(schema, "x-enumDescriptions")) is JsonArray array)
        {
            for (int i = 0; i < count && i < array.Count; i++)
            {
                descriptions[i] = array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
            }
        }

        return descriptions;
    }

    /// <summary>The JSON of the extension <paramref name="name"/> on <paramref name="schema"/>, or null.</summary>
    private static JsonNode? Extension(IOpenApiSchema schema, string name) =>
        schema.Extensions is not null && schema.Extensions.TryGetValue(name, out IOpenApiExtension? extension) && extension is JsonNodeExtension json
            ? json.Node
            : null;

    /// <summary>The string values of an enum, without the nulls that only say "nullable".</summary>
    private static List<(string Value, int Index)>? StringEnumValues(IOpenApiSchema schema)
    {
        if (schema.Enum is not { Count: > 0 } values)
        {
            return null;
        }

        var result = new List<(string, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < values.Count; i++)
        {
            JsonNode? node = values[i];
            if (node is not JsonValue value)
            {
                continue;
            }

            string? text = value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
                _ => null,
            };

            if (text is not null && !text.StartsWith(NullSentinelPrefix, StringComparison.Ordinal) && seen.Add(text))
            {
                result.Add((text, i));
            }
        }

        return result;
    }

    private MappedType Number(IOpenApiSchema schema, ValueKind kind, string pointer, bool isNullable)
    {
        var type = new TypeRefSpec(kind);
        return new MappedType(type, isNullable, RulesFor(schema, type, pointer));
    }

    // The checks a value of `type` gets from `schema`. Decided once per schema location: a component used in many
    // places is checked the same everywhere and reported (SDKGEN021) once.
    private ValidationSpec? RulesFor(IOpenApiSchema schema, TypeRefSpec type, string pointer)
    {
        string key = pointer + "|" + type.Kind;
        if (!_rulesByLocation.TryGetValue(key, out ValidationSpec? rules))
        {
            rules = type.Kind switch
            {
                ValueKind.String => ValidationFor(schema, pointer),
                ValueKind.Array => ValueRules.DecideItems(schema, type.Element!, pointer, _context) is { } items ? ValidationSpec.ForItems(items) : null,
                _ => ValueRules.DecideNumbers(schema, type.Kind, pointer, _context) is { } numbers ? ValidationSpec.ForNumbers(numbers) : null,
            };
            _rulesByLocation[key] = rules;
        }

        return rules;
    }

    private ValidationSpec? ValidationFor(IOpenApiSchema schema, string pointer)
    {
        if ((schema.Type & ~JsonSchemaType.Null) is not (JsonSchemaType.String or null or 0))
        {
            return null;
        }

        if (schema.Const is { } constant)
        {
            return new ValidationSpec(ImmutableEquatableArray<StringConstraintSpec>.Empty, new[] { constant }.ToImmutableEquatableArray());
        }

        StringConstraintSpec constraints = ConstraintsFor(schema, pointer);
        return constraints.IsEmpty
            ? null
            : new ValidationSpec(new[] { constraints }.ToImmutableEquatableArray(), ImmutableEquatableArray<string>.Empty);
    }

    private StringConstraintSpec ConstraintsFor(IOpenApiSchema schema, string pointer)
    {
        string? pattern = schema.Pattern;
        if (pattern is not null && !IsCompilablePattern(pattern, ParseContext.Append(pointer, "pattern")))
        {
            pattern = null;
        }

        int? min = schema.MinLength is > 0 ? schema.MinLength : null;
        int? max = schema.MaxLength is >= 0 ? schema.MaxLength : null;
        return new StringConstraintSpec
        {
            Pattern = pattern,
            MinLength = min,
            MaxLength = max,
            IsUuid = string.Equals(schema.Format, "uuid", StringComparison.OrdinalIgnoreCase),
        };
    }

    private bool IsCompilablePattern(string pattern, string pointer)
    {
        if (_validatedPatterns.Contains(pattern))
        {
            return true;
        }

        if (_invalidPatterns.Contains(pattern))
        {
            return false;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _validatedPatterns.Add(pattern);
            return true;
        }
        catch (ArgumentException ex)
        {
            _invalidPatterns.Add(pattern);
            _context.Report(DiagnosticDescriptors.InvalidPattern, pointer, pattern, ex.Message);
            return false;
        }
    }

    private ErrorShapeSpec? ErrorShapeFor(IOpenApiSchema schema, List<PropertySpec> properties)
    {
        string? code = PropertyNamedBy(schema, "x-sdkgen-error-code", properties)
            ?? FirstScalar(properties, "code", "error_code", "errorCode", "statusCode", "status_code", "type", "error");
        string? message = PropertyNamedBy(schema, "x-sdkgen-error-message", properties)
            ?? FirstScalar(properties, "message", "error_description", "statusMessage", "status_message", "description", "detail", "title", "msg", "error_message");
        return code is null && message is null ? null : new ErrorShapeSpec(code, message);
    }

    private SuccessConditionSpec? SuccessConditionFor(IOpenApiSchema schema, List<PropertySpec> properties, string pointer)
    {
        if (schema.Extensions is null || !schema.Extensions.TryGetValue("x-sdkgen-success-when", out IOpenApiExtension? extension))
        {
            return null;
        }

        string extensionPointer = ParseContext.Append(pointer, "x-sdkgen-success-when");
        if (extension is JsonNodeExtension { Node: JsonObject condition }
            && condition["property"] is JsonValue propertyValue
            && propertyValue.GetValueKind() == JsonValueKind.String
            && condition["equals"] is JsonValue expected)
        {
            string wireName = propertyValue.GetValue<string>();
            PropertySpec? property = properties.FirstOrDefault(p => p.WireName == wireName);
            if (property is not null && property.Type.Kind is ValueKind.Int32 or ValueKind.Int64
                && expected.GetValueKind() == JsonValueKind.Number
                && long.TryParse(expected.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
            {
                return new SuccessConditionSpec(property.Name, number.ToString(CultureInfo.InvariantCulture), IsString: false);
            }

            if (property is not null && property.Type.Kind is ValueKind.String && expected.GetValueKind() == JsonValueKind.String)
            {
                return new SuccessConditionSpec(property.Name, expected.GetValue<string>(), IsString: true);
            }
        }

        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, extensionPointer, "This x-sdkgen-success-when", "it must be {property: <an integer or string property of this schema>, equals: <a value of that type>}, so every 2xx answer counts as a success");
        return null;
    }

    private static string? PropertyNamedBy(IOpenApiSchema schema, string extensionName, List<PropertySpec> properties)
    {
        if (schema.Extensions is not null
            && schema.Extensions.TryGetValue(extensionName, out IOpenApiExtension? extension)
            && extension is JsonNodeExtension { Node: JsonValue value }
            && value.GetValueKind() == JsonValueKind.String)
        {
            string wireName = value.GetValue<string>();
            return properties.FirstOrDefault(p => p.WireName == wireName)?.Name;
        }

        return null;
    }

    private static string? FirstScalar(List<PropertySpec> properties, params string[] wireNames)
    {
        foreach (string wireName in wireNames)
        {
            PropertySpec? match = properties.FirstOrDefault(p => p.WireName == wireName);
            if (match is not null && match.Type.Kind is ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Enum)
            {
                return match.Name;
            }
        }

        return null;
    }

    private static JsonSchemaType? InferType(IOpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 } || schema.AdditionalProperties is not null)
        {
            return JsonSchemaType.Object;
        }

        if (schema.Items is not null)
        {
            return JsonSchemaType.Array;
        }

        if (StringEnumValues(schema) is { Count: > 0 } || schema.Pattern is not null || schema.MinLength is not null || schema.MaxLength is not null)
        {
            return JsonSchemaType.String;
        }

        return null;
    }

    // date and time need DateOnly/TimeOnly (.NET 6+) and the runtime's readers for them; without both they stay the
    // text as written, which is exact, rather than a DateTime that would invent a time of day or a kind.
    private static TypeRefSpec StringType(string? format, bool dateAndTimeTypes) => format switch
    {
        "date-time" => new TypeRefSpec(ValueKind.DateTimeOffset),
        "date" when dateAndTimeTypes => new TypeRefSpec(ValueKind.Date),
        "time" when dateAndTimeTypes => new TypeRefSpec(ValueKind.Time),
        "duration" => new TypeRefSpec(ValueKind.Duration),
        _ => TypeRefSpec.String,
    };

    private static bool IsNullable(IOpenApiSchema schema) =>
        schema.Type is { } type && (type & JsonSchemaType.Null) != 0;

    internal static string? Describe(IOpenApiSchema schema)
    {
        string? text = schema.Description;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = schema.Title;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            text = AllOfReference.AnnotationDescription(schema);
        }

        return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }

    private static string ComponentPointer(string name) => ParseContext.Append("/components/schemas", name);

    private Action<string, string, string> Collision(string kind, string originalName, string pointer) =>
        _context.CollisionReporter(kind, originalName, pointer);
}

/// <summary>A mapped schema: the C# type, whether null is allowed, and the string validation it carries.</summary>
internal sealed record MappedType(TypeRefSpec Type, bool IsNullable, ValidationSpec? Validation);
