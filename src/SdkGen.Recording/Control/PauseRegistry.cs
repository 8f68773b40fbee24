namespace SdkGen.Recording;

/// <summary>
/// The recordings that <see cref="SensitiveInputPause"/> scopes in this process hold paused: one reference-counted
/// <see cref="SharedPause"/> per recording. The first scope pauses; scopes that start meanwhile join it and wait for
/// that pause; the last scope to end resumes. A scope that starts while a shared pause is ending (its resume, or the
/// repair of a failed pause, in flight) waits until it has ended and then pauses afresh, so a pause and a resume of
/// one recording are never in flight at once.
/// </summary>
/// <remarks>
/// A recording is identified by the vendor, the control's endpoint and account (<see cref="IPauseScoped"/>), the call,
/// and the recording id where the vendor has ids. A reference without a recording id means "the call's active
/// recording" (Twilio.CURRENT), which may be the very recording another scope named: it joins the call's pause when
/// there is one. Thread-safe: one lock guards the table; awaiting happens outside it.
/// </remarks>
internal static class PauseRegistry
{
    private static readonly object s_gate = new();
    private static readonly Dictionary<(RecordingVendor Vendor, object Scope, string CallId), List<SharedPause>> s_calls = new();

    /// <summary>
    /// Joins the recording's shared pause, or opens one this caller must carry out (<c>Owner</c> true: pause, then
    /// <see cref="SharedPause.Confirm"/> or <see cref="Fail"/>).
    /// </summary>
    public static async Task<(SharedPause Pause, bool Owner)> AcquireAsync(IRecordingControl control, CallReference call, CancellationToken cancellationToken)
    {
        var key = (control.Vendor, Scope(control), call.CallId);
        string? recordingId = control is IPauseScoped { UsesRecordingIds: false } ? null : call.RecordingId;
        while (true)
        {
            Task ending;
            lock (s_gate)
            {
                if (!s_calls.TryGetValue(key, out List<SharedPause>? pauses))
                {
                    s_calls[key] = pauses = new List<SharedPause>();
                }

                SharedPause? pause = pauses.Find(p => p.RecordingId is null || recordingId is null || p.RecordingId == recordingId);
                if (pause is null)
                {
                    pause = new SharedPause(key, recordingId);
                    pauses.Add(pause);
                    return (pause, true);
                }

                if (!pause.IsEnding)
                {
                    pause.Holders++;
                    return (pause, false);
                }

                ending = pause.Ended;
            }

            await TaskWaits.WaitAsync(ending, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The owner's pause failed: joiners get <paramref name="failure"/>; the pause stays "ending" until <see cref="End"/>.</summary>
    public static void Fail(SharedPause pause, Exception failure)
    {
        lock (s_gate)
        {
            pause.IsEnding = true;
        }

        pause.SetFailed(failure);
    }

    /// <summary>One holder ends. True when it was the last of a confirmed pause: the caller must resume, then <see cref="End"/>.</summary>
    public static bool Release(SharedPause pause)
    {
        lock (s_gate)
        {
            pause.Holders--;
            if (pause.Holders > 0 || pause.IsEnding)
            {
                return false;
            }

            pause.IsEnding = true;
            return true;
        }
    }

    /// <summary>The resume (or repair) is over: the recording is free for a new pause.</summary>
    public static void End(SharedPause pause)
    {
        lock (s_gate)
        {
            if (s_calls.TryGetValue(pause.Key, out List<SharedPause>? pauses))
            {
                pauses.Remove(pause);
                if (pauses.Count == 0)
                {
                    s_calls.Remove(pause.Key);
                }
            }
        }

        pause.SetEnded();
    }

    /// <summary>Whether any scope holds (or is pausing, resuming or repairing) a pause on the call; for tests.</summary>
    internal static bool IsHeld(IRecordingControl control, string callId)
    {
        lock (s_gate)
        {
            return s_calls.ContainsKey((control.Vendor, Scope(control), callId));
        }
    }

    // Our controls name their endpoint and account; for any other implementation the instance is all we know.
    private static object Scope(IRecordingControl control) => control is IPauseScoped scoped ? scoped.PauseScope : control;

    /// <summary>One recording's pause, shared by every scope that holds it.</summary>
    internal sealed class SharedPause
    {
        private readonly TaskCompletionSource<bool> _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<bool> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SharedPause((RecordingVendor, object, string) key, string? recordingId)
        {
            Key = key;
            RecordingId = recordingId;
        }

        public (RecordingVendor Vendor, object Scope, string CallId) Key { get; }

        public string? RecordingId { get; }

        /// <summary>Scopes holding it (guarded by the registry's lock); the owner counts from the start.</summary>
        public int Holders { get; set; } = 1;

        /// <summary>Its resume or repair has begun (guarded by the registry's lock): nobody may join any more.</summary>
        public bool IsEnding { get; set; }

        /// <summary>Completes when the vendor confirmed the pause; faults with the owner's failure.</summary>
        public Task Paused => _paused.Task;

        /// <summary>Completes when the pause is over and removed.</summary>
        public Task Ended => _ended.Task;

        public void Confirm() => _paused.TrySetResult(true);

        public void SetFailed(Exception failure) => _paused.TrySetException(failure);

        public void SetEnded() => _ended.TrySetResult(true);
    }
}

/// <summary>Implemented by this SDK's controls: what, besides the call, identifies a recording for <see cref="PauseRegistry"/>.</summary>
internal interface IPauseScoped
{
    /// <summary>The endpoint and account the control acts on (never a credential).</summary>
    string PauseScope { get; }

    /// <summary>Whether the vendor tells recordings of a call apart by id (Bandwidth and GWS act on the call's recording).</summary>
    bool UsesRecordingIds { get; }

    /// <summary>The control's logger: where a scope given no logger of its own reports a failed resume.</summary>
    Microsoft.Extensions.Logging.ILogger Logger { get; }
}
