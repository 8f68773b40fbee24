using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Where a generated read of one object stands: the current property, which properties were seen (for the
/// required check) and where to start matching the next name. A local of the generated method, so reads on
/// many threads share nothing. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct JsonObjectState
{
    // Properties 0–63 live in a word; a model with more (rare) grows an array the first time one is seen.
    private ulong _seen;
    private ulong[]? _moreSeen;

    internal JsonObjectState(bool keepUnknownNames)
    {
        _seen = 0;
        _moreSeen = null;
        KeepsUnknownNames = keepUnknownNames;
        Property = JsonPropertyNames.Unknown;
        UnknownName = null;
        Hint = 0;
    }

    /// <summary>The index of the property whose value the reader is on, or <see cref="JsonPropertyNames.Unknown"/>.</summary>
    public int Property { get; internal set; }

    /// <summary>The name of the current property when it is unknown and names are kept; otherwise <see langword="null"/>.</summary>
    public string? UnknownName { get; internal set; }

    internal bool KeepsUnknownNames { get; }

    internal int Hint { get; set; }

    internal void MarkSeen(int index)
    {
        if (index < 64)
        {
            _seen |= 1UL << index;
            return;
        }

        int word = (index / 64) - 1;
        if (_moreSeen is null || _moreSeen.Length <= word)
        {
            Array.Resize(ref _moreSeen, word + 1);
        }

        _moreSeen[word] |= 1UL << (index % 64);
    }

    internal readonly bool HasSeen(int index)
    {
        if (index < 64)
        {
            return (_seen & (1UL << index)) != 0;
        }

        int word = (index / 64) - 1;
        return _moreSeen is not null && word < _moreSeen.Length && (_moreSeen[word] & (1UL << (index % 64))) != 0;
    }
}
