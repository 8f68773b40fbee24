using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// Whether an optional property's <c>default</c> can be the value a new model starts with: the one decision behind both
/// the model's initialiser (<see cref="PropertySpec.Preset"/>) and the SDKGEN004 reported instead.
/// A default is preset when it is a value of the property's C# type (a string, number, boolean, enum value, date, time,
/// duration or UUID, or a list of those) that passes the property's own rules — otherwise every request would carry a value the generated checks refuse.
/// A default the property cannot hold, or that breaks its rules, is a mistake in the document: reported, not preset.
/// Defaults of other types (objects, maps, JSON <c>null</c>) are shown in the docs and left to the service,
/// which applies them when the property is absent; nothing is lost on the wire.
/// Whether a preset survives depends on the operations too (<see cref="SentModels"/>: only models a request body carries,
/// and none sent in a PATCH).
/// </summary>
internal static class PropertyDefaults
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The <c>default</c> as JSON text for the docs, or null when there is none. Microsoft.OpenApi reads
    /// <c>default: null</c> as a sentinel string, which must not reach the docs (or a preset) as if it were the value.
    /// </summary>
    public static string? AsWritten(JsonNode? value) => value is null ? null : value.IsJsonNullSentinel() ? "null" : value.ToJsonString();

    /// <summary>The preset, or null; <paramref name="mistake"/> says why a default the document gives cannot be one.</summary>
    /// <param name="value">The schema's <c>default</c>, or null when it has none.</param>
    /// <param name="type">The property's type.</param>
    /// <param name="rules">The checks the generated code applies to the property, or null.</param>
    /// <param name="enumOf">The enum a type name refers to.</param>
    /// <param name="mistake">Set when the default is not a value the property accepts (a reason, "is…"/"breaks…").</param>
    public static PresetSpec? Decide(JsonNode? value, TypeRefSpec type, ValidationSpec? rules, Func<string, EnumSpec?> enumOf, out string? mistake)
    {
        mistake = null;
        if (value is null || value.IsJsonNullSentinel() || !Presettable(type))
        {
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(value.ToJsonString());
        JsonElement element = document.RootElement;
        if (type.Kind != ValueKind.Array)
        {
            mistake = Scalar(element, type, rules?.ApplicableTo(type), enumOf, out string? text);
            return mistake is null ? new PresetSpec(new[] { text! }.ToImmutableEquatableArray(), IsList: false) : null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            mistake = "is " + Described(element) + ", not a list";
            return null;
        }

        ValidationSpec? listRules = rules?.ApplicableTo(type);
        var items = new List<string>();
        foreach (JsonElement item in element.EnumerateArray())
        {
            mistake = Scalar(item, type.Element!, listRules?.EachItem, enumOf, out string? text);
            if (mistake is not null)
            {
                mistake = "has an item that " + mistake;
                return null;
            }

            items.Add(text!);
        }

        mistake = BreaksListRules(items, listRules?.Items);
        return mistake is null ? new PresetSpec(items.ToImmutableEquatableArray(), IsList: true) : null;
    }

    private static bool Presettable(TypeRefSpec type) => type.Kind switch
    {
        ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single or ValueKind.Double or ValueKind.Decimal
            or ValueKind.Boolean or ValueKind.Enum or ValueKind.DateTimeOffset or ValueKind.Date or ValueKind.Time
            or ValueKind.Duration or ValueKind.Guid => true,
        // A list of enums holds enum values, not their wire text: it has no preset until one is needed.
        ValueKind.Array => type.Element!.Kind is not (ValueKind.Array or ValueKind.Enum) && Presettable(type.Element),
        _ => false,
    };

    // Null when the element is a value of the type that passes the rules; the invariant text in text.
    private static string? Scalar(JsonElement element, TypeRefSpec type, ValidationSpec? rules, Func<string, EnumSpec?> enumOf, out string? text)
    {
        text = null;
        switch (type.Kind)
        {
            case ValueKind.String:
                if (element.ValueKind != JsonValueKind.String)
                {
                    return "is " + Described(element) + ", not a string";
                }

                text = element.GetString()!;
                return BreaksStringRules(text, rules);
            case ValueKind.Enum:
                string? wire = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
                if (wire is null || enumOf(type.Name!) is not { } enumSpec || !enumSpec.Members.Any(m => m.WireValue == wire))
                {
                    return "is " + Described(element) + ", not one of the values of " + type.Name;
                }

                text = wire;
                return null;
            case ValueKind.Boolean:
                if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return "is " + Described(element) + ", not a boolean";
                }

                text = element.ValueKind == JsonValueKind.True ? "true" : "false";
                return null;
            case ValueKind.DateTimeOffset or ValueKind.Date or ValueKind.Time or ValueKind.Duration or ValueKind.Guid:
                text = element.ValueKind == JsonValueKind.String ? FormattedText.Canonical(type.Kind, element.GetString()!) : null;
                return text is null ? "is " + Described(element) + ", not a " + FormattedText.Described(type.Kind) + " as the generated code reads one" : null;
            default:
                if (element.ValueKind != JsonValueKind.Number || !FitsNumber(element, type.Kind, out text))
                {
                    return "is " + Described(element) + ", not a number the property's type (" + type.Kind.ToString().ToLowerInvariant() + ") holds";
                }

                return BreaksNumberRules(element.GetRawText(), rules?.Numbers);
        }
    }

    // The text is a C# literal of the kind once its suffix is added: integers in canonical form, reals as written.
    private static bool FitsNumber(JsonElement element, ValueKind kind, out string? text)
    {
        text = null;
        switch (kind)
        {
            case ValueKind.Int32 when element.TryGetDecimal(out decimal i) && i == decimal.Truncate(i) && i >= int.MinValue && i <= int.MaxValue:
            case ValueKind.Int64 when element.TryGetDecimal(out i) && i == decimal.Truncate(i) && i >= long.MinValue && i <= long.MaxValue:
                text = decimal.Truncate(i).ToString(CultureInfo.InvariantCulture);
                return true;
            case ValueKind.Decimal when element.TryGetDecimal(out _):
                text = element.GetRawText();
                return true;
            case ValueKind.Double when element.TryGetDouble(out double d) && !double.IsInfinity(d):
            case ValueKind.Single when element.TryGetDouble(out d) && !float.IsInfinity((float)d):
                text = element.GetRawText();
                return true;
            default:
                return false;
        }
    }

    private static string? BreaksStringRules(string text, ValidationSpec? rules)
    {
        if (rules is null || !rules.HasStringRules)
        {
            return null;
        }

        if (rules.AllowedLiterals.Contains(text) || rules.Alternatives.Any(a => Satisfies(text, a)))
        {
            return null;
        }

        return "breaks the property's own rules (" + string.Join("; ", rules.Alternatives.Select(Described).Concat(rules.AllowedLiterals.Count > 0 ? new[] { "one of its values" } : Array.Empty<string>())) + ")";
    }

    private static bool Satisfies(string text, StringConstraintSpec rule)
    {
        int length = CodePoints(text);
        if ((rule.MinLength is { } min && length < min) || (rule.MaxLength is { } max && length > max) || (rule.IsUuid && !Guid.TryParse(text, out _)))
        {
            return false;
        }

        try
        {
            // The generated check's own translation and options, so the preset passes exactly that check.
            return rule.Pattern is null || Regex.IsMatch(text, EcmaPattern.ToDotNet(rule.Pattern), RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException)
        {
            // An invalid pattern is SDKGEN005 and checks nothing.
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // As JSON Schema counts a length: Unicode code points, a surrogate pair once.
    private static int CodePoints(string text) =>
        text.Length - Enumerable.Range(1, Math.Max(0, text.Length - 1)).Count(i => char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]));

    private static string? BreaksNumberRules(string text, NumberRulesSpec? rules)
    {
        if (rules is null)
        {
            return null;
        }

        double value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (rules.Minimum is { } minimum && (rules.MinimumExclusive ? value <= Number(minimum) : value < Number(minimum)))
        {
            return "breaks the property's own rule (" + (rules.MinimumExclusive ? "exclusiveMinimum " : "minimum ") + minimum + ")";
        }

        if (rules.Maximum is { } maximum && (rules.MaximumExclusive ? value >= Number(maximum) : value > Number(maximum)))
        {
            return "breaks the property's own rule (" + (rules.MaximumExclusive ? "exclusiveMaximum " : "maximum ") + maximum + ")";
        }

        // multipleOf is checked in decimal arithmetic, as the generated check does.
        if (rules.MultipleOf is { } factor
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact)
            && exact % decimal.Parse(factor, NumberStyles.Float, CultureInfo.InvariantCulture) != 0)
        {
            return "breaks the property's own rule (multipleOf " + factor + ")";
        }

        return null;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? BreaksListRules(List<string> items, ArrayRulesSpec? rules)
    {
        if (rules?.MinItems is { } min && items.Count < min)
        {
            return "breaks the property's own rule (minItems " + min.ToString(CultureInfo.InvariantCulture) + ")";
        }

        if (rules?.MaxItems is { } max && items.Count > max)
        {
            return "breaks the property's own rule (maxItems " + max.ToString(CultureInfo.InvariantCulture) + ")";
        }

        return rules is { UniqueItems: true } && items.Distinct(StringComparer.Ordinal).Count() < items.Count
            ? "breaks the property's own rule (uniqueItems)"
            : null;
    }

    private static string Described(StringConstraintSpec rule) => string.Join(", ", new[]
    {
        rule.Pattern is null ? null : "pattern " + rule.Pattern,
        rule.MinLength is null ? null : "minLength " + rule.MinLength.Value.ToString(CultureInfo.InvariantCulture),
        rule.MaxLength is null ? null : "maxLength " + rule.MaxLength.Value.ToString(CultureInfo.InvariantCulture),
        rule.IsUuid ? "format uuid" : null,
    }.Where(s => s is not null));

    private static string Described(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "the string " + element.GetRawText(),
        JsonValueKind.Number => "the number " + element.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
