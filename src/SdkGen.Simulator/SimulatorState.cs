using System.Collections.Concurrent;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator;

/// <summary>
/// The simulator's calls and recordings, plus what it has received. Seed calls before sending requests, then
/// inspect the outcome. Every member is thread-safe; one lock serialises all call and recording changes, so
/// concurrent requests on one call see each other's effects in some order and never a torn state.
/// </summary>
public sealed class SimulatorState
{
    private const int MaxRecordedRequests = 1000;

    private readonly Lock _gate = new();
    private readonly Dictionary<(SimulatedVendor Vendor, string CallId), CallRecord> _calls = [];
    private readonly int[] _requestCounts = new int[Enum.GetValues<SimulatedVendor>().Length];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly TimeProvider _time;

    private ResponseVariations _variations;

    internal SimulatorState(TimeProvider time, ResponseVariations variations)
    {
        _time = time;
        _variations = variations;
    }

    /// <summary>
    /// The response variations in effect. Starts as <see cref="SimulatorOptions.Variations"/>; replacing it affects
    /// the requests that arrive afterwards.
    /// </summary>
    public ResponseVariations Variations
    {
        get => Volatile.Read(ref _variations);
        set => Volatile.Write(ref _variations, value ?? throw new ArgumentNullException(nameof(value)));
    }

    internal GenesysSessions GenesysSessions { get; } = new();

    /// <summary>Adds a call whose recordings are all in progress.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="recordingCount">
    /// How many recordings: 0 or 1 for Bandwidth and Genesys (a Genesys call with 0 gets one stopped recording),
    /// any number for Twilio and SignalWire.
    /// </param>
    /// <returns>The generated call and recording ids.</returns>
    public SeededCall AddCall(SimulatedVendor vendor, int recordingCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recordingCount);
        return AddCall(new CallSeed(
            vendor,
            Enumerable.Repeat(new RecordingSeed(SimulatedRecordingStatus.InProgress), recordingCount).ToArray()));
    }

    /// <summary>Adds a call with one recording per status given, in that order.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="recordings">The initial state of each recording.</param>
    /// <returns>The generated call and recording ids.</returns>
    public SeededCall AddCall(SimulatedVendor vendor, params SimulatedRecordingStatus[] recordings)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        return AddCall(new CallSeed(vendor, recordings.Select(s => new RecordingSeed(s)).ToArray()));
    }

    /// <summary>Adds a call with chosen ids.</summary>
    /// <param name="seed">The call to add.</param>
    /// <returns>The call and recording ids (given or generated).</returns>
    /// <exception cref="ArgumentException">Too many recordings for the vendor, or duplicate recording ids.</exception>
    /// <exception cref="InvalidOperationException">The vendor already has a call with that id.</exception>
    public SeededCall AddCall(CallSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var vendor = seed.Vendor;
        if (!Enum.IsDefined(vendor))
        {
            throw new ArgumentOutOfRangeException(nameof(seed), vendor, "Unknown vendor.");
        }

        var seeds = seed.Recordings;
        if (vendor is SimulatedVendor.Bandwidth or SimulatedVendor.Genesys && seeds.Count > 1)
        {
            throw new ArgumentException($"A {vendor} call acts on a single recording; seed at most one.", nameof(seed));
        }

        if (vendor == SimulatedVendor.Genesys && seeds.Count == 0)
        {
            seeds = [new RecordingSeed(SimulatedRecordingStatus.Stopped)];
        }

        var now = _time.GetUtcNow();
        var call = new CallRecord
        {
            Vendor = vendor,
            CallId = seed.CallId ?? IdFactory.CallId(vendor),
            CreatedAt = now,
            Genesys = vendor == SimulatedVendor.Genesys
                ? new GenesysCallDetails(
                    CallUuid: IdFactory.GenesysId(),
                    ConnId: IdFactory.Hex32()[..16],
                    DeviceId: IdFactory.Uuid(),
                    AgentPhoneNumber: "5000",
                    CallerE164: "+14155550123")
                : null,
        };

        foreach (var recording in seeds)
        {
            var id = recording.RecordingId ?? IdFactory.RecordingId(vendor);
            if (call.Recordings.Any(r => r.Id == id))
            {
                throw new ArgumentException($"Recording id '{id}' appears twice.", nameof(seed));
            }

            call.Recordings.Add(new RecordingRecord
            {
                Id = id,
                Status = recording.Status,
                StartedAt = now,
                UpdatedAt = now,
                EndedAt = recording.Status == SimulatedRecordingStatus.Stopped ? now : null,
            });
        }

        lock (_gate)
        {
            if (!_calls.TryAdd((vendor, call.CallId), call))
            {
                throw new InvalidOperationException($"{vendor} already has a call '{call.CallId}'.");
            }
        }

        return new SeededCall(vendor, call.CallId, call.Recordings.Select(r => r.Id).ToArray());
    }

    /// <summary>Returns a copy of a call and its recordings, or <c>null</c> when the vendor has no such call.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="callId">The call id.</param>
    /// <returns>The call, or <c>null</c>.</returns>
    public CallSnapshot? GetCall(SimulatedVendor vendor, string callId)
    {
        lock (_gate)
        {
            return _calls.TryGetValue((vendor, callId), out var call) ? call.ToSnapshot() : null;
        }
    }

    /// <summary>Returns a copy of one recording, or <c>null</c> when the call or recording does not exist.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="callId">The call id.</param>
    /// <param name="recordingId">The recording id; <c>null</c> for the call's only recording.</param>
    /// <returns>The recording, or <c>null</c>.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="recordingId"/> is null and the call has several recordings.</exception>
    public RecordingSnapshot? GetRecording(SimulatedVendor vendor, string callId, string? recordingId = null)
    {
        var call = GetCall(vendor, callId);
        if (call is null)
        {
            return null;
        }

        if (recordingId is not null)
        {
            return call.Recordings.FirstOrDefault(r => r.RecordingId == recordingId);
        }

        return call.Recordings.Count switch
        {
            0 => null,
            1 => call.Recordings[0],
            _ => throw new InvalidOperationException($"Call '{callId}' has {call.Recordings.Count} recordings; name one."),
        };
    }

    /// <summary>
    /// Hangs up a call: every recording still running or paused stops, and from then on each vendor answers an
    /// update as it does for a call that is no longer in progress (see the simulator README).
    /// </summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="callId">The call id.</param>
    /// <returns><c>false</c> when the vendor has no such call; <c>true</c> otherwise (also when it had already ended).</returns>
    public bool EndCall(SimulatedVendor vendor, string callId) => WithCall(vendor, callId, (call, now) =>
    {
        if (call is null)
        {
            return false;
        }

        if (call.IsEnded)
        {
            return true;
        }

        call.EndedAt = now;
        foreach (var recording in call.Recordings.Where(r => r.IsActive))
        {
            recording.Status = SimulatedRecordingStatus.Stopped;
            recording.UpdatedAt = now;
            recording.EndedAt = now;
        }

        return true;
    });

    /// <summary>How many requests reached the vendor's routes (faulted and rejected ones included).</summary>
    /// <param name="vendor">The vendor.</param>
    /// <returns>The count since the simulator started.</returns>
    public int GetRequestCount(SimulatedVendor vendor) => Volatile.Read(ref _requestCounts[(int)vendor]);

    /// <summary>How many requests reached any vendor route.</summary>
    public int TotalRequestCount => Enum.GetValues<SimulatedVendor>().Sum(GetRequestCount);

    /// <summary>The most recent requests (up to 1000), oldest first, optionally for one vendor.</summary>
    /// <param name="vendor">Only this vendor's requests; <c>null</c> for all.</param>
    /// <returns>The requests.</returns>
    public IReadOnlyList<RecordedRequest> GetRequests(SimulatedVendor? vendor = null) =>
        _requests.Where(r => vendor is null || r.Vendor == vendor).ToArray();

    /// <summary>
    /// Ends every Genesys session: previously issued <c>JSESSIONID</c> cookies and CSRF tokens are rejected (403)
    /// until the client calls <c>GET /api/v2/me</c> again.
    /// </summary>
    public void ExpireGenesysCsrfTokens() => GenesysSessions.ExpireAll();

    internal void RecordRequest(RecordedRequest request)
    {
        Interlocked.Increment(ref _requestCounts[(int)request.Vendor]);
        _requests.Enqueue(request);
        while (_requests.Count > MaxRecordedRequests && _requests.TryDequeue(out _))
        {
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the call (or <c>null</c> when unknown) under the state lock. The action
    /// must be quick and must not block: it is where a request checks and applies its transition.
    /// </summary>
    internal T WithCall<T>(SimulatedVendor vendor, string callId, Func<CallRecord?, DateTimeOffset, T> action)
    {
        lock (_gate)
        {
            _calls.TryGetValue((vendor, callId), out var call);
            return action(call, _time.GetUtcNow());
        }
    }
}
