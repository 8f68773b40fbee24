using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Parsing.Text;
using Xunit;

namespace SdkGen.Generator.Tests.Parsing;

public class SpecTextReaderTests
{
    private static readonly string JsonSpec = Lines(
        "{",
        "  \"openapi\": \"3.1.0\",",
        "  \"info\": { \"title\": \"t\", \"version\": 1.0 },",
        "  \"paths\": {",
        "    \"/a/{b}\": {",
        "      \"post\": {",
        "        \"parameters\": [",
        "          { \"name\": \"b\", \"in\": \"path\" },",
        "          { \"name\": \"c\", \"in\": \"query\" }",
        "        ],",
        "        \"requestBody\": {",
        "          \"content\": {}",
        "        }",
        "      }",
        "    }",
        "  }",
        "}");

    private static readonly string YamlSpec = Lines(
        "openapi: 3.1.0",
        "info:",
        "  title: t",
        "  version: 1.0",
        "paths:",
        "  /a/{b}:",
        "    post:",
        "      parameters:",
        "        - name: b",
        "          in: path",
        "        - name: c",
        "          in: query",
        "      requestBody:",
        "        content: {}",
        "");

    private const string RequestBody = "/paths/~1a~1{b}/post/requestBody";

    // ---------- positions ----------

    [Fact]
    public void Json_key_deep_in_paths_maps_to_its_line_column_and_span()
    {
        var result = Json(JsonSpec);

        Assert.True(result.LineMap.TryGetPosition(RequestBody, out var position));
        Assert.Equal(10, position.Line);
        Assert.Equal(8, position.Column);
        Assert.Equal("\"requestBody\"", JsonSpec.Substring(position.Offset, position.Length));
    }

    [Fact]
    public void Yaml_key_deep_in_paths_maps_to_its_line_column_and_span()
    {
        var result = Yaml(YamlSpec);

        Assert.True(result.LineMap.TryGetPosition(RequestBody, out var position));
        Assert.Equal(12, position.Line);
        Assert.Equal(6, position.Column);
        Assert.Equal("requestBody", YamlSpec.Substring(position.Offset, position.Length));
    }

    [Fact]
    public void Json_array_items_map_to_the_start_of_the_item()
    {
        var result = Json(JsonSpec);

        Assert.True(result.LineMap.TryGetPosition("/paths/~1a~1{b}/post/parameters/1", out var item));
        Assert.Equal((8, 10), (item.Line, item.Column));
        Assert.Equal("{ \"name\": \"c\", \"in\": \"query\" }", JsonSpec.Substring(item.Offset, item.Length));

        Assert.True(result.LineMap.TryGetPosition("/paths/~1a~1{b}/post/parameters/1/in", out var key));
        Assert.Equal((8, 25), (key.Line, key.Column));
        Assert.False(result.LineMap.TryGetPosition("/paths/~1a~1{b}/post/parameters/2", out _));
    }

    [Fact]
    public void Yaml_array_items_map_to_the_start_of_the_item()
    {
        var result = Yaml(YamlSpec);

        Assert.True(result.LineMap.TryGetPosition("/paths/~1a~1{b}/post/parameters/1", out var item));
        Assert.Equal((10, 10), (item.Line, item.Column));
        Assert.Equal("name: c", YamlSpec.Substring(item.Offset, item.Length));

        Assert.True(result.LineMap.TryGetPosition("/paths/~1a~1{b}/post/parameters/1/in", out var key));
        Assert.Equal((11, 10), (key.Line, key.Column));
    }

    [Fact]
    public void Scalar_array_items_have_their_own_span()
    {
        const string text = "enum:\n  - alpha\n  - \"beta\"\nflow: [one, two]\n";
        var map = Yaml(text).LineMap;

        Assert.True(map.TryGetPosition("/enum/1", out var beta));
        Assert.Equal((2, 4), (beta.Line, beta.Column));
        Assert.Equal("\"beta\"", text.Substring(beta.Offset, beta.Length));
        Assert.True(map.TryGetPosition("/flow/1", out var two));
        Assert.Equal("two", text.Substring(two.Offset, two.Length));
    }

    [Fact]
    public void Nearest_position_walks_up_to_the_closest_known_ancestor()
    {
        var map = Yaml(YamlSpec).LineMap;

        var nearest = map.GetNearestPosition(RequestBody + "/content/application~1json/schema");
        Assert.Equal(13, nearest.Line);
        Assert.Equal((0, 0), (map.GetNearestPosition("/nope").Line, map.GetNearestPosition("/nope").Column));
        Assert.False(map.TryGetPosition("/nope", out _));
        Assert.True(map.TryGetPosition("", out var root));
        Assert.Equal((0, 0), (root.Line, root.Column));
    }

    [Fact]
    public void Pointers_in_uri_fragment_form_and_escaped_segments_resolve()
    {
        var map = Yaml("\"a/b\": {\"c~d\": 1}\n\"01\": [x]\n").LineMap;

        Assert.True(map.TryGetPosition("/a~1b/c~0d", out var escaped));
        Assert.Equal(8, escaped.Column);
        Assert.True(map.TryGetPosition("#/a~1b/c~0d", out var fragment));
        Assert.Equal(escaped, fragment);
        Assert.True(map.TryGetPosition("/01/0", out _));
        Assert.True(Yaml(YamlSpec).LineMap.TryGetPosition("#/paths/~1a~1%7Bb%7D/post", out var post));
        Assert.Equal(6, post.Line);
    }

    [Fact]
    public void Non_ascii_text_gives_columns_in_utf16_chars()
    {
        const string json = "{\"é😀\": {\"ключ\": \"ü\", \"n\": 1}}";
        Assert.True(Json(json).LineMap.TryGetPosition("/é😀/n", out var jsonPosition));
        Assert.Equal(json.IndexOf("\"n\"", StringComparison.Ordinal), jsonPosition.Column);
        Assert.Equal(3, jsonPosition.Length);

        const string yaml = "é😀: {ключ: ü, n: 1}\n";
        Assert.True(Yaml(yaml).LineMap.TryGetPosition("/é😀/n", out var yamlPosition));
        Assert.Equal(yaml.IndexOf("n:", StringComparison.Ordinal), yamlPosition.Column);
        Assert.Equal("ü", Yaml(yaml).Root!["é😀"]!["ключ"]!.GetValue<string>());
    }

    [Fact]
    public void Crlf_line_endings_count_as_one_line_break()
    {
        const string json = "{\r\n  \"a\": {\r\n    \"b\": 1\r\n  }\r\n}";
        Assert.True(Json(json).LineMap.TryGetPosition("/a/b", out var jsonB));
        Assert.Equal((2, 4), (jsonB.Line, jsonB.Column));

        const string yaml = "a:\r\n  x: 0\r\n  b: 1\r\n";
        Assert.True(Yaml(yaml).LineMap.TryGetPosition("/a/b", out var yamlB));
        Assert.Equal((2, 2), (yamlB.Line, yamlB.Column));
    }

    [Fact]
    public void Byte_order_mark_is_skipped_but_counted_in_offsets()
    {
        const string json = "\uFEFF{\"a\": 1}";
        var jsonResult = Json(json);
        Assert.Null(jsonResult.Error);
        Assert.True(jsonResult.LineMap.TryGetPosition("/a", out var a));
        Assert.Equal(2, a.Offset);

        var yaml = Yaml("\uFEFFa: 1\n");
        Assert.Null(yaml.Error);
        Assert.Equal(1, yaml.Root!["a"]!.GetValue<int>());
    }

    // ---------- values ----------

    [Fact]
    public void Numbers_keep_their_text()
    {
        Assert.Equal("1.0", Yaml(YamlSpec).Root!["info"]!["version"]!.ToJsonString());
        Assert.Equal("1.0", Json(JsonSpec).Root!["info"]!["version"]!.ToJsonString());
        Assert.Equal(JsonValueKind.Number, Yaml(YamlSpec).Root!["info"]!["version"]!.GetValueKind());

        var big = Json("{\"big\": 123456789012345678901234567890}").Root!;
        Assert.Equal("{\"big\":123456789012345678901234567890}", big.ToJsonString());
    }

    [Fact]
    public void Yaml_numbers_follow_the_core_schema_and_become_valid_json()
    {
        var root = Yaml("n: [0x1F, 0o17, +5, 007, -0, 123456789012345678901234567890, .5, 1., 1e3, -1.5E-3, 0xFFFFFFFFFFFFFFFFFF]\n").Root!;

        Assert.Equal(
            "[31,15,5,7,-0,123456789012345678901234567890,0.5,1.0,1e3,-1.5E-3,4722366482869645213695]",
            root["n"]!.ToJsonString());
    }

    [Fact]
    public void Yaml_non_numbers_stay_strings()
    {
        var root = Yaml("s: [.inf, -.Inf, .nan, 1_000, 0b1, '12:30', 1.2.3, 0x, 1e, 2024-01-01]\n").Root!;

        Assert.Equal(
            "[\".inf\",\"-.Inf\",\".nan\",\"1_000\",\"0b1\",\"12:30\",\"1.2.3\",\"0x\",\"1e\",\"2024-01-01\"]",
            root["s"]!.ToJsonString());
    }

    [Fact]
    public void Quoted_and_block_scalars_are_always_strings()
    {
        var root = Yaml("a: \"1.0\"\nb: 'true'\nc: |\n  1.0\nd: \"null\"\n").Root!;

        Assert.Equal("1.0", root["a"]!.GetValue<string>());
        Assert.Equal("true", root["b"]!.GetValue<string>());
        Assert.Equal("1.0\n", root["c"]!.GetValue<string>());
        Assert.Equal("null", root["d"]!.GetValue<string>());
    }

    [Fact]
    public void Null_in_an_enum_list_is_a_json_null()
    {
        var yaml = Yaml("enum:\n  - a\n  - null\n  - ~\n  - NULL\n  -\n  - \"null\"\n").Root!;
        Assert.Equal("[\"a\",null,null,null,null,\"null\"]", yaml["enum"]!.ToJsonString());

        var json = Json("{\"enum\": [\"a\", null]}").Root!;
        Assert.Equal("[\"a\",null]", json["enum"]!.ToJsonString());
    }

    [Fact]
    public void Only_yaml_1_2_booleans_are_booleans()
    {
        var root = Yaml("b: [true, True, TRUE, false, False, FALSE, yes, no, on, off, y, n]\n").Root!;

        Assert.Equal(
            "[true,true,true,false,false,false,\"yes\",\"no\",\"on\",\"off\",\"y\",\"n\"]",
            root["b"]!.ToJsonString());
    }

    [Fact]
    public void Mapping_keys_are_always_strings()
    {
        var root = Yaml("200: ok\ntrue: x\nnull: y\n1.0: z\n\"q\": w\non: v\n").Root!.AsObject();

        Assert.Equal(new[] { "200", "true", "null", "1.0", "q", "on" }, root.Select(p => p.Key).ToArray());
    }

    [Fact]
    public void Standard_tags_are_honoured_and_unknown_tags_give_strings()
    {
        var root = Yaml("a: !!str 5\nb: !!int \"7\"\nc: !!float 1\nd: !!bool \"true\"\ne: !!null \"\"\nf: !custom 12\ng: ! 12\nh: !!int 0x10\n").Root!;

        Assert.Equal(
            "{\"a\":\"5\",\"b\":7,\"c\":1,\"d\":true,\"e\":null,\"f\":\"12\",\"g\":\"12\",\"h\":16}",
            root.ToJsonString());
        Assert.Contains("!!int", Yaml("a: !!int abc\n").Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_comments_and_trailing_commas_are_accepted()
    {
        var result = Json("{\n  // line comment\n  \"a\": 1, /* block */\n  \"b\": [1, 2,],\n}\n");

        Assert.Null(result.Error);
        Assert.Equal("{\"a\":1,\"b\":[1,2]}", result.Root!.ToJsonString());
        Assert.True(result.LineMap.TryGetPosition("/b", out var b));
        Assert.Equal(3, b.Line);
    }

    // ---------- anchors, aliases, merge keys ----------

    [Fact]
    public void Aliases_are_expanded_as_independent_copies()
    {
        var result = Yaml("base: &b {type: object, required: [id]}\nuse: *b\nlist: [*b, *b]\nname: &n hello\nagain: *n\n");
        var root = result.Root!;

        Assert.Null(result.Error);
        Assert.Equal(root["base"]!.ToJsonString(), root["use"]!.ToJsonString());
        Assert.Equal(2, root["list"]!.AsArray().Count);
        Assert.Equal("hello", root["again"]!.GetValue<string>());
        root["use"]!["type"] = "changed";
        Assert.Equal("object", root["base"]!["type"]!.GetValue<string>());
        Assert.True(result.LineMap.TryGetPosition("/use", out var use));
        Assert.Equal(1, use.Line);
        // Nodes inside an expansion have no text of their own: they point at the alias's key.
        Assert.Equal(1, result.LineMap.GetNearestPosition("/use/required/0").Line);
    }

    [Fact]
    public void Merge_keys_never_override_explicit_keys_and_earlier_sources_win()
    {
        const string text =
            "m1: &m1 {a: 1, b: 1}\n" +
            "m2: &m2 {b: 2, c: 2}\n" +
            "x:\n" +
            "  c: 3\n" +
            "  <<: [*m1, *m2]\n" +
            "y:\n" +
            "  <<: *m1\n" +
            "  a: 9\n";
        var result = Yaml(text);
        var root = result.Root!;

        Assert.Null(result.Error);
        Assert.Equal(3, root["x"]!["c"]!.GetValue<int>());
        Assert.Equal(1, root["x"]!["a"]!.GetValue<int>());
        Assert.Equal(1, root["x"]!["b"]!.GetValue<int>());
        Assert.Equal("{\"a\":9,\"b\":1}", root["y"]!.ToJsonString());
        Assert.False(root["x"]!.AsObject().ContainsKey("<<"));
        Assert.Equal("{\"a\":1,\"b\":1}", root["m1"]!.ToJsonString());
        Assert.True(result.LineMap.TryGetPosition("/x/a", out var merged));
        Assert.Equal(4, merged.Line);
    }

    [Fact]
    public void Merge_of_an_inline_anchored_mapping_leaves_the_anchor_intact()
    {
        var root = Yaml("x:\n  <<: &m {a: 1}\ny: *m\n").Root!;

        Assert.Equal("{\"x\":{\"a\":1},\"y\":{\"a\":1}}", root.ToJsonString());
    }

    [Fact]
    public void Merge_of_a_scalar_is_an_error()
    {
        var error = Yaml("a: &s text\nb:\n  <<: *s\n").Error;

        Assert.NotNull(error);
        Assert.Equal(2, error!.Position.Line);
    }

    [Fact]
    public void Alias_bomb_is_refused_with_an_error()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++)
        {
            char previous = (char)(c - 1);
            text.Append(c).Append(": &").Append(c).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 10))).Append("]\n");
        }

        var result = Yaml(text.ToString());

        Assert.Null(result.Root);
        Assert.Contains("expands too much", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_alias_is_an_error()
    {
        var error = Yaml("a: 1\nb: *nope\n").Error!;

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 3), (error.Position.Line, error.Position.Column));
    }

    // ---------- errors ----------

    [Fact]
    public void Yaml_duplicate_key_is_an_error_at_the_duplicate()
    {
        var result = Yaml("a: 1\nb:\n  c: 1\n  c: 2\n");

        Assert.Null(result.Root);
        Assert.Contains("duplicate key 'c'", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((3, 2), (result.Error.Position.Line, result.Error.Position.Column));
    }

    [Fact]
    public void Json_duplicate_key_is_an_error_at_the_duplicate()
    {
        var result = Json("{\n  \"a\": 1,\n  \"a\": 2\n}");

        Assert.Null(result.Root);
        Assert.Contains("duplicate key 'a'", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((2, 2), (result.Error.Position.Line, result.Error.Position.Column));
    }

    [Fact]
    public void Json_syntax_error_reports_zero_based_line_and_char_column()
    {
        var result = Json("{\n  \"a\": 1,\n  \"é\": x\n}");

        Assert.Null(result.Root);
        Assert.Equal(2, result.Error!.Position.Line);
        Assert.Equal(7, result.Error.Position.Column);
        Assert.DoesNotContain("BytePositionInLine", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_unclosed_brace_is_an_error_not_an_exception()
    {
        var result = Json("{\n  \"a\": 1,\n  \"b\": {\n");

        Assert.Null(result.Root);
        Assert.NotNull(result.Error);
        Assert.True(result.Error!.Position.Line >= 2);
    }

    [Theory]
    [InlineData("a: [1, 2\n", 1, 0)]
    [InlineData("a: 'x\nb: 1\n", 0, 3)]
    [InlineData("a:\n  b: 1\n c: 2\n", 2, 1)]
    public void Yaml_syntax_error_reports_zero_based_line_and_column(string text, int line, int column)
    {
        var result = Yaml(text);

        Assert.Null(result.Root);
        Assert.Equal((line, column), (result.Error!.Position.Line, result.Error.Position.Column));
    }

    [Fact]
    public void Yaml_parser_internal_failure_is_still_a_positioned_error()
    {
        // YamlDotNet 16.3 throws InvalidOperationException (not YamlException) on this input.
        var result = Yaml("a: 1\nb: [1, 2\nc: 3\n");

        Assert.Null(result.Root);
        Assert.Equal(1, result.Error!.Position.Line);
    }

    [Fact]
    public void Several_yaml_documents_are_an_error_at_the_second()
    {
        var result = Yaml("a: 1\n---\nb: 2\n");

        Assert.Null(result.Root);
        Assert.Contains("expected one YAML document", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((1, 0), (result.Error.Position.Line, result.Error.Position.Column));
    }

    [Theory]
    [InlineData("spec.yaml", "")]
    [InlineData("spec.yaml", "  \n# only a comment\n")]
    [InlineData("spec.json", "")]
    [InlineData("spec.json", " \r\n\t")]
    public void Empty_file_is_an_error(string path, string text)
    {
        var result = SpecTextReader.Read(path, text, CancellationToken.None);

        Assert.Null(result.Root);
        Assert.Equal("the file is empty", result.Error!.Message);
        Assert.Equal(default, result.Error.Position);
    }

    [Fact]
    public void Null_documents_are_errors()
    {
        Assert.NotNull(Json("null").Error);
        Assert.NotNull(Yaml("---\n").Error);
        Assert.NotNull(Yaml("~\n").Error);
    }

    [Fact]
    public void Complex_keys_are_an_error()
    {
        Assert.Contains("key", Yaml("? [a]\n: 1\n").Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_depth_bomb_is_an_error()
    {
        var result = Json(new string('[', 300) + new string(']', 300));

        Assert.Null(result.Root);
        Assert.Contains("deeper than 256", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(256, result.Error.Position.Column);
    }

    [Fact]
    public void Yaml_depth_bomb_is_an_error()
    {
        var result = Yaml("a: " + new string('[', 300) + new string(']', 300) + "\n");

        Assert.Null(result.Root);
        Assert.Contains("deeper than 256", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_fine()
    {
        Assert.Null(Json(new string('[', 256) + new string(']', 256)).Error);
        Assert.Null(Yaml(new string('[', 256) + new string(']', 256)).Error);
    }

    [Fact]
    public void Aliases_cannot_exceed_the_depth_limit()
    {
        string deep = new string('[', 200) + new string(']', 200);
        var result = Yaml("a: &d " + deep + "\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*d]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n");

        Assert.Contains("deeper than 256", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_propagates()
    {
        string json = "[" + string.Join(",", Enumerable.Repeat("{\"a\": 1}", 5000)) + "]";
        string yaml = string.Concat(Enumerable.Repeat("- a: 1\n", 5000));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SpecTextReader.Read("s.json", json, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => SpecTextReader.Read("s.yaml", yaml, cts.Token));
    }

    // ---------- dispatch ----------

    [Theory]
    [InlineData("api.json", "openapi: 3.1.0", true)]
    [InlineData("dir.v1/API.JSON", "openapi: 3.1.0", true)]
    [InlineData("api.yaml", "{}", false)]
    [InlineData("api.YML", "{}", false)]
    [InlineData("api.txt", "\uFEFF \n {\"openapi\": 1}", true)]
    [InlineData("api", "openapi: 3.1.0", false)]
    [InlineData("dir.json/api", "[1]", false)]
    [InlineData(@"C:\specs.json\api", "{}", true)]
    public void Format_is_chosen_by_extension_then_by_first_char(string path, string text, bool isJson)
    {
        Assert.Equal(isJson, SpecTextReader.IsJson(path, text));
    }

    [Fact]
    public void Yaml_extension_reads_json_text_too()
    {
        var result = SpecTextReader.Read("api.yaml", JsonSpec, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.True(result.LineMap.TryGetPosition(RequestBody, out var position));
        Assert.Equal(10, position.Line);
    }

    private static SpecTextReadResult Json(string text) => SpecTextReader.Read("spec.json", text, CancellationToken.None);

    private static SpecTextReadResult Yaml(string text) => SpecTextReader.Read("spec.yaml", text, CancellationToken.None);

    private static string Lines(params string[] lines) => string.Join("\n", lines);
}
