using System.ComponentModel;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Value writers used by generated serializers. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueWriter
{
    /// <summary>Writes a <see cref="JsonElement"/> (free-form JSON) as is.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="element">The element; an undefined (<c>default</c>) element throws.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="element"/> is <c>default</c>.</exception>
    public static void WriteElement(Utf8JsonWriter writer, JsonElement element)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        element.WriteTo(writer);
    }
}
