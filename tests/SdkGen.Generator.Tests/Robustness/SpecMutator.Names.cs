using System.Text.Json;
using System.Text.Json.Nodes;

namespace SdkGen.Generator.Tests.Robustness;

// Name mutations: hostile strings injected wherever a name or text can go, renames, and names that collide
// once turned into C# identifiers.
internal static partial class SpecMutator
{
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
                // Tags that collide with each other and with generated type names (fuzz cases split by tag).
                string[] tags = ["pets", "Pets", "pets!", "FuzzClient", "FuzzClientOptions", "Fuzz", "System", HostileInputs.Pick(random), "", "class"];
                AddOperations(root, random, 45, tags);
                return "added 45 operations tagged " + string.Join(", ", tags.Select(t => Show(t)));
            }
        }
    }
}
