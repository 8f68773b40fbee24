using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SdkGen.Generator.Parsing.Text;

/// <summary>
/// Reads a YAML spec into the same <see cref="JsonNode"/> tree the JSON reader produces, so everything after this
/// layer is format-agnostic.
/// </summary>
/// <remarks>
/// Works on YamlDotNet's event stream rather than its representation model: the model builds a second full tree
/// that we would only copy, and it cannot be told to stop early on alias bombs or deep nesting. Scalars follow the
/// YAML 1.2 core schema (not 1.1: <c>on</c>, <c>yes</c>, <c>no</c> stay strings, since OpenAPI documents use them
/// as plain words).
/// </remarks>
internal static class YamlSpecReader
{
    /// <summary>Same bound as JSON; consumers of the tree recurse.</summary>
    internal const int MaxDepth = JsonSpecReader.MaxDepth;

    /// <summary>Absolute cap on nodes after alias expansion, whatever the input size.</summary>
    internal const long MaxExpandedNodes = 5_000_000;

    public static SpecTextReadResult Read(string text, CancellationToken ct)
    {
        text ??= string.Empty;
        var map = new SourceLineMap.Builder(text);
        try
        {
            return new Converter(text, map, ct).Run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (YamlException ex)
        {
            int charBase = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            SourcePosition position = ex.Start.Index > 0 || ex.Start.Line > 0
                ? map.PositionAt((int)Math.Min(int.MaxValue - 1, ex.Start.Index) + charBase, 0)
                : map.PositionAt(0, 0);
            return SpecTextReadResult.Failure(new SpecSyntaxError(CleanMessage(ex.Message), position), map.Build());
        }
        catch (Exception ex)
        {
            // The contract is "never throw": an unexpected failure is still a problem with this file.
            return SpecTextReadResult.Failure(
                new SpecSyntaxError("the YAML document could not be read: " + ex.Message, map.PositionAt(0, 0)), map.Build());
        }
    }

    private static string CleanMessage(string message)
    {
        // Some YamlDotNet messages embed "(Line: 1, Col: 2, Idx: 1) - (...): "; we report the position separately.
        if (message.StartsWith("(Line:", StringComparison.Ordinal))
        {
            int colon = message.IndexOf("): ", StringComparison.Ordinal);
            if (colon > 0)
            {
                return message.Substring(colon + 3);
            }
        }

        return message;
    }

    /// <summary>Thrown inside the converter to unwind to <see cref="Read"/> with a positioned message.</summary>
    private sealed class ConversionException : Exception
    {
        public ConversionException(string message, int offset, int length)
            : base(message)
        {
            Offset = offset;
            Length = length;
        }

        public int Offset { get; }

        public int Length { get; }
    }

    private sealed class Converter
    {
        private const string TagPrefix = "tag:yaml.org,2002:";
        private const int CancellationCheckInterval = 4096;

        private readonly string _text;
        private readonly SourceLineMap.Builder _map;
        private readonly CancellationToken _ct;
        private readonly int _charBase;
        private readonly long _nodeBudget;
        private readonly List<Frame> _frames = new List<Frame>();
        private readonly Dictionary<string, AnchorEntry> _anchors = new Dictionary<string, AnchorEntry>(StringComparer.Ordinal);
        // Anchored containers stay referenced by _anchors; a merge must copy from them, never move out of them.
        private readonly Dictionary<JsonNode, long> _anchoredNodeSizes = new Dictionary<JsonNode, long>(ReferenceComparer.Instance);
        private readonly Dictionary<string, JsonElement> _numbers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        private int _depth;
        private int _lastEnd;
        private long _nodes;
        private JsonNode? _root;
        private bool _sawRoot;

        public Converter(string text, SourceLineMap.Builder map, CancellationToken ct)
        {
            _text = text;
            _map = map;
            _ct = ct;
            _charBase = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            // Legitimate reuse through aliases stays far below ten nodes per input char; bombs blow past it fast.
            _nodeBudget = Math.Min(MaxExpandedNodes, Math.Max(100_000L, 10L * text.Length));
        }

        public SpecTextReadResult Run()
        {
            try
            {
                return RunCore();
            }
            catch (ConversionException ex)
            {
                return SpecTextReadResult.Failure(new SpecSyntaxError(ex.Message, _map.PositionAt(ex.Offset, ex.Length)), _map.Build());
            }
        }

        private SpecTextReadResult RunCore()
        {
            // Same length as the text, so every offset YamlDotNet reports is still an offset into _text.
            var reader = new StringReader(YamlBlockScalarLeadingLine.Normalize(_text));
            if (_charBase > 0)
            {
                // YamlDotNet would otherwise make the BOM part of the first key.
                reader.Read();
            }

            var parser = new Parser(reader);
            bool sawDocument = false;
            int events = 0;
            while (MoveNext(parser))
            {
                if (++events % CancellationCheckInterval == 0)
                {
                    _ct.ThrowIfCancellationRequested();
                }

                switch (parser.Current)
                {
                    case Scalar scalar:
                        OnScalar(scalar);
                        break;
                    case MappingStart mapping:
                        OnContainerStart(mapping, isMapping: true);
                        break;
                    case SequenceStart sequence:
                        OnContainerStart(sequence, isMapping: false);
                        break;
                    case MappingEnd end:
                        OnContainerEnd(end);
                        break;
                    case SequenceEnd end:
                        OnContainerEnd(end);
                        break;
                    case AnchorAlias alias:
                        OnAlias(alias);
                        break;
                    case DocumentStart document:
                        if (sawDocument)
                        {
                            // An OpenAPI file is one document; silently taking the first would hide the rest.
                            throw Error("expected one YAML document, found another", document.Start, document.End);
                        }

                        sawDocument = true;
                        break;
                }
            }

            if (!sawDocument || !_sawRoot)
            {
                return SpecTextReadResult.Failure(new SpecSyntaxError("the file is empty", _map.PositionAt(0, 0)), _map.Build());
            }

            if (_root is null)
            {
                return SpecTextReadResult.Failure(new SpecSyntaxError("the document is empty", _map.PositionAt(_charBase, 0)), _map.Build());
            }

            return SpecTextReadResult.Success(_root, _map.Build());
        }

        private bool MoveNext(Parser parser)
        {
            try
            {
                bool moved = parser.MoveNext();
                if (moved)
                {
                    _lastEnd = Offset(parser.Current!.End);
                }

                return moved;
            }
            catch (Exception ex) when (ex is not YamlException and not OperationCanceledException)
            {
                // Some malformed input (e.g. an unclosed flow sequence followed by `key: value`) trips an internal
                // InvalidOperationException in YamlDotNet instead of a YamlException; the end of the last good
                // event is the best position we have.
                throw new ConversionException("the YAML is malformed after this point (" + ex.Message + ")", _lastEnd, 0);
            }
        }

        private void OnScalar(Scalar scalar)
        {
            int start = Offset(scalar.Start);
            int length = Offset(scalar.End) - start;
            Frame? parent = Top;
            if (parent is { IsMapping: true, HasKey: false })
            {
                JsonNode? keyValue = null;
                if (!scalar.Anchor.IsEmpty)
                {
                    keyValue = ResolveScalar(scalar, start, length);
                }

                // Keys are JSON member names: always the text as written, so `200:` is "200", `true:` is "true".
                bool isMerge = scalar.Style == ScalarStyle.Plain && scalar.Value == "<<"
                    && (scalar.Tag.IsEmpty || scalar.Tag.Value == TagPrefix + "merge");
                SetKey(parent, scalar.Value, isMerge, start, length);
                if (!scalar.Anchor.IsEmpty)
                {
                    Register(scalar.Anchor.Value, keyValue, scalar.Value, size: 1, height: 0);
                }

                return;
            }

            JsonNode? value = ResolveScalar(scalar, start, length);
            CountNodes(1, start, length);
            if (!scalar.Anchor.IsEmpty)
            {
                Register(scalar.Anchor.Value, value, scalar.Value, size: 1, height: 0);
            }

            Deliver(value, height: 0, owned: true, placed: false, start, length);
        }

        private void OnAlias(AnchorAlias alias)
        {
            int start = Offset(alias.Start);
            int length = Offset(alias.End) - start;
            if (!_anchors.TryGetValue(alias.Value.Value, out AnchorEntry? entry))
            {
                throw new ConversionException($"unknown anchor '{alias.Value.Value}'", start, length);
            }

            Frame? parent = Top;
            if (parent is { IsMapping: true, HasKey: false })
            {
                if (entry.ScalarText is null)
                {
                    throw new ConversionException("a mapping key must be a scalar", start, length);
                }

                SetKey(parent, entry.ScalarText, isMerge: false, start, length);
                return;
            }

            if (_depth + entry.Height > MaxDepth)
            {
                throw new ConversionException(FormattableString.Invariant($"the document nests deeper than {MaxDepth} levels once aliases are expanded"), start, length);
            }

            // Budget before copying, so a bomb is refused before it allocates.
            CountNodes(entry.Size, start, length);
            Deliver(entry.Node?.DeepClone(), entry.Height, owned: true, placed: false, start, length);
        }

        private void OnContainerStart(NodeEvent node, bool isMapping)
        {
            int start = Offset(node.Start);
            Frame? parent = Top;
            if (parent is { IsMapping: true, HasKey: false })
            {
                throw new ConversionException("complex mapping keys are not supported; a key must be a scalar", start, 1);
            }

            if (_depth >= MaxDepth)
            {
                throw new ConversionException(FormattableString.Invariant($"the document nests deeper than {MaxDepth} levels"), start, 1);
            }

            CountNodes(1, start, 1);
            int id = Place(parent, start, 0, out bool needsHeadLength);
            Frame frame = Push();
            frame.Reset(
                isMapping ? new JsonObject() : new JsonArray(),
                id,
                start,
                needsHeadLength,
                node.Anchor.IsEmpty ? null : node.Anchor.Value,
                _nodes - 1);
        }

        private void OnContainerEnd(ParsingEvent end)
        {
            Frame frame = Pop();
            int endOffset = Offset(end.End);
            if (frame.Merges is not null)
            {
                ApplyMerges(frame);
            }

            if (frame.NeedsHeadLength)
            {
                _map.SetLength(frame.MapId, _map.HeadLength(frame.Start, endOffset));
            }

            JsonNode node = frame.Node!;
            int height = frame.Height + 1;
            if (frame.Anchor is not null)
            {
                long size = _nodes - frame.NodesAtStart;
                Register(frame.Anchor, node, null, size, height);
                _anchoredNodeSizes[node] = size;
            }

            int start = frame.Start;
            frame.Clear();
            Deliver(node, height, owned: !_anchoredNodeSizes.ContainsKey(node), placed: true, start, 1);
        }

        private void SetKey(Frame frame, string key, bool isMerge, int start, int length)
        {
            if (isMerge)
            {
                if (frame.SawMergeKey)
                {
                    throw new ConversionException("duplicate key '<<'", start, length);
                }

                frame.SawMergeKey = true;
                frame.KeyId = -1;
            }
            else
            {
                // One string instance per distinct key, shared by the tree and the map.
                key = _map.InternName(key, out int nameId);
                if (((JsonObject)frame.Node!).ContainsKey(key))
                {
                    throw new ConversionException($"duplicate key '{key}'", start, length);
                }

                frame.KeyId = _map.AddMember(frame.MapId, nameId, start, length);
            }

            frame.HasKey = true;
            frame.Key = key;
            frame.KeyIsMerge = isMerge;
            frame.KeyStart = start;
            frame.KeyLength = length;
        }

        private int Place(Frame? parent, int start, int length, out bool needsHeadLength)
        {
            needsHeadLength = false;
            if (parent is null)
            {
                needsHeadLength = true;
                return _map.AddRoot(start, length);
            }

            if (parent.IsMapping)
            {
                // Members were recorded at their key, which is where a user wants the squiggle.
                return parent.KeyId;
            }

            needsHeadLength = true;
            return _map.AddItem(parent.MapId, parent.NextIndex, start, length);
        }

        /// <summary>
        /// Hands a finished value to its parent. <paramref name="placed"/> is true for containers, which recorded
        /// their map entry when they started so that their children could refer to it.
        /// </summary>
        private void Deliver(JsonNode? value, int height, bool owned, bool placed, int start, int length)
        {
            Frame? parent = Top;
            if (parent is null)
            {
                if (!placed)
                {
                    _map.AddRoot(start, length);
                }

                _root = value;
                _sawRoot = true;
                return;
            }

            parent.Height = Math.Max(parent.Height, height);
            if (!parent.IsMapping)
            {
                if (!placed)
                {
                    _map.AddItem(parent.MapId, parent.NextIndex, start, length);
                }

                parent.NextIndex++;
                ((JsonArray)parent.Node!).Add(value);
                return;
            }

            if (parent.KeyIsMerge)
            {
                AddMergeSource(parent, value, owned);
            }
            else
            {
                ((JsonObject)parent.Node!).Add(parent.Key!, value);
            }

            parent.HasKey = false;
            parent.Key = null;
        }

        private void AddMergeSource(Frame frame, JsonNode? value, bool owned)
        {
            bool valid = value is JsonObject;
            if (value is JsonArray sequence)
            {
                valid = true;
                foreach (JsonNode? item in sequence)
                {
                    valid &= item is JsonObject;
                }
            }

            if (!valid)
            {
                throw new ConversionException(
                    "the value of a merge key '<<' must be a mapping or a sequence of mappings", frame.KeyStart, frame.KeyLength);
            }

            frame.Merges ??= new List<MergeSource>();
            frame.Merges.Add(new MergeSource(value!, owned, frame.KeyStart, frame.KeyLength));
        }

        private void ApplyMerges(Frame frame)
        {
            var target = (JsonObject)frame.Node!;
            // Explicit keys win over merged ones, and earlier merge sources win over later ones (YAML merge spec),
            // which is exactly "first writer wins".
            foreach (MergeSource source in frame.Merges!)
            {
                if (source.Node is JsonObject single)
                {
                    MergeInto(target, frame.MapId, single, source.Owned, source);
                }
                else
                {
                    foreach (JsonNode? item in (JsonArray)source.Node)
                    {
                        MergeInto(target, frame.MapId, (JsonObject)item!, source.Owned, source);
                    }
                }
            }
        }

        private void MergeInto(JsonObject target, int targetId, JsonObject source, bool owned, MergeSource origin)
        {
            bool move = owned && !_anchoredNodeSizes.ContainsKey(source);
            if (!move && _anchoredNodeSizes.TryGetValue(source, out long size))
            {
                CountNodes(size, origin.KeyStart, origin.KeyLength);
            }

            var members = new List<KeyValuePair<string, JsonNode?>>(source.Count);
            foreach (KeyValuePair<string, JsonNode?> member in source)
            {
                members.Add(member);
            }

            if (move)
            {
                // Detach before re-parenting: a JsonNode can have one parent only.
                source.Clear();
            }

            foreach (KeyValuePair<string, JsonNode?> member in members)
            {
                if (target.ContainsKey(member.Key))
                {
                    continue;
                }

                target.Add(member.Key, move ? member.Value : member.Value?.DeepClone());
                // Merged members have no text of their own; the `<<` key is what brought them in.
                _map.AddMember(targetId, member.Key, origin.KeyStart, origin.KeyLength);
            }
        }

        private JsonNode? ResolveScalar(Scalar scalar, int start, int length)
        {
            string value = scalar.Value;
            TagName tag = scalar.Tag;
            if (!tag.IsEmpty)
            {
                if (tag.IsNonSpecific || !tag.Value.StartsWith(TagPrefix, StringComparison.Ordinal))
                {
                    // "!" and application tags: we cannot interpret them, and a string loses nothing.
                    return JsonValue.Create(value);
                }

                switch (tag.Value.Substring(TagPrefix.Length))
                {
                    case "null":
                        return value.Length == 0 || YamlCoreScalars.IsNull(value)
                            ? null
                            : throw new ConversionException($"'{value}' is not a valid !!null value", start, length);
                    case "bool":
                        return YamlCoreScalars.TryBool(value, out bool flag)
                            ? JsonValue.Create(flag)
                            : throw new ConversionException($"'{value}' is not a valid !!bool value", start, length);
                    case "int":
                        return YamlCoreScalars.TryNumber(value, allowFloat: false, out string? integer)
                            ? CreateNumber(integer!)
                            : throw new ConversionException($"'{value}' is not a valid !!int value", start, length);
                    case "float":
                        if (YamlCoreScalars.IsSpecialFloat(value))
                        {
                            // JSON has no Infinity/NaN; the text is the only faithful form.
                            return JsonValue.Create(value);
                        }

                        return YamlCoreScalars.TryNumber(value, allowFloat: true, out string? number)
                            ? CreateNumber(number!)
                            : throw new ConversionException($"'{value}' is not a valid !!float value", start, length);
                    default:
                        return JsonValue.Create(value);
                }
            }

            if (scalar.Style != ScalarStyle.Plain)
            {
                // Quoting is how YAML authors say "string"; `"1.0"` must not become a number.
                return JsonValue.Create(value);
            }

            if (value.Length == 0 || YamlCoreScalars.IsNull(value))
            {
                return null;
            }

            if (YamlCoreScalars.TryBool(value, out bool boolean))
            {
                return JsonValue.Create(boolean);
            }

            if (YamlCoreScalars.TryNumber(value, allowFloat: true, out string? json))
            {
                return CreateNumber(json!);
            }

            return JsonValue.Create(value);
        }

        private JsonNode CreateNumber(string json)
        {
            // A JsonElement keeps the number's text, so `1.0` round-trips as 1.0 and huge integers do not overflow.
            // Elements are immutable and the same few numbers recur, so they are parsed once each.
            if (!_numbers.TryGetValue(json, out JsonElement element))
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
                reader.Read();
                element = JsonElement.ParseValue(ref reader);
                _numbers.Add(json, element);
            }

            // Only null elements give a null JsonValue, and a number element never is one.
            return JsonValue.Create(element)!;
        }

        private void Register(string anchor, JsonNode? node, string? scalarText, long size, int height)
        {
            // Redefining an anchor is legal YAML: later aliases refer to the latest definition.
            _anchors[anchor] = new AnchorEntry(node, scalarText, size, height);
        }

        private void CountNodes(long count, int start, int length)
        {
            _nodes += count;
            if (_nodes > _nodeBudget)
            {
                throw new ConversionException(
                    FormattableString.Invariant($"the document expands too much: aliases produce more than {_nodeBudget} nodes"), start, length);
            }
        }

        private int Offset(Mark mark)
        {
            long offset = mark.Index + _charBase;
            return offset > _text.Length ? _text.Length : (int)offset;
        }

        private ConversionException Error(string message, Mark start, Mark end)
        {
            int offset = Offset(start);
            return new ConversionException(message, offset, Math.Max(0, Offset(end) - offset));
        }

        private Frame? Top => _depth == 0 ? null : _frames[_depth - 1];

        private Frame Push()
        {
            if (_depth == _frames.Count)
            {
                _frames.Add(new Frame());
            }

            return _frames[_depth++];
        }

        private Frame Pop() => _frames[--_depth];
    }

    private sealed class AnchorEntry
    {
        public AnchorEntry(JsonNode? node, string? scalarText, long size, int height)
        {
            Node = node;
            ScalarText = scalarText;
            Size = size;
            Height = height;
        }

        public JsonNode? Node { get; }

        /// <summary>Set for scalar anchors only, so an alias can also serve as a mapping key.</summary>
        public string? ScalarText { get; }

        /// <summary>Nodes one expansion adds; charged against the budget before copying.</summary>
        public long Size { get; }

        /// <summary>Levels the node adds when expanded, to keep aliases from breaking the depth bound.</summary>
        public int Height { get; }
    }

    private readonly struct MergeSource
    {
        public MergeSource(JsonNode node, bool owned, int keyStart, int keyLength)
        {
            Node = node;
            Owned = owned;
            KeyStart = keyStart;
            KeyLength = keyLength;
        }

        public JsonNode Node { get; }

        /// <summary>Whether nothing else references the node, so its members can be moved instead of copied.</summary>
        public bool Owned { get; }

        public int KeyStart { get; }

        public int KeyLength { get; }
    }

    /// <summary>One open mapping or sequence. Instances are reused per depth level to keep allocation flat.</summary>
    private sealed class Frame
    {
        public JsonNode? Node;
        public int MapId;
        public int Start;
        public bool NeedsHeadLength;
        public string? Anchor;
        public long NodesAtStart;
        public int Height;
        public int NextIndex;
        public bool HasKey;
        public string? Key;
        public int KeyId;
        public bool KeyIsMerge;
        public int KeyStart;
        public int KeyLength;
        public bool SawMergeKey;
        public List<MergeSource>? Merges;

        public bool IsMapping => Node is JsonObject;

        public void Reset(JsonNode node, int mapId, int start, bool needsHeadLength, string? anchor, long nodesAtStart)
        {
            Clear();
            Node = node;
            MapId = mapId;
            Start = start;
            NeedsHeadLength = needsHeadLength;
            Anchor = anchor;
            NodesAtStart = nodesAtStart;
        }

        public void Clear()
        {
            Node = null;
            MapId = -1;
            Start = 0;
            NeedsHeadLength = false;
            Anchor = null;
            NodesAtStart = 0;
            Height = 0;
            NextIndex = 0;
            HasKey = false;
            Key = null;
            KeyId = -1;
            KeyIsMerge = false;
            KeyStart = 0;
            KeyLength = 0;
            SawMergeKey = false;
            Merges = null;
        }
    }

    /// <summary>Identity comparison; netstandard2.0 has no ReferenceEqualityComparer.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<JsonNode>
    {
        public static readonly ReferenceComparer Instance = new ReferenceComparer();

        public bool Equals(JsonNode? x, JsonNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(JsonNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
