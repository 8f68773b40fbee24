using System.Text;
using System.Text.Json.Nodes;
using SdkGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SdkGen.Generator.Tests.Robustness;

/// <summary>
/// The deterministic half of the robustness tests: every hostile string in every place a spec name or text ends
/// up in C#, deep nesting, huge and odd enums, broken references and broken syntax. The same promises as the
/// fuzzer (<see cref="RobustnessChecker"/>); known generator bugs are tolerated and listed in the output.
/// </summary>
[Trait("Category", "Robustness")]
public class HostileInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Positions() =>
    [
        "schema name", "property name", "enum value", "operationId", "query parameter name", "header parameter name", "path parameter name",
        "description", "pattern", "tag", "server variable", "form field name", "path segment", "service name", "media type", "response code",
    ];

    /// <summary>All hostile strings in one spec, at one kind of place; when it fails, one spec per string finds the culprits.</summary>
    [Theory]
    [MemberData(nameof(Positions))]
    public void Hostile_strings_never_break_the_build(string position)
    {
        string[] strings = HostileInputs.Strings.Concat([new string('x', 10_000), HostileInputs.Long(new Random(1), 10_000)]).ToArray();
        // Most strings go into two specs (JSON and YAML) at once. The others are tried one spec each: a lone surrogate
        // (YAML cannot carry one, SDKGEN001 rightly; in JSON each becomes U+FFFD, so two are a duplicate key), and
        // strings that are legitimately an error at this place and would stop the whole spec.
        string[] together = strings.Where(s => Combinable(position, s)).ToArray();
        List<SpecFile> combined = [ToSpec("all", Build(position, together), yaml: false), ToSpec("all", Build(position, together), yaml: true)];
        IReadOnlyList<CaseOutcome> outcomes = RobustnessChecker.Check(combined);
        foreach (CaseOutcome outcome in outcomes)
        {
            output.WriteLine($"{together.Length} strings in one {Path.GetExtension(outcome.Spec.Path)} spec ({outcome.Spec.Text.Length} chars): {outcome.Compile}; diagnostics {string.Join(", ", outcome.DiagnosticIds.GroupBy(d => d).Select(g => g.Key + "×" + g.Count()))}");
            foreach (string error in outcome.Errors.Take(3))
            {
                output.WriteLine("    " + error);
            }
        }

        var failures = new List<string>();
        bool togetherPassed = outcomes.All(o => o.Passed);
        if (togetherPassed && position is not ("response code"))
        {
            // Every string here is legal at this place: the spec must generate, or the test proves nothing.
            failures.AddRange(outcomes.Where(o => o.Compile == CompileStatus.NotCompiled).Select(o => o.Spec.Path + " generated nothing: " + string.Join("; ", o.Errors)));
        }

        string[] alone = togetherPassed ? strings.Where(s => !Combinable(position, s)).ToArray() : strings;
        var specs = alone.Select((s, i) => ToSpec(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Build(position, [s]), yaml: i % 2 == 0 && !HasLoneSurrogate(s))).ToList();
        var tolerated = new List<string>();
        for (int start = 0; start < specs.Count; start += 25)
        {
            List<SpecFile> batch = specs.Skip(start).Take(25).ToList();
            IReadOnlyList<CaseOutcome> results = RobustnessChecker.Check(batch);
            for (int i = 0; i < results.Count; i++)
            {
                if (results[i].Passed)
                {
                    continue;
                }

                string what = position + " " + HostileInputs.Show(alone[start + i]) + " (" + Path.GetExtension(batch[i].Path) + ")";
                string? known = KnownGeneratorBugs.Explain(results[i].Problems);
                if (known is not null)
                {
                    tolerated.Add(what + ": known bug " + known);
                }
                else
                {
                    failures.Add(what + ":\n    " + string.Join("\n    ", results[i].Problems));
                }
            }
        }

        foreach (CaseOutcome outcome in outcomes.Where(o => !o.Passed))
        {
            if (failures.Count == 0 && tolerated.Count == 0 && KnownGeneratorBugs.Explain(outcome.Problems) is null)
            {
                failures.Add("all strings together in " + outcome.Spec.Path + " (each one alone is fine):\n    " + string.Join("\n    ", outcome.Problems));
            }
        }

        foreach (string line in tolerated)
        {
            output.WriteLine("tolerated " + line);
        }

        Assert.True(failures.Count == 0, failures.Count + " hostile " + position + "(s) broke a promise:\n" + string.Join("\n", failures));
    }

    public static TheoryData<string, int> Nestings()
    {
        var data = new TheoryData<string, int>();
        foreach (string style in new[] { "properties", "items", "allOf", "allOf+properties", "additionalProperties", "anyOf+null", "oneOf" })
        {
            foreach (int depth in new[] { 64, 65, 100, 300 })
            {
                data.Add(style, depth);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Nestings))]
    public void Deeply_nested_schemas_are_bounded(string style, int depth)
    {
        JsonObject spec = Minimal();
        JsonNode inner = new JsonObject { ["type"] = "string" };
        for (int level = depth; level > 0; level--)
        {
            inner = style switch
            {
                "properties" => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["p" + level] = inner } },
                "items" => new JsonObject { ["type"] = "array", ["items"] = inner },
                "allOf" => new JsonObject { ["allOf"] = new JsonArray(inner) },
                "allOf+properties" => new JsonObject { ["allOf"] = new JsonArray(inner, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["x" + level] = new JsonObject { ["type"] = "integer" } } }) },
                "additionalProperties" => new JsonObject { ["type"] = "object", ["additionalProperties"] = inner },
                "anyOf+null" => new JsonObject { ["anyOf"] = new JsonArray(inner, new JsonObject { ["type"] = "null" }) },
                _ => new JsonObject { ["oneOf"] = new JsonArray(inner) },
            };
        }

        spec["components"] = new JsonObject { ["schemas"] = new JsonObject { ["Deep"] = inner } };
        spec["paths"]!["/deep"] = new JsonObject { ["get"] = Operation("getDeep", new JsonObject { ["$ref"] = "#/components/schemas/Deep" }) };

        AssertKept(RobustnessChecker.Check([ToSpec("deep", spec, yaml: true), ToSpec("deep", spec, yaml: false)]));
    }

    [Fact]
    public void Odd_and_huge_enums_generate_code_that_compiles()
    {
        var enums = new Dictionary<string, JsonNode>
        {
            ["Huge"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(Enumerable.Range(0, 1_000).Select(i => (JsonNode?)JsonValue.Create("value-" + i)).ToArray()) },
            ["Colliding"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(Enumerable.Range(0, 200).SelectMany(i => new JsonNode?[] { "a-" + i, "a_" + i, "A " + i }).ToArray()) },
            ["Numeric"] = new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(1, 2, 3, -1, 0) },
            ["NumericStrings"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("1", "2", "-1", "1.5", "01") },
            ["Empty"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray() },
            ["OnlyNull"] = new JsonObject { ["type"] = "string", ["nullable"] = true, ["enum"] = new JsonArray((JsonNode?)null) },
            ["Mixed"] = new JsonObject { ["enum"] = new JsonArray(1, "a", null, true, 1.5) },
            ["Blank"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("", " ", "-", "_", "__") },
            ["OwnsUnknown"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("Unknown", "unknown", "Unrecognized", "Unrecognized2") },
            ["Duplicates"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "a", "b") },
            ["Hostile"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(HostileInputs.Strings.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()) },
        };
        var specs = new List<SpecFile>();
        foreach ((string name, JsonNode schema) in enums)
        {
            JsonObject spec = Minimal();
            spec["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject
                {
                    [name] = schema,
                    ["Holder"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["value"] = new JsonObject { ["$ref"] = "#/components/schemas/" + name }, ["inline"] = schema.DeepClone() } },
                },
            };
            specs.Add(ToSpec(name, spec, yaml: specs.Count % 2 == 0));
        }

        AssertKept(RobustnessChecker.Check(specs));
    }

    [Fact]
    public void Broken_and_recursive_references_never_break_the_build()
    {
        string[] targets =
        [
            "#/components/schemas/Missing", "#/components/schemas/Self", "#/nowhere", "other.yaml#/components/schemas/X", "https://example.com/x.json",
            "#", "#/info", "#/paths", "#/components/schemas", "#/components/schemas/%7Bx%7D", "#/components/parameters/P", "#/components/schemas/Self/properties/next",
        ];
        var specs = new List<SpecFile>();
        foreach (string target in targets)
        {
            JsonObject spec = Minimal();
            spec["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject
                {
                    ["Self"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["next"] = new JsonObject { ["$ref"] = "#/components/schemas/Self" },
                            ["children"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/Self" } },
                            ["byName"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["$ref"] = "#/components/schemas/Self" } },
                            ["broken"] = new JsonObject { ["$ref"] = target },
                        },
                    },
                    ["A"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/B" }, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } }) },
                    ["B"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/A" }, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["b"] = new JsonObject { ["type"] = "string" } } }) },
                    ["C"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/C" }) },
                    ["Tree"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/Tree" } },
                    ["Map"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["$ref"] = "#/components/schemas/Map" } },
                },
            };
            spec["paths"]!["/self"] = new JsonObject { ["get"] = Operation("getSelf", new JsonObject { ["$ref"] = target }) };
            specs.Add(ToSpec("ref" + specs.Count, spec, yaml: specs.Count % 2 == 0));
        }

        AssertKept(RobustnessChecker.Check(specs));
    }

    /// <summary>Every prefix of a real spec: the generator reports SDKGEN001/002 (or generates), never more.</summary>
    [Theory]
    [InlineData("test:features.yaml")]
    [InlineData("repo:twilio.yaml")]
    [InlineData("test:features-31.json")]
    public void Truncated_specs_report_an_error_with_a_line(string seed)
    {
        string[] parts = seed.Split(':');
        SpecFile source = parts[0] == "test" ? SpecFile.FromTestSpecs(parts[1]) : SpecFile.FromRepository(parts[1], "Test.Api", "ApiClient");
        string text = source.Text.Replace("\r\n", "\n");
        var specs = new List<SpecFile>();
        for (int cut = 0; cut < text.Length; cut += Math.Max(1, text.Length / 60))
        {
            specs.Add(new SpecFile("/specs/cut" + cut + "/" + Path.GetFileName(source.Path), text[..cut], "Cut.At" + cut, "CutClient"));
        }

        AssertKept(RobustnessChecker.Check(specs));
    }

    [Fact]
    public void Broken_syntax_reports_an_error_with_a_line()
    {
        string yaml = SpecFile.FromTestSpecs("features.yaml").Text.Replace("\r\n", "\n");
        string json = SpecFile.FromTestSpecs("features-31.json").Text.Replace("\r\n", "\n");
        var bomb = new StringBuilder("x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++)
        {
            bomb.Append("x-lol").Append(i).Append(": &lol").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*lol" + (i - 1), 10))).Append("]\n");
        }

        var texts = new Dictionary<string, string>
        {
            ["tabs.yaml"] = string.Join("\n", yaml.Split('\n').Select((l, i) => i % 7 == 3 ? l.Replace("  ", "\t") : l)),
            ["tab-indent.yaml"] = yaml.Replace("\n  ", "\n\t"),
            ["unbalanced-flow.yaml"] = yaml + "x-broken: [a, {b: c]\n",
            ["unbalanced.json"] = json.Replace("}", "", StringComparison.Ordinal),
            ["extra-close.json"] = json + "}}",
            ["bomb.yaml"] = yaml + bomb,
            ["self-alias.yaml"] = yaml + "x-self: &self [*self]\n",
            ["unknown-alias.yaml"] = yaml + "x-alias: *nowhere\n",
            ["deep-flow.yaml"] = yaml + "x-deep: " + new string('[', 100_000) + new string(']', 100_000) + "\n",
            ["deep.json"] = "{\"openapi\": \"3.0.3\", \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}",
            ["bom-crlf.yaml"] = "\uFEFF" + yaml.Replace("\n", "\r\n"),
            ["cr.yaml"] = yaml.Replace('\n', '\r'),
            ["nul.yaml"] = yaml.Insert(yaml.Length / 2, "\0"),
            ["lone-surrogate.yaml"] = yaml.Replace("Feature Test API", "Feature \uD800 API"),
            ["escaped-surrogate.json"] = json.Replace("\"title\": \"", "\"title\": \"\\ud800"),
            ["bad-escape.json"] = json.Replace("\"title\": \"", "\"title\": \"\\q"),
            ["nan.json"] = json.Replace("\"version\":", "\"x-nan\": NaN, \"version\":"),
            ["comments-trailing-commas.json"] = json.Replace("{", "{ /* c */", StringComparison.Ordinal).Replace("\n}", ",\n}"),
            ["duplicate-keys.json"] = json.Replace("\"openapi\"", "\"openapi\": \"2.0\", \"openapi\""),
            ["duplicate-keys.yaml"] = "openapi: 3.0.3\n" + yaml,
            ["second-document.yaml"] = yaml + "---\nopenapi: 3.0.3\n",
            ["python-tag.yaml"] = yaml + "x-py: !!python/object:os.system [ls]\n",
            ["long-line.yaml"] = yaml + "x-long: " + new string('a', 1_000_000) + "\n",
            ["empty.yaml"] = "",
            ["whitespace.json"] = "  \n\t ",
            ["only-bom.json"] = "\uFEFF",
            ["scalar.yaml"] = "just a string",
            ["array.json"] = "[1, 2, 3]",
            ["null.yaml"] = "null",
            ["binary.yaml"] = new string(Enumerable.Range(0, 2_000).Select(i => (char)((i * 7919) % 0xD7FF)).ToArray()),
        };

        var specs = texts.Select((t, i) => new SpecFile("/specs/syntax/" + t.Key, t.Value, "Syntax.N" + i, "SyntaxClient")).ToList();
        AssertKept(RobustnessChecker.Check(specs));
    }

    // ---------------------------------------------------------------- spec building

    private static JsonObject Minimal() => new()
    {
        ["openapi"] = "3.0.3",
        ["info"] = new JsonObject { ["title"] = "Hostile", ["version"] = "1" },
        ["paths"] = new JsonObject(),
    };

    private static JsonObject Operation(string operationId, JsonNode responseSchema) => new()
    {
        ["operationId"] = operationId,
        ["responses"] = new JsonObject
        {
            ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = responseSchema } } },
        },
    };

    /// <summary>A small spec that uses each construct once, with <paramref name="strings"/> put at <paramref name="position"/>.</summary>
    private static JsonObject Build(string position, string[] strings)
    {
        JsonObject spec = Minimal();
        var thing = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "A thing.",
            ["required"] = new JsonArray("id"),
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z]+$" },
                ["status"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("active", "done") },
                ["grid"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer" } } },
            },
        };
        var schemas = new JsonObject { ["Thing"] = thing };
        var get = Operation("getThing", new JsonObject { ["$ref"] = "#/components/schemas/Thing" });
        get["summary"] = "Gets a thing.";
        get["parameters"] = new JsonArray(
            new JsonObject { ["name"] = "thingId", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } },
            new JsonObject { ["name"] = "ids", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer" } } },
            new JsonObject { ["name"] = "X-Trace", ["in"] = "header", ["schema"] = new JsonObject { ["type"] = "string" } });
        var post = new JsonObject
        {
            ["operationId"] = "updateThing",
            ["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject
                {
                    ["application/x-www-form-urlencoded"] = new JsonObject
                    {
                        ["schema"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["properties"] = new JsonObject
                            {
                                ["Status"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("paused", "stopped") },
                                ["Tags"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                                ["Meta"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } },
                            },
                        },
                    },
                },
            },
            ["responses"] = new JsonObject
            {
                ["204"] = new JsonObject { ["description"] = "done" },
                ["default"] = new JsonObject { ["description"] = "error", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Error" } } } },
            },
        };
        schemas["Error"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["code"] = new JsonObject { ["type"] = "integer" }, ["message"] = new JsonObject { ["type"] = "string" } } };
        var pathItem = new JsonObject { ["get"] = get, ["post"] = post };
        string path = "/things/{thingId}";
        spec["components"] = new JsonObject { ["schemas"] = schemas };
        var paths = (JsonObject)spec["paths"]!;

        switch (position)
        {
            case "schema name":
                for (int i = 0; i < strings.Length; i++)
                {
                    if (!schemas.ContainsKey(strings[i]))
                    {
                        schemas[strings[i]] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "string" } } };
                        thing["properties"]!["ref" + i] = new JsonObject { ["$ref"] = "#/components/schemas/" + strings[i].Replace("~", "~0").Replace("/", "~1") };
                    }
                }

                break;
            case "property name":
                foreach (string s in strings)
                {
                    ((JsonObject)thing["properties"]!)[s] = new JsonObject { ["type"] = "string" };
                }

                break;
            case "enum value":
                thing["properties"]!["status"]!["enum"] = new JsonArray(strings.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
                break;
            case "operationId":
                for (int i = 0; i < strings.Length; i++)
                {
                    paths["/op" + i] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = strings[i], ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "ok" } } } };
                }

                break;
            case "query parameter name":
            case "header parameter name":
                foreach (string s in strings)
                {
                    ((JsonArray)get["parameters"]!).Add(new JsonObject { ["name"] = s, ["in"] = position.StartsWith("query", StringComparison.Ordinal) ? "query" : "header", ["schema"] = new JsonObject { ["type"] = "string" } });
                    ((JsonArray)get["parameters"]!).Add(new JsonObject { ["name"] = s, ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer" } } });
                }

                post["parameters"] = new JsonArray(strings.Select(s => (JsonNode?)new JsonObject { ["name"] = s, ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } }).ToArray());
                break;
            case "path parameter name":
                var template = new StringBuilder("/things");
                var parameters = new JsonArray();
                for (int i = 0; i < strings.Length; i++)
                {
                    template.Append("/{").Append(strings[i]).Append('}');
                    parameters.Add(new JsonObject { ["name"] = strings[i], ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = i % 2 == 0 ? "string" : "integer" } });
                }

                paths[template.ToString()] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "byPath", ["parameters"] = parameters, ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "ok" } } } };
                break;
            case "description":
                int next = 0;
                string Next() => strings[next++ % strings.Length];
                spec["info"]!["description"] = Next();
                spec["info"]!["title"] = Next();
                thing["description"] = Next();
                thing["title"] = Next();
                get["summary"] = Next();
                get["description"] = Next();
                post["description"] = Next();
                post["requestBody"]!["description"] = Next();
                post["responses"]!["204"]!["description"] = Next();
                foreach (JsonNode? parameter in (JsonArray)get["parameters"]!)
                {
                    parameter!["description"] = Next();
                }

                foreach (KeyValuePair<string, JsonNode?> property in (JsonObject)thing["properties"]!)
                {
                    property.Value!["description"] = Next();
                }

                thing["properties"]!["status"]!["x-enum-descriptions"] = new JsonArray(Next(), Next());
                for (int i = 0; i < strings.Length; i++)
                {
                    thing["properties"]!["d" + i] = i % 2 == 0
                        ? new JsonObject { ["type"] = "string", ["description"] = strings[i] }
                        : new JsonObject { ["type"] = "object", ["description"] = strings[i], ["properties"] = new JsonObject { ["x"] = new JsonObject { ["type"] = "string", ["description"] = strings[i] } } };
                    paths["/d" + i] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "d" + i, ["summary"] = strings[i], ["description"] = strings[(i + 1) % strings.Length], ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = strings[i] } } } };
                }

                break;
            case "pattern":
                for (int i = 0; i < strings.Length; i++)
                {
                    thing["properties"]!["p" + i] = new JsonObject { ["type"] = "string", ["pattern"] = strings[i] };
                    ((JsonArray)get["parameters"]!).Add(new JsonObject { ["name"] = "p" + i, ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string", ["pattern"] = strings[i] } });
                }

                break;
            case "tag":
                // Tags only name clients when a document has more than 40 operations.
                for (int i = 0; i < Math.Max(41, strings.Length); i++)
                {
                    paths["/t" + i] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "t" + i, ["tags"] = new JsonArray(strings[i % strings.Length]), ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "ok" } } } };
                }

                break;
            case "server variable":
                var variables = new JsonObject();
                var url = new StringBuilder("https://");
                for (int i = 0; i < strings.Length; i++)
                {
                    string name = strings[i].Replace("{", "(").Replace("}", ")");
                    if (!variables.ContainsKey(name))
                    {
                        url.Append('{').Append(name).Append("}.");
                        variables[name] = new JsonObject { ["default"] = strings[(i + 1) % strings.Length], ["enum"] = new JsonArray(strings[(i + 1) % strings.Length], strings[i]), ["description"] = strings[i] };
                    }
                }

                spec["servers"] = new JsonArray(new JsonObject { ["url"] = url + "example.com/{" + strings[0] + "}", ["variables"] = variables });
                break;
            case "form field name":
                var fields = (JsonObject)post["requestBody"]!["content"]!["application/x-www-form-urlencoded"]!["schema"]!["properties"]!;
                for (int i = 0; i < strings.Length; i++)
                {
                    if (!fields.ContainsKey(strings[i]))
                    {
                        fields[strings[i]] = (i % 3) switch
                        {
                            0 => new JsonObject { ["type"] = "string" },
                            1 => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["x"] = new JsonObject { ["type"] = "string" } } },
                            _ => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "integer" } },
                        };
                    }
                }

                break;
            case "path segment":
                for (int i = 0; i < strings.Length; i++)
                {
                    string key = "/seg" + i + "/" + strings[i];
                    if (!paths.ContainsKey(key))
                    {
                        paths[key] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "seg" + i, ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "ok" } } } };
                    }
                }

                break;
            case "service name":
                spec["x-sdkgen-service-name"] = strings[0];
                spec["info"]!["title"] = strings[^1];
                break;
            case "media type":
                var content = new JsonObject();
                foreach (string s in strings.Distinct())
                {
                    content[s] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Thing" } };
                }

                get["responses"]!["200"]!["content"] = content;
                post["requestBody"]!["content"] = content.DeepClone();
                break;
            case "response code":
                var responses = (JsonObject)get["responses"]!;
                foreach (string s in strings.Distinct())
                {
                    responses[s] = new JsonObject { ["description"] = s, ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Error" } } } };
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(position), position, null);
        }

        paths[path] = pathItem;
        return spec;
    }

    /// <summary>Whether <paramref name="text"/> can share a spec with the other strings at <paramref name="position"/>.</summary>
    private static bool Combinable(string position, string text) =>
        !HasLoneSurrogate(text) && position switch
        {
            // OpenAPI restricts component keys to ^[a-zA-Z0-9.\-_]+$: any other name is an error (SDKGEN002) on its own.
            "schema name" => System.Text.RegularExpressions.Regex.IsMatch(text, "^[a-zA-Z0-9.\\-_]+$"),
            "tag" or "server variable" => !string.IsNullOrWhiteSpace(text),
            "pattern" => IsRegex(text),
            _ => true,
        };

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int s_specs;

    private static SpecFile ToSpec(string name, JsonObject spec, bool yaml)
    {
        int id = Interlocked.Increment(ref s_specs);
        string text = yaml ? SpecWriter.ToYaml(spec) : SpecWriter.ToJson(spec);
        return new SpecFile("/specs/hostile" + id + "/" + name + (yaml ? ".yaml" : ".json"), text, "Hostile.N" + id, "HostileClient");
    }

    /// <summary>Fails on any broken promise that is not a known generator bug; lists the tolerated ones.</summary>
    private void AssertKept(IReadOnlyList<CaseOutcome> outcomes)
    {
        var failures = new List<string>();
        foreach (CaseOutcome outcome in outcomes.Where(o => !o.Passed))
        {
            string? known = KnownGeneratorBugs.Explain(outcome.Problems);
            if (known is not null)
            {
                output.WriteLine("tolerated " + outcome.Spec.Path + ": known bug " + known);
            }
            else
            {
                failures.Add(outcome.Spec.Path + " (" + outcome.Spec.Text.Length + " chars):\n    " + string.Join("\n    ", outcome.Problems));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
