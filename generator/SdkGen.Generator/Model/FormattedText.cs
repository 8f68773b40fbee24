using System;
using System.Globalization;
using System.Xml;

namespace SdkGen.Generator.Model;

/// <summary>
/// The text of <c>format: date-time</c>, <c>date</c>, <c>time</c>, <c>duration</c> and <c>uuid</c> values, read as the
/// runtime's JSON readers read them (<c>JsonValueReader</c>, <c>CalendarText</c>), so a value the generator accepts at
/// build time is one the SDK accepts on the wire. The canonical form is what <see cref="PresetSpec"/> carries: invariant,
/// round-trip text the emitter turns into a constructor call.
/// </summary>
internal static class FormattedText
{
    private static readonly string[] TimeFormats = { "HH:mm:ss", "HH:mm:ss.FFFFFFF" };

    /// <summary>The canonical text of <paramref name="text"/> as a value of <paramref name="kind"/>, or null when it is not one.</summary>
    public static string? Canonical(ValueKind kind, string text)
    {
        switch (kind)
        {
            case ValueKind.DateTimeOffset:
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant)
                    ? instant.ToString("o", CultureInfo.InvariantCulture)
                    : null;
            case ValueKind.Date:
                return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date)
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
            case ValueKind.Time:
                return DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime time)
                    ? time.TimeOfDay.Ticks.ToString(CultureInfo.InvariantCulture)
                    : null;
            case ValueKind.Duration:
                return Duration(text) is { } duration ? duration.Ticks.ToString(CultureInfo.InvariantCulture) : null;
            case ValueKind.Guid:
                return Guid.TryParse(text, out Guid id) ? id.ToString("D") : null;
            default:
                return null;
        }
    }

    /// <summary>How a message names a value of <paramref name="kind"/>.</summary>
    public static string Described(ValueKind kind) => kind switch
    {
        ValueKind.DateTimeOffset => "date-time",
        ValueKind.Date => "date (yyyy-MM-dd)",
        ValueKind.Time => "time (HH:mm:ss)",
        ValueKind.Duration => "duration (days, hours, minutes, seconds)",
        _ => "UUID",
    };

    // ISO 8601 days, hours, minutes and seconds; years and months have no fixed length and are refused, as at run time.
    private static TimeSpan? Duration(string text)
    {
        int time = text.IndexOf('T');
        string datePart = time < 0 ? text : text.Substring(0, time);
        if (datePart.IndexOf('Y') >= 0 || datePart.IndexOf('M') >= 0)
        {
            return null;
        }

        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return null;
        }
    }
}
