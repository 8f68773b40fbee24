using System.ComponentModel;
using System.Globalization;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Invariant-culture text of values sent in paths, queries, form bodies and headers.
/// Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireFormat
{
    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>-42</c>.</returns>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>9007199254740993</c>.</returns>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a double so that it parses back to the same value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>0.1</c>, <c>1E+21</c>.</returns>
    /// <exception cref="ArgumentException">The value is NaN or an infinity.</exception>
    public static string Format(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? throw NotANumber(value.ToString(CultureInfo.InvariantCulture)) : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a float so that it parses back to the same value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>1.5</c>.</returns>
    /// <exception cref="ArgumentException">The value is NaN or an infinity.</exception>
    public static string Format(float value) =>
        float.IsNaN(value) || float.IsInfinity(value) ? throw NotANumber(value.ToString(CultureInfo.InvariantCulture)) : value.ToString("R", CultureInfo.InvariantCulture);

    // As a JSON body refuses them (Utf8JsonWriter): the text "NaN" would reach a query, path or header that means a number.
    // Request values are formatted before anything is sent, so nothing was.
    private static ArgumentException NotANumber(string text) =>
        new(text + " is not a number an API description can hold (JSON Schema numbers are finite); nothing was sent.", "value");

    /// <summary>Formats a decimal, keeping its scale.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>12.50</c>.</returns>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a boolean in lower case.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> or <c>false</c>.</returns>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Formats a date and time as ISO 8601 with its offset (round-trip format <c>O</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>2024-01-02T03:04:05.0000000+00:00</c>.</returns>
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Formats a UUID as 32 lower-case hexadecimal digits with hyphens (format <c>D</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>.</returns>
    public static string Format(Guid value) => value.ToString("D");

    /// <summary>Formats a duration as ISO 8601 (<c>format: duration</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>PT1H30M</c>, <c>P1DT0.5S</c>, <c>-PT5M</c>.</returns>
    public static string Format(TimeSpan value) => CalendarText.FormatDuration(value);

#if NET6_0_OR_GREATER
    /// <summary>Formats a date as RFC 3339 full-date (<c>format: date</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>2024-01-02</c>.</returns>
    public static string Format(DateOnly value) => value.ToString(CalendarText.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Formats a time of day (<c>format: time</c>); the fraction of a second only when there is one.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>13:05:00</c> or <c>13:05:00.25</c>.</returns>
    public static string Format(TimeOnly value) => value.ToString(CalendarText.TimeFormat, CultureInfo.InvariantCulture);
#endif
}
