namespace SdkGen.Recording;

/// <summary>
/// Pause, resume, stop (and, where the vendor has it, start) the recording of an active call — the same calls
/// for every vendor. Each returns the state the vendor reports afterwards.
/// </summary>
/// <remarks>
/// Implementations are thread-safe, validate ids before sending, retry transient failures (429, 503, 408,
/// network errors) with back-off that honours <c>Retry-After</c>. Every operation ends confirmed (the state is
/// returned), refused (a <see cref="RecordingControlException"/> subclass), or uncertain
/// (<see cref="RecordingStateUncertainException"/>, logged at Error) when the request may have reached the vendor and
/// nothing established the outcome; a cancellation before anything was sent is a plain
/// <see cref="OperationCanceledException"/>. Pausing a paused recording and resuming a recording that records are
/// defined per vendor; see each implementation.
/// </remarks>
public interface IRecordingControl
{
    /// <summary>The vendor this control talks to.</summary>
    RecordingVendor Vendor { get; }

    /// <summary>Whether <see cref="StopAsync"/> is available (Bandwidth Voice v2 has none).</summary>
    bool CanStop { get; }

    /// <summary>Whether <see cref="StartAsync"/> is available (Genesys only).</summary>
    bool CanStart { get; }

    /// <summary>Pauses the call's recording.</summary>
    Task<RecordingState> PauseAsync(CallReference call, CancellationToken cancellationToken = default);

    /// <summary>Resumes the call's paused recording.</summary>
    Task<RecordingState> ResumeAsync(CallReference call, CancellationToken cancellationToken = default);

    /// <summary>Stops the call's recording.</summary>
    /// <exception cref="NotSupportedException"><see cref="CanStop"/> is false.</exception>
    Task<RecordingState> StopAsync(CallReference call, CancellationToken cancellationToken = default);

    /// <summary>Starts recording the call again after a stop.</summary>
    /// <exception cref="NotSupportedException"><see cref="CanStart"/> is false.</exception>
    Task<RecordingState> StartAsync(CallReference call, CancellationToken cancellationToken = default);
}
