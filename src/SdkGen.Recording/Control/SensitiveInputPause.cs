using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SdkGen.Recording;

/// <summary>
/// One hold on a recording paused for sensitive input (a card number, under PCI DSS). The recording stays paused
/// while any scope on it is open; disposing the last one resumes it — also when the block threw or was cancelled.
/// Created by <see cref="RecordingControlExtensions.PauseForSensitiveInputAsync(IRecordingControl, CallReference, CancellationToken, ILogger?, TimeSpan?)"/>.
/// </summary>
/// <remarks>
/// Scopes on the same recording share one pause (a reference-counted lease): the first pauses, later ones join it,
/// the last to end resumes, with its own bounded timeout rather than the caller's token. A failed resume is logged at
/// Error and thrown from <see cref="DisposeAsync"/> as a <see cref="RecordingResumeFailedException"/> — a recording
/// silently left paused is the classic bug this type exists to prevent.
/// </remarks>
public sealed class SensitiveInputPause : IAsyncDisposable
{
    private static readonly Action<ILogger, RecordingVendor, string, Exception?> s_resumeFailed =
        LoggerMessage.Define<RecordingVendor, string>(LogLevel.Error, new EventId(20, "SensitiveInputResumeFailed"),
            "{Vendor} recording of call {CallId} was paused for sensitive input and could NOT be resumed");

    private readonly IRecordingControl _control;
    private readonly PauseRegistry.SharedPause _pause;
    private readonly TimeSpan _resumeTimeout;
    private readonly ILogger _logger;
    private int _disposed;

    internal SensitiveInputPause(IRecordingControl control, CallReference call, PauseRegistry.SharedPause pause, bool ownsPause, TimeSpan resumeTimeout, ILogger? logger)
    {
        _control = control;
        Call = call;
        _pause = pause;
        OwnsPause = ownsPause;
        _resumeTimeout = resumeTimeout;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The call whose recording is paused.</summary>
    public CallReference Call { get; }

    /// <summary>The state the vendor confirmed for the recording: always <see cref="RecordingState.Paused"/> (a scope exists only then).</summary>
    public RecordingState PausedState => RecordingState.Paused;

    /// <summary>Whether this scope sent the pause; false when it joined a pause another scope holds.</summary>
    public bool OwnsPause { get; }

    /// <summary>The state after the resume, once this scope, the last one on the recording, resumed it; null otherwise.</summary>
    public RecordingState? ResumedState { get; private set; }

    /// <summary>Ends this hold; the last hold on the recording resumes it. Runs once; later calls do nothing.</summary>
    /// <exception cref="RecordingResumeFailedException">The resume failed: the recording may still be paused.</exception>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || !PauseRegistry.Release(_pause))
        {
            return;
        }

        try
        {
            ResumedState = await ResumeAsync(_control, Call, _resumeTimeout, _logger).ConfigureAwait(false);
        }
        finally
        {
            PauseRegistry.End(_pause);
        }
    }

    /// <summary>
    /// Resumes with a timeout of its own — the caller's token may be the reason we are here. Anything but a
    /// recording that records (or has stopped) is a failure, logged at Error and thrown. When <paramref name="repairing"/>
    /// an uncertain pause, "not valid in the current state" means the pause never took effect: nothing to undo.
    /// </summary>
    internal static async Task<RecordingState> ResumeAsync(IRecordingControl control, CallReference call, TimeSpan timeout, ILogger logger, bool repairing = false)
    {
        Exception failure;
        try
        {
            using var deadline = new CancellationTokenSource(timeout);
            RecordingState state = await control.ResumeAsync(call, deadline.Token).ConfigureAwait(false);
            if (state is RecordingState.Recording or RecordingState.Stopped)
            {
                return state;
            }

            failure = new RecordingControlException(control.Vendor, RecordingOperation.Resume, call.CallId, null, null,
                "the vendor reported " + state + " after the resume");
        }
        catch (InvalidRecordingStateException) when (repairing)
        {
            return RecordingState.Unknown;
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        s_resumeFailed(logger, control.Vendor, call.CallId, failure);
        throw new RecordingResumeFailedException(control.Vendor, call.CallId, failure);
    }
}

/// <summary>A recording paused for sensitive input could not be resumed. The recording may still be paused: act on it.</summary>
public sealed class RecordingResumeFailedException(RecordingVendor vendor, string callId, Exception innerException)
    : Exception(vendor + " recording of call " + callId + " was paused for sensitive input and could not be resumed: " + innerException.Message, innerException)
{
    /// <summary>The vendor.</summary>
    public RecordingVendor Vendor { get; } = vendor;

    /// <summary>The call whose recording may still be paused.</summary>
    public string CallId { get; } = callId;
}
