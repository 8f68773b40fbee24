using System.Text.Json;

namespace SdkGen.Runtime.Internal;

public abstract partial class GeneratedJsonSerializer
{
    /// <summary>
    /// The discriminator of the object under the reader: the string value of its property <paramref name="name"/>,
    /// wherever that sits among the object's properties. The reader is passed by value, so the caller's reader does
    /// not move and the object is then read from its start.
    /// </summary>
    /// <param name="reader">A copy of the reader, on the object's first token.</param>
    /// <param name="name">The discriminator's property name.</param>
    /// <returns>The value, or <see langword="null"/> when the value is not an object, has no such property, or it is not a string.</returns>
    public static string? PeekDiscriminator(Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
