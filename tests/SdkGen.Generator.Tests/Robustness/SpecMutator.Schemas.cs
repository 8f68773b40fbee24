using System.Globalization;
using System.Text.Json.Nodes;

namespace SdkGen.Generator.Tests.Robustness;

// Schema mutations: deep nesting, hostile enums, wrong types and formats, and schemas with many properties.
internal static partial class SpecMutator
{
    private static readonly string[] s_nestingStyles = ["properties", "items", "allOf", "allOf+properties", "additionalProperties", "anyOf+null", "oneOf", "mixed"];

    private static readonly int[] s_depths = [8, 32, 63, 64, 65, 100, 127, 130, 300];

    private static string? NestDeeply(JsonNode root, Random random)
    {
        string style = s_nestingStyles[random.Next(s_nestingStyles.Length)];
        int depth = s_depths[random.Next(s_depths.Length)];
        JsonNode deep = Deep(style, depth, random);
        JsonObject schemas = Components(root, "schemas");
        schemas["FuzzDeep"] = deep;
        string used = "";
        Slot? user = PickOrDefault(SchemaSlots(root).Where(s => !s.Pointer.StartsWith("/components/schemas/FuzzDeep", StringComparison.Ordinal)).ToList(), random);
        if (user is not null && random.Next(2) == 0)
        {
            user.Set(random.Next(2) == 0 ? Ref("FuzzDeep") : deep.DeepClone());
            used = ", used at " + user.Pointer;
        }

        return "added a schema nested " + depth + " levels deep by " + style + used;
    }

    private static JsonNode Deep(string style, int depth, Random random)
    {
        JsonNode inner = new JsonObject { ["type"] = "string" };
        for (int level = depth; level > 0; level--)
        {
            string step = style == "mixed" ? s_nestingStyles[random.Next(s_nestingStyles.Length - 1)] : style;
            inner = step switch
            {
                "properties" => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["p" + level.ToString(CultureInfo.InvariantCulture)] = inner } },
                "items" => new JsonObject { ["type"] = "array", ["items"] = inner },
                "allOf" => new JsonObject { ["allOf"] = new JsonArray(inner) },
                "allOf+properties" => new JsonObject { ["allOf"] = new JsonArray(inner, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["x" + level.ToString(CultureInfo.InvariantCulture)] = new JsonObject { ["type"] = "integer" } } }) },
                "additionalProperties" => new JsonObject { ["type"] = "object", ["additionalProperties"] = inner },
                "anyOf+null" => new JsonObject { ["anyOf"] = new JsonArray(inner, new JsonObject { ["type"] = "null" }) },
                _ => new JsonObject { ["oneOf"] = new JsonArray(inner) },
            };
        }

        return inner;
    }

    private static string? ChaosEnum(JsonNode root, Random random)
    {
        Slot? slot = PickOrDefault(SchemaSlots(root), random);
        if (slot is null)
        {
            return null;
        }

        JsonArray values;
        string what;
        switch (random.Next(12))
        {
            case 0:
            case 1:
                // Compile time of the generated code grows faster than linearly with the enum (5,000 values take
                // ~25 s of CPU to compile, 1,000 ~2 s), so the fuzzer stays at sizes real specs have; the 1,000-value
                // enum is HostileInputTests' job.
                int count = random.Next(2) == 0 ? 200 : 500;
                values = new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode?)JsonValue.Create("value_" + i.ToString(CultureInfo.InvariantCulture))).ToArray());
                what = "a huge enum (" + count + " values)";
                break;
            case 2:
                values = new JsonArray(Enumerable.Range(0, 300).Select(i => (JsonNode?)JsonValue.Create(i % 3 == 0 ? "a-" + i : i % 3 == 1 ? "a_" + (i - 1) : "A " + (i - 2))).ToArray());
                what = "a huge enum whose values collide after PascalCasing";
                break;
            case 3:
                values = new JsonArray(1, 2, 3, -1, 0, 2147483648L);
                what = "a numeric enum";
                break;
            case 4:
                values = new JsonArray(1, "a", null, true, new JsonObject(), new JsonArray(), 1.5);
                what = "an enum of mixed kinds";
                break;
            case 5:
                values = new JsonArray();
                what = "an empty enum";
                break;
            case 6:
                values = new JsonArray((JsonNode?)null);
                what = "an enum of only null";
                break;
            case 7:
                values = new JsonArray("", " ", "-", "_", "__", "0", "1", "01");
                what = "an enum of empty and symbol values";
                break;
            case 8:
                values = new JsonArray("Unknown", "unknown", "UNKNOWN", "Unrecognized", "unrecognized", "Unrecognized2", "Unrecognized3");
                what = "an enum that owns Unknown and Unrecognized*";
                break;
            case 9:
                values = new JsonArray("a", "a", "b", "b", "a");
                what = "an enum with duplicates";
                break;
            case 10:
                values = new JsonArray(HostileInputs.Strings.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
                what = "an enum of every hostile string";
                break;
            default:
                values = new JsonArray(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (JsonNode?)JsonValue.Create(HostileInputs.Pick(random))).ToArray());
                what = "an enum of random hostile strings";
                break;
        }

        string[] types = ["string", "integer", "number", "boolean", "array", "object", ""];
        string type = types[random.Next(types.Length)];
        var schema = new JsonObject { ["enum"] = values };
        if (type.Length > 0)
        {
            schema["type"] = type;
        }

        if (random.Next(3) == 0)
        {
            schema["nullable"] = true;
        }

        if (random.Next(3) == 0)
        {
            schema["x-enum-descriptions"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(HostileInputs.Pick(random))).ToArray());
        }

        slot.Set(schema);
        return "replaced " + slot.Pointer + " with " + what + (type.Length > 0 ? " of type " + type : " without a type");
    }

    private static readonly string[] s_types = ["string", "integer", "number", "boolean", "array", "object", "null", "file", "any", "String", ""];

    private static readonly string[] s_formats = ["int32", "int64", "float", "double", "decimal", "date-time", "date", "time", "duration", "uuid", "uri", "binary", "byte", "email", "password", "", "int8", "uint64"];

    private static string? ChaosTypes(JsonNode root, Random random)
    {
        Slot? slot = PickOrDefault(SchemaSlots(root), random);
        if (slot?.Value is not JsonObject schema)
        {
            return null;
        }

        switch (random.Next(8))
        {
            case 0:
                string type = s_types[random.Next(s_types.Length)];
                schema["type"] = type;
                return "set " + slot.Pointer + "/type to " + Show(type);
            case 1:
                var types = new JsonArray(s_types.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
                schema["type"] = types;
                return "set " + slot.Pointer + "/type to " + types.ToJsonString();
            case 2:
                string format = s_formats[random.Next(s_formats.Length)];
                schema["format"] = format;
                return "set " + slot.Pointer + "/format to " + Show(format);
            case 3:
                schema["nullable"] = random.Next(3) switch { 0 => true, 1 => false, _ => "yes" };
                return "set " + slot.Pointer + "/nullable";
            case 4:
                string[] numeric = ["minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "multipleOf", "exclusiveMinimum", "exclusiveMaximum", "minProperties"];
                string keyword = numeric[random.Next(numeric.Length)];
                string number = s_extremeNumbers[random.Next(s_extremeNumbers.Length)];
                schema[keyword] = JsonNode.Parse(number);
                return "set " + slot.Pointer + "/" + keyword + " to " + number;
            case 5:
                (JsonNode? value, string what) = RandomValue(random, null);
                string field = random.Next(3) switch { 0 => "default", 1 => "const", _ => "example" };
                schema[field] = value;
                return "set " + slot.Pointer + "/" + field + " to " + what;
            case 6:
                schema["readOnly"] = true;
                schema["writeOnly"] = true;
                schema["deprecated"] = random.Next(2) == 0 ? true : "soon";
                return "made " + slot.Pointer + " readOnly, writeOnly and deprecated";
            default:
                schema["required"] = random.Next(3) switch
                {
                    0 => new JsonArray("does-not-exist", ""),
                    1 => JsonValue.Create(true),
                    _ => new JsonArray(schema["properties"] is JsonObject p ? p.Select(x => (JsonNode?)JsonValue.Create(x.Key)).ToArray() : []),
                };
                return "set " + slot.Pointer + "/required";
        }
    }

    private static string? AddManyProperties(JsonNode root, Random random)
    {
        var properties = new JsonObject();
        int count = random.Next(2) == 0 ? 200 : 500;
        for (int i = 0; i < count; i++)
        {
            properties["p" + i.ToString(CultureInfo.InvariantCulture)] = new JsonObject { ["type"] = s_types[random.Next(6)] };
        }

        Components(root, "schemas")["Wide"] = new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = new JsonArray("p0", "p1") };
        return "added a schema with " + count + " properties";
    }
}
