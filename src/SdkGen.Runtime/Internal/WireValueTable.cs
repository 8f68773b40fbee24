using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// The wire texts of a generated enum, by member: member <c>n</c> (1-based; 0 is the unknown member) is sent as
/// text <c>n − 1</c>. Enums with the same list of texts share one table. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireValueTable
{
    private readonly string[] _texts;
    private readonly Dictionary<string, int> _members;

    /// <summary>Creates the table.</summary>
    /// <param name="texts">The exact wire texts, in member order; distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or a text is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text appears twice.</exception>
    public WireValueTable(params string[] texts)
    {
        _texts = texts ?? throw new ArgumentNullException(nameof(texts));
        _members = new Dictionary<string, int>(texts.Length, StringComparer.Ordinal);
        for (int i = 0; i < texts.Length; i++)
        {
            string text = texts[i] ?? throw new ArgumentNullException(nameof(texts));
            if (_members.ContainsKey(text))
            {
                throw new ArgumentException("Each wire text must appear once.", nameof(texts));
            }

            _members.Add(text, i + 1);
        }
    }

    /// <summary>The text for a member.</summary>
    /// <param name="member">The member's numeric value.</param>
    /// <returns>The text, or <see langword="null"/> for the unknown member (0) and values that are not members.</returns>
    public string? ToWire(int member) => member >= 1 && member <= _texts.Length ? _texts[member - 1] : null;

    /// <summary>The member for a text; never throws.</summary>
    /// <param name="text">The text as received; may be <see langword="null"/>.</param>
    /// <returns>The member's numeric value, or 0 (the unknown member) for text this table does not hold.</returns>
    public int FromWire(string? text) => text is not null && _members.TryGetValue(text, out int member) ? member : 0;
}
