using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Naming;

/// <summary>
/// Names the members of the document's internal helper classes once every type is named: per model the serializer's
/// name table, reader and writer, the exception factory and the validator; the readers and writers of bodies that are
/// not a model; the shared bodies of models alike (<see cref="ModelShapes"/>); the pattern and parameter checks; the enums' wire-value tables; each client's <c>Add{Client}</c> and its
/// own fields (<see cref="ClientMemberNames"/>).
/// Each class is one scope that also holds every type name of the namespace, so a member never hides a type the class
/// refers to (the reader of a model <c>KindExtensions</c> would be <c>ReadKindExtensions</c>, the class the serializer
/// calls to read an enum <c>ReadKind</c>) and no two members clash (the table of <c>ReadFoo</c> and the reader of
/// <c>FooNames</c> would both be <c>ReadFooNames</c>). The serializer's inherited readers and writers (<c>ReadList</c>, <c>WriteRequired</c>…) need no
/// reservation: a model's reader or writer takes other parameters, so it only overloads them. Names are claimed in a
/// fixed order (models by name, then bodies by name), so one only changes when a name that collides with it arrives.
/// They are internal: a rename changes no public API and is not reported.
/// </summary>
internal static class HelperNames
{
    public static DocumentSpec Assign(DocumentSpec document, UniqueNames typeNames)
    {
        string[] types = typeNames.Names.ToArray();
        // WriteValue is the one inherited writer a model's writer could take over: a union converts implicitly from the
        // scalars WriteValue writes, so a union named Value would capture those calls.
        var serializer = new UniqueNames(types.Concat(new[] { "WriteValue" }).ToArray());
        var validation = new UniqueNames(types);
        var exceptions = new UniqueNames(types.Concat(new[] { "CreateException", "ServiceName" }).ToArray());
        HashSet<string> validated = ModelsToValidate(document);

        var models = document.Models.Select(model => model with
        {
            Properties = WithConstructorParameters(WithFields(model)),
            Names = new ModelMemberNames
            {
                NameTable = serializer.Claim(model.Name + "Names", model.Name),
                Reader = serializer.Claim("Read" + model.Name, model.Name),
                Writer = serializer.Claim("Write" + model.Name, model.Name),
                ExceptionFactory = exceptions.Claim("Create" + model.Name + "Exception", model.Name),
                Validator = validated.Contains(model.Name) ? validation.Claim("Validate" + model.Name, model.Name) : null,
            },
        }).ToImmutableEquatableArray();

        // The steps subtypes reuse come after every model's own members, so a model named FooProperty keeps ReadFooProperty.
        HashSet<string> reused = InheritedSerialization.ReusedBases(models);
        models = models.Select(model => reused.Contains(model.Name)
            ? model with
            {
                Names = model.Names with
                {
                    PropertyReader = serializer.Claim("Read" + model.Name + "Property", model.Name),
                    PropertiesWriter = serializer.Claim("Write" + model.Name + "Properties", model.Name),
                },
            }
            : model).ToImmutableEquatableArray();

        var errorModels = new HashSet<string>(models.Select(m => m.Name), System.StringComparer.Ordinal);
        ImmutableEquatableArray<PatternMethodSpec> patterns = PatternMethods(document, validated, validation);
        ImmutableEquatableArray<BodyMethodSpec> bodyReaders = BodyMethods(ResponseBodies(document), "ReadBody", serializer);
        ImmutableEquatableArray<BodyMethodSpec> bodyWriters = BodyMethods(RequestBodies(document), "WriteBody", serializer);
        return document with
        {
            Models = models,
            Enums = WithWireValueTables(document),
            BodyReaders = bodyReaders,
            BodyWriters = bodyWriters,
            ModelShapes = ModelShapes.Assign(models, serializer),
            PatternMethods = patterns,
            Clients = WithRegistrations(WithParameterChecks(document.Clients, validation))
                .Select(client => ClientMemberNames.Assign(client, document.Options, types, errorModels)).ToImmutableEquatableArray(),
        };
    }

    // The private fields behind the properties the model declares (inherited ones have theirs in the base class), in one
    // scope with its members: the Kelvin sign's Kind and Kind are two properties, but both would lower-case to _kind.
    private static ImmutableEquatableArray<PropertySpec> WithFields(ModelSpec model)
    {
        if (!model.Properties.Any(p => p.WireValuePropertyName is not null || p.IsSetName is not null))
        {
            return model.Properties;
        }

        var members = new UniqueNames(model.Properties.SelectMany(p => new[] { p.Name, p.WireValuePropertyName, p.IsSetName }).OfType<string>().Append(model.Name).ToArray());
        return model.Properties.Select((property, index) =>
        {
            string lower = "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
            string? field = index < model.InheritedPropertyCount ? null
                : property.WireValuePropertyName is not null ? members.Claim(lower + "WireValue", property.WireName)
                : property.IsSetName is not null ? members.Claim(lower, property.WireName)
                : null;
            return field is null ? property : property with { FieldName = field };
        }).ToImmutableEquatableArray();
    }

    // One constructor parameter per required property, inherited ones included (the constructor passes them to base).
    private static ImmutableEquatableArray<PropertySpec> WithConstructorParameters(ImmutableEquatableArray<PropertySpec> properties)
    {
        var parameters = new UniqueNames();
        return properties.Select(p => p.IsRequired ? p with { ConstructorParameterName = parameters.Claim(Identifiers.ToCamelCase(p.Name, "value"), p.Name) } : p)
            .ToImmutableEquatableArray();
    }

    // Bodies that are not a model go through a serializer method of their own; a model's reader or writer serves it.
    private static IEnumerable<TypeRefSpec> ResponseBodies(DocumentSpec document) =>
        Operations(document).Select(o => o.Success.BodyType)
            .Where(t => t is not null && t.Kind is not (ValueKind.Model or ValueKind.Binary))
            .Select(t => t!);

    // JSON request bodies, and maps or arrays sent in a form field (written as JSON first, then spread into fields).
    private static IEnumerable<TypeRefSpec> RequestBodies(DocumentSpec document) =>
        Operations(document).Where(o => o.Body is { Encoding: BodyEncoding.Json } && o.Body.Type.Kind != ValueKind.Model)
            .Select(o => o.Body!.Type)
            .Concat(Operations(document).Where(o => o.Body is { Encoding: BodyEncoding.FormUrlEncoded })
                .SelectMany(o => o.Body!.FormFields)
                .Where(f => f.Kind == FormFieldKind.Structured && f.Type.Kind is ValueKind.Map or ValueKind.Array)
                .Select(f => f.Type))
            .Concat(MultipartJsonParts(document).Where(t => t.Kind is ValueKind.Map or ValueKind.Array));

    // The values written as JSON parts of multipart bodies (an array part is written item by item).
    private static IEnumerable<TypeRefSpec> MultipartJsonParts(DocumentSpec document) =>
        Operations(document).Where(o => o.Multipart is not null)
            .SelectMany(o => o.Multipart!.Parts)
            .Where(p => p.Kind == MultipartPartKind.Json)
            .Select(p => p.Type.Kind == ValueKind.Array ? p.Type.Element! : p.Type);

    private static ImmutableEquatableArray<BodyMethodSpec> BodyMethods(IEnumerable<TypeRefSpec> types, string prefix, UniqueNames serializer) =>
        types.Distinct()
            .OrderBy(Key, System.StringComparer.Ordinal)
            .Select(type => new BodyMethodSpec(type, serializer.Claim(prefix + Key(type), Key(type))))
            .ToImmutableEquatableArray();

    // A readable name for a type; distinct types may share one (an array of a model ArrayOfPet, an array of arrays of
    // Pet), which the scope then tells apart.
    private static string Key(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.Array => "ArrayOf" + Key(type.Element!),
        ValueKind.Map => "MapOf" + Key(type.Element!),
        ValueKind.Model or ValueKind.Enum => type.Name!,
        _ => type.Kind.ToString(),
    };

    // One check per distinct pattern, numbered in the order the document first uses them.
    private static ImmutableEquatableArray<PatternMethodSpec> PatternMethods(DocumentSpec document, HashSet<string> validated, UniqueNames validation)
    {
        var methods = new List<PatternMethodSpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (ValidationSpec rules in AllValidations(document, validated))
        {
            foreach (StringConstraintSpec constraint in rules.Alternatives)
            {
                if (constraint.Pattern is { } pattern && seen.Add(pattern))
                {
                    string number = (methods.Count + 1).ToString(CultureInfo.InvariantCulture);
                    string method = validation.Claim("MatchesPattern" + number, pattern);
                    string field = validation.Claim("s_matchesPattern" + number, pattern);
                    methods.Add(new PatternMethodSpec(pattern, method, field));
                }
            }
        }

        return methods.ToImmutableEquatableArray();
    }

    // One check method per distinct parameter rule, named after the first parameter with it; claimed after the
    // validators and pattern checks.
    private static ImmutableEquatableArray<ClientSpec> WithParameterChecks(ImmutableEquatableArray<ClientSpec> clients, UniqueNames validation)
    {
        var byRule = new Dictionary<ParameterRule, string>();
        string? CheckOf(ParameterSpec parameter)
        {
            if (ParameterRule.Of(parameter) is not { } rule)
            {
                return null;
            }

            if (!byRule.TryGetValue(rule, out string? name))
            {
                string bare = parameter.Name.TrimStart('@');
                name = validation.Claim("Validate" + char.ToUpperInvariant(bare[0]) + bare.Substring(1), parameter.WireName);
                byRule.Add(rule, name);
            }

            return name;
        }

        // A list body's rules, named after its operation (Validate{Operation}Body).
        string? BodyCheckOf(OperationSpec operation, RequestBodySpec body)
        {
            if (ParameterRule.Of(body) is not { } rule)
            {
                return null;
            }

            if (!byRule.TryGetValue(rule, out string? name))
            {
                name = validation.Claim("Validate" + operation.OperationName + "Body", operation.MethodName);
                byRule.Add(rule, name);
            }

            return name;
        }

        return clients.Select(client => client with
        {
            Operations = client.Operations.Select(operation => operation with
            {
                Parameters = operation.Parameters.Select(p => p with { CheckMethodName = CheckOf(p) }).ToImmutableEquatableArray(),
                Body = operation.Body is { } body ? body with { CheckMethodName = BodyCheckOf(operation, body) } : null,
            }).ToImmutableEquatableArray(),
        }).ToImmutableEquatableArray();
    }

    // The registration class's own private members come first; its types are all written qualified, so no type name is reserved.
    private static ImmutableEquatableArray<ClientSpec> WithRegistrations(ImmutableEquatableArray<ClientSpec> clients)
    {
        var registrations = new UniqueNames("Add", "Register", "ClientOptionsValidator");
        return clients.Select(c => c with { RegistrationMethodName = registrations.Claim("Add" + c.Name, c.Name) }).ToImmutableEquatableArray();
    }

    // Every rule, with the rules of list items (their patterns need methods too); a union's only when it is validated.
    private static IEnumerable<ValidationSpec> AllValidations(DocumentSpec document, HashSet<string> validated) =>
        document.Models.SelectMany(m => m.Properties).Select(p => p.Validation)
            .Concat(document.Models.Select(m => m.AdditionalPropertiesValidation))
            .Concat(Operations(document).SelectMany(o => o.Parameters).Select(p => p.Validation))
            .Concat(Operations(document).Select(o => o.Body?.Validation))
            .Concat(document.Models.Where(m => m.Union is not null && validated.Contains(m.Name)).SelectMany(m => m.Union!.Alternatives).Select(a => a.Rules))
            .Where(v => v is not null)
            .SelectMany(v => v!.WithItemRules());

    // Models sent as request bodies, and the models they contain: each gets a validator, but a union only when it has
    // something to check (WithoutEmptyUnions).
    private static HashSet<string> ModelsToValidate(DocumentSpec document)
    {
        var models = document.Models.ToDictionary(m => m.Name);
        var result = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (OperationSpec operation in Operations(document))
        {
            if (ModelName(operation.Body?.Type) is { } name)
            {
                pending.Push(name);
            }

            // A model part of a multipart body, and a union sent as a path, query or header parameter, are checked too.
            foreach (ParameterSpec parameter in operation.Parameters)
            {
                if (ModelName(parameter.Type) is { } parameterModel)
                {
                    pending.Push(parameterModel);
                }
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
            foreach (string dispatched in model.DispatchedModels)
            {
                pending.Push(dispatched);
            }
        }

        return WithoutEmptyUnions(result, models);
    }

    // A union is validated when an alternative has rules of its own or is (or holds) a model that is validated; else its
    // validator would check nothing. Unions may hold each other (or themselves, through a list), so the set grows from
    // the other models until it stops changing.
    private static HashSet<string> WithoutEmptyUnions(HashSet<string> reached, Dictionary<string, ModelSpec> models)
    {
        var unions = reached.Where(n => models.TryGetValue(n, out ModelSpec? m) && m.Union is not null).ToList();
        var result = new HashSet<string>(reached.Except(unions), System.StringComparer.Ordinal);
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (string name in unions.Where(n => !result.Contains(n)).ToList())
            {
                UnionSpec union = models[name].Union!;
                if (union.HasRules || union.Alternatives.Any(a => a.ModelName is { } model && result.Contains(model)))
                {
                    grew = result.Add(name) || grew;
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

    // One table per distinct list of wire texts, named after the first enum (by name) with those texts: enums with the
    // same values (a spec's many [read, write] copies) share one converter while each keeps its own public type.
    private static ImmutableEquatableArray<EnumSpec> WithWireValueTables(DocumentSpec document)
    {
        var tables = new UniqueNames(document.WireValuesClassName);
        var byValues = new Dictionary<string, string>(System.StringComparer.Ordinal);
        return document.Enums.Select(spec =>
        {
            // The texts joined with a character a JSON string may hold but no two different lists can then share.
            string key = string.Join("\u0000", spec.Members.Select(m => m.WireValue.Length.ToString(CultureInfo.InvariantCulture) + ":" + m.WireValue));
            if (!byValues.TryGetValue(key, out string? table))
            {
                table = tables.Claim(spec.Name + "Texts", spec.Name);
                byValues.Add(key, table);
            }

            return spec with { WireValueTable = table };
        }).ToImmutableEquatableArray();
    }

    private static IEnumerable<OperationSpec> Operations(DocumentSpec document) => document.Clients.SelectMany(c => c.Operations);
}
