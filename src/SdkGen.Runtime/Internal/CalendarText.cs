using System.Globalization;
using System.Xml;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// The one place that knows the wire text of <c>format: date</c>, <c>time</c> and <c>duration</c>, both ways, so the
/// JSON readers, the JSON writers and <see cref="WireFormat"/> cannot disagree.
/// </summary>
internal static class CalendarText
{
    public const string DateFormat = "yyyy-MM-dd";

    // Seconds are always written; the fraction only when there is one (RFC 3339 partial-time).
    public const string TimeFormat = "HH:mm:ss.FFFFFFF";

    public static readonly string[] TimeFormats = { "HH:mm:ss", "HH:mm:ss.FFFFFFF" };

    /// <summary>ISO 8601 / XSD duration text, for example <c>PT1H30M</c> or <c>-P1DT0.5S</c>.</summary>
    public static string FormatDuration(TimeSpan value) => XmlConvert.ToString(value);

    /// <summary>
    /// Parses an ISO 8601 duration of days, hours, minutes and seconds. Years and months are refused: they have no fixed
    /// length (XmlConvert would silently take a month as 30 days), so such a value is reported, not guessed.
    /// </summary>
    public static bool TryParseDuration(string? text, out TimeSpan value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        int time = text.IndexOf('T');
        string datePart = time < 0 ? text : text.Substring(0, time);
        if (datePart.IndexOf('Y') >= 0 || datePart.IndexOf('M') >= 0)
        {
            return false;
        }

        try
        {
            value = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return false;
        }
    }

#if NET6_0_OR_GREATER
    public static bool TryParseDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryParseTime(string? text, out TimeOnly value) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
#endif
}
