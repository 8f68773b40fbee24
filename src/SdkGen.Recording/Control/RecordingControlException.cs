namespace SdkGen.Recording;

/// <summary>
/// A vendor refused a recording operation, or could not be reached. The same shape for every vendor: the vendor,
/// the HTTP status, the vendor's own error code and message. Never carries credentials. The vendor's
/// <see cref="SdkGen.Runtime.ApiException"/> is the <see cref="Exception.InnerException"/>.
/// </summary>
public class RecordingControlException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RecordingControlException(
        RecordingVendor vendor,
        RecordingOperation operation,
        string callId,
        int? status,
        string? vendorCode,
        string? vendorMessage,
        Exception? innerException = null)
        : this(vendor, operation, callId, status, vendorCode, vendorMessage, innerException, BuildMessage(vendor, operation, callId, status, vendorCode, vendorMessage, innerException))
    {
    }

    /// <summary>Creates the exception with a message of the subclass's own (it must carry no secret).</summary>
    protected RecordingControlException(
        RecordingVendor vendor,
        RecordingOperation operation,
        string callId,
        int? status,
        string? vendorCode,
        string? vendorMessage,
        Exception? innerException,
        string message)
        : base(message, innerException)
    {
        Vendor = vendor;
        Operation = operation;
        CallId = callId;
        Status = status;
        VendorCode = vendorCode;
        VendorMessage = vendorMessage;
    }

    /// <summary>The vendor that answered.</summary>
    public RecordingVendor Vendor { get; }

    /// <summary>What was attempted.</summary>
    public RecordingOperation Operation { get; }

    /// <summary>The call it was attempted on.</summary>
    public string CallId { get; }

    /// <summary>The HTTP status, or null when no answer arrived (network failure, timeout).</summary>
    public int? Status { get; }

    /// <summary>The vendor's own error code (Twilio <c>20404</c>, GWS <c>statusCode</c> <c>2</c>, Bandwidth <c>type</c>).</summary>
    public string? VendorCode { get; }

    /// <summary>The vendor's own error message.</summary>
    public string? VendorMessage { get; }

    private static string BuildMessage(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? code, string? message, Exception? inner)
    {
        string text = vendor + " could not " + operation.ToString().ToLowerInvariant() + " the recording of call " + callId;
        if (status is { } s)
        {
            text += ": HTTP " + s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (inner is not null)
        {
            text += ": " + inner.Message;
        }

        if (code is not null)
        {
            text += ", error " + code;
        }

        return message is null ? text + "." : text + ": " + message;
    }
}

/// <summary>The call or its recording does not exist (HTTP 404, Twilio 20404, GWS statusCode 6).</summary>
public sealed class RecordingNotFoundException(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? vendorCode, string? vendorMessage, Exception? innerException = null)
    : RecordingControlException(vendor, operation, callId, status, vendorCode, vendorMessage, innerException);

/// <summary>
/// The recording is not in a state that allows the operation: resuming a stopped recording, pausing a
/// paused one on GWS (Twilio 400 or 21220, GWS statusCode 2, SignalWire 422/10000).
/// </summary>
public sealed class InvalidRecordingStateException(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? vendorCode, string? vendorMessage, Exception? innerException = null)
    : RecordingControlException(vendor, operation, callId, status, vendorCode, vendorMessage, innerException);

/// <summary>The call has several active recordings, so "the current one" is ambiguous (Twilio 16108): name the recording.</summary>
public sealed class AmbiguousRecordingException(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? vendorCode, string? vendorMessage, Exception? innerException = null)
    : RecordingControlException(vendor, operation, callId, status, vendorCode, vendorMessage, innerException);

/// <summary>The credentials were refused (HTTP 401/403, GWS statusCode 20).</summary>
public sealed class RecordingAuthenticationException(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? vendorCode, string? vendorMessage, Exception? innerException = null)
    : RecordingControlException(vendor, operation, callId, status, vendorCode, vendorMessage, innerException);

/// <summary>
/// The vendor stayed unavailable (429, 503, 408, a network error or a timeout) after the retries the
/// resilience settings allow, or asked to be called again later than this SDK waits (<see cref="RetryAfter"/>).
/// </summary>
public sealed class RecordingServiceUnavailableException : RecordingControlException
{
    /// <summary>Creates the exception.</summary>
    public RecordingServiceUnavailableException(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? vendorCode, string? vendorMessage, Exception? innerException = null)
        : base(vendor, operation, callId, status, vendorCode, vendorMessage, innerException)
    {
    }

    /// <summary>Creates the exception for a <c>Retry-After</c> longer than the SDK may wait; the message names both delays.</summary>
    public RecordingServiceUnavailableException(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? vendorCode, string? vendorMessage, TimeSpan retryAfter, TimeSpan longestWait, Exception? innerException = null)
        : base(vendor, operation, callId, status, vendorCode, vendorMessage, innerException,
            vendor + " asked to retry the " + operation.ToString().ToLowerInvariant() + " of the recording of call " + callId + " after "
            + Seconds(retryAfter) + ", longer than this SDK waits (" + Seconds(longestWait) + ": Resilience:MaxDelay, or what is left of Resilience:OverallTimeout); it was not retried.")
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The delay the vendor asked for with <c>Retry-After</c> when that is why the operation failed; null otherwise.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Seconds(TimeSpan delay) =>
        delay.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
