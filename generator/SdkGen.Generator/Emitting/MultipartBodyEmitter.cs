using System.Collections.Generic;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Writes the statements that fill a <c>multipart/form-data</c> body from the method's part parameters, one per part,
/// exactly as <see cref="MultipartPartSpec"/> (decided while parsing) says. The runtime's builder skips a null value,
/// so an optional part left out is not sent; an array sends one part per item.
/// </summary>
internal static class MultipartBodyEmitter
{
    private const string Internal = "global::SdkGen.Runtime.Internal";
    private const string Json = "application/json";

    // writerOf: the serializer method that writes a value of a type as JSON.
    public static void Emit(SourceWriter w, MultipartBodySpec body, IReadOnlyList<ParameterSpec> parameters, System.Func<TypeRefSpec, string> writerOf, OperationLocals locals)
    {
        string multipart = locals.Multipart;
        string subtype = body.Subtype == "form-data" ? "" : CSharpLiteral.String(body.Subtype);
        w.Line("var " + multipart + " = new " + Internal + ".MultipartFormBuilder(" + subtype + ");");
        foreach (MultipartPartSpec part in body.Parts)
        {
            if (part.Kind == MultipartPartKind.NotSent)
            {
                w.Line("// " + CSharpLiteral.String(part.WireName) + " is not sent: no multipart encoding carries it (reported as SDKGEN022).");
                continue;
            }

            ParameterSpec parameter = parameters.First(p => p.Name == part.ParameterName);
            EmitPart(w, part, parameter, writerOf, locals);
        }

        // A multipart body needs at least one part (RFC 2046): an optional one with no part given is not sent, a
        // required one that may come out empty is refused before anything is sent.
        string set = locals.Request + ".Content = " + multipart + ".ToContent();";
        if (body.AtLeastOneOf is { } names)
        {
            w.Line("if (" + multipart + ".Count == 0) throw " + Internal + ".ArgumentErrors.NoMultipartPart(" + CSharpLiteral.String(names) + ");");
        }

        w.Line(body.IsRequired ? set : "if (" + multipart + ".Count > 0) " + set);
    }

    private static void EmitPart(SourceWriter w, MultipartPartSpec part, ParameterSpec parameter, System.Func<TypeRefSpec, string> writerOf, OperationLocals locals)
    {
        string name = CSharpLiteral.String(part.WireName);
        if (part.Type.Kind == ValueKind.Array)
        {
            // A required list was checked for null with the other arguments; an optional one may be left out.
            if (!parameter.IsRequired)
            {
                w.OpenBlock("if (" + parameter.Name + " is object)");
            }

            w.OpenBlock("foreach (var " + locals.Item + " in " + parameter.Name + ")");
            w.Line(Add(part, part.Type.Element!, name, locals.Item, locals, writerOf));
            w.CloseBlock();
            if (!parameter.IsRequired)
            {
                w.CloseBlock();
            }

            return;
        }

        if (!parameter.IsRequired && parameter.Type.IsValueType && part.Kind == MultipartPartKind.Text)
        {
            w.Line("if (" + parameter.Name + ".HasValue) " + Add(part, part.Type, name, parameter.Name + ".Value", locals, writerOf));
            return;
        }

        w.Line(Add(part, part.Type, name, parameter.Name, locals, writerOf));
    }

    private static string Add(MultipartPartSpec part, TypeRefSpec type, string name, string value, OperationLocals locals, System.Func<TypeRefSpec, string> writerOf)
    {
        string call = locals.Multipart + ".";
        switch (part.Kind)
        {
            case MultipartPartKind.File:
                return call + "AddFile(" + name + ", " + value + ", " + CSharpLiteral.String(part.ContentType!) + ");";
            case MultipartPartKind.Json:
                string writer = type.Kind == ValueKind.Json ? "" : ", " + writerOf(type);
                string jsonType = part.ContentType is null or Json ? "" : ", " + CSharpLiteral.String(part.ContentType);
                return call + "AddJson(" + name + ", " + value + writer + jsonType + ");";
            default:
                string textType = part.ContentType is null ? "" : ", " + CSharpLiteral.String(part.ContentType);
                return call + "AddText(" + name + ", " + ClientEmitter.Format(type, value) + textType + ");";
        }
    }
}
