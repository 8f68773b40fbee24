using System.ComponentModel;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Reads one value from a <see cref="Utf8JsonReader"/> positioned on its first token.
/// Used by generated code; not a stable API.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
/// <param name="reader">The reader, positioned on the value's first token.</param>
/// <returns>The value read.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonReadFunc<T>(ref Utf8JsonReader reader);
