namespace SdkGen.Recording;

/// <summary>
/// Which recordings a <see cref="SensitiveInputPause"/> in this process holds paused, so a nested scope on the same
/// recording neither pauses again nor resumes early.
/// </summary>
/// <remarks>
/// A reference without a recording id means "the call's active recording" (Twilio.CURRENT), which may be the very
/// recording another scope named by id: the two count as the same claim. Two different recording ids on one call
/// are different claims, so each scope pauses its own recording.
/// </remarks>
internal static class PauseRegistry
{
    private static readonly object s_gate = new();
    private static readonly Dictionary<(RecordingVendor Vendor, string CallId), List<string?>> s_held = new();

    /// <summary>Takes the pause for the recording, or returns null when another scope already holds it.</summary>
    public static Lease? TryAcquire(RecordingVendor vendor, CallReference call)
    {
        var key = (vendor, call.CallId);
        lock (s_gate)
        {
            if (s_held.TryGetValue(key, out List<string?>? held))
            {
                if (held.Exists(recording => recording is null || call.RecordingId is null || recording == call.RecordingId))
                {
                    return null;
                }
            }
            else
            {
                s_held[key] = held = new List<string?>();
            }

            held.Add(call.RecordingId);
            return new Lease(key, call.RecordingId);
        }
    }

    internal sealed class Lease((RecordingVendor, string) key, string? recordingId) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            lock (s_gate)
            {
                if (s_held.TryGetValue(key, out List<string?>? held))
                {
                    held.Remove(recordingId);
                    if (held.Count == 0)
                    {
                        s_held.Remove(key);
                    }
                }
            }
        }
    }
}
