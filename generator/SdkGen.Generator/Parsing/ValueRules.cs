using System.Globalization;
using Microsoft.OpenApi;
using SdkGen.Generator.Diagnostics;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Decides which numeric and list rules of a schema (<c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>,
/// <c>exclusiveMaximum</c>, <c>multipleOf</c>, <c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>) the generated code
/// checks before sending, and reports SDKGEN021 for exactly the ones it leaves out or that no value can satisfy. The
/// emitter writes what the returned records hold, so the checks and the diagnostics cannot disagree.
/// </summary>
/// <remarks>
/// Microsoft.OpenApi already folds OpenAPI 3.0's boolean <c>exclusiveMinimum: true</c> into the 3.1 numeric form
/// (the bound moves from <c>Minimum</c> to <c>ExclusiveMinimum</c>), so one reading serves both versions.
/// </remarks>
internal static class ValueRules
{
    /// <summary>The numeric rules for a value of <paramref name="kind"/>, or null when there are none (or the kind is not a number).</summary>
    public static NumberRulesSpec? DecideNumbers(IOpenApiSchema schema, ValueKind kind, string pointer, ParseContext context)
    {
        if (kind is not (ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single or ValueKind.Double or ValueKind.Decimal))
        {
            return null;
        }

        // A 3.1 schema may give both forms; the stricter one binds, and exclusive wins a tie.
        (string? minimum, bool minimumExclusive) = Stricter(
            Bound(schema.Minimum ?? AsWritten(schema.ExclusiveMinimum, "minimum", pointer, context), "minimum", pointer, context), Bound(schema.ExclusiveMinimum, "exclusiveMinimum", pointer, context), lower: true);
        (string? maximum, bool maximumExclusive) = Stricter(
            Bound(schema.Maximum ?? AsWritten(schema.ExclusiveMaximum, "maximum", pointer, context), "maximum", pointer, context), Bound(schema.ExclusiveMaximum, "exclusiveMaximum", pointer, context), lower: false);
        string? multipleOf = MultipleOf(schema.MultipleOf, pointer, context);

        if (minimum is not null && maximum is not null)
        {
            decimal low = decimal.Parse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture);
            decimal high = decimal.Parse(maximum, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (low > high || (low == high && (minimumExclusive || maximumExclusive)))
            {
                // Still checked as written (strict in what we send): the service would refuse every value too.
                context.Report(DiagnosticDescriptors.RuleNotChecked, pointer, "minimum " + minimum + " / maximum " + maximum, "no value satisfies both bounds, so every call that passes a value is refused");
            }
        }

        return minimum is null && maximum is null && multipleOf is null
            ? null
            : new NumberRulesSpec
            {
                Minimum = minimum,
                MinimumExclusive = minimumExclusive,
                Maximum = maximum,
                MaximumExclusive = maximumExclusive,
                MultipleOf = multipleOf,
            };
    }

    /// <summary>The list rules for an array whose items are <paramref name="element"/>, or null when there are none.</summary>
    public static ArrayRulesSpec? DecideItems(IOpenApiSchema schema, TypeRefSpec element, string pointer, ParseContext context)
    {
        int? minItems = schema.MinItems is > 0 ? schema.MinItems : null;
        int? maxItems = schema.MaxItems;
        if (maxItems is < 0)
        {
            context.Report(DiagnosticDescriptors.RuleNotChecked, ParseContext.Append(pointer, "maxItems"), "maxItems " + maxItems.Value.ToString(CultureInfo.InvariantCulture), "a count cannot be negative");
            maxItems = null;
        }

        if (minItems is { } min && maxItems is { } max && min > max)
        {
            context.Report(DiagnosticDescriptors.RuleNotChecked, pointer, "minItems " + min.ToString(CultureInfo.InvariantCulture) + " / maxItems " + max.ToString(CultureInfo.InvariantCulture), "no list satisfies both, so every call that passes one is refused");
        }

        bool unique = schema.UniqueItems == true;
        if (unique && !CanCompareItems(element.Kind))
        {
            context.Report(DiagnosticDescriptors.RuleNotChecked, ParseContext.Append(pointer, "uniqueItems"), "uniqueItems", "items of kind " + element.Kind + " have no exact JSON equality in the generated code");
            unique = false;
        }

        return minItems is null && maxItems is null && !unique
            ? null
            : new ArrayRulesSpec { MinItems = minItems, MaxItems = maxItems, UniqueItems = unique };
    }

    // Equality of the C# value is equality of the JSON text sent. Not for DateTimeOffset (one instant, several
    // texts), nor models, maps, raw JSON or nested lists (no structural comparison is generated).
    private static bool CanCompareItems(ValueKind kind) =>
        kind is ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single or ValueKind.Double
            or ValueKind.Decimal or ValueKind.Boolean or ValueKind.Guid or ValueKind.Enum;

    // A bound as invariant decimal text, which every numeric C# type compares with (the emitter picks the literal);
    // null (reported) when a decimal cannot hold it.
    private static string? Bound(string? text, string keyword, string pointer, ParseContext context)
    {
        if (text is null)
        {
            return null;
        }

        string at = ParseContext.Append(pointer, keyword);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
        {
            context.Report(DiagnosticDescriptors.RuleNotChecked, at, keyword + " " + text, "the bound is not a number the generated code can compare exactly (beyond ±7.9E+28 or more than 28 decimal places)");
            return null;
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    // Only needed when the exclusive bound is present: that is when the reader drops the inclusive one.
    private static string? AsWritten(string? exclusive, string keyword, string pointer, ParseContext context) =>
        exclusive is null ? null : context.NumberAsWritten(pointer, keyword);

    private static (string? Bound, bool Exclusive) Stricter(string? inclusive, string? exclusive, bool lower)
    {
        if (inclusive is null || exclusive is null)
        {
            return exclusive is not null ? (exclusive, true) : (inclusive, false);
        }

        decimal a = decimal.Parse(inclusive, NumberStyles.Float, CultureInfo.InvariantCulture);
        decimal b = decimal.Parse(exclusive, NumberStyles.Float, CultureInfo.InvariantCulture);
        bool exclusiveBinds = lower ? b >= a : b <= a;
        return exclusiveBinds ? (exclusive, true) : (inclusive, false);
    }

    private static string? MultipleOf(decimal? factor, string pointer, ParseContext context)
    {
        if (factor is not { } value)
        {
            return null;
        }

        if (value <= 0m)
        {
            // Microsoft.OpenApi rounds to 28 decimal places, so a factor below 1E-28 also arrives as 0.
            context.Report(DiagnosticDescriptors.RuleNotChecked, ParseContext.Append(pointer, "multipleOf"), "multipleOf " + (context.NumberAsWritten(pointer, "multipleOf") ?? value.ToString(CultureInfo.InvariantCulture)), "it must be greater than 0 and at least 1E-28 to be checked exactly");
            return null;
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }
}
