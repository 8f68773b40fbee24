using System.Diagnostics;
using System.Globalization;
using SdkGen.Benchmarks.Infrastructure;

namespace SdkGen.Benchmarks.PerCall;

/// <summary>
/// <c>percall-paired [--rounds N] [--batch M] [--out FILE]</c>: the generated client's time per call as a ratio to the
/// hand-written one's, measured for a shared, busy machine. Each round runs a batch of calls through each client,
/// back to back in alternating order (hand, generated, generated, hand), so both see the same load; the ratio of a
/// round is taken over the thread's CPU time (time it was preempted is not counted) and over wall time. Reported: the
/// median ratio with its 95 % confidence interval, and the range of the middle 90 % of rounds. BenchmarkDotNet's
/// table (<c>percall</c>) stays the figure of record on a quiet machine; this says whether the gap is real when the
/// machine is not quiet.
/// </summary>
internal static class PairedPerCall
{
    public static int Run(string[] args)
    {
        int rounds = Option(args, "--rounds", 200);
        int batch = Option(args, "--batch", 2000);
        int outIndex = Array.IndexOf(args, "--out");
        var benchmarks = new TwilioPerCallBenchmarks();
        benchmarks.Setup();
        Func<Task> hand = benchmarks.HandWritten, generated = benchmarks.Generated;
        for (int i = 0; i < 20_000; i++)
        {
            hand().GetAwaiter().GetResult();
            generated().GetAwaiter().GetResult();
        }

        var cpu = new List<double>(rounds);
        var wall = new List<double>(rounds);
        double handCpu = 0, generatedCpu = 0;
        for (int round = 0; round < rounds; round++)
        {
            (double h1, double hw1) = Time(hand, batch);
            (double g1, double gw1) = Time(generated, batch);
            (double g2, double gw2) = Time(generated, batch);
            (double h2, double hw2) = Time(hand, batch);
            cpu.Add((g1 + g2) / (h1 + h2));
            wall.Add((gw1 + gw2) / (hw1 + hw2));
            handCpu += h1 + h2;
            generatedCpu += g1 + g2;
        }

        long calls = 2L * rounds * batch;
        (double low, double high) = MedianBounds(cpu);
        Figures.Record("percallPaired.cpuRatio", Median(cpu));
        Figures.Record("percallPaired.cpuRatioLow", low);
        Figures.Record("percallPaired.cpuRatioHigh", high);
        Figures.Record("percallPaired.handNs", handCpu / calls * 1e9);
        Figures.Record("percallPaired.generatedNs", generatedCpu / calls * 1e9);
        Figures.Record("percallPaired.rounds", rounds);
        string text = string.Create(CultureInfo.InvariantCulture, $"""
            Paired rounds: {rounds} × ({batch} calls per client, order hand/generated/generated/hand); load {File.ReadAllText("/proc/loadavg").Trim()}.

            | measure | generated ÷ hand-written, median | 95 % CI of the median | middle 90 % of rounds | per call, hand-written / generated |
            | --- | --- | --- | --- | --- |
            | thread CPU time | {Median(cpu):F3}× | {MedianInterval(cpu)} | [{Quantile(cpu, 0.05):F3}; {Quantile(cpu, 0.95):F3}] | {handCpu / calls * 1e6:F2} µs / {generatedCpu / calls * 1e6:F2} µs |
            | wall time | {Median(wall):F3}× | {MedianInterval(wall)} | [{Quantile(wall, 0.05):F3}; {Quantile(wall, 0.95):F3}] | |

            """);
        Console.Write(text);
        if (outIndex >= 0)
        {
            File.WriteAllText(args[outIndex + 1], text);
        }

        return 0;
    }

    private static (double Cpu, double Wall) Time(Func<Task> call, int batch)
    {
        long start = Stopwatch.GetTimestamp();
        double cpuStart = ThreadCpuSeconds();
        for (int i = 0; i < batch; i++)
        {
            call().GetAwaiter().GetResult();
        }

        return (ThreadCpuSeconds() - cpuStart, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    // Distribution-free: the ranks n/2 ± 0.98·√n bound the median with about 95 % confidence (binomial, normal approximation).
    private static (double Low, double High) MedianBounds(List<double> values)
    {
        var sorted = values.Order().ToList();
        double half = 0.98 * Math.Sqrt(sorted.Count);
        int low = Math.Max(0, (int)Math.Floor(sorted.Count / 2.0 - half));
        int high = Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count / 2.0 + half));
        return (sorted[low], sorted[high]);
    }

    private static string MedianInterval(List<double> values)
    {
        (double low, double high) = MedianBounds(values);
        return string.Create(CultureInfo.InvariantCulture, $"[{low:F3}; {high:F3}]");
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }

    // The calls complete synchronously (the handler is in memory), so the calling thread does all their work.
    private static double ThreadCpuSeconds() => ThreadCpuClock.Seconds();
}
