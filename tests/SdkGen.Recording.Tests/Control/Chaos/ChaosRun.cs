using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control.Chaos;

/// <summary>
/// One chaos scenario on one vendor: a simulator, a control, a seeded call, and the two invariants checked at the
/// end. (1) No scope body ran while the simulator held the recording as recording — each body calls
/// <see cref="EnterBody"/>, which reads the simulator's state from inside the body. (2) No recording is left paused
/// unless the caller received an exception and an Error line was logged.
/// </summary>
public sealed class ChaosRun : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<Exception> _callerSaw = new();
    private int _bodies;

    private ChaosRun(ControlHarness harness, RecordingVendor vendor, IRecordingControl control, CallReference call)
    {
        Harness = harness;
        Vendor = vendor;
        Control = control;
        Call = call;
        Logger = harness.LoggerFactory.CreateLogger("Checkout");
    }

    public ControlHarness Harness { get; }

    public RecordingVendor Vendor { get; }

    public IRecordingControl Control { get; }

    public CallReference Call { get; }

    /// <summary>The application's logger, given to every scope.</summary>
    public ILogger Logger { get; }

    /// <summary>How many scope bodies ran.</summary>
    public int Bodies => Volatile.Read(ref _bodies);

    public SimulatedRecordingStatus Status => Harness.StatusOf(Vendor, Call);

    /// <summary>
    /// A harness with retries quick and bounded (no back-off, so no clock is involved), and Genesys confirmations that
    /// do not outlast the test.
    /// </summary>
    public static async Task<ChaosRun> StartAsync(RecordingVendor vendor, int maxRetries = 1, Func<DelegatingHandler>? interceptor = null, TimeProvider? time = null)
    {
        ControlHarness harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor, new ControlSettings
        {
            Time = time,
            ConfirmationTimeout = TimeSpan.FromSeconds(5),
            Interceptor = interceptor,
            Resilience = r =>
            {
                r.MaxRetries = maxRetries;
                r.BaseDelay = TimeSpan.Zero;
            },
        });
        return new ChaosRun(harness, vendor, control, harness.AddCall(vendor));
    }

    /// <summary>Called first thing in every scope body: records a violation if the vendor is recording right now.</summary>
    public void EnterBody()
    {
        Interlocked.Increment(ref _bodies);
        SimulatedRecordingStatus status = Status;
        if (status != SimulatedRecordingStatus.Paused)
        {
            _violations.Enqueue("a scope body ran while the simulator held the recording as " + status);
        }
    }

    /// <summary>Runs a caller's action; an exception it throws is what "the caller received", and is returned.</summary>
    public async Task<Exception?> CallerAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            _callerSaw.Enqueue(ex);
            return ex;
        }
    }

    /// <summary>Runs one delegate-form scope whose body only enters.</summary>
    public Task<Exception?> ScopeAsync(CancellationToken cancellationToken = default, Func<CancellationToken, Task>? body = null) =>
        CallerAsync(() => Control.PauseForSensitiveInputAsync(Call, async token =>
        {
            EnterBody();
            if (body is not null)
            {
                await body(token);
            }
        }, cancellationToken, Logger));

    /// <summary>The recording operations (pause, resume) the next requests of this vendor get a fault rule for.</summary>
    public void Fault(FaultKind kind, int count = 1, string? body = null, RequestGate? gate = null) =>
        Harness.Simulator.Faults.Add(new FaultRule(kind)
        {
            Count = count,
            Vendor = ControlHarness.Sim(Vendor),
            PathContains = ControlHarness.OperationPath(Vendor),
            Gate = gate,
            Body = body ?? "<html><body><h1>502 Bad Gateway</h1></body></html>",
        });

    /// <summary>Both invariants, plus: no lease is left behind in the process.</summary>
    public void AssertInvariants()
    {
        Assert.Empty(_violations);
        if (Status == SimulatedRecordingStatus.Paused)
        {
            Assert.True(!_callerSaw.IsEmpty, "the recording was left paused and no caller received an exception");
            Assert.Contains(Harness.Logs.Entries, e => e.Level == LogLevel.Error);
        }

        Assert.False(PauseRegistry.IsHeld(Control, Call.CallId), "a pause lease was left in the registry");
    }

    public async ValueTask DisposeAsync()
    {
        Harness.Simulator.Faults.Clear();
        await Harness.DisposeAsync();
    }
}
