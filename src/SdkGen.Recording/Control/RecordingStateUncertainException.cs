namespace SdkGen.Recording;

/// <summary>Why the SDK cannot tell whether a recording operation took effect.</summary>
public enum RecordingUncertainty
{
    /// <summary>The request was sent and no answer arrived (connection lost, attempt timed out), and no retry settled it.</summary>
    AnswerLost,

    /// <summary>The caller cancelled after the request was sent: the vendor may have carried it out.</summary>
    CancelledAfterSend,

    /// <summary>The vendor answered success, but the answer could not be read or named no known state.</summary>
    UnreadableAnswer,

    /// <summary>The vendor accepted the operation but never reported its outcome (Genesys: no <c>CallRecordingStateChange</c>).</summary>
    NotConfirmed,
}

/// <summary>
/// A recording operation may or may not have taken effect: the request may have reached the vendor, but the SDK could
/// not establish the resulting state. The recording may be in either state — check it, or repair it. Always logged at
/// Error by the control. It is a <see cref="RecordingControlException"/> (so code catching those sees it), but it is
/// neither a refusal nor "nothing happened": catch it first.
/// </summary>
public sealed class RecordingStateUncertainException : RecordingControlException
{
    /// <summary>Creates the exception.</summary>
    public RecordingStateUncertainException(
        RecordingVendor vendor,
        RecordingOperation operation,
        CallReference call,
        RecordingUncertainty uncertainty,
        string whatIsKnown,
        Exception? innerException = null)
        : base(vendor, operation, (call ?? throw new ArgumentNullException(nameof(call))).CallId, null, null, null, innerException,
            Describe(vendor, operation, call, whatIsKnown))
    {
        RecordingId = call.RecordingId;
        Uncertainty = uncertainty;
        WhatIsKnown = whatIsKnown;
    }

    /// <summary>The recording id the operation named, or null for the call's active recording.</summary>
    public string? RecordingId { get; }

    /// <summary>Why the outcome is unknown.</summary>
    public RecordingUncertainty Uncertainty { get; }

    /// <summary>What the SDK does know, in words (e.g. "the request was sent; the connection was lost before the answer").</summary>
    public string WhatIsKnown { get; }

    private static string Describe(RecordingVendor vendor, RecordingOperation operation, CallReference call, string known) =>
        "It is not known whether " + vendor + " carried out the " + operation.ToString().ToLowerInvariant()
        + " of the recording of call " + call + ": " + known + ". The recording may be in either state.";
}
