using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Adds a structured value to a form body in a <see cref="FormStyle"/>. The value is first written as JSON by the
/// generated serializer, so property names and enum values are the wire names, exactly as in a JSON body.
/// Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FormFieldEncoder
{
    /// <summary>Adds <paramref name="value"/>, written by <paramref name="write"/>, as the field <paramref name="name"/>; nothing when it is <see langword="null"/>.</summary>
    /// <typeparam name="T">The model, list or dictionary type.</typeparam>
    /// <param name="form">The form being built.</param>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes the value as JSON.</param>
    /// <param name="style">How the value becomes fields.</param>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> or <paramref name="write"/> is <see langword="null"/>.</exception>
    public static void Add<T>(FormUrlEncodedBuilder form, string name, T? value, Action<Utf8JsonWriter, T> write, FormStyle style)
        where T : class
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        if (value is null)
        {
            return;
        }

        byte[] json = JsonContentFactory.Serialize(value, write);
        using JsonDocument document = JsonDocument.Parse(json);
        Add(form, name, document.RootElement, style);
    }

    /// <summary>Adds untyped JSON as the field <paramref name="name"/>; nothing when it is absent, undefined or JSON <c>null</c>.</summary>
    /// <param name="form">The form being built.</param>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <param name="style">How the value becomes fields.</param>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is <see langword="null"/>.</exception>
    public static void Add(FormUrlEncodedBuilder form, string name, JsonElement? value, FormStyle style)
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        if (value is not { } element)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                AddObject(form, name, element, style);
                break;
            case JsonValueKind.Array:
                AddArray(form, name, element, style);
                break;
            default:
                form.Add(name, Scalar(element));
                break;
        }
    }

    private static void AddObject(FormUrlEncodedBuilder form, string name, JsonElement value, FormStyle style)
    {
        switch (style)
        {
            case FormStyle.Form:
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    AddRepeated(form, property.Name, property.Value);
                }

                break;
            case FormStyle.DeepObject:
                AddDeep(form, name, value);
                break;
            case FormStyle.FormUnexploded or FormStyle.SpaceDelimited or FormStyle.PipeDelimited:
                var parts = new List<string>();
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    if (Leaf(property.Value) is { } text)
                    {
                        parts.Add(property.Name);
                        parts.Add(text);
                    }
                }

                form.Add(name, string.Join(Delimiter(style), parts));
                break;
            default:
                form.Add(name, value.GetRawText());
                break;
        }
    }

    private static void AddArray(FormUrlEncodedBuilder form, string name, JsonElement value, FormStyle style)
    {
        switch (style)
        {
            case FormStyle.Json:
                form.Add(name, value.GetRawText());
                break;
            case FormStyle.FormUnexploded or FormStyle.SpaceDelimited or FormStyle.PipeDelimited:
                form.Add(name, string.Join(Delimiter(style), value.EnumerateArray().Select(Leaf).Where(t => t is not null)));
                break;
            default:
                AddRepeated(form, name, value);
                break;
        }
    }

    // One field per array item (an exploded list); a single field for anything else.
    private static void AddRepeated(FormUrlEncodedBuilder form, string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            form.Add(name, Leaf(value));
            return;
        }

        foreach (JsonElement item in value.EnumerateArray())
        {
            form.Add(name, Leaf(item));
        }
    }

    private static void AddDeep(FormUrlEncodedBuilder form, string prefix, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    AddDeep(form, prefix + "[" + property.Name + "]", property.Value);
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    AddDeep(form, prefix + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", item);
                    index++;
                }

                break;
            default:
                form.Add(prefix, Scalar(value));
                break;
        }
    }

    // A value inside a field: primitives as text, objects and arrays as their JSON text, null as nothing.
    private static string? Leaf(JsonElement value) => value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? value.GetRawText() : Scalar(value);

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    private static string Delimiter(FormStyle style) => style switch
    {
        FormStyle.SpaceDelimited => " ",
        FormStyle.PipeDelimited => "|",
        _ => ",",
    };
}
