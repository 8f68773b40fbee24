using System.Collections.Generic;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Class hierarchies in the serializer: a base that subtypes reuse (<see cref="InheritedSerialization"/>) gets two steps,
/// <c>Read{Base}Property</c> (one property it declares or inherits, or one no table names) and <c>Write{Base}Properties</c>;
/// each subtype reads and writes only its own properties and hands the rest to them, still in one pass over the object,
/// under its own names table (which lists the base's properties first), so departures keep naming the subtype.
/// </summary>
internal static partial class SerializerEmitter
{
    private const string NamesType = "global::SdkGen.Runtime.Internal.JsonPropertyNames";

    /// <summary>The base whose steps handle <paramref name="model"/>'s inherited properties, or null when it handles all of them itself.</summary>
    private static ModelSpec? ReusedBase(ModelSpec model, IReadOnlyDictionary<string, ModelSpec> models) =>
        model.BaseName is { } name && models.TryGetValue(name, out ModelSpec? parent) && parent.Names.PropertyReader is not null
        && InheritedSerialization.ReusesBase(model, parent) ? parent : null;

    private static void EmitSteps(SourceWriter w, ModelSpec model, ModelSpec? parent, IReadOnlyDictionary<string, EnumSpec> enums, IReadOnlyDictionary<string, ModelSpec> models)
    {
        Steps inherited = Steps.Of(null, parent, model.InheritedPropertyCount, "names");
        w.Line("// " + model.Name + "'s properties, for it and its subtypes (names: the table of the one at hand).");
        w.OpenBlock("private static void " + model.Names.PropertyReader + "(ref global::System.Text.Json.Utf8JsonReader reader, " + NamesType + " names, in global::SdkGen.Runtime.Internal.JsonObjectState state, " + model.Name + " value)");
        EmitSwitch(w, model, inherited.First, null, i => JsonWhat.Property("names", i), inherited.ReadCall, JsonWhat.Additional("names"), new JsonCodeWriter(w, enums, models));
        w.CloseBlock();
        w.Line();
        w.OpenBlock("private static void " + model.Names.PropertiesWriter + "(global::System.Text.Json.Utf8JsonWriter writer, " + NamesType + " names, " + model.Name + " value)");
        if (inherited.WriteCall is { } write)
        {
            w.Line(write);
        }

        EmitWriteProperties(w, model, inherited.First, "names", new JsonCodeWriter(w, enums, models));
        w.CloseBlock();
    }

    /// <summary>
    /// The properties a read or write handles itself (from <see cref="First"/> on) and the step calls that handle the
    /// others (and, for reads, the properties no table names).
    /// </summary>
    private sealed record Steps(int First, string? ReadCall, string? WriteCall)
    {
        public static readonly Steps None = new(0, null, null);

        /// <summary>For a model's own read and write: its own steps when its subtypes reuse them, else its base's, else none.</summary>
        public static Steps Of(ModelSpec model, ModelSpec? parent, string names) =>
            model.Names.PropertyReader is not null ? Of(model, null, model.Properties.Count, names) : Of(null, parent, model.InheritedPropertyCount, names);

        /// <summary>The steps of <paramref name="owner"/> (or of <paramref name="parent"/>, for the properties before <paramref name="first"/>).</summary>
        public static Steps Of(ModelSpec? owner, ModelSpec? parent, int first, string names) => (owner ?? parent) is { } steps
            ? new Steps(first, steps.Names.PropertyReader + "(ref reader, " + names + ", in state, value);", steps.Names.PropertiesWriter + "(writer, " + names + ", value);")
            : None;
    }
}
