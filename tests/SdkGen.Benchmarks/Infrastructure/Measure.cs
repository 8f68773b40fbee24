using System.Diagnostics;

namespace SdkGen.Benchmarks.Infrastructure;

/// <summary>One timed call: wall time and bytes allocated (all threads).</summary>
internal readonly record struct Sample(double Milliseconds, long Bytes)
{
    public static Sample operator +(Sample a, Sample b) => new(a.Milliseconds + b.Milliseconds, a.Bytes + b.Bytes);
}

internal static class Measure
{
    /// <summary>Times <paramref name="action"/> after a full collection, so earlier garbage is not billed to it.</summary>
    public static T Run<T>(Func<T> action, out Sample sample)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        T result = action();
        long end = Stopwatch.GetTimestamp();
        long after = GC.GetTotalAllocatedBytes(precise: true);
        sample = new Sample(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds, after - before);
        return result;
    }

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static Sample Median(IReadOnlyList<Sample> samples) =>
        new(Median(samples.Select(s => s.Milliseconds)), (long)Median(samples.Select(s => (double)s.Bytes)));

    public static string Format(Sample sample) => $"{FormatMs(sample.Milliseconds)} · {FormatBytes(sample.Bytes)}";

    public static string FormatMs(double ms) => ms switch
    {
        >= 10_000 => $"{ms / 1000:F1} s",
        >= 1000 => $"{ms / 1000:F2} s",
        >= 100 => $"{ms:F0} ms",
        >= 10 => $"{ms:F1} ms",
        _ => $"{ms:F2} ms",
    };

    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):F2} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):F1} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):F1} KiB",
        _ => $"{bytes} B",
    };
}
