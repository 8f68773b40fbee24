using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SdkGen.Benchmarks.Infrastructure;

namespace SdkGen.Benchmarks.PerCall;

/// <summary>
/// Runs <see cref="TwilioPerCallBenchmarks"/> with an in-process job and writes the table with ratios.
/// <c>--cpu-clock</c> times iterations by the thread's CPU time instead of wall time (for a busy machine).
/// </summary>
internal static class PerCallRunner
{
    public static int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        bool cpuClock = args.Contains("--cpu-clock");
        int outIndex = Array.IndexOf(args, "--out");
        string? output = outIndex >= 0 ? args[outIndex + 1] : null;
        int iterationsIndex = Array.IndexOf(args, "--iterations");
        int iterations = iterationsIndex >= 0 ? int.Parse(args[iterationsIndex + 1], CultureInfo.InvariantCulture) : quick ? 5 : 40;

        if (!SelfCheck(out string check))
        {
            Console.Error.WriteLine(check);
            return 1;
        }

        // In-process so BenchmarkDotNet does not rebuild the repository in a generated project. Every case starts after
        // the same interleaved warm-up of all clients (TwilioPerCallBenchmarks.WarmUp), so the case run first no longer
        // absorbs the shared code's JIT tiering. Then 40 iterations of 250 ms (not 20 of ~500 ms): the same measuring
        // time, but twice the samples, so the 99.9% intervals (Student t over N) come out narrower than the gaps the
        // targets are about, and a preempted iteration is one outlier among 40, which BenchmarkDotNet removes.
        // --iterations raises the count on a busy machine; about 45 s for the three clients.
        Job job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 5)
            .WithIterationCount(iterations)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId(quick ? "quick" : "short");
        if (cpuClock)
        {
            // For a busy machine: iterations timed by the benchmark thread's CPU time, so time it spent preempted by
            // other processes is not counted (it is what widens the intervals there). Wall time stays the default.
            job = job.WithClock(ThreadCpuClock.Instance).WithId(job.Id + "-cpu");
        }

        IConfig config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(Paths.Data, "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);
        Summary summary = BenchmarkRunner.Run<TwilioPerCallBenchmarks>(config);

        var reports = summary.Reports.Where(r => r.ResultStatistics is not null).ToList();
        BenchmarkReport? baseline = reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
        var text = new StringBuilder();
        text.AppendLine(check);
        text.AppendLine();
        text.AppendLine(cpuClock
            ? "Timed by the benchmark thread's CPU time (--cpu-clock), not wall time: preemption by other processes is not counted."
            : "Timed by wall time (Stopwatch).");
        text.AppendLine();
        text.AppendLine("| client | mean per call | ± StdErr | 99.9% CI | ± StdDev | allocated per call | time vs hand-written (± from both 99.9% CIs) | allocations vs hand-written |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (BenchmarkReport report in reports)
        {
            double mean = report.ResultStatistics!.Mean;
            long bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            double baseMean = baseline?.ResultStatistics?.Mean ?? double.NaN;
            double baseMargin = baseline?.ResultStatistics?.ConfidenceInterval.Margin ?? double.NaN;
            long baseBytes = baseline is null ? 0 : baseline.GcStats.GetBytesAllocatedPerOperation(baseline.BenchmarkCase) ?? 0;
            string key = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            Figures.Record("percall." + key + ".ns", mean);
            Figures.Record("percall." + key + ".bytes", bytes);
            Statistics stats = report.ResultStatistics;
            Figures.Record("percall." + key + ".stdErrNs", stats.StandardError);
            Figures.Record("percall." + key + ".ciMarginNs", stats.ConfidenceInterval.Margin);
            Figures.Record("percall." + key + ".iterations", stats.N);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')} | {mean / 1000:F2} µs | {stats.StandardError / 1000:F3} µs | [{stats.ConfidenceInterval.Lower / 1000:F2}; {stats.ConfidenceInterval.Upper / 1000:F2}] µs | {stats.StandardDeviation / 1000:F2} µs | {bytes:N0} B | {mean / baseMean:F2}×{(report == baseline ? "" : string.Create(CultureInfo.InvariantCulture, $" ± {RatioError(mean, stats.ConfidenceInterval.Margin, baseMean, baseMargin):F2}"))} | {(double)bytes / baseBytes:F2}× |"));
        }

#if !HAS_NSWAG
        text.AppendLine();
        text.AppendLine("NSwag's client was not compiled in (run.sh generates .data/nswag/TwilioNSwagClient.cs first).");
#endif
        Console.WriteLine(text);
        if (output is not null)
        {
            File.WriteAllText(output, text.ToString());
        }

        return reports.Count == summary.BenchmarksCases.Length ? 0 : 1;
    }

    // The error of a ratio of two independent means: their relative errors added in quadrature (as report.py's verdict).
    private static double RatioError(double mean, double margin, double baseMean, double baseMargin) =>
        mean / baseMean * Math.Sqrt(Math.Pow(margin / mean, 2) + Math.Pow(baseMargin / baseMean, 2));

    /// <summary>One call through each client before timing: each must send the pause and read the documented recording.</summary>
    private static bool SelfCheck(out string message)
    {
        byte[] body = TwilioPerCallBenchmarks.DocumentedResponse();
        var lines = new List<string> { $"Response body: the documented `paused` example from specs/twilio.yaml ({body.Length} bytes)." };
        bool ok = true;

        var hand = new InMemoryTwilioHandler(body) { Capture = true };
        HandCallRecording h = new HandWrittenTwilioClient(new HttpClient(hand), TwilioPerCallBenchmarks.AccountSid, TwilioPerCallBenchmarks.AuthToken)
            .UpdateCallRecordingAsync(TwilioPerCallBenchmarks.AccountSid, TwilioPerCallBenchmarks.CallSid, TwilioPerCallBenchmarks.RecordingSid, "paused", "silence").GetAwaiter().GetResult();
        ok &= Describe(lines, "hand-written", hand, h.Sid, h.Status?.ToString(), h.Channels);

        var generated = new InMemoryTwilioHandler(body) { Capture = true };
        SdkGen.Recording.Twilio.CallRecording g = new SdkGen.Recording.Twilio.TwilioClient(new HttpClient(generated), new SdkGen.Recording.Twilio.TwilioClientOptions { BasicAuth = new SdkGen.Runtime.BasicCredentials(TwilioPerCallBenchmarks.AccountSid, TwilioPerCallBenchmarks.AuthToken) })
            .UpdateCallRecordingAsync(TwilioPerCallBenchmarks.AccountSid, TwilioPerCallBenchmarks.CallSid, TwilioPerCallBenchmarks.RecordingSid, new SdkGen.Recording.Twilio.UpdateCallRecordingRequest(SdkGen.Recording.Twilio.CallRecordingUpdateStatus.Paused) { PauseBehavior = SdkGen.Recording.Twilio.PauseBehavior.Silence })
            .GetAwaiter().GetResult();
        ok &= Describe(lines, "SdkGen", generated, g.Sid, g.Status?.ToString(), g.Channels);

#if HAS_NSWAG
        var nswag = new InMemoryTwilioHandler(body) { Capture = true };
        SdkGen.Benchmarks.NSwag.Twilio.CallRecording n = new SdkGen.Benchmarks.NSwag.Twilio.TwilioNSwagClient(new HttpClient(nswag))
            .UpdateCallRecordingAsync(TwilioPerCallBenchmarks.AccountSid, TwilioPerCallBenchmarks.CallSid, new SdkGen.Benchmarks.NSwag.Twilio.Sid(), new SdkGen.Benchmarks.NSwag.Twilio.UpdateCallRecordingRequest { Status = SdkGen.Benchmarks.NSwag.Twilio.CallRecordingUpdateStatus.Paused, PauseBehavior = SdkGen.Benchmarks.NSwag.Twilio.PauseBehavior.Silence }, CancellationToken.None)
            .GetAwaiter().GetResult();
        // NSwag's request is reported as sent, not required to be right: see the notes in results.md.
        Describe(lines, "NSwag", nswag, n.Sid, n.Status.ToString(), (long?)n.Channels);
#endif

        message = string.Join(Environment.NewLine, lines);
        return ok;
    }

    private static bool Describe(List<string> lines, string name, InMemoryTwilioHandler handler, string? sid, string? status, long? channels)
    {
        HttpRequestMessage request = handler.LastRequest!;
        string sent = $"{request.Method} {request.RequestUri!.AbsolutePath} body `{Encoding.ASCII.GetString(handler.LastBody ?? [])}`";
        bool ok = request.RequestUri.AbsolutePath.EndsWith("/Recordings/Twilio.CURRENT.json", StringComparison.Ordinal)
            && handler.LastBody is { } b && Encoding.ASCII.GetString(b) == "Status=paused&PauseBehavior=silence"
            && sid == "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" && channels == 2 && string.Equals(status, "Paused", StringComparison.OrdinalIgnoreCase);
        lines.Add($"- {name}: sent {sent}; read sid={sid}, status={status}, channels={channels} — {(ok ? "as documented" : "**differs from the documented request/response**")}");
        return ok;
    }
}
