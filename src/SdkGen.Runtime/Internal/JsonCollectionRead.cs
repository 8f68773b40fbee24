using System.ComponentModel;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Reads an array or map whose items are themselves arrays or maps (for example
/// <see cref="GeneratedJsonSerializer.ReadList(ref Utf8JsonReader, string, bool, string)"/>), leniently: anything but
/// the expected container is reported and read as <see langword="null"/>. Used by generated code; not a stable API.
/// </summary>
/// <typeparam name="T">The collection read.</typeparam>
/// <param name="reader">The reader, on the value's first token; left on its last token.</param>
/// <param name="what">What the value is called in a departure.</param>
/// <param name="nullable">Whether the description allows <c>null</c>.</param>
/// <param name="itemWhat">What an item of the value is called in a departure.</param>
/// <returns>The collection, or <see langword="null"/>.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T? JsonCollectionRead<T>(ref Utf8JsonReader reader, string what, bool nullable, string itemWhat)
    where T : class;
