using System.Collections.Concurrent;

namespace SdkGen.Recording;

/// <summary>
/// Which calls a <see cref="SensitiveInputPause"/> in this process holds paused, so a nested scope on the same call
/// neither pauses again nor resumes early.
/// </summary>
internal static class PauseRegistry
{
    private static readonly ConcurrentDictionary<(RecordingVendor, CallReference), byte> s_held = new();

    /// <summary>Takes the pause for the call, or returns null when another scope already holds it.</summary>
    public static Lease? TryAcquire(RecordingVendor vendor, CallReference call) =>
        s_held.TryAdd((vendor, call), 0) ? new Lease((vendor, call)) : null;

    internal sealed class Lease((RecordingVendor, CallReference) key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                s_held.TryRemove(key, out _);
            }
        }
    }
}
