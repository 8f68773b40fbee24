using System;
using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;
using SdkGen.Generator.Naming;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// The class hierarchy the mapper decided: which model derives from which, and each polymorphic base's discriminator
/// and cases. <see cref="Apply"/> turns the models as built (each with only its own properties) into the final ones:
/// a subtype lists its base's properties first, the discriminator is no settable property anywhere in its hierarchy
/// (the type decides it), and each base gains its <c>Unknown{Base}</c> subtype.
/// </summary>
internal sealed class TypeHierarchy
{
    private readonly Dictionary<string, string> _baseOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Base> _bases = new(StringComparer.Ordinal);

    public bool IsEmpty => _baseOf.Count == 0 && _bases.Count == 0;

    /// <summary>Records that <paramref name="model"/> derives from <paramref name="baseName"/>, unless that would close a loop.</summary>
    public void Derive(string model, string baseName)
    {
        for (string? current = baseName; current is not null; current = BaseOf(current))
        {
            if (current == model)
            {
                return;
            }
        }

        _baseOf[model] = baseName;
    }

    public string? BaseOf(string model) => _baseOf.TryGetValue(model, out string? name) ? name : null;

    public bool IsBase(string model) => _bases.ContainsKey(model);

    public string UnknownNameOf(string baseName) => _bases[baseName].UnknownName;

    /// <summary>Makes <paramref name="baseName"/> polymorphic; a second union over the same parent adds its cases to the first's.</summary>
    public void AddBase(string baseName, string discriminator, string unknownName)
    {
        if (!_bases.ContainsKey(baseName))
        {
            _bases[baseName] = new Base(discriminator, unknownName);
        }
    }

    /// <summary>The subtype a value already reads as, or null.</summary>
    public string? CaseOf(string baseName, string value) => _bases[baseName].Cases.FirstOrDefault(c => c.Value == value)?.ModelName;

    /// <summary>Adds a value not yet mapped (see <see cref="CaseOf"/>).</summary>
    public void AddCase(string baseName, string value, string model) => _bases[baseName].Cases.Add(new DiscriminatorCaseSpec(value, model));

    /// <summary>The final models: inheritance applied, the Unknown subtypes added.</summary>
    /// <param name="models">The models as built, each with its own properties only.</param>
    /// <param name="onRename">Reports a subtype's property renamed because an inherited one has its C# name: (model, wire name, old, new).</param>
    public List<ModelSpec> Apply(IReadOnlyList<ModelSpec> models, Action<string, string, string, string> onRename)
    {
        if (IsEmpty)
        {
            return models.ToList();
        }

        var byName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var done = new Dictionary<string, ModelSpec>(StringComparer.Ordinal);
        var result = models.Select(m => Resolve(m, byName, done, new HashSet<string>(StringComparer.Ordinal), onRename)).ToList();
        foreach (KeyValuePair<string, Base> entry in _bases.Where(b => done.ContainsKey(b.Key)))
        {
            result.Add(UnknownSubtype(done[entry.Key], entry.Value));
        }

        return result;
    }

    private ModelSpec Resolve(ModelSpec model, Dictionary<string, ModelSpec> byName, Dictionary<string, ModelSpec> done, HashSet<string> visiting, Action<string, string, string, string> onRename)
    {
        if (done.TryGetValue(model.Name, out ModelSpec? resolved))
        {
            return resolved;
        }

        // A base that (through allOf) extends its own subtype is no hierarchy C# allows: it stays flat.
        ModelSpec? parent = BaseOf(model.Name) is { } baseName && byName.TryGetValue(baseName, out ModelSpec? b) && visiting.Add(model.Name)
            ? Resolve(b, byName, done, visiting, onRename)
            : null;
        var discriminators = new HashSet<string>(Ancestry(model.Name, byName).Where(_bases.ContainsKey).Select(n => _bases[n].WireName), StringComparer.Ordinal);
        IReadOnlyList<PropertySpec> inherited = parent?.Properties ?? (IReadOnlyList<PropertySpec>)Array.Empty<PropertySpec>();
        var names = new UniqueNames(inherited.SelectMany(p => new[] { p.Name, p.WireValuePropertyName }).OfType<string>().ToArray());
        var properties = inherited.ToList();
        foreach (PropertySpec own in model.Properties)
        {
            if (discriminators.Contains(own.WireName) || inherited.Any(p => p.WireName == own.WireName))
            {
                continue;
            }

            string name = parent is null ? own.Name : names.Claim(own.Name, own.WireName, (_, old, renamed) => onRename(model.Name, own.WireName, old, renamed));
            properties.Add(own with { Name = name });
        }

        resolved = model with
        {
            Properties = properties.ToImmutableEquatableArray(),
            BaseName = parent?.Name,
            InheritedPropertyCount = inherited.Count,

            // The base class declares these: a subtype keeps its base's extra properties, error shape and success test.
            AdditionalProperties = parent?.AdditionalProperties ?? model.AdditionalProperties,
            InheritsAdditionalProperties = parent?.AdditionalProperties is not null,
            ErrorShape = model.ErrorShape ?? parent?.ErrorShape,
            SuccessCondition = model.SuccessCondition ?? parent?.SuccessCondition,
            IsAbstract = _bases.ContainsKey(model.Name),
            Discriminator = _bases.TryGetValue(model.Name, out Base? own2) ? Spec(model.Name, own2, byName) : null,
            DiscriminatorValue = ValueOf(model.Name, byName),
        };
        done[model.Name] = resolved;
        return resolved;
    }

    // The model and its bases, nearest first.
    private IEnumerable<string> Ancestry(string model, Dictionary<string, ModelSpec> byName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = model; current is not null && byName.ContainsKey(current) && seen.Add(current); current = BaseOf(current))
        {
            yield return current;
        }
    }

    // The discriminator a subtype writes: its first value in the nearest discriminated base that maps it.
    private DiscriminatorValueSpec? ValueOf(string model, Dictionary<string, ModelSpec> byName)
    {
        foreach (string ancestor in Ancestry(model, byName).Skip(1))
        {
            if (_bases.TryGetValue(ancestor, out Base? b) && b.Cases.FirstOrDefault(c => c.ModelName == model) is { } match)
            {
                return new DiscriminatorValueSpec(b.WireName, match.Value);
            }
        }

        return null;
    }

    private DiscriminatorSpec Spec(string baseName, Base b, Dictionary<string, ModelSpec> byName) => new()
    {
        WireName = b.WireName,
        Cases = b.Cases.Where(c => Ancestry(c.ModelName, byName).Skip(1).Contains(baseName)).ToImmutableEquatableArray(),
        UnknownModelName = b.UnknownName,
    };

    private static ModelSpec UnknownSubtype(ModelSpec baseModel, Base b)
    {
        var names = new UniqueNames(baseModel.Properties.SelectMany(p => new[] { p.Name, p.WireValuePropertyName }).OfType<string>().Append(b.UnknownName).ToArray());
        return new ModelSpec
        {
            Name = b.UnknownName,
            Description = "A " + baseModel.Name + " whose '" + b.WireName + "' this SDK does not know (or that has none): the object is kept as it came and sent back unchanged.",
            Properties = baseModel.Properties,
            AdditionalProperties = baseModel.AdditionalProperties,
            InheritsAdditionalProperties = baseModel.AdditionalProperties is not null,
            ErrorShape = baseModel.ErrorShape,
            SuccessCondition = null,
            IsDeprecated = false,
            BaseName = baseModel.Name,
            InheritedPropertyCount = baseModel.Properties.Count,
            Unknown = new UnknownSubtypeSpec(names.Claim("Json", "Json"), names.Claim("DiscriminatorValue", "DiscriminatorValue"), b.WireName),
        };
    }

    private sealed class Base
    {
        public Base(string wireName, string unknownName)
        {
            WireName = wireName;
            UnknownName = unknownName;
        }

        public string WireName { get; }

        public string UnknownName { get; }

        public List<DiscriminatorCaseSpec> Cases { get; } = new();
    }
}
