using System.Text.RegularExpressions;
using SdkGen.Recording;

namespace SdkGen.Cli.Vendors;

/// <summary>
/// One <c>sdkgen recording</c> command line, checked completely before any credential is read or anything is
/// sent: a typo must not first ask for secrets, and a request the vendor cannot honour is never made.
/// </summary>
internal sealed partial record RecordingRequest(RecordingAction Action, Vendor Vendor, CallReference Call, string? PauseBehavior, Uri? Endpoint, TimeSpan Timeout)
{
    /// <summary>The longest <c>--timeout</c>: ten minutes is already far beyond any vendor's answer time.</summary>
    public const int MaxTimeoutSeconds = 600;

    /// <exception cref="UsageException">The command line asks for something impossible.</exception>
    public static RecordingRequest Create(RecordingAction action, Vendor vendor, string callId, string? recordingId, string? pauseBehavior, string? baseUrl, int timeoutSeconds)
    {
        if (timeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            throw new UsageException($"--timeout must be between 1 and {MaxTimeoutSeconds} seconds");
        }

        if (action == RecordingAction.Stop && vendor == Vendor.Bandwidth)
        {
            // Bandwidth's API can pause and resume a call's recording; stopping it means ending the recording verb.
            throw new UsageException("Bandwidth can pause and resume a recording, not stop it");
        }

        if (pauseBehavior is not null && action != RecordingAction.Pause)
        {
            throw new UsageException("--pause-behavior applies to pause only");
        }

        if (pauseBehavior is not null && vendor is not (Vendor.Twilio or Vendor.SignalWire))
        {
            throw new UsageException("--pause-behavior applies to Twilio and SignalWire only");
        }

        return new RecordingRequest(action, vendor, new CallReference(CheckCallId(vendor, callId), CheckRecordingId(vendor, recordingId)), pauseBehavior, ParseEndpoint(baseUrl), TimeSpan.FromSeconds(timeoutSeconds));
    }

    private static string CheckCallId(Vendor vendor, string callId)
    {
        bool valid = vendor switch
        {
            Vendor.Twilio => TwilioCallSid().IsMatch(callId),
            Vendor.SignalWire => Guid.TryParseExact(callId, "D", out _),
            _ => IsOpaqueId(callId),
        };
        return valid ? callId : throw new UsageException("--call must be " + vendor switch
        {
            Vendor.Twilio => "a Twilio call SID (CA and 32 hex digits)",
            Vendor.SignalWire => "a SignalWire call uuid",
            _ => $"a {vendor} call id (1 to 256 characters, no spaces or control characters)",
        });
    }

    private static string? CheckRecordingId(Vendor vendor, string? recordingId) => vendor switch
    {
        Vendor.Twilio when recordingId is null || recordingId.Equals("current", StringComparison.OrdinalIgnoreCase) => null,
        Vendor.Twilio when TwilioRecordingSid().IsMatch(recordingId) => recordingId,
        Vendor.Twilio => throw new UsageException("--recording must be a Twilio recording SID (RE and 32 hex digits) or 'current'"),
        Vendor.SignalWire when recordingId is not null && Guid.TryParseExact(recordingId, "D", out _) => recordingId,
        Vendor.SignalWire => throw new UsageException("--recording must be the SignalWire recording's uuid (SignalWire has no 'current')"),
        _ when recordingId is null => null,

        // Bandwidth and GWS act on the call's recording and would silently ignore the id.
        _ => throw new UsageException($"--recording does not apply to {vendor}: it acts on the call's recording"),
    };

    private static Uri? ParseEndpoint(string? baseUrl)
    {
        if (baseUrl is null)
        {
            return null;
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new UsageException("--base-url must be an absolute http(s) URL");
        }

        // Credentials in a URL end up in shell history and in logs; they come from the environment.
        return endpoint.UserInfo.Length == 0 ? endpoint : throw new UsageException("--base-url must not contain user:password@; credentials come from the environment");
    }

    private static bool IsOpaqueId(string id) =>
        id.Length is >= 1 and <= 256 && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    // The shapes of specs/twilio.yaml, which the generated client checks again before sending.
    [GeneratedRegex("^CA[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwilioCallSid();

    [GeneratedRegex("^RE[0-9a-fA-F]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwilioRecordingSid();
}
