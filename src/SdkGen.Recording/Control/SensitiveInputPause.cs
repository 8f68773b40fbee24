using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SdkGen.Recording;

/// <summary>
/// A recording paused for sensitive input (a card number, under PCI DSS). Disposing it resumes the recording —
/// also when the block threw or was cancelled. Created by
/// <see cref="RecordingControlExtensions.PauseForSensitiveInputAsync"/>.
/// </summary>
/// <remarks>
/// It resumes only what it paused: when another scope in this process already holds the pause for the same call,
/// this one neither pauses nor resumes. A failed resume is logged as an error and thrown from
/// <see cref="DisposeAsync"/> as a <see cref="RecordingResumeFailedException"/> — a recording silently left paused
/// is the classic bug this type exists to prevent.
/// </remarks>
public sealed class SensitiveInputPause : IAsyncDisposable
{
    private static readonly Action<ILogger, RecordingVendor, string, Exception?> s_resumeFailed =
        LoggerMessage.Define<RecordingVendor, string>(LogLevel.Error, new EventId(20, "SensitiveInputResumeFailed"),
            "{Vendor} recording of call {CallId} was paused for sensitive input and could NOT be resumed");

    private readonly IRecordingControl _control;
    private readonly PauseRegistry.Lease? _lease;
    private readonly TimeSpan _resumeTimeout;
    private readonly ILogger _logger;
    private int _disposed;

    internal SensitiveInputPause(IRecordingControl control, CallReference call, RecordingState pausedState, PauseRegistry.Lease? lease, TimeSpan resumeTimeout, ILogger? logger)
    {
        _control = control;
        Call = call;
        PausedState = pausedState;
        _lease = lease;
        _resumeTimeout = resumeTimeout;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The call whose recording is paused.</summary>
    public CallReference Call { get; }

    /// <summary>The state the vendor reported after the pause.</summary>
    public RecordingState PausedState { get; }

    /// <summary>Whether this scope paused the recording (and so will resume it); false when an enclosing scope holds the pause.</summary>
    public bool OwnsPause => _lease is not null;

    /// <summary>The state after the resume, once disposed; null before, or when this scope did not own the pause.</summary>
    public RecordingState? ResumedState { get; private set; }

    /// <summary>Resumes the recording if this scope paused it. Runs once; later calls do nothing.</summary>
    /// <exception cref="RecordingResumeFailedException">The resume failed: the recording may still be paused.</exception>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || _lease is null)
        {
            return;
        }

        try
        {
            // The caller's token may be the reason we are here (cancellation): the resume must not depend on it.
            using var timeout = new CancellationTokenSource(_resumeTimeout);
            ResumedState = await _control.ResumeAsync(Call, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            s_resumeFailed(_logger, _control.Vendor, Call.CallId, ex);
            throw new RecordingResumeFailedException(_control.Vendor, Call.CallId, ex);
        }
        finally
        {
            _lease.Dispose();
        }
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
