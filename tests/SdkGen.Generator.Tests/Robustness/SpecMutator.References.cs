using System.Text.Json.Nodes;

namespace SdkGen.Generator.Tests.Robustness;

// Reference mutations: broken $refs, cycles between schemas, and cycles between the other component kinds.
internal static partial class SpecMutator
{
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
}
