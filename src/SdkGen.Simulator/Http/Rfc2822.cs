using System.Globalization;

namespace SdkGen.Simulator.Http;

/// <summary>The date format Twilio and SignalWire use, e.g. <c>Fri, 14 Oct 2016 21:56:34 +0000</c>.</summary>
internal static class Rfc2822
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
