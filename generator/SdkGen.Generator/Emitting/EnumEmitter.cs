using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>Emits a string enum and the class that maps it to and from its exact wire text through a shared table.</summary>
internal static class EnumEmitter
{
    public static string Emit(DocumentSpec document, EnumSpec spec)
    {
        return SourceFile.Write(document, w =>
        {
            w.Summary(spec.Description is null ? "Values of " + spec.Name + "." : CSharpLiteral.XmlDocText(spec.Description));
            if (spec.IsDeprecated)
            {
                w.Line(Deprecation.Attribute("schema"));
            }

            w.Line(SourceFile.GeneratedCodeAttribute);
            w.OpenBlock(Accessibility.Of(document) + " enum " + spec.Name);
            w.Summary("A value this version of the SDK does not know. Read the matching <c>…WireValue</c> property for the text the service sent.");
            w.Line(spec.UnknownMemberName + " = 0,");
            foreach (EnumMemberSpec member in spec.Members)
            {
                w.Line();
                string sentAs = "Sent as <c>" + CSharpLiteral.XmlDocText(member.WireValue) + "</c>.";
                w.Summary(member.Description is null ? sentAs : CSharpLiteral.XmlDocText(member.Description) + " " + sentAs);
                w.Line(member.Name + ",");
            }

            w.CloseBlock();
            w.Line();

            w.Summary("Converts <see cref=\"" + spec.Name + "\"/> to and from the exact text the service uses.");
            w.Line(SourceFile.GeneratedCodeAttribute);
            w.OpenBlock(Accessibility.Of(document) + " static class " + spec.ExtensionsName);

            // Qualified: an enum may be named like a member every class inherits (ToString, Equals…).
            string type = "global::" + document.Namespace + "." + spec.Name;
            string table = WireValueTablesEmitter.TableOf(document, spec);
            w.Summary("The text the service uses for <paramref name=\"value\"/>.");
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is <see cref=\"" + type + "." + spec.UnknownMemberName + "\"/> or not a defined value: it has no wire text.</exception>");
            w.Line("public static string ToWireValue(this " + type + " value) =>");
            w.Line("    " + table + ".ToWire((int)value) ?? throw new global::System.ArgumentOutOfRangeException(nameof(value), value, " + CSharpLiteral.String(spec.Name + " value has no wire text; " + spec.UnknownMemberName + " and undefined values cannot be sent.") + ");");
            w.Line();
            w.Summary("The member for the wire text <paramref name=\"value\"/>; <see cref=\"" + type + "." + spec.UnknownMemberName + "\"/> for text this SDK does not know (never throws).");
            w.Line("public static " + type + " FromWireValue(string? value) => (" + type + ")" + table + ".FromWire(value);");
            w.CloseBlock();
        });
    }
}
