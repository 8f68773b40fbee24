namespace SdkGen.Simulator;

/// <summary>A call added to the simulator, with the ids to use in requests.</summary>
/// <param name="Vendor">The vendor that owns the call.</param>
/// <param name="CallId">The call id as it appears in the vendor's paths.</param>
/// <param name="RecordingIds">
/// The recordings' ids, in seeding order. Twilio and SignalWire use them in paths; Bandwidth and Genesys act on
/// the call's one recording, so their ids only name it in <see cref="SimulatorState.GetRecording"/>.
/// </param>
public sealed record SeededCall(SimulatedVendor Vendor, string CallId, IReadOnlyList<string> RecordingIds);

/// <summary>A point-in-time copy of one recording.</summary>
/// <param name="RecordingId">The recording id.</param>
/// <param name="Status">Its current state.</param>
/// <param name="PauseBehavior">
/// Twilio and SignalWire: the <c>PauseBehavior</c> of the pause that is (or was last) in effect, <c>silence</c>
/// when the request omitted it; <c>null</c> until the recording is first paused, and for other vendors.
/// </param>
/// <param name="AcceptedUpdates">How many update requests on this recording were answered with success, no-ops included.</param>
public sealed record RecordingSnapshot(
    string RecordingId,
    SimulatedRecordingStatus Status,
    string? PauseBehavior,
    int AcceptedUpdates);

/// <summary>A point-in-time copy of one call and its recordings.</summary>
/// <param name="Vendor">The vendor that owns the call.</param>
/// <param name="CallId">The call id.</param>
/// <param name="Recordings">The call's recordings, in seeding order.</param>
public sealed record CallSnapshot(SimulatedVendor Vendor, string CallId, IReadOnlyList<RecordingSnapshot> Recordings)
{
    /// <summary>The call was hung up (<see cref="SimulatorState.EndCall"/>); its recordings are stopped.</summary>
    public bool IsEnded { get; init; }
}

/// <summary>A request that reached one of the vendor routes (admin requests are not recorded).</summary>
/// <param name="Vendor">The vendor whose prefix the path starts with.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path without the query string, including the vendor prefix.</param>
/// <param name="Headers">Request headers, multiple values joined with <c>", "</c>.</param>
/// <param name="Body">The request body as text (at most 64 KiB).</param>
/// <param name="ReceivedAt">When the request arrived, by <see cref="SimulatorOptions.TimeProvider"/>.</param>
public sealed record RecordedRequest(
    SimulatedVendor Vendor,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt);

/// <summary>Full control over a seeded call: its id and each recording's id and state.</summary>
/// <param name="Vendor">The vendor that owns the call.</param>
/// <param name="Recordings">
/// The recordings. Bandwidth and Genesys calls hold at most one; a Genesys call seeded with none gets one
/// in <see cref="SimulatedRecordingStatus.Stopped"/> (not recording, <c>StartCallRecording</c> allowed).
/// </param>
public sealed record CallSeed(SimulatedVendor Vendor, IReadOnlyList<RecordingSeed> Recordings)
{
    /// <summary>The call id; <c>null</c> generates one in the vendor's shape.</summary>
    public string? CallId { get; init; }
}

/// <summary>One recording of a <see cref="CallSeed"/>.</summary>
/// <param name="Status">The state it starts in.</param>
public sealed record RecordingSeed(SimulatedRecordingStatus Status)
{
    /// <summary>The recording id; <c>null</c> generates one in the vendor's shape.</summary>
    public string? RecordingId { get; init; }
}
