using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The blocks of the serializer files, in document order: a model alone, or the first model of a shape
/// (<see cref="DocumentSpec.ModelShapes"/>, decided and named by <c>Naming/ModelShapes</c>) with all its models. A shape's
/// read and write bodies are written once, over an internal interface every model of the shape implements, and each
/// model keeps its own <c>Read{Model}</c>/<c>Write{Model}</c> (one line each) and its own names table, so departures
/// still name the model.
/// </summary>
internal sealed class SerializerPlan
{
    private SerializerPlan(IReadOnlyList<SerializerUnit> units) => Units = units;

    /// <summary>What the serializer files hold, in document order: one model, or one shape with all its models.</summary>
    public IReadOnlyList<SerializerUnit> Units { get; }

    public static SerializerPlan For(DocumentSpec document)
    {
        var models = document.Models.ToDictionary(m => m.Name, System.StringComparer.Ordinal);
        var shapeOf = document.ModelShapes.SelectMany(s => s.ModelNames.Select(name => (name, s))).ToDictionary(x => x.name, x => x.s, System.StringComparer.Ordinal);
        var units = new List<SerializerUnit>();
        var placed = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (ModelSpec model in document.Models)
        {
            if (!placed.Add(model.Name))
            {
                continue;
            }

            if (!shapeOf.TryGetValue(model.Name, out ModelShapeSpec? shape))
            {
                units.Add(new SerializerUnit(model, null));
                continue;
            }

            placed.UnionWith(shape.ModelNames);
            units.Add(new SerializerUnit(model, new ModelShape(shape, shape.ModelNames.Select(name => models[name]).ToList())));
        }

        return new SerializerPlan(units);
    }
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
/// Models that share one serializer body: <see cref="ModelShapeSpec.InterfaceName"/> declares the members the body reads
/// and writes, <see cref="ModelShapeSpec.ReaderName"/>/<see cref="ModelShapeSpec.WriterName"/> are the bodies,
/// <see cref="Models"/> the models, the first one first.
/// </summary>
internal sealed record ModelShape(ModelShapeSpec Names, IReadOnlyList<ModelSpec> Models)
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
