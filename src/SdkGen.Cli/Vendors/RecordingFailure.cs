using System.Globalization;
using SdkGen.Cli.Output;
using SdkGen.Recording;

namespace SdkGen.Cli.Vendors;

/// <summary>
/// The one line <c>sdkgen recording</c> prints when an operation fails. It says whether the vendor refused (nothing
/// changed) or whether the outcome is uncertain (the request may have been applied), and every piece of the
/// vendor's text in it is escaped and cut short.
/// </summary>
internal static class RecordingFailure
{
    public static string Describe(RecordingControlException exception)
    {
        string verb = exception.Operation.ToString().ToLowerInvariant();
        string what = IsRefusal(exception)
            ? $"{exception.Vendor} refused to {verb} the recording: HTTP {exception.Status!.Value.ToString(CultureInfo.InvariantCulture)}"
            : $"{exception.Vendor} {verb}: outcome uncertain, the request may have been applied ({Answer(exception)}); check the recording's state";
        if (exception.VendorCode is { } code)
        {
            what += ", code " + ConsoleText.Escape(code, ConsoleText.VendorTextLimit);
        }

        return exception.VendorMessage is { Length: > 0 } message ? what + ": " + ConsoleText.Escape(message, ConsoleText.VendorTextLimit) : what;
    }

    public static string DescribeUnexpected(Vendor vendor, string verb, Exception exception) =>
        $"{vendor} {verb}: outcome uncertain, the request may have been applied ({exception.GetType().Name}: "
        + ConsoleText.Escape(exception.Message, ConsoleText.VendorTextLimit) + "); check the recording's state";

    // An error status (or GWS's HTTP 200 with an error statusCode) in one of the SDK's refusal kinds is the vendor saying no. No status (no answer, a timeout),
    // a 2xx the SDK could not accept, or a kind this list does not know (the SDK's "state uncertain") leaves the
    // recording in a state nobody confirmed, so it is never reported as a refusal.
    private static bool IsRefusal(RecordingControlException exception) =>
        (exception.Status is >= 300 || (exception.Status is not null && exception.VendorCode is not null))
        && (exception.GetType() == typeof(RecordingControlException) || exception is RecordingNotFoundException or InvalidRecordingStateException
            or AmbiguousRecordingException or RecordingAuthenticationException or RecordingServiceUnavailableException);

    private static string Answer(RecordingControlException exception) => exception.Status switch
    {
        { } status => "HTTP " + status.ToString(CultureInfo.InvariantCulture),
        null when exception.InnerException is { } inner => "no usable answer: " + inner.GetType().Name,
        null => "no answer",
    };
}
