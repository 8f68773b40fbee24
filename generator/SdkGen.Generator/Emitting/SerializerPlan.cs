using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Which models share one serializer body, decided once per document before any file is written. Models whose
/// properties are read and written alike (same wire and C# names, types, required and nullable, same additional
/// properties) form a <see cref="ModelShape"/>: its read and write bodies are written once, over an internal
/// interface every model of the shape implements, and each model keeps its own <c>Read{Model}</c>/<c>Write{Model}</c>
/// (one line each) and its own names table, so departures still name the model. Public type names never change.
/// </summary>
internal sealed class SerializerPlan
{
    private SerializerPlan(IReadOnlyList<SerializerUnit> units) => Units = units;

    /// <summary>What the serializer files hold, in document order: one model, or one shape with all its models.</summary>
    public IReadOnlyList<SerializerUnit> Units { get; }

    public static SerializerPlan For(DocumentSpec document)
    {
        // Each shareable model's shape, computed once; the models of a shape in document order.
        var bases = new HashSet<string>(document.Models.Select(m => m.BaseName).OfType<string>(), System.StringComparer.Ordinal);
        List<ModelSpec> shareable = document.Models.Where(m => Shareable(m, bases)).ToList();
        var shapeOf = shareable.ToDictionary(m => m.Name, ShapeKey.Of, System.StringComparer.Ordinal);
        var byKey = shareable.GroupBy(m => shapeOf[m.Name]).ToDictionary(g => g.Key, g => g.ToList());

        // The shapes' interfaces are nested in the serializer class, where they would hide a model of the same name.
        var taken = new HashSet<string>(
            document.Models.Select(m => m.Name)
                .Concat(document.Enums.SelectMany(e => new[] { e.Name, e.ExtensionsName }))
                .Concat(document.Clients.Select(c => c.Name))
                .Concat(new[]
                {
                    document.Options.Name, document.SerializerClassName, document.ValidationClassName, document.ExceptionFactoryClassName,
                    document.DependencyInjectionClassName, document.WireValuesClassName,
                }),
            System.StringComparer.Ordinal);
        var units = new List<SerializerUnit>();
        var placed = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (ModelSpec model in document.Models)
        {
            if (!placed.Add(model.Name))
            {
                continue;
            }

            if (!shapeOf.TryGetValue(model.Name, out ShapeKey? key) || byKey[key] is not { Count: > 1 } models)
            {
                units.Add(new SerializerUnit(model, null));
                continue;
            }

            // A member cannot have its interface's name either.
            var members = new HashSet<string>(model.Properties.Select(p => p.WireValuePropertyName ?? p.Name), System.StringComparer.Ordinal);
            string name = "I" + model.Name + "Shape";
            for (int suffix = 2; taken.Contains(name) || members.Contains(name); suffix++)
            {
                name = "I" + model.Name + "Shape" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            taken.Add(name);
            placed.UnionWith(models.Select(m => m.Name));
            units.Add(new SerializerUnit(model, new ModelShape(name, name.Substring(1), models)));
        }

        return new SerializerPlan(units);
    }

    // A class hierarchy or union is read and written by dispatch: those keep a body of their own.
    private static bool Shareable(ModelSpec model, HashSet<string> bases) =>
        model.BaseName is null && !model.IsAbstract && model.Discriminator is null && model.DiscriminatorValue is null
        && model.Union is null && model.Unknown is null && !bases.Contains(model.Name);

    // What the serializer reads and writes of a model: an enum property is read and written as its wire text, so the
    // enum's own type does not matter.
    private sealed record ShapeKey(ImmutableEquatableArray<ShapeMember> Members, TypeRefSpec? AdditionalProperties)
    {
        public static ShapeKey Of(ModelSpec model) => new(
            new ImmutableEquatableArray<ShapeMember>(model.Properties.Select(p => new ShapeMember(
                p.WireName,
                p.WireValuePropertyName ?? p.Name,
                p.WireValuePropertyName is null ? p.Type : TypeRefSpec.String,
                p.IsRequired,
                p.IsOptionalInCSharp))),
            model.AdditionalProperties);
    }

    private sealed record ShapeMember(string WireName, string Name, TypeRefSpec Type, bool IsRequired, bool IsOptionalInCSharp);
}

/// <summary>One block of a serializer file: <see cref="Model"/> alone, or the <see cref="Shape"/> it is the first model of.</summary>
internal sealed record SerializerUnit(ModelSpec Model, ModelShape? Shape)
{
    /// <summary>
    /// The file the unit is written in: the first letter of its (first) model's name, so a model keeps its file (and
    /// the file its hint name) when other models come and go.
    /// </summary>
    public string Group => char.IsLetter(Model.Name[0]) && Model.Name[0] < 128 ? char.ToUpperInvariant(Model.Name[0]).ToString() : "_";
}

/// <summary>
/// Models that share one serializer body: <see cref="InterfaceName"/> declares the members the body reads and writes,
/// <c>Read{BodyName}</c>/<c>Write{BodyName}</c> are the bodies, <see cref="Models"/> the models, the first one first.
/// </summary>
internal sealed record ModelShape(string InterfaceName, string BodyName, IReadOnlyList<ModelSpec> Models)
{
    /// <summary>
    /// What the shared bodies read and write: the first model, with a property's assignment flag (explicit null) where
    /// any model of the shape tracks it. A model that does not track it answers "assigned" when the value is not null,
    /// which writes exactly what its own body would (null left out).
    /// </summary>
    public ModelSpec Body => Models[0] with
    {
        Properties = new ImmutableEquatableArray<PropertySpec>(Models[0].Properties.Select((p, i) =>
            p with { IsSetName = Models.Select(m => m.Properties[i].IsSetName).FirstOrDefault(n => n is not null) })),
    };
}
