using System.Diagnostics.Tracing;
using SdkGen.Benchmarks.Infrastructure;

namespace SdkGen.Benchmarks.PerCall;

/// <summary>
/// Which types each client allocates per call: the runtime's sampled AllocationTick events (one per ~100 KB)
/// over many calls, scaled to bytes per call. <c>percall-allocs [--calls N]</c>.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string[] args)
    {
        int calls = args.Length > 1 && args[0] == "--calls" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        var benchmarks = new TwilioPerCallBenchmarks();
        benchmarks.Setup();
        var clients = new List<(string Name, Func<Task> Call)>
        {
            ("hand-written", () => benchmarks.HandWritten()),
            ("SdkGen", () => benchmarks.Generated()),
#if HAS_NSWAG
            ("NSwag", () => benchmarks.NSwag()),
#endif
        };

        var text = new System.Text.StringBuilder();
        foreach ((string name, Func<Task> call) in clients)
        {
            for (int i = 0; i < 20_000; i++)
            {
                call().GetAwaiter().GetResult();
            }

            using var listener = new AllocationListener();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < calls; i++)
            {
                call().GetAwaiter().GetResult();
            }

            long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
            Thread.Sleep(1500); // runtime events reach listeners with a delay
            listener.Dispose();
            long sampled = listener.ByType.Values.Sum();
            text.AppendLine($"- **{name}**: {perCall:N0} B per call; by type (sampled, scaled to the measured total):");
            foreach ((string type, long bytes) in listener.ByType.OrderByDescending(p => p.Value).Take(14))
            {
                text.AppendLine($"  - {bytes * perCall / Math.Max(1, sampled),6:N0} B  `{type}`");
            }
        }

        Console.Write(text);
        int outIndex = Array.IndexOf(args, "--out");
        if (outIndex >= 0)
        {
            File.WriteAllText(args[outIndex + 1], text.ToString());
        }

        return 0;
    }

    internal sealed class AllocationListener : EventListener
    {
        private readonly object _gate = new();

        public Dictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            int typeIndex = e.PayloadNames!.IndexOf("TypeName");
            int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
            string type = typeIndex >= 0 ? e.Payload[typeIndex] as string ?? "?" : "?";
            long amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            lock (_gate)
            {
                ByType[type] = ByType.TryGetValue(type, out long sum) ? sum + amount : amount;
            }
        }
    }
}
