using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The serializer and validator methods of a polymorphic base: reads peek the discriminator (wherever it sits in
/// the object, on a copy of the reader) and read the subtype it names, or keep the object whole as the
/// <c>Unknown{Base}</c> subtype; writes and validation dispatch on the value's type. Subtypes are read and written
/// by their own generated methods, which write the discriminator first.
/// </summary>
internal static class PolymorphicDispatchEmitter
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";

    /// <summary>
    /// Whether the ordinary model serializer is written for the model: not for a base (this class writes its
    /// dispatch) nor for an Unknown subtype without properties (read in the dispatch, written as its JSON).
    /// </summary>
    public static bool HasOrdinarySerializer(ModelSpec model) =>
        model.Discriminator is null && model.Union is null && !(model.Unknown is not null && model.Properties.Count == 0);

    /// <summary>Whether the ordinary write method is written: an Unknown subtype is written as the JSON it keeps.</summary>
    public static bool HasOrdinaryWrite(ModelSpec model) => model.Unknown is null;

    /// <summary>
    /// The discriminator of a subtype that keeps additional properties: its read names it, so it is skipped rather
    /// than kept as an extra property and sent twice. Null otherwise (an unnamed property is skipped anyway).
    /// </summary>
    public static string? DiscriminatorKeptApart(ModelSpec model) =>
        model.AdditionalProperties is null ? null : model.DiscriminatorValue?.WireName ?? model.Unknown?.DiscriminatorWireName;

    /// <summary>The discriminator a subtype writes before its properties, so services that need it first find it there.</summary>
    public static void EmitDiscriminatorWrite(SourceWriter w, ModelSpec model)
    {
        if (model.DiscriminatorValue is { } value)
        {
            w.Line("writer.WriteString(" + CSharpLiteral.String(value.WireName) + ", " + CSharpLiteral.String(value.Value) + ");");
        }
    }

    /// <summary>
    /// The first statements of a base's write or validation when subtypes derive from it (<see cref="ModelSpec.Subtypes"/>):
    /// a subtype's value goes to the subtype's own method (<paramref name="method"/>), which writes or checks all of it and
    /// hands its own subtypes on in turn; any other value falls through to the base's statements.
    /// </summary>
    public static void EmitSubtypeDispatch(SourceWriter w, ModelSpec model, IReadOnlyDictionary<string, ModelSpec> all, System.Func<ModelMemberNames, string?> method, string arguments)
    {
        if (model.Subtypes.Count == 0)
        {
            return;
        }

        w.OpenBlock("switch (value)");
        foreach (string subtype in model.Subtypes)
        {
            w.Line("case " + subtype + " subtype: " + method(all[subtype].Names) + "(" + arguments + "); return;");
        }

        w.CloseBlock();
    }

    /// <summary>The read and write methods of every polymorphic base and union among <paramref name="models"/>.</summary>
    public static void EmitSerializers(SourceWriter w, IEnumerable<ModelSpec> models, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> all)
    {
        List<ModelSpec> bases = models.Where(m => m.Discriminator is not null || m.Union is not null).ToList();
        if (bases.Count == 0)
        {
            return;
        }

        bool first = !models.Any(m => HasOrdinarySerializer(m) || m.Names.PropertyReader is not null);
        foreach (ModelSpec model in bases)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            if (model.Union is { } union)
            {
                UnionEmitter.EmitSerializer(w, model, union, enums, all);
                continue;
            }

            EmitRead(w, model, model.Discriminator!, all);
            w.Line();
            EmitWrite(w, model, model.Discriminator!, all);
        }
    }

    private static void EmitRead(SourceWriter w, ModelSpec model, DiscriminatorSpec discriminator, IReadOnlyDictionary<string, ModelSpec> all)
    {
        ModelSpec unknown = all[discriminator.UnknownModelName];
        w.OpenBlock("internal static " + model.Name + " " + model.Names.Reader + "(ref " + Reader + " reader)");
        w.OpenBlock("switch (PeekDiscriminator(reader, " + CSharpLiteral.String(discriminator.WireName) + "))");
        foreach (IGrouping<string, DiscriminatorCaseSpec> cases in discriminator.Cases.GroupBy(c => c.ModelName))
        {
            foreach (DiscriminatorCaseSpec @case in cases)
            {
                w.Line("case " + CSharpLiteral.String(@case.Value) + ":");
            }

            w.Line("    return " + all[cases.Key].Names.Reader + "(ref reader);");
        }

        w.Line("default:");
        w.Indent();
        string element = "global::SdkGen.Runtime.Internal.JsonValueReader.ReadElement(ref reader)";
        if (unknown.Properties.Count == 0)
        {
            w.Line("return new " + unknown.Name + "(" + element + ");");
        }
        else
        {
            // The inherited properties are read from a copy; the reader then takes the whole object as the JSON kept.
            w.Line("var copy = reader;");
            w.Line("var unknown = " + unknown.Names.Reader + "(ref copy);");
            w.Line("unknown." + unknown.Unknown!.JsonPropertyName + " = " + element + ";");
            w.Line("return unknown;");
        }

        w.Outdent();
        w.CloseBlock();
        w.CloseBlock();
    }

    private static void EmitWrite(SourceWriter w, ModelSpec model, DiscriminatorSpec discriminator, IReadOnlyDictionary<string, ModelSpec> all)
    {
        w.OpenBlock("internal static void " + model.Names.Writer + "(global::System.Text.Json.Utf8JsonWriter writer, " + model.Name + " value)");
        w.OpenBlock("switch (value)");
        foreach (string subtype in MostDerivedFirst(discriminator, all))
        {
            w.Line("case " + subtype + " subtype: " + all[subtype].Names.Writer + "(writer, subtype); break;");
        }

        ModelSpec unknown = all[discriminator.UnknownModelName];
        w.Line("case " + unknown.Name + " unknown: unknown." + unknown.Unknown!.JsonPropertyName + ".WriteTo(writer); break;");

        // A subclass the description gives no discriminator value: refused before anything is sent.
        string message = CSharpLiteral.String(" has no '" + discriminator.WireName + "' value in the API description.");
        w.Line("default: throw new global::System.ArgumentException(value.GetType().Name + " + message + ", nameof(value));");
        w.CloseBlock();
        w.CloseBlock();
    }

    /// <summary>
    /// <c>Validate{Base}</c>: the subtype's checks (which cover the inherited properties); the Unknown subtype is sent
    /// as the JSON it holds, so there is nothing of the description to check. (A union's is <see cref="UnionEmitter"/>'s.)
    /// </summary>
    public static void EmitValidator(SourceWriter w, ModelSpec model, IReadOnlyDictionary<string, ModelSpec> all)
    {
        w.OpenBlock("internal static void " + model.Names.Validator + "(" + model.Name + " value, string name)");
        w.OpenBlock("switch (value)");
        foreach (string subtype in MostDerivedFirst(model.Discriminator!, all))
        {
            w.Line("case " + subtype + " subtype: " + all[subtype].Names.Validator + "(subtype, name); break;");
        }

        w.CloseBlock();
        w.CloseBlock();
    }

    // A subtype of a subtype comes before its base, so each value takes the most specific case.
    private static IEnumerable<string> MostDerivedFirst(DiscriminatorSpec discriminator, IReadOnlyDictionary<string, ModelSpec> all) =>
        discriminator.Cases.Select(c => c.ModelName).Distinct().OrderByDescending(name => Depth(name, all));

    private static int Depth(string name, IReadOnlyDictionary<string, ModelSpec> all)
    {
        int depth = 0;
        for (string? current = name; current is not null && all.TryGetValue(current, out ModelSpec? model) && depth < 64; current = model.BaseName)
        {
            depth++;
        }

        return depth;
    }
}
