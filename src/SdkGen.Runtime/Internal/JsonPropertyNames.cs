using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// The property names of one generated model, in the order of its generated read <c>switch</c> and write method:
/// UTF-8 bytes to match incoming names without allocating, pre-encoded text to write them, and which are required.
/// Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// Matching starts at the property after the last one matched, so a body whose properties come in the described
/// order costs one comparison per property; any order is still found. Escaped names in the body are unescaped for
/// the comparison (<see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonPropertyNames
{
    /// <summary>The index <see cref="Next"/> gives a property this table does not name.</summary>
    public const int Unknown = -1;

    private readonly string _modelName;
    private readonly string[] _wireNames;
    private readonly byte[][] _utf8;
    private readonly JsonEncodedText[] _encoded;
    private readonly int[] _required;

    // Departure texts ("Recording.sid", "Recording.tags item"), built on first use: a body shared by several models
    // names the model it is reading without a concatenation per value read.
    private string?[]? _what;
    private string?[]? _itemWhat;
    private string?[]? _valueWhat;
    private string? _additionalWhat;

    /// <summary>Creates the table.</summary>
    /// <param name="modelName">The model's name, for messages and departures (<c>Recording.sid</c>).</param>
    /// <param name="wireNames">The exact wire names; the index of each is its number in the generated code.</param>
    /// <param name="required">The indices of the properties the description marks <c>required</c>.</param>
    /// <exception cref="ArgumentNullException">An argument or a name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A required index is not the index of a name.</exception>
    public JsonPropertyNames(string modelName, string[] wireNames, int[]? required = null)
    {
        _modelName = modelName ?? throw new ArgumentNullException(nameof(modelName));
        _wireNames = wireNames ?? throw new ArgumentNullException(nameof(wireNames));
        _utf8 = new byte[wireNames.Length][];
        _encoded = new JsonEncodedText[wireNames.Length];
        for (int i = 0; i < wireNames.Length; i++)
        {
            string name = wireNames[i] ?? throw new ArgumentNullException(nameof(wireNames));
            _utf8[i] = Encoding.UTF8.GetBytes(name);
            _encoded[i] = JsonEncodedText.Encode(name);
        }

        _required = required ?? [];
        foreach (int index in _required)
        {
            if ((uint)index >= (uint)wireNames.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(required), index, "A required index must be the index of a name.");
            }
        }
    }

    /// <summary>
    /// Creates the table of a model whose properties are those of <paramref name="shape"/>'s model, so both share one
    /// generated serializer body; departures name <paramref name="modelName"/>.
    /// </summary>
    /// <param name="modelName">The model's name, for messages and departures.</param>
    /// <param name="shape">The table of a model with the same wire names and required properties.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public JsonPropertyNames(string modelName, JsonPropertyNames shape)
    {
        _modelName = modelName ?? throw new ArgumentNullException(nameof(modelName));
        if (shape is null)
        {
            throw new ArgumentNullException(nameof(shape));
        }

        _wireNames = shape._wireNames;
        _utf8 = shape._utf8;
        _encoded = shape._encoded;
        _required = shape._required;
    }

    /// <summary>The number of names.</summary>
    public int Count => _wireNames.Length;

    /// <summary>The pre-encoded name at <paramref name="index"/>, for writing.</summary>
    /// <param name="index">The property's index.</param>
    public JsonEncodedText this[int index] => _encoded[index];

    /// <summary>How a departure names the property at <paramref name="index"/>: <c>Recording.sid</c>.</summary>
    /// <param name="index">The property's index.</param>
    public string What(int index) => Cached(ref _what, index, "");

    /// <summary>How a departure names an item of the array at <paramref name="index"/>: <c>Recording.tags item</c>.</summary>
    /// <param name="index">The property's index.</param>
    public string ItemWhat(int index) => Cached(ref _itemWhat, index, " item");

    /// <summary>How a departure names a value of the map at <paramref name="index"/>: <c>Recording.labels value</c>.</summary>
    /// <param name="index">The property's index.</param>
    public string ValueWhat(int index) => Cached(ref _valueWhat, index, " value");

    /// <summary>How a departure names a property kept as an additional property: <c>Recording additional property</c>.</summary>
    public string AdditionalWhat => _additionalWhat ??= _modelName + " additional property";

    /// <summary>Checks the reader is on the start of an object and begins reading it.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="keepUnknownNames">Whether <see cref="JsonObjectState.UnknownName"/> is kept (for additional properties).</param>
    /// <returns>The state to pass to <see cref="Next"/>.</returns>
    /// <exception cref="JsonException">The value is not an object.</exception>
    public JsonObjectState Start(ref Utf8JsonReader reader, bool keepUnknownNames = false)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValueReader.UnexpectedToken(ref reader, "an object for " + _modelName);
        }

        return new JsonObjectState(keepUnknownNames);
    }

    /// <summary>
    /// Moves to the next property's value and sets <see cref="JsonObjectState.Property"/> to its index, or to
    /// <see cref="Unknown"/> for a name not in the table (the caller skips the value or keeps it).
    /// </summary>
    /// <param name="reader">The reader, on the start of the object or the last token of the previous value.</param>
    /// <param name="state">The state <see cref="Start"/> returned.</param>
    /// <returns><see langword="false"/> at the end of the object.</returns>
    public bool Next(ref Utf8JsonReader reader, ref JsonObjectState state)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        int index = Find(ref reader, state.Hint);
        state.Property = index;
        if (index == Unknown)
        {
            state.UnknownName = state.KeepsUnknownNames ? reader.GetString() : null;
        }
        else
        {
            state.Hint = index + 1;
            state.MarkSeen(index);
        }

        reader.Read();
        return true;
    }

    /// <summary>Reports every required property the object did not have to <see cref="ResponseDepartures"/>.</summary>
    /// <param name="state">The state after the last <see cref="Next"/>.</param>
    public void ReportMissing(in JsonObjectState state)
    {
        foreach (int index in _required)
        {
            if (!state.HasSeen(index))
            {
                LenientJsonReader.Missing(_modelName + "." + _wireNames[index]);
            }
        }
    }

    // Races only build the same text twice.
    private string Cached(ref string?[]? texts, int index, string suffix)
    {
        texts ??= new string?[_wireNames.Length];
        return texts[index] ??= _modelName + "." + _wireNames[index] + suffix;
    }

    private int Find(ref Utf8JsonReader reader, int hint)
    {
        int count = _utf8.Length;
        int start = hint < count ? hint : 0;
        for (int i = start; i < count; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        for (int i = 0; i < start; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return Unknown;
    }
}
