using System.Collections.Generic;
using Microsoft.OpenApi;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Recognises the "reference plus annotations" idiom: <c>allOf: [{$ref: X}, {description: …}]</c>. JSON Schema has no
/// other way (before 3.1) to attach a description to a <c>$ref</c>, so such a schema is X itself, whatever X is (an
/// object, a string, an enum, an array, or the schema that contains it), and the annotations only document it.
/// </summary>
internal static class AllOfReference
{
    /// <summary>
    /// The single <c>allOf</c> member that gives the schema its shape when every other member (and the schema itself,
    /// beside <c>allOf</c>) only annotates; null when the schema is a real composition.
    /// </summary>
    public static (IOpenApiSchema Member, int Index)? ShapedMember(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference || schema.AllOf is not { Count: > 0 } members || !AddsNoShapeBesideAllOf(schema))
        {
            return null;
        }

        (IOpenApiSchema, int)? shaped = null;
        for (int i = 0; i < members.Count; i++)
        {
            IOpenApiSchema member = members[i];
            if (member is null || IsAnnotationOnly(member))
            {
                continue;
            }

            if (shaped is not null)
            {
                return null;
            }

            shaped = (member, i);
        }

        return shaped;
    }

    /// <summary>Whether an <c>allOf</c> member (beside the shaped one) says null is allowed (3.0 <c>nullable: true</c>).</summary>
    public static bool AnnotationAllowsNull(IOpenApiSchema schema)
    {
        foreach (IOpenApiSchema member in schema.AllOf ?? new List<IOpenApiSchema>())
        {
            if (member is not null && IsAnnotationOnly(member) && member.Type is { } type && (type & JsonSchemaType.Null) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The description (or title) an annotation member gives, for a schema that has none of its own.</summary>
    public static string? AnnotationDescription(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference || schema.AllOf is not { Count: > 0 } members)
        {
            return null;
        }

        foreach (IOpenApiSchema member in members)
        {
            if (member is not null && IsAnnotationOnly(member) && (Text(member.Description) ?? Text(member.Title)) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static bool AddsNoShapeBesideAllOf(IOpenApiSchema schema) =>
        schema.Properties is not { Count: > 0 }
        && schema.Required is not { Count: > 0 }
        && schema.Items is null
        && schema.AnyOf is not { Count: > 0 }
        && schema.OneOf is not { Count: > 0 }
        && schema.AdditionalProperties is null
        && schema.Enum is not { Count: > 0 };

    // Only documentation, nullability or defaults: nothing that changes what a value may be.
    private static bool IsAnnotationOnly(IOpenApiSchema member) =>
        member is not OpenApiSchemaReference
        && (member.Type is null || member.Type == 0 || member.Type == JsonSchemaType.Null)
        && member.Properties is not { Count: > 0 }
        && member.Required is not { Count: > 0 }
        && member.Items is null
        && member.AllOf is not { Count: > 0 }
        && member.AnyOf is not { Count: > 0 }
        && member.OneOf is not { Count: > 0 }
        && member.Not is null
        && member.AdditionalProperties is null
        && member.Enum is not { Count: > 0 }
        && member.Const is null
        && member.Format is null
        && member.Pattern is null
        && member.MinLength is null
        && member.MaxLength is null
        && member.Minimum is null
        && member.Maximum is null
        && member.Discriminator is null;

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
