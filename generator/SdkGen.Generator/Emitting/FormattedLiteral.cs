using System;
using System.Globalization;
using SdkGen.Generator.Model;

namespace SdkGen.Generator.Emitting;

/// <summary>
/// C# that builds a date, time, duration or UUID from its canonical text (<see cref="FormattedText"/>) with a
/// constructor, not a parse: nothing is left to fail, or to depend on the culture, when the model is created.
/// </summary>
internal static class FormattedLiteral
{
    public static string Of(ValueKind kind, string canonical)
    {
        switch (kind)
        {
            case ValueKind.DateTimeOffset:
                DateTimeOffset instant = DateTimeOffset.ParseExact(canonical, "o", CultureInfo.InvariantCulture);
                string offset = instant.Offset == TimeSpan.Zero
                    ? "global::System.TimeSpan.Zero"
                    : "global::System.TimeSpan.FromMinutes(" + Number((long)instant.Offset.TotalMinutes) + ")";
                return "new global::System.DateTimeOffset(" + Number(instant.Year) + ", " + Number(instant.Month) + ", " + Number(instant.Day) + ", "
                    + Number(instant.Hour) + ", " + Number(instant.Minute) + ", " + Number(instant.Second) + ", " + offset + ")"
                    + SubSecond(instant.Ticks);
            case ValueKind.Date:
                DateTime date = DateTime.ParseExact(canonical, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return "new global::System.DateOnly(" + Number(date.Year) + ", " + Number(date.Month) + ", " + Number(date.Day) + ")";
            case ValueKind.Time:
                var time = new TimeSpan(long.Parse(canonical, CultureInfo.InvariantCulture));
                return time.Ticks % TimeSpan.TicksPerSecond == 0
                    ? "new global::System.TimeOnly(" + Number(time.Hours) + ", " + Number(time.Minutes) + ", " + Number(time.Seconds) + ")"
                    : "new global::System.TimeOnly(" + canonical + "L)";
            case ValueKind.Duration:
                var duration = new TimeSpan(long.Parse(canonical, CultureInfo.InvariantCulture));
                return duration.Ticks % TimeSpan.TicksPerSecond == 0
                    ? "new global::System.TimeSpan(" + Number(duration.Days) + ", " + Number(duration.Hours) + ", " + Number(duration.Minutes) + ", " + Number(duration.Seconds) + ")"
                    : "global::System.TimeSpan.FromTicks(" + canonical + "L)";
            default:
                return "new global::System.Guid(" + CSharpLiteral.String(canonical) + ")";
        }
    }

    private static string SubSecond(long ticks) =>
        ticks % TimeSpan.TicksPerSecond is var fraction and not 0 ? ".AddTicks(" + Number(fraction) + ")" : "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
