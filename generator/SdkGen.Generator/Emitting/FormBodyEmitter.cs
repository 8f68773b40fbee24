using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Writes the statements that fill an <c>application/x-www-form-urlencoded</c> body, one per field, exactly as
/// <see cref="FormFieldSpec"/> (decided while parsing) says.
/// </summary>
internal static class FormBodyEmitter
{
    private const string Internal = "global::SdkGen.Runtime.Internal";

    /// <summary>
    /// A form's fields are the declared model's: a generated subtype of it (<see cref="ModelSpec.Subtypes"/>, or one of
    /// theirs) would lose its own properties, so it is refused before anything is sent instead of cut to the base.
    /// </summary>
    public static bool EmitSubtypeRefusal(SourceWriter w, RequestBodySpec body, System.Collections.Generic.IReadOnlyDictionary<string, ModelSpec> models)
    {
        if (body.Encoding != BodyEncoding.FormUrlEncoded || body.Type.Kind != ValueKind.Model || !models.TryGetValue(body.Type.Name!, out ModelSpec? model))
        {
            return false;
        }

        foreach (string subtype in model.Subtypes)
        {
            string message = CSharpLiteral.String(" is not sent: the form has fields for the properties of " + model.Name + " only, not its own.");
            w.Line("if (" + body.ParameterName + " is " + subtype + ") throw new global::System.ArgumentException(" + body.ParameterName + ".GetType().Name + " + message + ", nameof(" + body.ParameterName + "));");
        }

        return model.Subtypes.Count > 0;
    }

    // writerOf: the serializer method that writes a value of a type as JSON (a structured field is JSON first).
    public static void Emit(SourceWriter w, RequestBodySpec body, string value, System.Func<TypeRefSpec, string> writerOf, OperationLocals locals)
    {
        w.Line("var " + locals.Form + " = new " + Internal + ".FormUrlEncodedBuilder();");
        foreach (FormFieldSpec field in body.FormFields)
        {
            EmitField(w, field, value, writerOf, locals);
        }

        w.Line(locals.Request + ".Content = " + locals.Form + ".ToContent();");
    }

    private static void EmitField(SourceWriter w, FormFieldSpec field, string body, System.Func<TypeRefSpec, string> writerOf, OperationLocals locals)
    {
        string form = locals.Form, item = locals.Item;
        string name = CSharpLiteral.String(field.WireName);
        string member = body + "." + field.PropertyName;
        switch (field.Kind)
        {
            case FormFieldKind.WireValue:
                w.Line(form + ".Add(" + name + ", " + body + "." + field.WireValuePropertyName + ");");
                return;
            case FormFieldKind.NotSent:
                w.Line("// " + name + " is not sent: no form encoding carries it (reported as SDKGEN016).");
                return;
            case FormFieldKind.List:
                TypeRefSpec element = field.Type.Element!;
                w.OpenBlock("if (" + member + " is object)");
                if (field.ListDelimiter is null)
                {
                    w.OpenBlock("foreach (var " + item + " in " + member + ")");
                    w.Line(form + ".Add(" + name + ", " + ClientEmitter.Format(element, item) + ");");
                    w.CloseBlock();
                }
                else
                {
                    w.Line(form + ".Add(" + name + ", " + ClientEmitter.Join(CSharpLiteral.String(field.ListDelimiter), element, member, item) + ");");
                }

                w.CloseBlock();
                return;
            case FormFieldKind.Structured:
                string style = Internal + ".FormStyle." + field.Style;
                string writer = field.Type.Kind == ValueKind.Json ? "" : writerOf(field.Type) + ", ";
                w.Line(Internal + ".FormFieldEncoder.Add(" + form + ", " + name + ", " + member + ", " + writer + style + ");");
                return;
            default:
                if (field.Type.Kind == ValueKind.String)
                {
                    w.Line(form + ".Add(" + name + ", " + member + ");");
                }
                else if (field.IsOptionalInCSharp)
                {
                    w.Line(form + ".Add(" + name + ", " + member + ".HasValue ? " + ClientEmitter.Format(field.Type, member + ".Value") + " : null);");
                }
                else
                {
                    w.Line(form + ".Add(" + name + ", " + ClientEmitter.Format(field.Type, member) + ");");
                }

                return;
        }
    }
}
