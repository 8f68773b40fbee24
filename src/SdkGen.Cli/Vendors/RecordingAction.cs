namespace SdkGen.Cli.Vendors;

/// <summary>What to do to the recording.</summary>
internal enum RecordingAction
{
    Pause,
    Resume,
    Stop,
}

/// <summary>The vendors <c>sdkgen</c> can talk to.</summary>
internal enum Vendor
{
    Bandwidth,
    Twilio,
    Genesys,
    SignalWire,
}

/// <summary>Which recording to act on, and how to pause it.</summary>
/// <param name="RecordingId">A vendor recording id, <c>current</c> for the call's active recording, or null.</param>
/// <param name="PauseBehavior"><c>skip</c> or <c>silence</c> (Twilio, SignalWire), or null for the vendor's default.</param>
internal sealed record RecordingTarget(string CallId, string? RecordingId, string? PauseBehavior);

/// <summary>The resulting state as the vendor reported it, and the vendor's reply in short.</summary>
internal sealed record RecordingOutcome(string State, string Reply);
