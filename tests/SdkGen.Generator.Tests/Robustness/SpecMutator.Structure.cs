using System.Globalization;
using System.Text.Json.Nodes;

namespace SdkGen.Generator.Tests.Robustness;

// Structural mutations: delete, duplicate or retype any node, and the random values a retype puts in its place.
internal static partial class SpecMutator
{
    private static string? DeleteNode(JsonNode root, Random random)
    {
        List<Slot> slots = Slots(root);
        Slot? slot = PickOrDefault(slots, random);
        if (slot is null)
        {
            return null;
        }

        slot.Remove();
        return "deleted " + slot.Pointer;
    }

    private static string? DuplicateNode(JsonNode root, Random random)
    {
        List<Slot> slots = Slots(root);
        Slot? source = PickOrDefault(slots, random);
        if (source is null)
        {
            return null;
        }

        JsonNode? copy = source.Value?.DeepClone();
        if (random.Next(2) == 0)
        {
            // Transplant: the copy replaces another node anywhere in the document.
            Slot target = slots[random.Next(slots.Count)];
            if (target.Pointer.StartsWith(source.Pointer, StringComparison.Ordinal) || source.Pointer.StartsWith(target.Pointer, StringComparison.Ordinal))
            {
                return null;
            }

            target.Set(copy);
            return "copied " + source.Pointer + " over " + target.Pointer;
        }

        if (source.Container is JsonObject obj)
        {
            string key = random.Next(3) == 0 ? HostileInputs.Pick(random) : source.Key + random.Next(2, 4).ToString(CultureInfo.InvariantCulture);
            if (obj.ContainsKey(key))
            {
                return null;
            }

            obj[key] = copy;
            return "duplicated " + source.Pointer + " as sibling " + Show(key);
        }

        var array = (JsonArray)source.Container;
        array.Insert(random.Next(array.Count + 1), copy);
        return "duplicated array element " + source.Pointer;
    }

    private static string? RetypeNode(JsonNode root, Random random)
    {
        List<Slot> slots = Slots(root);
        Slot? slot = PickOrDefault(slots, random);
        if (slot is null)
        {
            return null;
        }

        JsonNode? original = slot.Value;
        (JsonNode? value, string what) = RandomValue(random, original);
        slot.Set(value);
        return "retyped " + slot.Pointer + " from " + Kind(original) + " to " + what;
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind().ToString().ToLowerInvariant(),
    };

    private static readonly string[] s_extremeNumbers =
    [
        "0", "-1", "1.5", "-0", "1e308", "1e400", "-1e400", "2147483648", "-2147483649", "9223372036854775808", "123456789012345678901234567890",
        "0.0000000000000000000001", "1E+2", "4294967296",
    ];

    private static (JsonNode? Value, string What) RandomValue(Random random, JsonNode? original)
    {
        switch (random.Next(13))
        {
            case 0: return (new JsonObject(), "{}");
            case 1: return (new JsonArray(), "[]");
            case 2: return (JsonValue.Create(""), "\"\"");
            case 3:
                string hostile = HostileInputs.Pick(random);
                return (JsonValue.Create(hostile), "string " + Show(hostile));
            case 4:
            case 5:
                string number = s_extremeNumbers[random.Next(s_extremeNumbers.Length)];
                return (JsonNode.Parse(number), "number " + number);
            case 6: return (JsonValue.Create(random.Next(2) == 0), "boolean");
            case 7: return (null, "null");
            case 8: return (new JsonArray(original?.DeepClone()), "[itself]");
            case 9: return (new JsonObject { ["x"] = original?.DeepClone() }, "{x: itself}");
            case 10: return (JsonValue.Create(original?.ToJsonString() ?? "null"), "its JSON text as a string");
            case 11 when original is JsonObject obj:
                return (new JsonArray(obj.Select(p => p.Value?.DeepClone()).ToArray()), "array of its values");
            case 12 when original is JsonArray arr:
                var asObject = new JsonObject();
                for (int i = 0; i < arr.Count; i++)
                {
                    asObject[i.ToString(CultureInfo.InvariantCulture)] = arr[i]?.DeepClone();
                }

                return (asObject, "object keyed by index");
            default:
                return (JsonValue.Create("text"), "\"text\"");
        }
    }
}
