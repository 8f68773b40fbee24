using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace SdkGen.Generator.Parsing.Text;

/// <summary>
/// Reads a JSON spec into a <see cref="JsonNode"/> tree and its <see cref="SourceLineMap"/> in one
/// <see cref="Utf8JsonReader"/> pass.
/// </summary>
/// <remarks>
/// One pass rather than <c>JsonNode.Parse</c> plus a position pass: <c>JsonNode.Parse</c> builds lazily
/// (the tree is materialised, and duplicate keys throw, on first access, possibly on another thread), caps
/// depth at 64, and keeps the whole parsed document alive behind every value.
/// </remarks>
internal static class JsonSpecReader
{
    /// <summary>Deepest nesting accepted; consumers of the tree recurse, so bound it here.</summary>
    internal const int MaxDepth = 256;

    private const int CancellationCheckInterval = 4096;

    public static SpecTextReadResult Read(string text, CancellationToken ct)
    {
        text ??= string.Empty;
        var map = new SourceLineMap.Builder(text);
        try
        {
            return ReadCore(text, map, ct);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The contract is "never throw": an unexpected failure is still a problem with this file.
            return Fail(map, "the JSON document could not be read: " + ex.Message, map.PositionAt(0, 0));
        }
    }

    private static SpecTextReadResult ReadCore(string text, SourceLineMap.Builder map, CancellationToken ct)
    {
        // Utf8JsonReader rejects a BOM, and the text came from a file that may have had one.
        int charBase = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (IsBlank(text, charBase))
        {
            return Fail(map, "the file is empty", map.PositionAt(0, 0));
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(charBase == 0 ? text : text.Substring(charBase));
        var offsets = new Utf8ToUtf16Offsets(utf8, charBase, text.Length - charBase);
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            // One above ours so that our own check, with a clearer message, fires first.
            MaxDepth = MaxDepth + 1,
        };
        var reader = new Utf8JsonReader(utf8, options);
        var frames = new Frame[16];
        int depth = 0;
        JsonNode? root = null;
        bool sawRoot = false;
        int tokens = 0;

        try
        {
            while (reader.Read())
            {
                if (++tokens % CancellationCheckInterval == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                JsonTokenType type = reader.TokenType;
                int start = offsets.ToCharOffset(reader.TokenStartIndex);
                switch (type)
                {
                    case JsonTokenType.PropertyName:
                    {
                        ref Frame frame = ref frames[depth - 1];
                        string name = map.InternName(reader.GetString()!, out int nameId);
                        int length = offsets.ToCharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + 2) - start;
                        int id = map.AddMember(frame.MapId, nameId, start, length);
                        if (id < 0)
                        {
                            // JsonObject would throw later, and OpenAPI forbids duplicates anyway.
                            return Fail(map, $"duplicate key '{name}'", map.PositionAt(start, length));
                        }

                        frame.PendingName = name;
                        frame.PendingId = id;
                        break;
                    }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                    {
                        if (depth >= MaxDepth)
                        {
                            return Fail(map, FormattableString.Invariant($"the document nests deeper than {MaxDepth} levels"), map.PositionAt(start, 1));
                        }

                        bool isObject = type == JsonTokenType.StartObject;
                        JsonNode container = isObject ? new JsonObject() : new JsonArray();
                        int id = Place(map, frames, depth, start, 1, out bool isItem);
                        Attach(frames, depth, container, ref root, ref sawRoot);
                        if (depth == frames.Length)
                        {
                            Array.Resize(ref frames, frames.Length * 2);
                        }

                        frames[depth++] = new Frame(container, id, start, isItem);
                        break;
                    }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                    {
                        Frame frame = frames[--depth];
                        frames[depth] = default;
                        if (frame.NeedsHeadLength)
                        {
                            map.SetLength(frame.MapId, map.HeadLength(frame.Start, start + 1));
                        }

                        break;
                    }

                    default:
                    {
                        int rawLength = reader.ValueSpan.Length + (type == JsonTokenType.String ? 2 : 0);
                        int length = offsets.ToCharOffset(reader.TokenStartIndex + rawLength) - start;
                        JsonNode? value = type switch
                        {
                            JsonTokenType.String => JsonValue.Create(reader.GetString()),
                            // The element keeps the number's text, so "1.0" stays "1.0" and 30-digit
                            // integers survive; a CLR number would normalise or overflow.
                            JsonTokenType.Number => JsonValue.Create(JsonElement.ParseValue(ref reader)),
                            JsonTokenType.True => JsonValue.Create(true),
                            JsonTokenType.False => JsonValue.Create(false),
                            _ => null,
                        };
                        Place(map, frames, depth, start, length, out _);
                        Attach(frames, depth, value, ref root, ref sawRoot);
                        break;
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            int offset = ErrorOffset(utf8, offsets, ex);
            return Fail(map, StripPositionSuffix(ex.Message), map.PositionAt(offset, 0));
        }

        if (!sawRoot)
        {
            return Fail(map, "the file is empty", map.PositionAt(0, 0));
        }

        if (root is null)
        {
            return Fail(map, "the document is null", map.PositionAt(charBase, 0));
        }

        return SpecTextReadResult.Success(root, map.Build());
    }

    private static int Place(SourceLineMap.Builder map, Frame[] frames, int depth, int start, int length, out bool isItemOrRoot)
    {
        if (depth == 0)
        {
            isItemOrRoot = true;
            return map.AddRoot(start, length);
        }

        ref Frame parent = ref frames[depth - 1];
        if (parent.Node is JsonArray)
        {
            isItemOrRoot = true;
            return map.AddItem(parent.MapId, parent.NextIndex++, start, length);
        }

        // Members were recorded at their key, which is where a user wants the squiggle.
        isItemOrRoot = false;
        return parent.PendingId;
    }

    private static void Attach(Frame[] frames, int depth, JsonNode? value, ref JsonNode? root, ref bool sawRoot)
    {
        if (depth == 0)
        {
            root = value;
            sawRoot = true;
            return;
        }

        ref Frame parent = ref frames[depth - 1];
        if (parent.Node is JsonObject obj)
        {
            obj.Add(parent.PendingName!, value);
        }
        else
        {
            ((JsonArray)parent.Node).Add(value);
        }
    }

    private static int ErrorOffset(byte[] utf8, Utf8ToUtf16Offsets offsets, JsonException ex)
    {
        // The reader counts lines by '\n' and columns in bytes; go back to an absolute byte offset and let the
        // line map re-derive line and column in chars, by the same line rules as every other position.
        long line = ex.LineNumber ?? 0;
        long byteInLine = ex.BytePositionInLine ?? 0;
        int index = 0;
        for (long seen = 0; seen < line && index < utf8.Length; index++)
        {
            if (utf8[index] == (byte)'\n')
            {
                seen++;
            }
        }

        long absolute = Math.Min(utf8.Length, index + byteInLine);
        return offsets.ToCharOffset(absolute);
    }

    private static string StripPositionSuffix(string message)
    {
        // The reader appends its own 0-based byte position, which would contradict the position we report.
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message.Substring(0, at) : message;
    }

    private static bool IsBlank(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static SpecTextReadResult Fail(SourceLineMap.Builder map, string message, SourcePosition position) =>
        SpecTextReadResult.Failure(new SpecSyntaxError(message, position), map.Build());

    private struct Frame
    {
        public Frame(JsonNode node, int mapId, int start, bool needsHeadLength)
        {
            Node = node;
            MapId = mapId;
            Start = start;
            NeedsHeadLength = needsHeadLength;
            NextIndex = 0;
            PendingName = null;
            PendingId = -1;
        }

        public JsonNode Node;
        public int MapId;
        public int Start;
        public bool NeedsHeadLength;
        public int NextIndex;
        public string? PendingName;
        public int PendingId;
    }

    /// <summary>
    /// Converts the reader's byte offsets into UTF-16 offsets of the original string. Tokens arrive in order,
    /// so a forward-only cursor makes the whole conversion linear.
    /// </summary>
    private sealed class Utf8ToUtf16Offsets
    {
        private readonly byte[] _utf8;
        private readonly int _charBase;
        private readonly bool _isAscii;
        private int _byte;
        private int _char;

        public Utf8ToUtf16Offsets(byte[] utf8, int charBase, int charCount)
        {
            _utf8 = utf8;
            _charBase = charBase;
            // One byte per char only happens for pure ASCII, and then offsets coincide.
            _isAscii = utf8.Length == charCount;
        }

        public int ToCharOffset(long byteOffset)
        {
            if (byteOffset > _utf8.Length)
            {
                byteOffset = _utf8.Length;
            }

            if (_isAscii)
            {
                return _charBase + (int)byteOffset;
            }

            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            while (_byte < byteOffset)
            {
                byte b = _utf8[_byte++];
                // Continuation bytes add nothing; a 4-byte sequence is a surrogate pair, i.e. two chars.
                if ((b & 0xC0) != 0x80)
                {
                    _char += b >= 0xF0 ? 2 : 1;
                }
            }

            return _charBase + _char;
        }
    }
}
