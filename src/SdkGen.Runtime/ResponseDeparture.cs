namespace SdkGen.Runtime;

/// <summary>How a response body departed from its API description.</summary>
public enum ResponseDepartureKind
{
    /// <summary>A property the description marks <c>required</c> was absent; it reads as its default (or null).</summary>
    MissingRequired,

    /// <summary>A value the description says cannot be null was <c>null</c>; it reads as its default (or null).</summary>
    UnexpectedNull,

    /// <summary>
    /// A value had another JSON type than described (an object for a number…); it reads as its default, its JSON is kept
    /// in <see cref="ResponseDeparture.RawJson"/>. A number or boolean where text belongs still reads as its JSON text.
    /// </summary>
    WrongType,

    /// <summary>
    /// More departures were noticed than <see cref="ResponseDepartures.MaxPerResponse"/> keeps: this last entry says the
    /// list is cut (its <see cref="ResponseDeparture.Path"/> is where the first one left out was), so a short list is
    /// never mistaken for the whole story.
    /// </summary>
    MoreNotListed,

    /// <summary>
    /// A single-valued response header arrived more than once with different values (RFC 9110 section 5.3); its typed
    /// accessor reads <see langword="null"/>, every value stays in <see cref="Response.Headers"/>. The path is <c>header</c> and the name.
    /// </summary>
    ConflictingHeaderValues,
}

/// <summary>One place where a successful response body did not match the API description but was read anyway.</summary>
public sealed class ResponseDeparture
{
    /// <summary>The largest number of characters of a value's JSON that is kept.</summary>
    public const int MaxRawJsonLength = 256;

    /// <summary>Creates a departure.</summary>
    /// <param name="path">Where: the model and the property's wire name, for example <c>Recording.duration</c>.</param>
    /// <param name="kind">What was wrong.</param>
    /// <param name="rawJson">The value's JSON for <see cref="ResponseDepartureKind.WrongType"/>; cut to <see cref="MaxRawJsonLength"/> characters.</param>
    public ResponseDeparture(string path, ResponseDepartureKind kind, string? rawJson)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Kind = kind;
        RawJson = rawJson is { Length: > MaxRawJsonLength } ? rawJson.Substring(0, MaxRawJsonLength) : rawJson;
    }

    /// <summary>Where: the model and the property's wire name, for example <c>Recording.duration</c>; items of arrays and maps add <c> item</c> or <c> value</c>.</summary>
    public string Path { get; }

    /// <summary>What was wrong.</summary>
    public ResponseDepartureKind Kind { get; }

    /// <summary>The value's JSON as sent when it had the wrong type (cut to <see cref="MaxRawJsonLength"/> characters), otherwise <see langword="null"/>.</summary>
    public string? RawJson { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ResponseDepartureKind.MissingRequired => Path + ": required but missing",
        ResponseDepartureKind.UnexpectedNull => Path + ": null where the description says it cannot be",
        ResponseDepartureKind.MoreNotListed => Path + " and later: more departures than are kept",
        ResponseDepartureKind.ConflictingHeaderValues => Path + ": sent more than once with different values",
        _ => Path + ": unexpected JSON " + RawJson,
    };
}
