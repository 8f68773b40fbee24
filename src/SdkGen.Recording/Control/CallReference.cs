namespace SdkGen.Recording;

/// <summary>
/// The call whose recording to control, in the vendor's own ids: Bandwidth <c>c-…</c>, Twilio <c>CA…</c>,
/// Genesys call id, SignalWire uuid. <see cref="RecordingId"/> picks one recording where the vendor has several
/// (Twilio <c>RE…</c>, SignalWire uuid); without it Twilio acts on the call's active recording
/// (<c>Twilio.CURRENT</c>). Bandwidth and Genesys act on the call's recording and ignore it.
/// </summary>
public sealed class CallReference : IEquatable<CallReference>
{
    /// <summary>Creates a reference.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    public CallReference(string callId, string? recordingId = null)
    {
        if (string.IsNullOrEmpty(callId))
        {
            throw new ArgumentException("A call id is required.", nameof(callId));
        }

        CallId = callId;
        RecordingId = string.IsNullOrEmpty(recordingId) ? null : recordingId;
    }

    /// <summary>The vendor's call id.</summary>
    public string CallId { get; }

    /// <summary>The vendor's recording id, or null for the call's active recording.</summary>
    public string? RecordingId { get; }

    /// <inheritdoc/>
    public bool Equals(CallReference? other) =>
        other is not null && other.CallId == CallId && other.RecordingId == RecordingId;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CallReference other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (CallId.GetHashCode() * 397) ^ (RecordingId?.GetHashCode() ?? 0);

    /// <inheritdoc/>
    public override string ToString() => RecordingId is null ? CallId : CallId + "/" + RecordingId;
}
