using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Builds an <c>application/x-www-form-urlencoded</c> body as the WHATWG URL standard serializes it:
/// <c>A-Z a-z 0-9 * - . _</c> kept, space as <c>+</c>, everything else UTF-8 percent-encoded with uppercase hexadecimal.
/// Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FormUrlEncodedBuilder
{
    private CachedText _text = new(128);

    /// <summary>The number of name/value pairs added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a pair; skipped when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value, already formatted as text, or <see langword="null"/> to skip it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is <see langword="null"/> or empty.</exception>
    public FormUrlEncodedBuilder Add(string name, string? value)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A form field name cannot be null or empty.", nameof(name));
        }

        if (value is null)
        {
            return this;
        }

        if (Count > 0)
        {
            _text.Builder.Append('&');
        }

        PercentEncoding.AppendForm(_text.Builder, name);
        _text.Builder.Append('=');
        PercentEncoding.AppendForm(_text.Builder, value);
        Count++;
        return this;
    }

    /// <summary>
    /// Adds one pair per value, repeating the name (<c>a=1&amp;a=2</c>, OpenAPI style <c>form</c> with <c>explode: true</c>).
    /// Skipped when <paramref name="values"/> is <see langword="null"/>; <see langword="null"/> items are skipped too.
    /// </summary>
    /// <param name="name">The field name.</param>
    /// <param name="values">The values, already formatted as text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is <see langword="null"/> or empty.</exception>
    public FormUrlEncodedBuilder AddRange(string name, IEnumerable<string>? values)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A form field name cannot be null or empty.", nameof(name));
        }

        if (values is null)
        {
            return this;
        }

        foreach (string? value in values)
        {
            Add(name, value);
        }

        return this;
    }

    /// <summary>The encoded body.</summary>
    /// <returns>For example <c>Status=paused&amp;PauseBehavior=skip</c>.</returns>
    public override string ToString() => _text.ToString();

    /// <summary>Creates the request content, with <c>Content-Type: application/x-www-form-urlencoded</c> and no charset.</summary>
    /// <returns>A new <see cref="ByteArrayContent"/>.</returns>
    public HttpContent ToContent()
    {
        // Every character of the encoded text is ASCII. The builder's buffer goes back to a per-thread cache.
        var content = new ByteArrayContent(_text.FinishAscii());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        return content;
    }
}
