using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// Emits the checks drawn from the spec (pattern, length, uuid, required, numeric bounds, multipleOf, item counts,
/// unique items) that run before any request is sent, and the document's validation class holding the compiled
/// patterns, the shared parameter checks and the model validators.
/// </summary>
internal sealed class ValidationEmitter
{
    private const string Errors = "global::SdkGen.Runtime.Internal.ArgumentErrors";

    // minLength/maxLength count code points, as JSON Schema does (a surrogate pair is one character).
    private const string Length = "global::SdkGen.Runtime.Internal.TextLength";
    private const string Rules = "global::SdkGen.Runtime.Internal.ValueRules";
    private readonly ValidationPlan _plan;

    public ValidationEmitter(ValidationPlan plan)
    {
        _plan = plan;
    }

    // A Regex check takes the name to report a timeout as an ArgumentException naming the value; a direct check cannot time out.
    private string PatternCall(string pattern, string value, string nameExpression)
    {
        PatternMethod method = _plan.MethodFor(pattern);
        return _plan.ClassName + "." + method.MethodName + "(" + value + (method.Direct is null ? ", " + nameExpression : "") + ")";
    }

    /// <summary>
    /// Statements that throw an ArgumentException when <paramref name="value"/> (not null) of <paramref name="type"/>
    /// breaks the applicable part of <paramref name="validation"/>; loops over items take their locals from <paramref name="locals"/>.
    /// </summary>
    internal void EmitChecks(SourceWriter w, ValidationSpec validation, TypeRefSpec type, string value, string nameExpression, LocalNames locals)
    {
        if (validation.Numbers is { } numbers && validation.ApplicableTo(type)?.Numbers is not null)
        {
            EmitNumberChecks(w, numbers, type.Kind, value, nameExpression);
        }

        if (validation.Items is { } items && type.Kind == ValueKind.Array)
        {
            EmitItemChecks(w, items, value, nameExpression);
        }

        if (type.Kind is ValueKind.Array or ValueKind.Map && validation.EachItem?.ApplicableTo(type.Element!) is { } each)
        {
            EmitEachItem(w, each, type, value, nameExpression, locals);
        }

        if (validation.HasStringRules && type.Kind == ValueKind.String)
        {
            EmitStringChecks(w, validation, value, nameExpression);
        }
    }

    private static void EmitNumberChecks(SourceWriter w, NumberRulesSpec numbers, ValueKind kind, string value, string nameExpression)
    {
        if (numbers.Minimum is { } minimum)
        {
            w.Line("if (" + Compare(kind, value, numbers.MinimumExclusive ? " <= " : " < ", minimum) + ") throw " + Errors + ".BelowMinimum(" + nameExpression + ", " + CSharpLiteral.String(minimum) + ", " + Bool(numbers.MinimumExclusive) + ");");
        }

        if (numbers.Maximum is { } maximum)
        {
            w.Line("if (" + Compare(kind, value, numbers.MaximumExclusive ? " >= " : " > ", maximum) + ") throw " + Errors + ".AboveMaximum(" + nameExpression + ", " + CSharpLiteral.String(maximum) + ", " + Bool(numbers.MaximumExclusive) + ");");
        }

        if (numbers.MultipleOf is { } factor)
        {
            w.Line("if (!" + Rules + ".IsMultipleOf(" + value + ", " + factor + "m)) throw " + Errors + ".NotMultipleOf(" + nameExpression + ", " + CSharpLiteral.String(factor) + ");");
        }
    }

    // A bound is compared in the value's own type when it is exactly a literal of that type (float and double round
    // the bound as they round a value written as the bound); otherwise an integer is compared as a decimal, exactly,
    // and without the compiler's "comparison is always false" warning for a bound outside int's range.
    private static string Compare(ValueKind kind, string value, string op, string bound)
    {
        switch (kind)
        {
            // Written as "not within", so that NaN, which every comparison calls false, breaks the bound too.
            case ValueKind.Single:
                return "!(" + value + Within(op) + bound + "f)";
            case ValueKind.Double:
                return "!(" + value + Within(op) + bound + "d)";
            case ValueKind.Decimal:
                return value + op + bound + "m";
            default:
                bool fits = long.TryParse(bound, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer)
                    && (kind == ValueKind.Int64 || (integer >= int.MinValue && integer <= int.MaxValue));
                return fits ? value + op + bound : "(decimal)" + value + op + bound + "m";
        }
    }

    // The comparison a value within the bound passes: the negation of the one that breaks it.
    private static string Within(string breaks) => breaks switch
    {
        " < " => " >= ",
        " <= " => " > ",
        " > " => " <= ",
        _ => " < ",
    };

    private static void EmitItemChecks(SourceWriter w, ArrayRulesSpec items, string value, string nameExpression)
    {
        if (items.MinItems is { } min)
        {
            w.Line("if (" + value + ".Count < " + Number(min) + ") throw " + Errors + ".TooFewItems(" + nameExpression + ", " + Number(min) + ");");
        }

        if (items.MaxItems is { } max)
        {
            w.Line("if (" + value + ".Count > " + Number(max) + ") throw " + Errors + ".TooManyItems(" + nameExpression + ", " + Number(max) + ");");
        }

        if (items.UniqueItems)
        {
            w.Line("if (" + Rules + ".HasDuplicates(" + value + ")) throw " + Errors + ".DuplicateItems(" + nameExpression + ");");
        }
    }

    // Each item (or map value) against its schema's rules, reported as name[i] (name['key']); a null one is left to the
    // serializer, as without rules.
    private void EmitEachItem(SourceWriter w, ValidationSpec each, TypeRefSpec collection, string value, string nameExpression, LocalNames locals)
    {
        // All three claimed at every level, so a nested loop's names (i2, item2, entry2) do not depend on the outer kind.
        string index = locals.Claim("i"), item = locals.Claim("item"), entry = locals.Claim("entry");
        TypeRefSpec element = collection.Element!;
        string itemName;
        if (collection.Kind == ValueKind.Map)
        {
            w.OpenBlock("foreach (var " + entry + " in " + value + ")");
            w.Line("var " + item + " = " + entry + ".Value;");
            itemName = Errors + ".EntryName(" + nameExpression + ", " + entry + ".Key)";
        }
        else
        {
            w.OpenBlock("for (int " + index + " = 0; " + index + " < " + value + ".Count; " + index + "++)");
            w.Line("var " + item + " = " + value + "[" + index + "];");
            itemName = ItemName(nameExpression, index);
        }

        if (!element.IsValueType)
        {
            w.Line("if (" + item + " is null) continue;");
        }

        EmitChecks(w, each, element, item, itemName, locals);
        w.CloseBlock();
    }

    /// <summary>The name an item is reported under: <c>name[3]</c>, built only when a check fails.</summary>
    public static string ItemName(string nameExpression, string index) =>
        nameExpression + " + \"[\" + " + index + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"";

    private static string Bool(bool value) => value ? "true" : "false";

    private void EmitStringChecks(SourceWriter w, ValidationSpec validation, string value, string nameExpression)
    {
        if (validation.Alternatives.Count == 1 && validation.AllowedLiterals.Count == 0)
        {
            StringConstraintSpec only = validation.Alternatives[0];
            if (only.MinLength is { } min)
            {
                w.Line("if (" + Length + ".IsShorterThan(" + value + ", " + Number(min) + ")) throw " + Errors + ".TooShort(" + nameExpression + ", " + Number(min) + ");");
            }

            if (only.MaxLength is { } max)
            {
                w.Line("if (" + Length + ".IsLongerThan(" + value + ", " + Number(max) + ")) throw " + Errors + ".TooLong(" + nameExpression + ", " + Number(max) + ");");
            }

            if (only.IsUuid)
            {
                w.Line("if (!" + Errors + ".IsUuid(" + value + ")) throw " + Errors + ".NotUuid(" + nameExpression + ", " + value + ");");
            }

            if (only.Pattern is { } pattern)
            {
                w.Line("if (!" + PatternCall(pattern, value, nameExpression) + ") throw " + Errors + ".PatternMismatch(" + nameExpression + ", " + value + ", " + CSharpLiteral.String(pattern) + ");");
            }

            return;
        }

        var accepted = validation.AllowedLiterals.Select(l => value + " == " + CSharpLiteral.String(l))
            .Concat(validation.Alternatives.Select(a => "(" + Condition(a, value, nameExpression) + ")"));
        var described = validation.Alternatives.Select(Describe)
            .Concat(validation.AllowedLiterals.Select(l => "'" + l + "'"));
        w.Line("if (!(" + string.Join(" || ", accepted) + "))");
        w.Line("    throw " + Errors + ".NotAllowedValue(" + nameExpression + ", " + value + ", " + CSharpLiteral.String(string.Join(" or ", described)) + ");");
    }

    private string Condition(StringConstraintSpec constraint, string value, string nameExpression)
    {
        var parts = new List<string>();
        if (constraint.MinLength is { } min)
        {
            parts.Add("!" + Length + ".IsShorterThan(" + value + ", " + Number(min) + ")");
        }

        if (constraint.MaxLength is { } max)
        {
            parts.Add("!" + Length + ".IsLongerThan(" + value + ", " + Number(max) + ")");
        }

        if (constraint.IsUuid)
        {
            parts.Add(Errors + ".IsUuid(" + value + ")");
        }

        if (constraint.Pattern is { } pattern)
        {
            parts.Add(PatternCall(pattern, value, nameExpression));
        }

        return parts.Count == 0 ? "true" : string.Join(" && ", parts);
    }

    private static string Describe(StringConstraintSpec constraint)
    {
        var parts = new List<string>();
        if (constraint.Pattern is { } pattern)
        {
            parts.Add("a value matching '" + pattern + "'");
        }
        else if (constraint.IsUuid)
        {
            parts.Add("a UUID");
        }
        else
        {
            parts.Add("a value");
        }

        if (constraint.MinLength is { } min && constraint.MaxLength is { } max)
        {
            parts.Add(min == max ? "of " + Number(min) + " characters" : "of " + Number(min) + " to " + Number(max) + " characters");
        }
        else if (constraint.MinLength is { } onlyMin)
        {
            parts.Add("of at least " + Number(onlyMin) + " characters");
        }
        else if (constraint.MaxLength is { } onlyMax)
        {
            parts.Add("of at most " + Number(onlyMax) + " characters");
        }

        return string.Join(" ", parts);
    }

    /// <summary>The validation class: compiled patterns and one validator per request model.</summary>
    public string EmitClass(DocumentSpec document) => SourceFile.Write(document, w =>
    {
        w.Summary("Checks drawn from the API description, run before a request is sent.");
        w.Line(SourceFile.GeneratedCodeAttribute);
        w.OpenBlock("internal static partial class " + _plan.ClassName);
        foreach (PatternMethod method in _plan.PatternMethods)
        {
            EmitPatternMethod(w, method);
            w.Line();
        }

        foreach (ParameterCheck check in _plan.ParameterChecks)
        {
            EmitParameterCheck(w, check);
            w.Line();
        }

        var models = document.Models.ToDictionary(m => m.Name);
        bool firstValidator = true;
        foreach (ModelSpec model in document.Models.Where(m => m.Names.Validator is not null))
        {
            if (!firstValidator)
            {
                w.Line();
            }

            firstValidator = false;
            if (model.Union is { } union)
            {
                UnionEmitter.EmitValidator(w, model, union, models, this);
                continue;
            }

            // A base's subtypes (ModelSpec.Subtypes) are dispatched to at the top of its own checks, below.
            if (model.Discriminator is not null)
            {
                PolymorphicDispatchEmitter.EmitValidator(w, model, models);
                continue;
            }

            EmitModelValidator(w, model, models);
        }

        w.CloseBlock();
    });

    private static void EmitPatternMethod(SourceWriter w, PatternMethod method)
    {
        if (method.Direct is { } direct)
        {
            w.Line("// " + CSharpLiteral.String(method.Pattern) + ", checked character by character.");
            w.Line("internal static bool " + method.MethodName + "(string value) =>");
            w.Line("    " + direct.Condition.Replace("\n", "\n        ") + ";");
            return;
        }

        string field = method.RegexFieldName;
        string dotNet = EcmaPattern.ToDotNet(method.Pattern);
        if (dotNet != method.Pattern)
        {
            w.Line("// " + CSharpLiteral.String(method.Pattern) + ": '$' is the end of the value, as in the API description's ECMA-262 dialect.");
        }

        w.Line("private static readonly global::System.Text.RegularExpressions.Regex " + field + " = new global::System.Text.RegularExpressions.Regex(");
        w.Line("    " + CSharpLiteral.String(dotNet) + ",");
        w.Line("    global::System.Text.RegularExpressions.RegexOptions.CultureInvariant,");
        w.Line("    global::System.TimeSpan.FromSeconds(1));");
        w.Line();
        w.Line("internal static bool " + method.MethodName + "(string value, string name) => global::SdkGen.Runtime.Internal.PatternMatch.IsMatch(" + field + ", value, name);");
    }

    private void EmitParameterCheck(SourceWriter w, ParameterCheck check)
    {
        ParameterRule rule = check.Rule;
        w.OpenBlock("internal static void " + check.MethodName + "(" + TypeNames.Of(rule.Type) + " value, string name)");
        if (rule.PathSegment)
        {
            w.Line(Rules + ".RequirePathSegment(value, name);");
        }
        else if (rule.RequiresValue)
        {
            w.Line("if (value is null) throw " + Errors + ".Required(name);");
        }

        EmitChecks(w, rule.Rules, rule.Type, "value", "name", new LocalNames("value", "name"));
        w.CloseBlock();
    }

    private void EmitModelValidator(SourceWriter w, ModelSpec model, IReadOnlyDictionary<string, ModelSpec> models)
    {
        w.OpenBlock("internal static void " + model.Names.Validator + "(" + model.Name + " value, string name)");

        // A subtype passed where this model is declared is checked by its own rules (which cover the inherited ones).
        PolymorphicDispatchEmitter.EmitSubtypeDispatch(w, model, models, names => names.Validator, "subtype, name");
        foreach (PropertySpec property in model.Properties)
        {
            string member = "value." + (property.WireValuePropertyName ?? property.Name);
            string name = "name + " + CSharpLiteral.String("." + property.Name);
            bool isReference = !property.Type.IsValueType || property.WireValuePropertyName is not null;

            // Each property's checks are one statement: its locals need only avoid the parameters and each other.
            var locals = new LocalNames("value", "name");
            if (property.IsRequired && !property.IsNullable && isReference)
            {
                w.Line("if (" + member + " is null) throw " + Errors + ".Required(" + name + ");");
            }

            if (property.Validation?.ApplicableTo(property.Type) is { } validation)
            {
                if (property.Type.IsValueType && !property.IsOptionalInCSharp)
                {
                    EmitChecks(w, validation, property.Type, "value." + property.Name, name, locals);
                }
                else
                {
                    string local = locals.Claim("v" + property.Name);
                    w.OpenBlock("if (value." + property.Name + " is " + TypeNames.Of(property.Type) + " " + local + ")");
                    EmitChecks(w, validation, property.Type, local, name, locals);
                    w.CloseBlock();
                }
            }

            // The models it holds are checked too, beside the property's own rules (a list's maxItems does not replace them).
            if (property.Type.Kind == ValueKind.Model && models.TryGetValue(property.Type.Name!, out ModelSpec? nested) && nested.Names.Validator is { } validator)
            {
                string local = locals.Claim("n" + property.Name);
                w.Line("if (value." + property.Name + " is " + property.Type.Name + " " + local + ") " + validator + "(" + local + ", " + name + ");");
            }
            else if (property.Type is { Kind: ValueKind.Array, Element: { Kind: ValueKind.Model } element } && models.TryGetValue(element.Name!, out ModelSpec? itemModel) && itemModel.Names.Validator is { } itemValidator)
            {
                // Every model in a list is checked as a lone one would be, under name[i].
                string local = locals.Claim("n" + property.Name), i = locals.Claim("i"), item = locals.Claim("item");
                w.OpenBlock("if (value." + property.Name + " is " + TypeNames.Of(property.Type) + " " + local + ")");
                w.OpenBlock("for (int " + i + " = 0; " + i + " < " + local + ".Count; " + i + "++)");
                w.Line("if (" + local + "[" + i + "] is " + element.Name + " " + item + ") " + itemValidator + "(" + item + ", " + ItemName(name, i) + ");");
                w.CloseBlock();
                w.CloseBlock();
            }
            else if (property.Type is { Kind: ValueKind.Map, Element: { Kind: ValueKind.Model } value } && models.TryGetValue(value.Name!, out ModelSpec? valueModel) && valueModel.Names.Validator is { } valueValidator)
            {
                // Every model in a map is checked as a lone one would be, under name['key'].
                string local = locals.Claim("n" + property.Name), entry = locals.Claim("entry"), item = locals.Claim("item");
                w.OpenBlock("if (value." + property.Name + " is " + TypeNames.Of(property.Type) + " " + local + ")");
                w.OpenBlock("foreach (var " + entry + " in " + local + ")");
                w.Line("if (" + entry + ".Value is " + value.Name + " " + item + ") " + valueValidator + "(" + item + ", " + Errors + ".EntryName(" + name + ", " + entry + ".Key));");
                w.CloseBlock();
                w.CloseBlock();
            }
        }

        if (model.AdditionalProperties is { } additional && model.AdditionalPropertiesValidation?.ApplicableTo(additional) is { } each)
        {
            // The properties the schema does not name, each against the additionalProperties rules: name['key'].
            EmitEachItem(w, each, new TypeRefSpec(ValueKind.Map, Element: additional), "value.AdditionalProperties", "name", new LocalNames("value", "name"));
        }

        w.CloseBlock();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
