using System.Collections.Generic;
using System.Linq;

namespace SdkGen.Generator.Model;

/// <summary>
/// Whether a subtype's serializer leaves its inherited properties to its base's generated steps (read one property,
/// write the properties) instead of repeating them: one decision for the names (<c>Naming/HelperNames</c> gives a base
/// steps only when a subtype uses them) and for the emitter.
/// </summary>
internal static class InheritedSerialization
{
    /// <summary>
    /// True when <paramref name="model"/> derives from <paramref name="parent"/>, which has properties, inherits them
    /// unchanged and first (so its names table starts with the base's), and treats properties neither names as the
    /// base does (both keep them in the base's <c>AdditionalProperties</c>, or neither keeps them).
    /// </summary>
    public static bool ReusesBase(ModelSpec model, ModelSpec parent) =>
        model.BaseName == parent.Name
        && parent.Properties.Count > 0
        && model.InheritedPropertyCount == parent.Properties.Count
        && model.Properties.Count >= parent.Properties.Count
        && Enumerable.Range(0, parent.Properties.Count).All(i => model.Properties[i].Equals(parent.Properties[i]))
        && (model.AdditionalProperties is null ? parent.AdditionalProperties is null : model.InheritsAdditionalProperties && Equals(model.AdditionalProperties, parent.AdditionalProperties));

    /// <summary>
    /// The bases whose steps pay for themselves: the two steps and their calls cost about as much as five property
    /// reads and writes, so a base gets them when its subtypes would otherwise repeat more (three subtypes of a base
    /// with three properties do; one subtype of a base with two does not), and generated code only gets shorter.
    /// </summary>
    public static HashSet<string> ReusedBases(IEnumerable<ModelSpec> models)
    {
        var byName = models.ToDictionary(m => m.Name, System.StringComparer.Ordinal);
        IEnumerable<string> bases = byName.Values
            .Where(m => m.BaseName is { } b && byName.TryGetValue(b, out ModelSpec? parent) && ReusesBase(m, parent))
            .GroupBy(m => m.BaseName!, System.StringComparer.Ordinal)
            .Where(subtypes => subtypes.Count() * (byName[subtypes.Key].Properties.Count - 1) >= MinimumRepeatsSaved)
            .Select(subtypes => subtypes.Key);
        return new HashSet<string>(bases, System.StringComparer.Ordinal);
    }

    private const int MinimumRepeatsSaved = 5;

    /// <summary>
    /// The models with <see cref="ModelSpec.Subtypes"/> set: each model's direct subtypes among <paramref name="models"/>
    /// (by name, so the order in which operations reach them never matters), unless a discriminator already dispatches (a polymorphic base), it is a union, or it is an
    /// <c>Unknown{Base}</c> (sent as the JSON it keeps). C# lets a caller pass a subtype wherever its base is declared; the
    /// base's writer alone would drop the subtype's own properties, and its validator skip the subtype's rules.
    /// A caller's own subclass is written as the nearest generated type: its extra members are not in the description.
    /// </summary>
    public static ImmutableEquatableArray<ModelSpec> WithSubtypes(IReadOnlyList<ModelSpec> models)
    {
        ILookup<string, string> subtypesOf = models.Where(m => m.BaseName is not null && m.Unknown is null).ToLookup(m => m.BaseName!, m => m.Name, System.StringComparer.Ordinal);
        return models.Select(m => m.Discriminator is null && m.Union is null && m.Unknown is null && subtypesOf.Contains(m.Name)
            ? m with { Subtypes = subtypesOf[m.Name].OrderBy(name => name, System.StringComparer.Ordinal).ToImmutableEquatableArray() }
            : m).ToImmutableEquatableArray();
    }
}
