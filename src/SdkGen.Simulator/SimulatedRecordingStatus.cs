namespace SdkGen.Simulator;

/// <summary>
/// The state of one simulated recording, in vendor-neutral terms. On the wire each vendor spells it
/// its own way: Bandwidth <c>recording</c>/<c>paused</c> (a stopped recording is "no active recording"),
/// Twilio and SignalWire <c>in-progress</c>/<c>paused</c>/<c>stopped</c>,
/// Genesys <c>Recording</c>/<c>Paused</c>/<c>Stopped</c>.
/// </summary>
public enum SimulatedRecordingStatus
{
    /// <summary>The recording is capturing audio.</summary>
    InProgress,

    /// <summary>The recording is paused and can be resumed.</summary>
    Paused,

    /// <summary>The recording has ended. Terminal for Twilio and SignalWire; Genesys can start a new one.</summary>
    Stopped,
}
