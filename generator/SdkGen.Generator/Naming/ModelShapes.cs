using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Naming;

/// <summary>
/// Which models share one serializer body (<see cref="ModelShapeSpec"/>), decided once per document, and the names of
/// each shape's interface and bodies, claimed in the serializer class's scope after its other members, so a shape's
/// <c>ReadFooShape</c> never meets the reader of a model <c>FooShape</c>. Public type names never change.
/// </summary>
internal static class ModelShapes
{
    public static ImmutableEquatableArray<ModelShapeSpec> Assign(ImmutableEquatableArray<ModelSpec> models, UniqueNames serializer)
    {
        // Each shareable model's shape, computed once; the models of a shape in document order.
        var bases = new HashSet<string>(models.Select(m => m.BaseName).OfType<string>(), System.StringComparer.Ordinal);
        List<ModelSpec> shareable = models.Where(m => Shareable(m, bases)).ToList();
        var shapeOf = shareable.ToDictionary(m => m.Name, ShapeKey.Of, System.StringComparer.Ordinal);
        var byKey = shareable.GroupBy(m => shapeOf[m.Name]).ToDictionary(g => g.Key, g => g.ToList());

        var shapes = new List<ModelShapeSpec>();
        var placed = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (ModelSpec model in models)
        {
            if (!shapeOf.TryGetValue(model.Name, out ShapeKey? key) || byKey[key] is not { Count: > 1 } members || !placed.Add(model.Name))
            {
                continue;
            }

            placed.UnionWith(members.Select(m => m.Name));

            // The interface is nested in the serializer class, where it would hide a type of the same name; and no model
            // implementing it may have a member of its name.
            var memberNames = new HashSet<string>(model.Properties.Select(p => p.WireValuePropertyName ?? p.Name), System.StringComparer.Ordinal);
            string preferred = "I" + model.Name + "Shape", name = preferred;
            for (int suffix = 2; serializer.Contains(name) || memberNames.Contains(name); suffix++)
            {
                name = UniqueNames.WithNumber(preferred, suffix);
            }

            serializer.Claim(name, model.Name);
            string body = name.Substring(1);
            shapes.Add(new ModelShapeSpec
            {
                InterfaceName = name,
                ReaderName = serializer.Claim("Read" + body, model.Name),
                WriterName = serializer.Claim("Write" + body, model.Name),
                ModelNames = members.Select(m => m.Name).ToImmutableEquatableArray(),
            });
        }

        return shapes.ToImmutableEquatableArray();
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
