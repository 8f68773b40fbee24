using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SdkGen.Generator.Tests.Robustness;

// Walking the tree: slots (a place in the tree with its JSON pointer), the pointers that name schemas,
// operations and parameters, and the small helpers every mutation family shares.
internal static partial class SpecMutator
{
    /// <summary>A place in the tree: a property of an object or an element of an array.</summary>
    private sealed record Slot(JsonNode Container, string? Key, int Index, string Pointer)
    {
        public JsonNode? Value => Container is JsonObject obj ? obj[Key!] : ((JsonArray)Container)[Index];

        public string? ContainerKey => Pointer.Length == 0 ? null : ParentToken(Pointer);

        public void Set(JsonNode? value)
        {
            if (Container is JsonObject obj)
            {
                obj[Key!] = value;
            }
            else
            {
                ((JsonArray)Container)[Index] = value;
            }
        }

        public void Remove()
        {
            if (Container is JsonObject obj)
            {
                obj.Remove(Key!);
            }
            else
            {
                ((JsonArray)Container).RemoveAt(Index);
            }
        }

        private static string? ParentToken(string pointer)
        {
            int last = pointer.LastIndexOf('/');
            if (last <= 0)
            {
                return null;
            }

            int before = pointer.LastIndexOf('/', last - 1);
            return Unescape(pointer.Substring(before + 1, last - before - 1));
        }
    }

    private static List<Slot> Slots(JsonNode root)
    {
        var slots = new List<Slot>();
        var stack = new Stack<(JsonNode Node, string Pointer)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            (JsonNode node, string pointer) = stack.Pop();
            if (node is JsonObject obj)
            {
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    string child = pointer + "/" + Escape(property.Key);
                    slots.Add(new Slot(obj, property.Key, -1, child));
                    if (property.Value is JsonObject or JsonArray)
                    {
                        stack.Push((property.Value, child));
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    string child = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
                    slots.Add(new Slot(array, null, i, child));
                    if (array[i] is JsonObject or JsonArray)
                    {
                        stack.Push((array[i]!, child));
                    }
                }
            }
        }

        return slots;
    }

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

    private static string Unescape(string token) => token.Replace("~1", "/").Replace("~0", "~");

    [GeneratedRegex(@"(^/components/schemas/[^/]+$|/properties/[^/]+$|/(allOf|anyOf|oneOf)/\d+$|/(schema|items|additionalProperties|not)$)")]
    private static partial Regex SchemaPointer();

    [GeneratedRegex(@"^/paths/[^/]+/(get|put|post|delete|patch|options|head|trace)$")]
    private static partial Regex OperationPointer();

    [GeneratedRegex(@"/parameters/\d+$|^/components/parameters/[^/]+$")]
    private static partial Regex ParameterPointer();

    private static List<Slot> SchemaSlots(JsonNode root) =>
        Slots(root).Where(s => s.Value is JsonObject && SchemaPointer().IsMatch(s.Pointer) && !s.Pointer.Contains("/examples/", StringComparison.Ordinal)).ToList();

    private static List<Slot> OperationSlots(JsonNode root) =>
        Slots(root).Where(s => s.Value is JsonObject && OperationPointer().IsMatch(s.Pointer)).ToList();

    private static List<Slot> ParameterSlots(JsonNode root) =>
        Slots(root).Where(s => s.Value is JsonObject && ParameterPointer().IsMatch(s.Pointer)).ToList();

    private static T? PickOrDefault<T>(IReadOnlyList<T> items, Random random) where T : class =>
        items.Count == 0 ? null : items[random.Next(items.Count)];

    private static JsonObject Components(JsonNode root, string section)
    {
        var obj = (JsonObject)root;
        if (obj["components"] is not JsonObject components)
        {
            obj["components"] = components = new JsonObject();
        }

        if (components[section] is not JsonObject result)
        {
            components[section] = result = new JsonObject();
        }

        return result;
    }

    private static JsonObject Paths(JsonNode root)
    {
        var obj = (JsonObject)root;
        if (obj["paths"] is not JsonObject paths)
        {
            obj["paths"] = paths = new JsonObject();
        }

        return paths;
    }

    private static string SchemaRef(string name) => "#/components/schemas/" + Escape(name);

    private static JsonObject Ref(string name) => new() { ["$ref"] = SchemaRef(name) };

    private static string Show(string? text) => HostileInputs.Show(text, 60);

    // The component schema a pointer sits in, if any.
    private static string SelfComponent(string? pointer)
    {
        const string Prefix = "/components/schemas/";
        if (pointer is null || !pointer.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return "";
        }

        string rest = pointer[Prefix.Length..];
        int slash = rest.IndexOf('/');
        return Unescape(slash < 0 ? rest : rest[..slash]);
    }
}
