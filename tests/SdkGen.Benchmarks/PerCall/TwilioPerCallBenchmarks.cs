using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using SdkGen.Benchmarks.Infrastructure;
using SdkGen.Generator.Parsing;
using SdkGen.Generator.Parsing.Text;
using SdkGen.Recording.Twilio;
using SdkGen.Runtime;

namespace SdkGen.Benchmarks.PerCall;

/// <summary>
/// Pausing a Twilio recording, per call: the generated client, NSwag's client for the same spec (when run.sh has
/// generated it) and the hand-written floor, all over the same in-memory handler answering the documented
/// CallRecording example. The job (iterations, in-process toolchain) comes from <see cref="PerCallRunner"/>.
/// </summary>
[MemoryDiagnoser]
public class TwilioPerCallBenchmarks
{
    public const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string CallSid = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string RecordingSid = "Twilio.CURRENT";
    public const string AuthToken = "auth-token-for-benchmarks";

    private HandWrittenTwilioClient _handWritten = null!;
    private TwilioClient _generated = null!;
#if HAS_NSWAG
    private global::SdkGen.Benchmarks.NSwag.Twilio.TwilioNSwagClient _nswag = null!;
#endif

    /// <summary>The 200 example of UpdateCallRecording in specs/twilio.yaml, as JSON bytes.</summary>
    public static byte[] DocumentedResponse()
    {
        string path = Path.Combine(Paths.Specs, "twilio.yaml");
        SpecTextReadResult read = SpecTextReader.Read(path, File.ReadAllText(path), CancellationToken.None);
        JsonNode example = read.Root!["paths"]!["/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json"]!
            ["post"]!["responses"]!["200"]!["content"]!["application/json"]!["examples"]!["paused"]!["value"]!;
        return System.Text.Encoding.UTF8.GetBytes(example.ToJsonString());
    }

    [GlobalSetup]
    public void Setup()
    {
        byte[] body = DocumentedResponse();
        _handWritten = new HandWrittenTwilioClient(new HttpClient(new InMemoryTwilioHandler(body)), AccountSid, AuthToken);
        _generated = new TwilioClient(new HttpClient(new InMemoryTwilioHandler(body)), new TwilioClientOptions { BasicAuth = new BasicCredentials(AccountSid, AuthToken) });
#if HAS_NSWAG
        _nswag = new global::SdkGen.Benchmarks.NSwag.Twilio.TwilioNSwagClient(new HttpClient(new InMemoryTwilioHandler(body)));
#endif
        WarmUp();
    }

    /// <summary>
    /// Calls every client, interleaved, until tiered compilation has settled. The clients share most of their code
    /// (HttpClient, headers, content, Utf8JsonReader); without this, the benchmark run first (the hand-written one)
    /// pays for that code's tier-0 and instrumented phases during its own pilot and warm-up, and its iterations mix
    /// JIT tiers, which made its interval several times wider than the others'. Every case starts from the same state.
    /// </summary>
    private void WarmUp()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int round = 0; round < WarmUpRounds || clock.ElapsedMilliseconds < WarmUpMilliseconds; round++)
        {
            for (int i = 0; i < 500; i++)
            {
                HandWritten().GetAwaiter().GetResult();
                Generated().GetAwaiter().GetResult();
#if HAS_NSWAG
                NSwag().GetAwaiter().GetResult();
#endif
            }
        }
    }

    // Tier-1 promotion waits for 30 calls and then a quiet 100 ms with no new tier-0 methods, twice with dynamic PGO
    // (instrumented tier, then optimized): a second of interleaved calls covers both with room to spare.
    private const int WarmUpRounds = 40;
    private const int WarmUpMilliseconds = 1000;

    [Benchmark(Baseline = true, Description = "hand-written HttpClient + Utf8JsonReader")]
    public Task<HandCallRecording> HandWritten() =>
        _handWritten.UpdateCallRecordingAsync(AccountSid, CallSid, RecordingSid, "paused", "silence");

    [Benchmark(Description = "SdkGen TwilioClient.UpdateCallRecordingAsync")]
    public Task<CallRecording> Generated() =>
        _generated.UpdateCallRecordingAsync(AccountSid, CallSid, RecordingSid, new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused) { PauseBehavior = PauseBehavior.Silence });

#if HAS_NSWAG
    [Benchmark(Description = "NSwag 14 client (System.Text.Json)")]
    public Task<global::SdkGen.Benchmarks.NSwag.Twilio.CallRecording> NSwag() =>
        _nswag.UpdateCallRecordingAsync(
            AccountSid,
            CallSid,
            new global::SdkGen.Benchmarks.NSwag.Twilio.Sid(),
            new global::SdkGen.Benchmarks.NSwag.Twilio.UpdateCallRecordingRequest
            {
                Status = global::SdkGen.Benchmarks.NSwag.Twilio.CallRecordingUpdateStatus.Paused,
                PauseBehavior = global::SdkGen.Benchmarks.NSwag.Twilio.PauseBehavior.Silence,
            },
            CancellationToken.None);
#endif
}
