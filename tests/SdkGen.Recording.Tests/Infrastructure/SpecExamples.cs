using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SdkGen.Recording.Tests.Infrastructure;

/// <summary>
/// Reads nodes (the vendors' documented examples, mostly) out of <c>specs/*.yaml</c> and converts them to JSON, so the
/// tests use exactly what the specs document and stay in sync with them. Local <c>$ref</c>s are followed.
/// </summary>
public static partial class SpecExamples
{
    private static readonly ConcurrentDictionary<string, YamlMappingNode> Documents = new(StringComparer.Ordinal);

    /// <summary>The file of a spec copied next to the test assembly.</summary>
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "specs", file);

    /// <summary>The node at <paramref name="path"/> (mapping keys, or sequence indexes) as a JSON node (null for YAML null).</summary>
    public static JsonNode? Node(string file, params string[] path) => ToJson(Find(file, path));

    /// <summary>The node at <paramref name="path"/> as compact JSON text.</summary>
    public static string Json(string file, params string[] path) => Node(file, path)?.ToJsonString() ?? "null";

    /// <summary>The node at <paramref name="path"/> as a JSON object (fails when it is not a mapping).</summary>
    public static JsonObject Object(string file, params string[] path) =>
        Assert.IsType<JsonObject>(Node(file, path));

    /// <summary>The keys of the mapping at <paramref name="path"/>, in document order.</summary>
    public static IReadOnlyList<string> Keys(string file, params string[] path) =>
        Assert.IsType<YamlMappingNode>(Find(file, path)).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToArray();

    private static YamlNode Find(string file, string[] path)
    {
        YamlMappingNode root = Documents.GetOrAdd(file, Load);
        YamlNode node = Resolve(root, root);
        string walked = file + "#";
        foreach (string step in path)
        {
            walked += "/" + step;
            node = node switch
            {
                YamlMappingNode mapping => mapping.Children.TryGetValue(new YamlScalarNode(step), out YamlNode? child)
                    ? child
                    : throw new KeyNotFoundException("No " + walked + " in the spec."),
                YamlSequenceNode sequence => sequence.Children[int.Parse(step, CultureInfo.InvariantCulture)],
                _ => throw new KeyNotFoundException(walked + " goes through a scalar."),
            };
            node = Resolve(root, node);
        }

        return node;
    }

    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(PathOf(file));
        var stream = new YamlStream();
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    // Follows a local {$ref: '#/a/b'} to its target (repeatedly).
    private static YamlNode Resolve(YamlMappingNode root, YamlNode node)
    {
        for (int hops = 0; hops < 16; hops++)
        {
            if (node is not YamlMappingNode mapping
                || !mapping.Children.TryGetValue(new YamlScalarNode("$ref"), out YamlNode? reference)
                || reference is not YamlScalarNode { Value: { } target }
                || !target.StartsWith("#/", StringComparison.Ordinal))
            {
                return node;
            }

            node = root;
            foreach (string raw in target.Substring(2).Split('/'))
            {
                string key = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
            }
        }

        throw new InvalidOperationException("$ref loop");
    }

    // YAML 1.2 core schema: quoted scalars are strings; plain ones may be null, booleans or numbers.
    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    obj[((YamlScalarNode)key).Value!] = ToJson(value);
                }

                return obj;

            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (YamlNode item in sequence.Children)
                {
                    array.Add(ToJson(item));
                }

                return array;

            case YamlScalarNode scalar:
                string text = scalar.Value ?? "";
                if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
                {
                    return JsonValue.Create(text);
                }

                if (text is "" or "~" or "null" or "Null" or "NULL")
                {
                    return null;
                }

                if (text is "true" or "True" or "TRUE")
                {
                    return JsonValue.Create(true);
                }

                if (text is "false" or "False" or "FALSE")
                {
                    return JsonValue.Create(false);
                }

                if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
                {
                    return JsonValue.Create(integer);
                }

                if (FloatPattern().IsMatch(text))
                {
                    return JsonNode.Parse(text.StartsWith('+') ? text.Substring(1) : text);
                }

                return JsonValue.Create(text);

            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?([0-9]+\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
