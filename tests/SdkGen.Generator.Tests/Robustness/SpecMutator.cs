using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Tests.Infrastructure;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// Builds mutated specs from the test specs and the vendor specs: structural mutations on the JSON tree
/// (delete, duplicate, retype, broken and cyclic <c>$ref</c>s, hostile names, deep nesting, huge enums…), then
/// serialisation as YAML or JSON, then sometimes a mutation of the text itself (truncation, unbalanced
/// brackets, tabs, alias bombs…).
/// </summary>
internal static partial class SpecMutator
{
    private static readonly Lazy<IReadOnlyList<SeedSpec>> s_seeds = new(LoadSeeds);

    private static readonly string[] s_httpMethods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

    private static readonly (int Weight, Func<JsonNode, Random, string?> Apply)[] s_treeMutations =
    [
        (10, DeleteNode),
        (6, DuplicateNode),
        (10, RetypeNode),
        (8, BreakReference),
        (5, CycleReferences),
        (22, InjectHostileString),
        (3, NestDeeply),
        (6, ChaosEnum),
        (7, CollideNames),
        (6, ChaosTypes),
        (2, AddManyOperations),
        (1, AddManyProperties),
        (2, ChaosVersion),
        (5, ChaosParameters),
        (3, ChaosBody),
        (3, ChaosResponses),
        (2, ChaosServers),
        (2, ChaosExtensions),
    ];

    private static readonly int s_totalWeight = s_treeMutations.Sum(m => m.Weight);

    public static IReadOnlyList<SeedSpec> Seeds => s_seeds.Value;

    /// <summary>The case <paramref name="index"/> of the run seeded with <paramref name="seed"/>.</summary>
    public static FuzzCase Create(int seed, int index)
    {
        var random = new Random(Mix(seed, index));
        SeedSpec source = Seeds[random.Next(Seeds.Count)];
        var mutations = new List<string>();
        JsonNode tree = source.Tree.DeepClone();

        int count = random.Next(4) == 0 ? random.Next(2, 5) : 1;
        for (int i = 0; i < count; i++)
        {
            for (int attempt = 0; attempt < 8; attempt++)
            {
                Func<JsonNode, Random, string?> mutation = PickMutation(random);
                string? applied = mutation(tree, random);
                if (applied is not null)
                {
                    mutations.Add(applied);
                    break;
                }
            }
        }

        string text;
        string extension;
        int format = random.Next(10);
        if (format < 5)
        {
            text = SpecWriter.ToYaml(tree);
            extension = random.Next(8) == 0 ? ".yml" : ".yaml";
            mutations.Add("written as block YAML");
        }
        else if (format < 8)
        {
            text = SpecWriter.ToJson(tree);
            extension = ".json";
            mutations.Add("written as JSON");
        }
        else if (format == 8)
        {
            text = SpecWriter.ToJson(tree);
            extension = ".yaml";
            mutations.Add("written as JSON into a .yaml file");
        }
        else
        {
            text = SpecWriter.ToJson(tree, escapeNonAscii: true);
            extension = ".json";
            mutations.Add("written as JSON with \\u escapes");
        }

        if (random.Next(5) == 0)
        {
            text = MutateText(text, extension != ".json" && format < 5, random, mutations);
        }

        string path = "/fuzz/m" + index.ToString(CultureInfo.InvariantCulture) + "/" + source.BaseName + extension;
        return new FuzzCase(seed, index, source.Name, mutations.Select(m => HostileInputs.Printable(m.Length > 400 ? m[..400] + "…" : m)).ToList(), new SpecFile(path, text, FuzzCase.NamespaceFor(index), FuzzCase.ClientName));
    }

    private static Func<JsonNode, Random, string?> PickMutation(Random random)
    {
        int roll = random.Next(s_totalWeight);
        foreach ((int weight, Func<JsonNode, Random, string?> apply) in s_treeMutations)
        {
            if (roll < weight)
            {
                return apply;
            }

            roll -= weight;
        }

        return s_treeMutations[0].Apply;
    }

    /// <summary>A well-spread 31-bit seed for <see cref="Random"/> from the run seed and the case index.</summary>
    private static int Mix(int seed, int index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) + (uint)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    // ---------------------------------------------------------------- seeds

    internal sealed record SeedSpec(string Name, string BaseName, JsonNode Tree);

    private static IReadOnlyList<SeedSpec> LoadSeeds()
    {
        var seeds = new List<SeedSpec>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs")).Order(StringComparer.Ordinal))
        {
            Add("test:" + Path.GetFileName(file), file);
        }

        foreach (string file in Directory.EnumerateFiles(Path.Combine(SpecFile.RepositoryRoot, "specs")).Order(StringComparer.Ordinal))
        {
            Add("repo:" + Path.GetFileName(file), file);
        }

        return seeds;

        void Add(string name, string file)
        {
            if (!SpecFileSelector.HasSpecExtension(file))
            {
                return;
            }

            SpecTextReadResult read = SpecTextReader.Read(file, File.ReadAllText(file), CancellationToken.None);
            if (read.Root is JsonObject)
            {
                seeds.Add(new SeedSpec(name, Path.GetFileNameWithoutExtension(file), read.Root));
            }
        }
    }

    // ---------------------------------------------------------------- walking the tree

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

    // ---------------------------------------------------------------- structural mutations

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

    private static string? BreakReference(JsonNode root, Random random)
    {
        List<Slot> refs = Slots(root).Where(s => s.Key == "$ref").ToList();
        Slot? slot = PickOrDefault(refs, random);
        string target;
        string component = SelfComponent(slot?.Pointer);
        switch (random.Next(12))
        {
            case 0: target = "#/components/schemas/DoesNotExist"; break;
            case 1: target = "#/components/schemas/" + HostileInputs.Pick(random); break;
            case 2: target = "#/nowhere/at/all"; break;
            case 3: target = "other.yaml#/components/schemas/X"; break;
            case 4: target = "https://example.com/spec.json#/components/schemas/X"; break;
            case 5: target = random.Next(2) == 0 ? "#" : ""; break;
            case 6: target = "#/info"; break;
            case 7: target = "#/paths"; break;
            case 8: target = "#/components/schemas"; break;
            case 9: target = component.Length > 0 ? SchemaRef(component) : "#/components/schemas/"; break;
            case 10: target = "#/components/schemas/%7B%7D"; break;
            default: target = "#/components/parameters/DoesNotExist"; break;
        }

        if (slot is null)
        {
            // No reference yet: put one in place of a schema.
            Slot? schema = PickOrDefault(SchemaSlots(root), random);
            if (schema is null)
            {
                return null;
            }

            schema.Set(new JsonObject { ["$ref"] = target });
            return "replaced schema " + schema.Pointer + " with $ref " + Show(target);
        }

        slot.Set(JsonValue.Create(target));
        return "pointed " + slot.Pointer + " at " + Show(target);
    }

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

    private static string? CycleReferences(JsonNode root, Random random)
    {
        JsonObject schemas = Components(root, "schemas");
        List<string> names = schemas.Select(p => p.Key).ToList();
        string a = names.Count > 0 ? names[random.Next(names.Count)] : "CycleA";
        string b = names.Count > 1 ? names[random.Next(names.Count)] : "CycleB";
        string c = names.Count > 2 ? names[random.Next(names.Count)] : "CycleC";
        switch (random.Next(13))
        {
            case 11:
            case 12:
                return CycleOtherComponents(root, random);
            case 0:
                schemas[a] = Ref(a);
                return "made " + Show(a) + " a $ref to itself";
            case 1:
                schemas[a] = Ref(b);
                schemas[b] = Ref(a);
                return "made " + Show(a) + " and " + Show(b) + " $refs to each other";
            case 2:
                schemas[a] = Ref(b);
                schemas[b] = Ref(c);
                schemas[c] = Ref(a);
                return "made " + Show(a) + " → " + Show(b) + " → " + Show(c) + " a $ref cycle";
            case 3:
                schemas[a] = new JsonObject { ["allOf"] = new JsonArray(Ref(a)) };
                return "made " + Show(a) + " allOf itself";
            case 4:
                schemas[a] = new JsonObject { ["allOf"] = new JsonArray(Ref(b), new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["fromA"] = new JsonObject { ["type"] = "string" } } }) };
                schemas[b] = new JsonObject { ["allOf"] = new JsonArray(Ref(a), new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["fromB"] = new JsonObject { ["type"] = "string" } } }) };
                return "made " + Show(a) + " and " + Show(b) + " allOf each other (with properties)";
            case 5:
                schemas[a] = new JsonObject { ["type"] = "array", ["items"] = Ref(a) };
                return "made " + Show(a) + " an array of itself";
            case 6:
                schemas[a] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref(a) };
                return "made " + Show(a) + " a map of itself";
            case 7:
                schemas[a] = new JsonObject { ["anyOf"] = new JsonArray(Ref(a), new JsonObject { ["type"] = "null" }) };
                return "made " + Show(a) + " anyOf [itself, null]";
            case 8:
                schemas[a] = new JsonObject { ["oneOf"] = new JsonArray(Ref(b)) };
                schemas[b] = new JsonObject { ["oneOf"] = new JsonArray(Ref(a)) };
                return "made " + Show(a) + " and " + Show(b) + " oneOf each other";
            case 9:
                schemas[a] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["self"] = Ref(a), ["list"] = new JsonObject { ["type"] = "array", ["items"] = Ref(a) }, ["other"] = Ref(b) },
                };
                return "gave " + Show(a) + " properties referring to itself and to " + Show(b);
            default:
                Slot? schema = PickOrDefault(SchemaSlots(root), random);
                if (schema is null)
                {
                    return null;
                }

                string owner = SelfComponent(schema.Pointer);
                string name = owner.Length > 0 ? owner : a;
                schema.Set(new JsonObject { ["allOf"] = new JsonArray(Ref(name), Ref(name)) });
                return "replaced " + schema.Pointer + " with allOf [" + Show(name) + ", " + Show(name) + "]";
        }
    }

    private static readonly string[] s_componentSections = ["parameters", "responses", "requestBodies", "securitySchemes", "headers", "examples", "links", "callbacks", "pathItems"];

    /// <summary>A component that is not a schema refers to itself, or two refer to each other, and an operation uses it.</summary>
    private static string? CycleOtherComponents(JsonNode root, Random random)
    {
        string section = s_componentSections[random.Next(s_componentSections.Length)];
        JsonObject components = Components(root, section);
        List<string> names = components.Select(p => p.Key).ToList();
        string a = names.Count > 0 ? names[random.Next(names.Count)] : "CycleA";
        string b = names.Count > 1 && random.Next(2) == 0 ? names[random.Next(names.Count)] : a;
        string Target(string name) => "#/components/" + section + "/" + Escape(name);
        components[a] = new JsonObject { ["$ref"] = Target(b) };
        if (b != a)
        {
            components[b] = new JsonObject { ["$ref"] = Target(a) };
        }

        Slot? operation = PickOrDefault(OperationSlots(root), random);
        if (operation?.Value is JsonObject obj)
        {
            switch (section)
            {
                case "parameters":
                    obj["parameters"] = new JsonArray(new JsonObject { ["$ref"] = Target(a) });
                    break;
                case "responses":
                    obj["responses"] = new JsonObject { ["200"] = new JsonObject { ["$ref"] = Target(a) } };
                    break;
                case "requestBodies":
                    obj["requestBody"] = new JsonObject { ["$ref"] = Target(a) };
                    break;
                case "securitySchemes":
                    obj["security"] = new JsonArray(new JsonObject { [a] = new JsonArray() });
                    break;
                case "headers":
                    obj["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "ok", ["headers"] = new JsonObject { ["X-A"] = new JsonObject { ["$ref"] = Target(a) } } } };
                    break;
            }
        }

        return "made " + section + " " + Show(a) + (b == a ? " a $ref to itself" : " and " + Show(b) + " $refs to each other") + (operation is null ? "" : ", used by " + operation.Pointer);
    }

    private static string? InjectHostileString(JsonNode root, Random random)
    {
        string hostile = HostileInputs.Pick(random);
        List<Slot> slots = Slots(root);
        switch (random.Next(16))
        {
            case 0:
            {
                // A property name.
                List<Slot> properties = slots.Where(s => s.ContainerKey == "properties" && s.Container is JsonObject).ToList();
                return RenameKey(PickOrDefault(properties, random), hostile, "property");
            }

            case 1:
            {
                // A component schema name, with its references following it.
                List<Slot> schemas = slots.Where(s => s.Pointer.StartsWith("/components/schemas/", StringComparison.Ordinal) && s.Pointer.Count(c => c == '/') == 3).ToList();
                Slot? schema = PickOrDefault(schemas, random);
                if (schema is null || ((JsonObject)schema.Container).ContainsKey(hostile))
                {
                    return null;
                }

                string old = schema.Key!;
                bool percentEncode = random.Next(3) == 0;
                string newRef = "#/components/schemas/" + (percentEncode ? Uri.EscapeDataString(Escape(hostile)) : Escape(hostile));
                foreach (Slot reference in slots.Where(s => s.Key == "$ref" && s.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == SchemaRef(old)))
                {
                    reference.Set(JsonValue.Create(newRef));
                }

                RenameKey(schema, hostile, "schema");
                return "renamed schema " + Show(old) + " to " + Show(hostile) + (percentEncode ? " (references percent-encoded)" : "");
            }

            case 2:
                return SetField(PickOrDefault(OperationSlots(root), random), "operationId", hostile);
            case 3:
                return SetField(PickOrDefault(ParameterSlots(root), random), "name", hostile);
            case 4:
                return SetField(PickOrDefault(slots.Where(s => s.Value is JsonObject).ToList(), random), random.Next(3) switch { 0 => "description", 1 => "summary", _ => "title" }, hostile);
            case 5:
            {
                Slot? schema = PickOrDefault(SchemaSlots(root), random);
                if (schema?.Value is not JsonObject obj)
                {
                    return null;
                }

                if (obj["enum"] is JsonArray values)
                {
                    values.Add(hostile);
                }
                else
                {
                    obj["type"] = "string";
                    obj["enum"] = new JsonArray("ok", hostile);
                }

                return "added enum value " + Show(hostile) + " to " + schema.Pointer;
            }

            case 6:
                return SetField(PickOrDefault(SchemaSlots(root), random), "pattern", random.Next(2) == 0 ? hostile : PickPattern(random));
            case 7:
            {
                List<Slot> paths = slots.Where(s => s.Pointer.StartsWith("/paths/", StringComparison.Ordinal) && s.Pointer.Count(c => c == '/') == 2).ToList();
                Slot? path = PickOrDefault(paths, random);
                string newPath = random.Next(3) switch
                {
                    0 => hostile,
                    1 => "/" + hostile,
                    _ => (path?.Key ?? "/x") + "/{" + hostile + "}",
                };
                return RenameKey(path, newPath, "path");
            }

            case 8:
            {
                Slot? operation = PickOrDefault(OperationSlots(root), random);
                if (operation?.Value is not JsonObject obj)
                {
                    return null;
                }

                obj["tags"] = new JsonArray(hostile);
                return "tagged " + operation.Pointer + " " + Show(hostile);
            }

            case 9:
            {
                var doc = (JsonObject)root;
                doc["servers"] = new JsonArray(new JsonObject { ["url"] = random.Next(2) == 0 ? hostile : "https://" + hostile + ".example.com/{" + hostile + "}" });
                return "set the server URL from " + Show(hostile);
            }

            case 10:
            {
                List<Slot> media = slots.Where(s => s.ContainerKey == "content" && s.Container is JsonObject).ToList();
                return RenameKey(PickOrDefault(media, random), hostile, "media type");
            }

            case 11:
            {
                List<Slot> codes = slots.Where(s => s.ContainerKey == "responses" && s.Container is JsonObject).ToList();
                return RenameKey(PickOrDefault(codes, random), hostile, "response code");
            }

            case 12:
                return SetField(PickOrDefault(SchemaSlots(root), random), "format", hostile);
            case 13:
                return SetField(PickOrDefault(SchemaSlots(root), random), random.Next(2) == 0 ? "default" : "example", hostile);
            case 14:
            {
                List<Slot> keys = slots.Where(s => s.Container is JsonObject).ToList();
                return RenameKey(PickOrDefault(keys, random), hostile, "key");
            }

            default:
            {
                List<Slot> strings = slots.Where(s => s.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String && s.Key != "$ref").ToList();
                Slot? slot = PickOrDefault(strings, random);
                if (slot is null)
                {
                    return null;
                }

                slot.Set(JsonValue.Create(hostile));
                return "set " + slot.Pointer + " to " + Show(hostile);
            }
        }
    }

    private static readonly string[] s_patterns =
    [
        "^[a-z$", "(", ")", "[", "\\", "*", "+?", "(?<name", "(?P<x>a)", "\\p{Bogus}", "a{2,1}", "(?i)abc", "^\\d+$", "^[\\w\\-]+$",
        "\\Qabc\\E", "(?<=a)b", "^(a+)+$", "[[:alpha:]]", "\\u{1F600}", "^\"quoted\"$", "^.*\\*/.*$", "^</summary>$", "\\z", "\\Z", "\\G",
        "(?#comment)", "[^\\]]", "\\", "$", "^", "", ".{10000}", "\\k<x>", "(?'x'a)\\k'x'", "(?(1)a|b)", "[a-\\d]",
    ];

    private static string PickPattern(Random random) => s_patterns[random.Next(s_patterns.Length)];

    private static string? RenameKey(Slot? slot, string newKey, string what)
    {
        if (slot?.Container is not JsonObject obj || obj.ContainsKey(newKey))
        {
            return null;
        }

        // Keep the order of the keys: rebuild the object with the new name in place.
        var entries = obj.ToList();
        obj.Clear();
        foreach (KeyValuePair<string, JsonNode?> entry in entries)
        {
            obj[entry.Key == slot.Key ? newKey : entry.Key] = entry.Value;
        }

        return "renamed " + what + " " + slot.Pointer + " to " + Show(newKey);
    }

    private static string? SetField(Slot? slot, string field, string value)
    {
        if (slot?.Value is not JsonObject obj)
        {
            return null;
        }

        obj[field] = value;
        return "set " + slot.Pointer + "/" + field + " to " + Show(value);
    }

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

    private static string? CollideNames(JsonNode root, Random random)
    {
        JsonObject schemas = Components(root, "schemas");
        switch (random.Next(9))
        {
            case 0:
            {
                // A schema named like a type the generated code uses.
                string name = HostileInputs.TypeNames[random.Next(HostileInputs.TypeNames.Length)];
                schemas[name] = random.Next(2) == 0
                    ? new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "string" } } }
                    : new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "b") };
                Slot? user = PickOrDefault(SchemaSlots(root).Where(s => SelfComponent(s.Pointer) != name).ToList(), random);
                user?.Set(Ref(name));
                return "added schema " + Show(name) + (user is null ? "" : " used at " + user.Pointer);
            }

            case 1:
            {
                // A property named like its own type, and one named like the type's enum companion.
                string name = schemas.Select(p => p.Key).FirstOrDefault() ?? "Thing";
                schemas[name] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        [name] = new JsonObject { ["type"] = "string" },
                        [name + "Value"] = new JsonObject { ["type"] = "string" },
                        [name.ToLowerInvariant()] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("x", "y") },
                        [name.ToLowerInvariant() + "_wire_value"] = new JsonObject { ["type"] = "string" },
                        [name.ToLowerInvariant() + "WireValue"] = new JsonObject { ["type"] = "string" },
                    },
                };
                return "gave schema " + Show(name) + " properties named after itself";
            }

            case 2:
            {
                // Members every C# object has, and the model's own AdditionalProperties.
                var properties = new JsonObject();
                foreach (string member in new[] { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "AdditionalProperties", "additional_properties", "EqualityContract", "Deconstruct", "Clone", "<Clone>$" })
                {
                    properties[member] = new JsonObject { ["type"] = random.Next(2) == 0 ? "string" : "integer" };
                }

                schemas["ObjectMembers"] = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = random.Next(2) == 0 ? true : new JsonObject { ["type"] = "integer" } };
                return "added a schema whose properties are named like object members, with additionalProperties";
            }

            case 3:
            {
                // Properties that differ only in case or separators.
                var properties = new JsonObject();
                foreach (string name in new[] { "callSid", "call_sid", "CallSid", "CALL_SID", "call-sid", "call sid", "call.sid", "callSid2", "CallSid2" })
                {
                    properties[name] = new JsonObject { ["type"] = "string" };
                }

                schemas["Colliding"] = new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = new JsonArray("callSid", "CALL_SID") };
                return "added a schema whose property names collide after PascalCasing";
            }

            case 4:
            {
                // Schemas that collide after PascalCasing, and with the names the generator derives.
                foreach (string name in new[] { "pet", "Pet", "PET", "pet_", "Pet2", "PetExtensions", "PetItem", "PetValue", "PetRequest", "PetResponse" })
                {
                    schemas[name] = name.EndsWith("Extensions", StringComparison.Ordinal) || name == "pet"
                        ? new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "b") }
                        : new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "integer" } } };
                }

                return "added schemas whose names collide after PascalCasing and with derived names";
            }

            case 5:
            {
                // Parameters named like the locals of the emitted method.
                Slot? operation = PickOrDefault(OperationSlots(root), random);
                if (operation?.Value is not JsonObject obj)
                {
                    return null;
                }

                var parameters = new JsonArray();
                string[] where = ["query", "header", "query", "path"];
                foreach (string name in HostileInputs.LocalNames.OrderBy(_ => random.Next()).Take(random.Next(3, 12)))
                {
                    string location = where[random.Next(where.Length)];
                    parameters.Add(new JsonObject
                    {
                        ["name"] = name,
                        ["in"] = location,
                        ["required"] = location == "path" || random.Next(2) == 0,
                        ["schema"] = random.Next(3) == 0
                            ? new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = random.Next(2) == 0 ? "string" : "integer" } }
                            : new JsonObject { ["type"] = random.Next(2) == 0 ? "string" : "integer" },
                    });
                }

                obj["parameters"] = parameters;
                return "gave " + operation.Pointer + " parameters named like emitted locals: " + string.Join(", ", parameters.Select(p => p!["name"]!.GetValue<string>() + "/" + p["in"]!.GetValue<string>()));
            }

            case 6:
            {
                // Operation ids that collide with each other and with client members.
                List<Slot> operations = OperationSlots(root);
                if (operations.Count == 0)
                {
                    return null;
                }

                string[] ids = ["Endpoint", "endpoint", "ServiceName", "ToString", "GetHashCode", "Equals", "GetType", "Dispose", "SendAsync", "Create", "CreateApiException", "get", "Get", "GET", "fuzzClient", "FuzzClient"];
                foreach (Slot operation in operations)
                {
                    ((JsonObject)operation.Value!)["operationId"] = ids[random.Next(ids.Length)];
                }

                return "gave every operation an operationId among client member names";
            }

            case 7:
            {
                // A form body whose fields are structured, named like locals, or hostile.
                Slot? operation = PickOrDefault(OperationSlots(root), random);
                if (operation?.Value is not JsonObject obj)
                {
                    return null;
                }

                var properties = new JsonObject
                {
                    ["form"] = new JsonObject { ["type"] = "string" },
                    ["nested"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } },
                    ["list"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer" } },
                    ["listOfLists"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } },
                    ["when"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                    ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "b") },
                };
                string hostile = HostileInputs.Pick(random);
                if (!properties.ContainsKey(hostile))
                {
                    properties[hostile] = new JsonObject { ["type"] = random.Next(2) == 0 ? "object" : "string" };
                }

                obj["requestBody"] = new JsonObject
                {
                    ["required"] = random.Next(2) == 0,
                    ["content"] = new JsonObject { ["application/x-www-form-urlencoded"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = properties } } },
                };
                obj["parameters"] = new JsonArray(new JsonObject { ["name"] = "form", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } });
                return "gave " + operation.Pointer + " a form body with structured fields and a field " + Show(hostile);
            }

            default:
            {
                // Tags that collide with each other and with generated type names, with enough operations to split by tag.
                string[] tags = ["pets", "Pets", "pets!", "FuzzClient", "FuzzClientOptions", "Fuzz", "System", HostileInputs.Pick(random), "", "class"];
                AddOperations(root, random, 45, tags);
                return "added 45 operations tagged " + string.Join(", ", tags.Select(t => Show(t)));
            }
        }
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

    private static string? AddManyOperations(JsonNode root, Random random)
    {
        int count = random.Next(2) == 0 ? 41 : random.Next(42, 150);
        string[] tags = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(3) == 0 ? HostileInputs.Pick(random) : "tag" + random.Next(6)).ToArray();
        AddOperations(root, random, count, tags);
        return "added " + count + " operations over tags " + string.Join(", ", tags.Select(t => Show(t, 20)));

        static string Show(string text, int max) => HostileInputs.Show(text, max);
    }

    private static void AddOperations(JsonNode root, Random random, int count, string[] tags)
    {
        JsonObject paths = Paths(root);
        List<string> schemaNames = Components(root, "schemas").Select(p => p.Key).ToList();
        for (int i = 0; i < count; i++)
        {
            string path = "/fuzz" + i.ToString(CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "/{id}" : "");
            string method = s_httpMethods[random.Next(s_httpMethods.Length)];
            JsonNode schema = schemaNames.Count > 0 && random.Next(2) == 0 ? Ref(schemaNames[random.Next(schemaNames.Count)]) : new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["n"] = new JsonObject { ["type"] = "integer" } } };
            var operation = new JsonObject
            {
                ["operationId"] = random.Next(4) == 0 ? "op" : "op" + i.ToString(CultureInfo.InvariantCulture),
                ["tags"] = new JsonArray(tags[random.Next(tags.Length)]),
                ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } } } },
            };
            if (path.EndsWith("{id}", StringComparison.Ordinal))
            {
                operation["parameters"] = new JsonArray(new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
            }

            paths[path] = new JsonObject { [method] = operation };
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

    private static string? ChaosVersion(JsonNode root, Random random)
    {
        var doc = (JsonObject)root;
        JsonNode?[] versions = ["3.0.0", "3.0.4", "3.1.0", "3.1.1", "3.2.0", "2.0", "4.0.0", "3", "3.0", "", "banana", 3.0, 3, null, new JsonObject()];
        JsonNode? version = versions[random.Next(versions.Length)]?.DeepClone();
        if (random.Next(4) == 0)
        {
            doc.Remove("openapi");
            doc["swagger"] = "2.0";
            return "replaced openapi with swagger: 2.0";
        }

        doc["openapi"] = version;
        return "set openapi to " + (version?.ToJsonString() ?? "null");
    }

    private static string? ChaosParameters(JsonNode root, Random random)
    {
        Slot? operation = PickOrDefault(OperationSlots(root), random);
        if (operation?.Value is not JsonObject obj)
        {
            return null;
        }

        string[] locations = ["path", "query", "header", "cookie", "body", "formData", "querystring", "Query", ""];
        string[] styles = ["form", "simple", "deepObject", "pipeDelimited", "spaceDelimited", "matrix", "label", "bogus"];
        var parameters = obj["parameters"] as JsonArray ?? new JsonArray();
        obj["parameters"] = parameters;
        var added = new List<string>();
        for (int i = random.Next(1, 6); i > 0; i--)
        {
            string name = random.Next(2) == 0 ? HostileInputs.Pick(random) : "p" + random.Next(3);
            string location = locations[random.Next(locations.Length)];
            var parameter = new JsonObject { ["name"] = name, ["in"] = location };
            if (random.Next(2) == 0)
            {
                parameter["required"] = random.Next(2) == 0;
            }

            if (random.Next(3) == 0)
            {
                parameter["style"] = styles[random.Next(styles.Length)];
                parameter["explode"] = random.Next(2) == 0;
            }

            if (random.Next(5) == 0)
            {
                parameter["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } };
            }
            else
            {
                parameter["schema"] = random.Next(6) switch
                {
                    0 => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } },
                    1 => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } },
                    2 => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(HostileInputs.Pick(random), HostileInputs.Pick(random)) },
                    3 => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", HostileInputs.Pick(random)) } },
                    4 => new JsonObject { ["type"] = "string", ["pattern"] = PickPattern(random), ["minLength"] = random.Next(-1, 3), ["maxLength"] = random.Next(-1, 3), ["format"] = s_formats[random.Next(s_formats.Length)] },
                    _ => new JsonObject { ["type"] = s_types[random.Next(s_types.Length)], ["format"] = s_formats[random.Next(s_formats.Length)] },
                };
            }

            if (random.Next(4) == 0 && parameters.Count > 0)
            {
                // The same name and location twice.
                JsonNode? existing = parameters[random.Next(parameters.Count)];
                parameters.Add(existing?.DeepClone());
                added.Add("a duplicate of an existing parameter");
            }

            parameters.Add(parameter);
            added.Add(Show(name) + " in " + Show(location));
        }

        if (random.Next(3) == 0)
        {
            // A template variable nobody declares.
            string[] segments = operation.Pointer.Split('/');
            if (segments.Length >= 3 && root["paths"] is JsonObject paths)
            {
                string oldPath = Unescape(segments[2]);
                string newPath = oldPath + "/{undeclared}/{" + HostileInputs.Pick(random) + "}";
                if (!paths.ContainsKey(newPath) && paths[oldPath] is JsonNode item)
                {
                    paths.Remove(oldPath);
                    paths[newPath] = item;
                    added.Add("undeclared template variables in " + Show(newPath));
                }
            }
        }

        return "added parameters to " + operation.Pointer + ": " + string.Join("; ", added);
    }

    private static readonly string[] s_mediaTypes =
    [
        "application/json", "application/x-www-form-urlencoded", "multipart/form-data", "text/plain", "application/octet-stream", "*/*",
        "application/json; charset=utf-8", "application/vnd.api+json", "application/problem+json", "application/xml", "text/json", "APPLICATION/JSON",
        "application/*", "", "json",
    ];

    private static string? ChaosBody(JsonNode root, Random random)
    {
        Slot? operation = PickOrDefault(OperationSlots(root), random);
        if (operation?.Value is not JsonObject obj)
        {
            return null;
        }

        var content = new JsonObject();
        var media = new List<string>();
        for (int i = random.Next(0, 4); i > 0; i--)
        {
            string type = s_mediaTypes[random.Next(s_mediaTypes.Length)];
            if (content.ContainsKey(type))
            {
                continue;
            }

            content[type] = new JsonObject { ["schema"] = RandomSchema(root, random) };
            media.Add(type);
        }

        obj["requestBody"] = random.Next(8) == 0
            ? new JsonObject { ["$ref"] = "#/components/requestBodies/" + HostileInputs.Pick(random) }
            : new JsonObject { ["required"] = random.Next(2) == 0, ["content"] = content, ["description"] = HostileInputs.Pick(random) };
        return "gave " + operation.Pointer + " a request body of " + (media.Count == 0 ? "no media type" : string.Join(", ", media.Select(m => Show(m))));
    }

    private static JsonNode RandomSchema(JsonNode root, Random random)
    {
        List<string> names = Components(root, "schemas").Select(p => p.Key).ToList();
        return random.Next(8) switch
        {
            0 when names.Count > 0 => Ref(names[random.Next(names.Count)]),
            1 => new JsonObject { ["type"] = "array", ["items"] = names.Count > 0 ? Ref(names[random.Next(names.Count)]) : new JsonObject { ["type"] = "string" } },
            2 => new JsonObject { ["type"] = "string", ["format"] = "binary" },
            3 => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "integer" } },
            4 => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
            5 => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "number" } } },
            6 => new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" }) },
            _ => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [HostileInputs.Pick(random)] = new JsonObject { ["type"] = "string" } } },
        };
    }

    private static string? ChaosResponses(JsonNode root, Random random)
    {
        Slot? operation = PickOrDefault(OperationSlots(root), random);
        if (operation?.Value is not JsonObject obj)
        {
            return null;
        }

        string[] codes = ["200", "201", "202", "204", "2XX", "2xx", "4XX", "5XX", "default", "1XX", "3XX", "301", "404", "409", "999", "20X", "abc", "0", "-1", "200 ", "2XX2"];
        var responses = new JsonObject();
        var used = new List<string>();
        for (int i = random.Next(0, 6); i > 0; i--)
        {
            string code = codes[random.Next(codes.Length)];
            if (responses.ContainsKey(code))
            {
                continue;
            }

            var response = new JsonObject { ["description"] = HostileInputs.Pick(random) };
            if (random.Next(4) != 0)
            {
                string type = s_mediaTypes[random.Next(s_mediaTypes.Length)];
                response["content"] = new JsonObject { [type] = new JsonObject { ["schema"] = RandomSchema(root, random) } };
            }

            responses[code] = response;
            used.Add(code);
        }

        obj["responses"] = responses;
        return "gave " + operation.Pointer + " responses " + (used.Count == 0 ? "(none)" : string.Join(", ", used.Select(c => Show(c))));
    }

    private static string? ChaosServers(JsonNode root, Random random)
    {
        string hostile = HostileInputs.Pick(random);
        JsonNode servers = random.Next(7) switch
        {
            0 => new JsonArray(),
            1 => new JsonArray(new JsonObject { ["url"] = "/v1" }),
            2 => new JsonArray(new JsonObject { ["url"] = "" }),
            3 => new JsonArray(new JsonObject { ["url"] = "https://{a}.{b}.example.com:{port}/{base}", ["variables"] = new JsonObject { ["a"] = new JsonObject { ["default"] = hostile } } }),
            4 => new JsonArray(new JsonObject
            {
                ["url"] = "https://{region}.example.com",
                ["variables"] = new JsonObject
                {
                    ["region"] = new JsonObject { ["default"] = "zz", ["enum"] = new JsonArray("eu", hostile, "") },
                    [hostile] = new JsonObject { ["default"] = hostile, ["description"] = hostile, ["x-sdkgen-required"] = true },
                },
            }),
            5 => new JsonArray(new JsonObject { ["url"] = "https://a.example.com/{" }, new JsonObject { ["url"] = "https://b.example.com/}{" }, new JsonObject { ["url"] = "not a url" }),
            _ => new JsonArray(new JsonObject { ["url"] = "https://example.com/{v}", ["variables"] = new JsonObject { ["v"] = new JsonObject { ["enum"] = new JsonArray() } } }),
        };
        ((JsonObject)root)["servers"] = servers;
        return "set servers to " + HostileInputs.Show(servers.ToJsonString(), 120);
    }

    private static string? ChaosExtensions(JsonNode root, Random random)
    {
        string[] names = ["x-sdkgen-service-name", "x-sdkgen-success-when", "x-sdkgen-error-code", "x-sdkgen-error-message", "x-sdkgen-required", "x-enum-descriptions", "x-enumDescriptions", "x-enum-varnames", "x-ms-enum", "x-nullable"];
        string name = names[random.Next(names.Length)];
        (JsonNode? value, string what) = random.Next(3) switch
        {
            0 => (new JsonObject { ["property"] = HostileInputs.Pick(random), ["equals"] = random.Next(2) == 0 ? JsonValue.Create(HostileInputs.Pick(random)) : JsonNode.Parse(s_extremeNumbers[random.Next(s_extremeNumbers.Length)]) }, "a success condition"),
            _ => RandomValue(random, null),
        };
        Slot? target = random.Next(3) == 0 ? null : PickOrDefault(SchemaSlots(root), random);
        JsonObject owner = target?.Value as JsonObject ?? (JsonObject)root;
        owner[name] = value;
        return "set " + (target?.Pointer ?? "") + "/" + name + " to " + what;
    }

    // ---------------------------------------------------------------- text mutations

    private static string MutateText(string text, bool blockYaml, Random random, List<string> log)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int offset = random.Next(text.Length);
        switch (random.Next(18))
        {
            case 0:
            case 1:
                log.Add("truncated the text at offset " + offset);
                return text[..offset];
            case 2:
            {
                const string Breakers = "{}[]\"':,-#&*!|>%@`\t\n?";
                char c = Breakers[random.Next(Breakers.Length)];
                log.Add("inserted " + Show(c.ToString()) + " at offset " + offset);
                return text.Insert(offset, c.ToString());
            }

            case 3:
            {
                int length = Math.Min(random.Next(1, 200), text.Length - offset);
                log.Add("deleted " + length + " chars at offset " + offset);
                return text.Remove(offset, length);
            }

            case 4:
            {
                string[] lines = text.Split('\n');
                int line = random.Next(lines.Length);
                string indentation = new(lines[line].TakeWhile(ch => ch == ' ').ToArray());
                lines[line] = (random.Next(2) == 0 ? "\t" : new string('\t', Math.Max(1, indentation.Length / 2))) + lines[line][indentation.Length..];
                log.Add("indented line " + (line + 1) + " with tabs");
                return string.Join('\n', lines);
            }

            case 5:
            {
                List<string> lines = [.. text.Split('\n')];
                int line = random.Next(lines.Count);
                int action = random.Next(4);
                switch (action)
                {
                    case 0:
                        lines.RemoveAt(line);
                        log.Add("deleted line " + (line + 1));
                        break;
                    case 1:
                        lines.Insert(line, lines[line]);
                        log.Add("duplicated line " + (line + 1));
                        break;
                    case 2:
                        int other = random.Next(lines.Count);
                        (lines[line], lines[other]) = (lines[other], lines[line]);
                        log.Add("swapped lines " + (line + 1) + " and " + (other + 1));
                        break;
                    default:
                        lines[line] = (random.Next(2) == 0 ? " " : "   ") + lines[line];
                        log.Add("shifted line " + (line + 1) + " right");
                        break;
                }

                return string.Join('\n', lines);
            }

            case 6:
                log.Add("added a BOM and CRLF line ends");
                return "\uFEFF" + text.Replace("\n", "\r\n");
            case 7:
                log.Add("used lone CR line ends");
                return text.Replace('\n', '\r');
            case 8:
            {
                string junk = HostileInputs.RandomUnicode(random, random.Next(1, 8));
                log.Add("inserted " + Show(junk) + " at offset " + offset);
                return text.Insert(offset, junk);
            }

            case 9 when blockYaml:
            {
                // The billion laughs: ten levels of ten aliases each.
                var bomb = new StringBuilder("\nx-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                int levels = random.Next(3, 10);
                for (int i = 1; i <= levels; i++)
                {
                    bomb.Append("x-lol").Append(i).Append(": &lol").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*lol" + (i - 1), 10))).Append("]\n");
                }

                log.Add("appended an alias bomb of " + levels + " levels");
                return text + bomb;
            }

            case 10 when blockYaml:
            {
                string[] snippets =
                [
                    "x-self: &self [*self]\n", "x-unknown: *nowhere\n", "x-merge:\n  <<: *nowhere\n", "x-a: &a {k: v}\nx-merge:\n  <<: [*a, *a]\n  k: w\n",
                    "x-tag: !!binary AAAA\n", "x-py: !!python/object:os.system [ls]\n", "x-custom: !Custom {a: 1}\n", "---\nsecond: document\n", "...\n",
                    "? [complex, key]\n: value\n", "x-anchor-key: &k key\n*k : aliased key\n", "%YAML 1.1\n", "x-multi: |\n  line\n\tline\n", "x-folded: >-\n  a\n  b\n",
                    "paths: {}\n", "openapi: 3.0.3\n", "x-null-key:\n  ~: value\n  null: value\n", "x-bool-keys:\n  yes: 1\n  no: 2\n  on: 3\n",
                ];
                string snippet = snippets[random.Next(snippets.Length)];
                log.Add("appended YAML " + Show(snippet));
                return text + "\n" + snippet;
            }

            case 11:
            {
                int depth = random.Next(2) == 0 ? random.Next(250, 300) : random.Next(1_000, 100_000);
                string nest = new string('[', depth) + new string(']', depth);
                log.Add("added an array nested " + depth + " deep");
                return InsertTopLevel(text, blockYaml, "x-deep", nest);
            }

            case 12:
            {
                string[] tokens = ["NaN", "Infinity", "-Infinity", "1e99999", "01", "+1", ".5", "0x10", "undefined", "'single'", "True", "\"\\ud800\"", "\"\\u12\"", "\"\\q\""];
                string token = tokens[random.Next(tokens.Length)];
                log.Add("added the value " + token);
                return InsertTopLevel(text, blockYaml, "x-token", token);
            }

            case 13:
            {
                int size = random.Next(2) == 0 ? 100_000 : 1_000_000;
                log.Add("added a " + size + "-char line");
                return InsertTopLevel(text, blockYaml, "x-long", "\"" + new string('a', size) + "\"");
            }

            case 14:
            {
                log.Add("added a duplicate top-level key");
                return InsertTopLevel(text, blockYaml, "openapi", "\"3.0.3\"");
            }

            case 15:
                log.Add("inserted a NUL at offset " + offset);
                return text.Insert(offset, "\0");
            case 16:
            {
                // Cut in the middle of a surrogate pair or escape.
                int cut = text.IndexOf('\\', offset);
                cut = cut < 0 ? offset : cut + 1;
                log.Add("truncated the text at offset " + cut + " (after a backslash)");
                return text[..cut];
            }

            default:
                log.Add("kept only the first line");
                return text.Split('\n')[0];
        }
    }

    private static string InsertTopLevel(string text, bool blockYaml, string key, string value)
    {
        if (blockYaml)
        {
            return text + key + ": " + value + "\n";
        }

        int brace = text.IndexOf('{');
        return brace < 0 ? text + value : text.Insert(brace + 1, "\n  \"" + key + "\": " + value + ",");
    }
}
