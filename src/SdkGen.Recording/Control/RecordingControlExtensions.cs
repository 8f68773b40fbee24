using Microsoft.Extensions.Logging;

namespace SdkGen.Recording;

/// <summary>Helpers over <see cref="IRecordingControl"/>.</summary>
public static class RecordingControlExtensions
{
    /// <summary>
    /// Pauses the call's recording for sensitive input and returns a scope whose disposal resumes it:
    /// <code>
    /// await using (await control.PauseForSensitiveInputAsync(call, cancellationToken))
    /// {
    ///     cardNumber = await ReadCardNumberAsync(cancellationToken);
    /// }
    /// </code>
    /// The recording is resumed when the block ends, throws or is cancelled; see <see cref="SensitiveInputPause"/>.
    /// </summary>
    /// <param name="control">The vendor's recording control.</param>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the pause request (the resume on dispose does not use it).</param>
    /// <param name="logger">Where a failed resume is logged as an error.</param>
    /// <param name="resumeTimeout">How long the resume may take on dispose. Default 30 s.</param>
    /// <exception cref="RecordingControlException">The pause failed; nothing will be resumed.</exception>
    public static async Task<SensitiveInputPause> PauseForSensitiveInputAsync(
        this IRecordingControl control,
        CallReference call,
        CancellationToken cancellationToken = default,
        ILogger? logger = null,
        TimeSpan? resumeTimeout = null)
    {
        if (control is null)
        {
            throw new ArgumentNullException(nameof(control));
        }

        if (call is null)
        {
            throw new ArgumentNullException(nameof(call));
        }

        TimeSpan timeout = resumeTimeout ?? TimeSpan.FromSeconds(30);
        PauseRegistry.Lease? lease = PauseRegistry.TryAcquire(control.Vendor, call);
        if (lease is null)
        {
            // An enclosing scope paused this call and will resume it.
            return new SensitiveInputPause(control, call, RecordingState.Paused, null, timeout, logger);
        }

        try
        {
            RecordingState state = await control.PauseAsync(call, cancellationToken).ConfigureAwait(false);
            return new SensitiveInputPause(control, call, state, lease, timeout, logger);
        }
        catch
        {
            // The pause did not happen (or is unknown): there is nothing this scope may resume.
            lease.Dispose();
            throw;
        }
    }
}
