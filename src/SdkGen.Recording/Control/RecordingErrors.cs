using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>Turns each vendor's error answers into the one <see cref="RecordingControlException"/> hierarchy.</summary>
internal static class RecordingErrors
{
    /// <summary>
    /// The exception for a vendor's refusal. The vendor's code and message are cleaned by <paramref name="redactor"/>
    /// (credentials removed, control characters escaped, length bounded), and so is the inner exception.
    /// </summary>
    public static RecordingControlException From(RecordingVendor vendor, RecordingOperation operation, string callId, ApiException error, SecretRedactor redactor)
    {
        int status = error.Status;
        string? code = error.ErrorCode;
        string? message = redactor.Clean(error.ErrorMessage);
        Kind kind = Classify(vendor, status, code);
        code = redactor.Clean(code);
        error = redactor.Clean(error);
        return kind switch
        {
            Kind.NotFound => new RecordingNotFoundException(vendor, operation, callId, status, code, message, error),
            Kind.InvalidState => new InvalidRecordingStateException(vendor, operation, callId, status, code, message, error),
            Kind.Ambiguous => new AmbiguousRecordingException(vendor, operation, callId, status, code, message, error),
            Kind.Authentication => new RecordingAuthenticationException(vendor, operation, callId, status, code, message, error),
            Kind.Unavailable => new RecordingServiceUnavailableException(vendor, operation, callId, status, code, message, error),
            _ => new RecordingControlException(vendor, operation, callId, status, code, message, error),
        };
    }

    private enum Kind
    {
        Other,
        NotFound,
        InvalidState,
        Ambiguous,
        Authentication,
        Unavailable,
    }

    private static Kind Classify(RecordingVendor vendor, int status, string? code)
    {
        // Vendor codes first: GWS reports everything with HTTP 200 and its own statusCode.
        switch (vendor, code)
        {
            case (RecordingVendor.Twilio, "20404"):
            case (RecordingVendor.SignalWire, "20404"):
            case (RecordingVendor.Genesys, "6"):
                return Kind.NotFound;
            case (RecordingVendor.Twilio, "21220"):
            // Twilio's generic 400 "the resource has moved into a state that is no longer valid": a stopped recording.
            case (RecordingVendor.Twilio, "400"):
            case (RecordingVendor.SignalWire, "10000") when status == 422:
            case (RecordingVendor.Genesys, "2"):
                return Kind.InvalidState;
            case (RecordingVendor.Twilio, "16108"):
                return Kind.Ambiguous;
            case (RecordingVendor.Twilio, "16114"):
            case (RecordingVendor.Genesys, "4"):
                return Kind.Unavailable;
            case (RecordingVendor.Genesys, "3"):
            case (RecordingVendor.Genesys, "5"):
            case (RecordingVendor.Genesys, "20"):
                return Kind.Authentication;
        }

        return status switch
        {
            401 or 403 => Kind.Authentication,
            404 => Kind.NotFound,
            409 or 422 => Kind.InvalidState,
            408 or 429 or >= 500 => Kind.Unavailable,
            _ => Kind.Other,
        };
    }
}
