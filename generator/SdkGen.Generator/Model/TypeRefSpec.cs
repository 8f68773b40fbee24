namespace SdkGen.Generator.Model;

/// <summary>The kinds of C# type a schema maps to.</summary>
internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    Boolean,
    DateTimeOffset,

    /// <summary><c>format: date</c> as <c>System.DateOnly</c> (only where the consumer's framework has it).</summary>
    Date,

    /// <summary><c>format: time</c> as <c>System.TimeOnly</c> (only where the consumer's framework has it).</summary>
    Time,

    /// <summary><c>format: duration</c> (ISO 8601) as <c>System.TimeSpan</c>.</summary>
    Duration,
    Guid,
    Enum,
    Model,
    Array,
    Map,
    Json,

    /// <summary>Bytes of a body that is not JSON, form or text (<c>format: binary</c>, <c>application/octet-stream</c>, <c>audio/*</c>…).</summary>
    Binary,

    /// <summary>A file part of a <c>multipart/form-data</c> body, the runtime's <c>FilePart</c> (a stream, file name and media type).</summary>
    File,
}

/// <summary>A reference to a C# type; <see cref="Element"/> is the item type of arrays and maps.</summary>
internal sealed record TypeRefSpec(ValueKind Kind, string? Name = null, TypeRefSpec? Element = null)
{
    public static readonly TypeRefSpec String = new(ValueKind.String);
    public static readonly TypeRefSpec Json = new(ValueKind.Json);
    public static readonly TypeRefSpec Binary = new(ValueKind.Binary);
    public static readonly TypeRefSpec File = new(ValueKind.File);

    public bool IsValueType => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single or ValueKind.Double
        or ValueKind.Decimal or ValueKind.Boolean or ValueKind.DateTimeOffset or ValueKind.Date or ValueKind.Time or ValueKind.Duration
        or ValueKind.Guid or ValueKind.Enum or ValueKind.Json;
}
