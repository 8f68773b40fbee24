using System.Globalization;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// The internal member of a union sent as a path, query or header parameter that gives the held alternative's text,
/// formatted as a parameter of that alternative's type is: one item for a value, one per item for a list. The runtime's
/// <c>RequestUriBuilder</c> and <c>RequestHeaders</c> place it as the parameter's location and style say, so an operation
/// needs one call per union parameter, not a switch over the alternatives.
/// </summary>
internal static class UnionParameterTextEmitter
{
    public static void Emit(SourceWriter w, UnionSpec union, string methodName)
    {
        w.Line();
        w.Summary("The alternative held as a parameter's text: its value, or a list's items; null when <see cref=\"" + union.JsonPropertyName + "\"/> is held, which is never sent.");
        w.Line("internal string[]? " + methodName + "() => _index switch");
        w.OpenBlock();
        for (int i = 0; i < union.Alternatives.Count; i++)
        {
            w.Line(i.ToString(CultureInfo.InvariantCulture) + " => " + Text(union.Alternatives[i].Type) + ",");
        }

        w.Line("_ => null,");
        w.CloseBlock(";");
    }

    // The held value cast to its type, then formatted; an enum's text comes from an extension method, which binds
    // tighter than the cast.
    private static string Text(TypeRefSpec type)
    {
        string held = "(" + TypeNames.Of(type) + ")_value!";
        if (type.Kind != ValueKind.Array)
        {
            return "new[] { " + ClientEmitter.Format(type, type.Kind == ValueKind.Enum ? "(" + held + ")" : held) + " }";
        }

        TypeRefSpec element = type.Element!;
        return element.Kind == ValueKind.String
            ? "global::System.Linq.Enumerable.ToArray(" + held + ")"
            : "global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(" + held + ", item => " + ClientEmitter.Format(element, "item") + "))";
    }
}
