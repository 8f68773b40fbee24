using System.Globalization;
using System.Text.Json.Nodes;

namespace SdkGen.Generator.Tests.Robustness;

// Operation mutations: many operations, parameters, request bodies, responses, servers, extensions and the
// OpenAPI version itself.
internal static partial class SpecMutator
{
    private static readonly string[] s_httpMethods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

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
}
