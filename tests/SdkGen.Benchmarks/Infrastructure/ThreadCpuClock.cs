using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace SdkGen.Benchmarks.Infrastructure;

/// <summary>
/// The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), in nanoseconds: time the thread was preempted
/// is not counted, so on a shared, busy machine a measurement keeps the work's own cost. Only for work the calling thread
/// does itself (the per-call benchmarks complete synchronously over an in-memory handler, and the workstation,
/// non-concurrent GC collects on the allocating thread).
/// </summary>
internal sealed class ThreadCpuClock : IClock
{
    public static ThreadCpuClock Instance { get; } = new();

    public string Title => "thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux();

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp() => Nanoseconds();

    public static double Seconds() => Nanoseconds() / 1e9;

    private static long Nanoseconds()
    {
        if (clock_gettime(ClockThreadCpuTime, out Timespec now) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed; the thread CPU clock needs Linux.");
        }

        return now.Seconds * 1_000_000_000 + now.Nanoseconds;
    }

    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out Timespec time);
}
