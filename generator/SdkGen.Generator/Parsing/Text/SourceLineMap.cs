using System;
using System.Collections.Generic;

namespace SdkGen.Generator.Parsing.Text;

/// <summary>
/// A place in the spec text. <see cref="Line"/> and <see cref="Column"/> are 0-based like Roslyn's
/// <c>LinePosition</c>; <see cref="Offset"/> and <see cref="Length"/> count UTF-16 chars of the original
/// string like Roslyn's <c>TextSpan</c>, so a caller can build a <c>Location</c> without re-reading the text.
/// </summary>
internal readonly record struct SourcePosition(int Line, int Column, int Offset, int Length);

/// <summary>
/// Answers "where in the file is this JSON pointer?" so diagnostics about the OpenAPI model can squiggle the
/// exact key the user wrote.
/// </summary>
/// <remarks>
/// Specs reach 12 MB and a million nodes, so no pointer string is stored per node: each node is an id with
/// two ints (offset, length), member names are interned to ids, and a single dictionary maps
/// (parent id, name id or item index) to the child id, so the hot path hashes two ints, never a string.
/// Pointers are only taken apart when someone asks, which is rare (one per diagnostic).
/// Line and column are derived on demand from the line-start table, again to keep per-node cost small.
/// </remarks>
internal sealed class SourceLineMap
{
    private const int NoNode = -1;

    private readonly int[] _lineStarts;
    private readonly int _textLength;
    private readonly int[] _offsets;
    private readonly int[] _lengths;
    private readonly int _count;
    private readonly Dictionary<ChildKey, int> _children;
    private readonly Dictionary<string, int> _nameIds;

    private SourceLineMap(
        int[] lineStarts, int textLength, int[] offsets, int[] lengths, int count, Dictionary<ChildKey, int> children, Dictionary<string, int> nameIds)
    {
        _lineStarts = lineStarts;
        _textLength = textLength;
        _offsets = offsets;
        _lengths = lengths;
        _count = count;
        _children = children;
        _nameIds = nameIds;
    }

    /// <summary>Number of nodes with a recorded position (the root included).</summary>
    public int NodeCount => _count;

    /// <summary>
    /// Exact lookup. Accepts an RFC 6901 pointer (<c>""</c> is the root) or its URI-fragment form (<c>#/a/b</c>),
    /// because Microsoft.OpenApi reports the latter.
    /// </summary>
    public bool TryGetPosition(string jsonPointer, out SourcePosition position)
    {
        int node = Resolve(jsonPointer, out bool exact);
        if (exact && node != NoNode)
        {
            position = PositionOf(node);
            return true;
        }

        position = default;
        return false;
    }

    /// <summary>
    /// The pointer's own position, or that of its closest ancestor that was recorded. Nodes inside an expanded
    /// YAML alias or merge resolve to the alias/merge key, which is the text the user can actually change.
    /// </summary>
    public SourcePosition GetNearestPosition(string jsonPointer)
    {
        int node = Resolve(jsonPointer, out _);
        return node == NoNode ? default : PositionOf(node);
    }

    /// <summary>Converts a raw char offset into a position; used for syntax errors, which have no pointer.</summary>
    public SourcePosition GetPositionAt(int offset, int length) => CreatePosition(_lineStarts, _textLength, offset, length);

    private SourcePosition PositionOf(int node) => CreatePosition(_lineStarts, _textLength, _offsets[node], _lengths[node]);

    private int Resolve(string? jsonPointer, out bool exact)
    {
        exact = false;
        if (_count == 0)
        {
            return NoNode;
        }

        string pointer = jsonPointer ?? string.Empty;
        if (pointer.Length > 0 && pointer[0] == '#')
        {
            pointer = Uri.UnescapeDataString(pointer.Substring(1));
        }

        int node = 0;
        if (pointer.Length == 0)
        {
            exact = true;
            return node;
        }

        if (pointer[0] != '/')
        {
            return node;
        }

        int start = 1;
        while (true)
        {
            int slash = pointer.IndexOf('/', start);
            int end = slash < 0 ? pointer.Length : slash;
            string segment = Unescape(pointer, start, end - start);
            int child = FindChild(node, segment);
            if (child == NoNode)
            {
                return node;
            }

            node = child;
            if (slash < 0)
            {
                exact = true;
                return node;
            }

            start = slash + 1;
        }
    }

    private int FindChild(int parent, string segment)
    {
        // A node is either an object or an array, never both, so trying the index form first cannot shadow a
        // member named "0" of an object.
        if (TryParseArrayIndex(segment, out int index)
            && _children.TryGetValue(ChildKey.Item(parent, index), out int item))
        {
            return item;
        }

        return _nameIds.TryGetValue(segment, out int nameId)
            && _children.TryGetValue(ChildKey.Member(parent, nameId), out int member)
            ? member
            : NoNode;
    }

    private static bool TryParseArrayIndex(string segment, out int index)
    {
        index = 0;
        // RFC 6901: no leading zeros, so "01" is a member name, never an index.
        if (segment.Length == 0 || segment.Length > 9 || (segment.Length > 1 && segment[0] == '0'))
        {
            return false;
        }

        foreach (char c in segment)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            index = (index * 10) + (c - '0');
        }

        return true;
    }

    private static string Unescape(string pointer, int start, int length)
    {
        string segment = pointer.Substring(start, length);
        if (segment.IndexOf('~') < 0)
        {
            return segment;
        }

        // Order matters: "~01" means "~1" literally, so "~1" must be decoded before "~0".
        return segment.Replace("~1", "/").Replace("~0", "~");
    }

    private static SourcePosition CreatePosition(int[] lineStarts, int textLength, int offset, int length)
    {
        if (offset < 0)
        {
            offset = 0;
        }

        if (offset > textLength)
        {
            offset = textLength;
        }

        if (length < 0 || offset + length > textLength)
        {
            length = textLength - offset;
        }

        int line = FindLine(lineStarts, offset);
        return new SourcePosition(line, offset - lineStarts[line], offset, length);
    }

    private static int FindLine(int[] lineStarts, int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>
    /// Line starts by Roslyn's rules (CR, LF, CRLF, NEL, LS, PS), so the line numbers we report match what the IDE
    /// shows for the same additional file.
    /// </summary>
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > '\r' && c < '\u0085')
            {
                continue;
            }

            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    /// <summary>
    /// Key of the child table: members and items share one table, told apart by the low bit of
    /// <see cref="Code"/> (name id * 2 + 1 for members, index * 2 for items).
    /// </summary>
    private readonly struct ChildKey : IEquatable<ChildKey>
    {
        private ChildKey(int parent, int code)
        {
            Parent = parent;
            Code = code;
        }

        public int Parent { get; }

        public int Code { get; }

        public static ChildKey Member(int parent, int nameId) => new ChildKey(parent, (nameId * 2) + 1);

        public static ChildKey Item(int parent, int index) => new ChildKey(parent, index * 2);

        public bool Equals(ChildKey other) => Parent == other.Parent && Code == other.Code;

        public override bool Equals(object? obj) => obj is ChildKey other && Equals(other);

        // Multiplying by a large odd constant spreads parents apart so (parent, code) pairs rarely collide.
        public override int GetHashCode() => unchecked((Parent * -1521134295) + Code);
    }

    /// <summary>
    /// Filled by the JSON and YAML readers in document order. Node ids are handed out densely so the per-node
    /// data lives in two flat int arrays.
    /// </summary>
    internal sealed class Builder
    {
        private readonly int[] _lineStarts;
        private readonly int _textLength;
        private readonly string _text;
        private readonly Dictionary<ChildKey, int> _children;
        private readonly Dictionary<string, int> _nameIds = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<string> _names = new List<string>();
        private int[] _offsets = new int[64];
        private int[] _lengths = new int[64];
        private int _count;

        public Builder(string text)
        {
            _text = text;
            _textLength = text.Length;
            _lineStarts = ComputeLineStarts(text);
            // Specs run about 10-40 chars per node; sizing for the sparse end skips most rehashing without
            // reserving much that goes unused (netstandard2.0 cannot trim a Dictionary afterwards).
            _children = new Dictionary<ChildKey, int>(Math.Min(1 << 20, text.Length / 32));
        }

        public bool HasRoot => _count > 0;

        public int AddRoot(int offset, int length)
        {
            if (_count > 0)
            {
                return NoNode;
            }

            return Append(offset, length);
        }

        /// <summary>
        /// Returns the one shared instance of <paramref name="name"/> and its id. Keys repeat endlessly in specs
        /// ("type", "description"), so readers use the shared string in the tree as well.
        /// </summary>
        public string InternName(string name, out int nameId)
        {
            if (_nameIds.TryGetValue(name, out nameId))
            {
                return _names[nameId];
            }

            nameId = _names.Count;
            _names.Add(name);
            _nameIds.Add(name, nameId);
            return name;
        }

        /// <summary>
        /// Records an object member at its key. Returns -1 (and records nothing) when the parent is unknown,
        /// e.g. inside an expanded alias, or when the member already exists, which the JSON reader reports as a
        /// duplicate key.
        /// </summary>
        public int AddMember(int parent, int nameId, int offset, int length)
        {
            if (parent < 0)
            {
                return NoNode;
            }

            var key = ChildKey.Member(parent, nameId);
            if (_children.ContainsKey(key))
            {
                return NoNode;
            }

            int id = Append(offset, length);
            _children.Add(key, id);
            return id;
        }

        public int AddMember(int parent, string name, int offset, int length)
        {
            InternName(name, out int nameId);
            return AddMember(parent, nameId, offset, length);
        }

        public int AddItem(int parent, int index, int offset, int length)
        {
            if (parent < 0)
            {
                return NoNode;
            }

            int id = Append(offset, length);
            _children[ChildKey.Item(parent, index)] = id;
            return id;
        }

        public void SetLength(int node, int length)
        {
            if (node >= 0)
            {
                _lengths[node] = length;
            }
        }

        /// <summary>
        /// A container's "head": from its start to the end of that line, capped at the container's end. Squiggling
        /// a whole 500-line schema is useless; its first line identifies it.
        /// </summary>
        public int HeadLength(int start, int containerEnd)
        {
            if (start >= _textLength)
            {
                return 0;
            }

            int line = FindLine(_lineStarts, start);
            int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _textLength;
            if (containerEnd > start && containerEnd < end)
            {
                end = containerEnd;
            }

            while (end > start + 1 && (IsLineBreak(_text[end - 1]) || _text[end - 1] == ' ' || _text[end - 1] == '\t'))
            {
                end--;
            }

            return end - start;
        }

        public SourcePosition PositionAt(int offset, int length) => CreatePosition(_lineStarts, _textLength, offset, length);

        public SourceLineMap Build()
        {
            if (_count == 0)
            {
                return new SourceLineMap(_lineStarts, _textLength, Array.Empty<int>(), Array.Empty<int>(), 0, _children, _nameIds);
            }

            // Trim the growth slack: the map may be cached for the whole IDE session.
            Array.Resize(ref _offsets, _count);
            Array.Resize(ref _lengths, _count);
            return new SourceLineMap(_lineStarts, _textLength, _offsets, _lengths, _count, _children, _nameIds);
        }

        private int Append(int offset, int length)
        {
            if (_count == _offsets.Length)
            {
                Array.Resize(ref _offsets, _count * 2);
                Array.Resize(ref _lengths, _count * 2);
            }

            _offsets[_count] = offset;
            _lengths[_count] = length;
            return _count++;
        }
    }
}
