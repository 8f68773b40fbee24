using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SdkGen.Recording;

/// <summary>Helpers over <see cref="IRecordingControl"/>.</summary>
public static class RecordingControlExtensions
{
    /// <summary>How long a resume (or the repair of an uncertain pause) may take when no timeout is given.</summary>
    public static readonly TimeSpan DefaultResumeTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Pauses the call's recording for sensitive input and returns a scope whose disposal resumes it:
    /// <code>
    /// await using (await control.PauseForSensitiveInputAsync(call, cancellationToken))
    /// {
    ///     cardNumber = await ReadCardNumberAsync(cancellationToken);
    /// }
    /// </code>
    /// The scope is returned only once the vendor confirmed <see cref="RecordingState.Paused"/>. Scopes on the same
    /// recording share the pause: a scope started while another holds it (or is pausing it) joins and waits for that
    /// pause, and fails if it fails; the recording is resumed when the last scope ends. See
    /// <see cref="SensitiveInputPause"/>. If the block throws and the resume fails too, the resume's exception
    /// replaces the block's (C# <c>await using</c>); the overload taking the block reports both.
    /// </summary>
    /// <param name="control">The vendor's recording control.</param>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the pause request (the resume on dispose does not use it).</param>
    /// <param name="logger">Where a failed resume or repair is logged at Error; by default the control's own logger.</param>
    /// <param name="resumeTimeout">How long the resume (or the repair of an uncertain pause) may take. Default 30 s.</param>
    /// <exception cref="OperationCanceledException">Cancelled before the pause was sent: nothing was sent, nothing is paused.</exception>
    /// <exception cref="RecordingControlException">The pause was refused, or did not end in Paused; nothing is held.</exception>
    /// <exception cref="RecordingStateUncertainException">
    /// The pause may have taken effect (lost answer, cancelled after sending, unreadable answer): the scope already tried
    /// to resume; if that failed too, an <see cref="AggregateException"/> carries both and the failure is logged at Error.
    /// </exception>
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

        cancellationToken.ThrowIfCancellationRequested();
        TimeSpan timeout = resumeTimeout ?? DefaultResumeTimeout;
        // Without a logger of its own the scope reports through the control's, so a failed resume is never unlogged.
        ILogger log = logger ?? (control as IPauseScoped)?.Logger ?? NullLogger.Instance;
        while (true)
        {
            (PauseRegistry.SharedPause pause, bool owner) = await PauseRegistry.AcquireAsync(control, call, cancellationToken).ConfigureAwait(false);
            if (owner)
            {
                await PauseAsync(control, call, pause, timeout, log, cancellationToken).ConfigureAwait(false);
                return new SensitiveInputPause(control, call, pause, ownsPause: true, timeout, log);
            }

            try
            {
                await TaskWaits.WaitAsync(pause.Paused, cancellationToken).ConfigureAwait(false);
                return new SensitiveInputPause(control, call, pause, ownsPause: false, timeout, log);
            }
            catch (OperationCanceledException) when (IsPlainCancellation(pause.Paused, cancellationToken))
            {
                // The owner's caller cancelled before anything was sent: this caller has not, so it pauses itself.
                PauseRegistry.Release(pause);
            }
            catch (Exception failure)
            {
                // This hold ends: our own cancellation, or the owner's failure (which we share). When the pause had
                // succeeded and every other scope ended meanwhile, this was the last hold: resume before leaving.
                if (PauseRegistry.Release(pause))
                {
                    try
                    {
                        await SensitiveInputPause.ResumeAsync(control, call, timeout, log).ConfigureAwait(false);
                    }
                    catch (RecordingResumeFailedException resumeFailure)
                    {
                        throw new AggregateException(failure, resumeFailure);
                    }
                    finally
                    {
                        PauseRegistry.End(pause);
                    }
                }

                throw;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="block"/> with the call's recording paused for sensitive input, and resumes it afterwards —
    /// also when the block throws or is cancelled. When the block throws and the resume fails too, both reach the
    /// caller in an <see cref="AggregateException"/> (the block's first), and the resume failure is logged at Error.
    /// </summary>
    /// <returns>What the block returned.</returns>
    public static async Task<T> PauseForSensitiveInputAsync<T>(
        this IRecordingControl control,
        CallReference call,
        Func<CancellationToken, Task<T>> block,
        CancellationToken cancellationToken = default,
        ILogger? logger = null,
        TimeSpan? resumeTimeout = null)
    {
        if (block is null)
        {
            throw new ArgumentNullException(nameof(block));
        }

        SensitiveInputPause scope = await control.PauseForSensitiveInputAsync(call, cancellationToken, logger, resumeTimeout).ConfigureAwait(false);
        T result;
        try
        {
            result = await block(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception blockFailure)
        {
            try
            {
                await scope.DisposeAsync().ConfigureAwait(false);
            }
            catch (RecordingResumeFailedException resumeFailure)
            {
                throw new AggregateException(
                    "The block paused for sensitive input failed, and the recording of call " + call + " could not be resumed afterwards.",
                    blockFailure,
                    resumeFailure);
            }

            ExceptionDispatchInfo.Capture(blockFailure).Throw();
            throw;
        }

        await scope.DisposeAsync().ConfigureAwait(false);
        return result;
    }

    /// <summary>The same as <see cref="PauseForSensitiveInputAsync{T}"/> for a block that returns nothing.</summary>
    public static Task PauseForSensitiveInputAsync(
        this IRecordingControl control,
        CallReference call,
        Func<CancellationToken, Task> block,
        CancellationToken cancellationToken = default,
        ILogger? logger = null,
        TimeSpan? resumeTimeout = null)
    {
        if (block is null)
        {
            throw new ArgumentNullException(nameof(block));
        }

        return control.PauseForSensitiveInputAsync<bool>(call, async token =>
        {
            await block(token).ConfigureAwait(false);
            return true;
        }, cancellationToken, logger, resumeTimeout);
    }

    /// <summary>
    /// The owner's pause: Paused confirmed → joiners proceed. Anything else ends the shared pause; when the pause may
    /// have taken effect (uncertain, or a state other than Paused that may hide one) it is repaired by a resume first.
    /// </summary>
    private static async Task PauseAsync(IRecordingControl control, CallReference call, PauseRegistry.SharedPause pause, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        Exception failure;
        bool mayBePaused;
        try
        {
            RecordingState state = await control.PauseAsync(call, cancellationToken).ConfigureAwait(false);
            if (state == RecordingState.Paused)
            {
                pause.Confirm();
                return;
            }

            // Anything but Paused: the block must not run. Unknown (GWS accepted, never confirmed) may hide a pause
            // that happened, and an answer that contradicts the request is not trusted either: both are undone (a
            // resume of a recording that records changes nothing; "not valid now" means nothing to undo).
            mayBePaused = true;
            failure = state == RecordingState.Unknown
                ? new RecordingStateUncertainException(control.Vendor, RecordingOperation.Pause, call, RecordingUncertainty.NotConfirmed,
                    "the vendor accepted the pause but did not confirm it")
                : new RecordingControlException(control.Vendor, RecordingOperation.Pause, call.CallId, null, null,
                    "the vendor reported " + state + " after the pause; the block was not run");
        }
        catch (Exception ex)
        {
            failure = ex;
            mayBePaused = ex is RecordingStateUncertainException;
        }

        PauseRegistry.Fail(pause, failure);
        try
        {
            if (mayBePaused)
            {
                try
                {
                    await SensitiveInputPause.ResumeAsync(control, call, timeout, logger, repairing: true).ConfigureAwait(false);
                }
                catch (RecordingResumeFailedException repairFailure)
                {
                    throw new AggregateException(
                        "The pause of the recording of call " + call + " may have taken effect, and the resume that should undo it failed.",
                        failure,
                        repairFailure);
                }
            }
        }
        finally
        {
            PauseRegistry.End(pause);
        }

        ExceptionDispatchInfo.Capture(failure).Throw();
    }

    private static bool IsPlainCancellation(Task paused, CancellationToken ours) =>
        !ours.IsCancellationRequested && paused.IsFaulted && paused.Exception?.InnerException is OperationCanceledException;
}
