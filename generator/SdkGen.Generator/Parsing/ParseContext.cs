using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Parsing;

/// <summary>
/// What the mappers share while turning one document into spec records: where each JSON pointer
/// sits in the file, the raw JSON (for facts the OpenAPI object model drops) and the diagnostics so far.
/// </summary>
internal sealed class ParseContext
{
    private readonly SourceLineMap _lineMap;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public ParseContext(string filePath, JsonNode root, SourceLineMap lineMap, CancellationToken cancellationToken)
    {
        FilePath = filePath;
        Root = root;
        _lineMap = lineMap;
        CancellationToken = cancellationToken;
    }

    public string FilePath { get; }

    public JsonNode Root { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, string pointer, params string[] args)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(pointer), args));
    }

    /// <summary>A callback for <see cref="UniqueNames.Claim"/> that reports the rename at <paramref name="pointer"/>.</summary>
    public System.Action<string, string, string> CollisionReporter(string kind, string originalName, string pointer) =>
        (earlier, identifier, renamed) => Report(SdkGen.Generator.Diagnostics.DiagnosticDescriptors.NameCollision, pointer, kind, earlier, originalName, identifier, renamed);

    public LocationInfo Locate(string pointer)
    {
        SourcePosition position = _lineMap.GetNearestPosition(pointer);
        return new LocationInfo(FilePath, position.Offset, position.Length, position.Line, position.Column);
    }

    /// <summary>The raw JSON at <paramref name="pointer"/>, or null when the path does not exist.</summary>
    public JsonNode? RawAt(string pointer)
    {
        JsonNode? node = Root;
        if (pointer.Length == 0)
        {
            return node;
        }

        foreach (string token in pointer.Substring(1).Split('/'))
        {
            string key = token.Replace("~1", "/").Replace("~0", "~");
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(key, out JsonNode? child) ? child : null,
                JsonArray array => int.TryParse(key, out int index) && index >= 0 && index < array.Count ? array[index] : null,
                _ => null,
            };

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static string Append(string pointer, string token)
    {
        var builder = new StringBuilder(pointer.Length + token.Length + 1).Append(pointer).Append('/');
        foreach (char c in token)
        {
            _ = c switch
            {
                '~' => builder.Append("~0"),
                '/' => builder.Append("~1"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public static string Append(string pointer, string token1, string token2) => Append(Append(pointer, token1), token2);
}
