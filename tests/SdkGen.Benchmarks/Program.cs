using SdkGen.Benchmarks.Generator;
using SdkGen.Benchmarks.PerCall;

namespace SdkGen.Benchmarks;

/// <summary>
/// <c>stages [SPEC…] [--rounds N] [--out FILE]</c>: per-stage time and allocations, and the whole driver run.<br/>
/// <c>driver-cold SPEC [--out PREFIX]</c>: one driver run in a fresh process.<br/>
/// <c>incremental [--rounds N] [--out FILE]</c>: driver reruns after an unrelated edit and after a spec edit, with step reasons.<br/>
/// <c>profile rerun|driver|parse|emit [SPEC…] [--seconds N]</c>: loops one piece of work for a profiler to attach to.<br/>
/// <c>stage-allocs [SPEC] [--out FILE]</c>: which types each generator stage allocates (sampled).<br/>
/// <c>percall-allocs [--calls N] [--out FILE]</c>: which types each client allocates per call (sampled).<br/>
/// <c>percall-paired [--rounds N] [--batch M] [--out FILE]</c>: per-call time of the generated client ÷ the hand-written one's, alternating batches (for a busy machine).<br/>
/// <c>percall [--quick] [--iterations N] [--cpu-clock] [--out FILE]</c>: BenchmarkDotNet, per-call overhead of the generated Twilio client vs NSwag vs hand-written.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: SdkGen.Benchmarks stages|incremental|percall [options]   (run.sh runs them all)");
            return 2;
        }

        string[] rest = args[1..];
        return args[0] switch
        {
            "stages" => StageBenchmark.Run(rest, driverOnly: false),
            "driver-cold" => StageBenchmark.Run(rest, driverOnly: true),
            "incremental" => IncrementalBenchmark.Run(rest),
            "percall" => PerCallRunner.Run(rest),
            "profile" => ProfileLoop.Run(rest),
            "percall-allocs" => AllocationProfile.Run(rest),
            "percall-paired" => PairedPerCall.Run(rest),
            "stage-allocs" => StageAllocations.Run(rest),
            _ => Usage(args[0]),
        };
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine("unknown command '" + command + "'");
        return 2;
    }
}
