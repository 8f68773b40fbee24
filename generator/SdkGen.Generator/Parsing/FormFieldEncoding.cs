using System;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// The one place that decides how a property of an <c>application/x-www-form-urlencoded</c> body is sent, after the
/// OpenAPI 3 rules for the media type's <c>encoding</c> object. The emitter writes what this returns and the
/// diagnostic reports what it refuses, so the generated code and the warnings cannot disagree.
/// </summary>
internal static class FormFieldEncoding
{
    /// <param name="property">The body model's property.</param>
    /// <param name="encoding">The media type's <c>encoding</c> entry for the property, as written (null when there is none).</param>
    public static FormFieldSpec Decide(PropertySpec property, FormEncodingEntry? encoding)
    {
        var field = new FormFieldSpec
        {
            PropertyName = property.Name,
            WireName = property.WireName,
            Type = property.Type,
            IsOptionalInCSharp = property.IsOptionalInCSharp,
            Kind = FormFieldKind.Text,
        };
        if (property.WireValuePropertyName is not null)
        {
            return field with { Kind = FormFieldKind.WireValue, WireValuePropertyName = property.WireValuePropertyName };
        }

        TypeRefSpec type = property.Type;
        if (!IsStructured(type) && type.Kind != ValueKind.Array)
        {
            return field;
        }

        string? style = encoding?.Style;
        bool? explode = encoding?.Explode;
        bool isArray = type.Kind == ValueKind.Array;
        if (style == "deepObject" && isArray)
        {
            return NotSent(field, "its encoding says style: deepObject, which OpenAPI defines only for objects");
        }

        bool asJson = style is null && explode is null && encoding?.ContentType is { } contentType && OperationMapper.IsJson(contentType);
        if (isArray && !IsStructured(type.Element!) && !asJson)
        {
            string? delimiter = style switch
            {
                "spaceDelimited" => " ",
                "pipeDelimited" => "|",
                _ when explode == false => ",",
                _ => null,
            };
            return field with { Kind = FormFieldKind.List, ListDelimiter = delimiter };
        }

        // style/explode given: they decide and contentType is ignored (OpenAPI 3.1.1, Encoding Object).
        if (style is not null || explode is not null)
        {
            FormFieldStyle spread = style switch
            {
                "deepObject" => FormFieldStyle.DeepObject,
                "spaceDelimited" => FormFieldStyle.SpaceDelimited,
                "pipeDelimited" => FormFieldStyle.PipeDelimited,
                "form" or null => explode == false ? FormFieldStyle.FormUnexploded : FormFieldStyle.Form,
                _ => FormFieldStyle.Default,
            };
            if (style is not (null or "form" or "deepObject" or "spaceDelimited" or "pipeDelimited"))
            {
                return NotSent(field, "its encoding says style: " + style + ", which form bodies do not define");
            }

            return field with { Kind = FormFieldKind.Structured, Style = spread };
        }

        if (encoding?.ContentType is { Length: > 0 } declared)
        {
            if (asJson)
            {
                return field with { Kind = FormFieldKind.Structured, Style = FormFieldStyle.Json };
            }

            // Untyped values are sent by their runtime shape: a string is text either way.
            if (type.Kind != ValueKind.Json)
            {
                return NotSent(field, "its encoding asks for contentType '" + declared + "', and the generator writes structured values only as JSON");
            }
        }

        // OpenAPI's defaults: an object is application/json, an array is exploded item by item.
        return field with { Kind = FormFieldKind.Structured, Style = FormFieldStyle.Default };
    }

    private static bool IsStructured(TypeRefSpec type) => type.Kind is ValueKind.Model or ValueKind.Map or ValueKind.Json or ValueKind.Array;

    private static FormFieldSpec NotSent(FormFieldSpec field, string reason) => field with { Kind = FormFieldKind.NotSent, NotSentReason = reason };
}

/// <summary>
/// An <c>encoding</c> entry as the document spells it (read by <see cref="ParseContext.EncodingAsWritten"/>):
/// null members were not written.
/// </summary>
internal sealed record FormEncodingEntry(string? Style, bool? Explode, string? ContentType);
