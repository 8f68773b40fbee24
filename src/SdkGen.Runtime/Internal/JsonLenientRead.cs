using System.ComponentModel;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Reads one scalar leniently (see <see cref="LenientJsonReader"/>): <see langword="null"/> for a value that is
/// <c>null</c> or of the wrong type, which is reported. Used by generated code; not a stable API.
/// </summary>
/// <typeparam name="T">The value type read.</typeparam>
/// <param name="reader">The reader, on the value's first token.</param>
/// <param name="what">The model and property, reported with a departure.</param>
/// <param name="nullable">Whether the description allows <c>null</c>.</param>
/// <returns>The value, or <see langword="null"/>.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T? JsonLenientRead<T>(ref Utf8JsonReader reader, string what, bool nullable)
    where T : struct;
