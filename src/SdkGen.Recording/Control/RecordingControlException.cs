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
        : base(BuildMessage(vendor, operation, callId, status, vendorCode, vendorMessage, innerException), innerException)
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
/// paused one on GWS (Twilio 21220, GWS statusCode 2, SignalWire 422/10000).
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
/// resilience settings allow.
/// </summary>
public sealed class RecordingServiceUnavailableException(RecordingVendor vendor, RecordingOperation operation, string callId, int? status, string? vendorCode, string? vendorMessage, Exception? innerException = null)
    : RecordingControlException(vendor, operation, callId, status, vendorCode, vendorMessage, innerException);
