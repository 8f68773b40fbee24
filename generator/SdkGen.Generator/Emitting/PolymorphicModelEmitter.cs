using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The parts of a model class that a class hierarchy changes: the declaration (abstract, base class), the
/// constructors' access and base call, and the members of an <c>Unknown{Base}</c> subtype.
/// </summary>
internal static class PolymorphicModelEmitter
{
    private const string JsonElement = "global::System.Text.Json.JsonElement";

    /// <summary>The class declaration after its accessibility: <c>abstract partial class Pet</c>, <c>partial class Cat : Pet</c>.</summary>
    public static string Declaration(ModelSpec model) =>
        (model.IsAbstract ? "abstract " : model.Unknown is not null ? "sealed " : "")
        + "partial class " + model.Name
        + (model.BaseName is { } baseName ? " : " + baseName : "");

    /// <summary>
    /// A polymorphic base is constructed only through its generated subtypes, so its writes know every subtype
    /// (<c>private protected</c>); every other model is constructed by anyone.
    /// </summary>
    public static string ConstructorAccess(ModelSpec model) => model.IsAbstract ? "private protected" : "public";

    /// <summary>The serializer's parameterless constructor: subtypes call it too, so a base's is <c>private protected</c>.</summary>
    public static string SerializerConstructorAccess(ModelSpec model) => model.IsAbstract ? "private protected" : "internal";

    /// <summary>Whether the base class declares (and its constructor sets) the property.</summary>
    public static bool IsInherited(ModelSpec model, PropertySpec property)
    {
        for (int i = 0; i < model.InheritedPropertyCount; i++)
        {
            if (model.Properties[i].WireName == property.WireName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c> : base(…)</c> passing the inherited required values (the first parameters, in the base's order), or empty
    /// when there are none.
    /// </summary>
    public static string BaseCall(ModelSpec model, List<(PropertySpec Property, string ParameterName)> parameters)
    {
        if (model.BaseName is null)
        {
            return "";
        }

        List<string> inherited = parameters.Where(p => IsInherited(model, p.Property)).Select(p => p.ParameterName).ToList();
        return inherited.Count == 0 ? "" : " : base(" + string.Join(", ", inherited) + ")";
    }

    /// <summary>The constructors and the raw JSON of an <c>Unknown{Base}</c> subtype.</summary>
    public static void EmitUnknownMembers(SourceWriter w, ModelSpec model, UnknownSubtypeSpec unknown)
    {
        w.Summary("Creates an <see cref=\"" + model.Name + "\"/> that is sent as <paramref name=\"json\"/>, exactly.");
        w.Doc("param", "The object to send, with its <c>" + CSharpLiteral.XmlDocText(unknown.DiscriminatorWireName) + "</c>.", "name=\"json\"");
        w.OpenBlock("public " + model.Name + "(" + JsonElement + " json)");
        w.Line(unknown.JsonPropertyName + " = json;");
        w.CloseBlock();
        w.Line();
        w.Line("// For the serializer, which sets the JSON after reading the inherited properties from it.");
        w.Line("internal " + model.Name + "()");
        w.OpenBlock();
        w.CloseBlock();
        w.Line();
        w.Summary("The object exactly as it came; it is what is sent, so the inherited properties are only read from it.");
        w.Line("public " + JsonElement + " " + unknown.JsonPropertyName + " { get; internal set; }");
        w.Line();
        w.Summary("The <c>" + CSharpLiteral.XmlDocText(unknown.DiscriminatorWireName) + "</c> value, or null when the object has none (or not a string).");
        w.Line("public string? " + unknown.ValuePropertyName + " =>");
        w.Indent();
        w.Line(unknown.JsonPropertyName + ".ValueKind == global::System.Text.Json.JsonValueKind.Object");
        w.Line("&& " + unknown.JsonPropertyName + ".TryGetProperty(" + CSharpLiteral.String(unknown.DiscriminatorWireName) + ", out " + JsonElement + " value)");
        w.Line("&& value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString() : null;");
        w.Outdent();
    }
}
