namespace SdkGen.Simulator.Model;

/// <summary>One simulated call. Mutated only under <see cref="SimulatorState"/>'s lock.</summary>
internal sealed class CallRecord
{
    public required SimulatedVendor Vendor { get; init; }

    public required string CallId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public List<RecordingRecord> Recordings { get; } = [];

    /// <summary>When the call was hung up; <c>null</c> while it is in progress.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public bool IsEnded => EndedAt is not null;

    /// <summary>Accepted GWS operations so far; picks which other notification precedes the next one.</summary>
    public int GenesysOperations { get; set; }

    /// <summary>Call details only Genesys reports (in its CometD notifications).</summary>
    public GenesysCallDetails? Genesys { get; init; }

    public CallSnapshot ToSnapshot() =>
        new(Vendor, CallId, Recordings.Select(r => r.ToSnapshot()).ToArray()) { IsEnded = IsEnded };
}

/// <summary>One simulated recording. Mutated only under <see cref="SimulatorState"/>'s lock.</summary>
internal sealed class RecordingRecord
{
    public required string Id { get; init; }

    public required SimulatedRecordingStatus Status { get; set; }

    public string? PauseBehavior { get; set; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public int AcceptedUpdates { get; set; }

    /// <summary>The last change was a resume of a paused recording (SignalWire then reports <c>resumed</c>).</summary>
    public bool ResumedAfterPause { get; set; }

    public bool IsActive => Status != SimulatedRecordingStatus.Stopped;

    /// <summary>Seconds from start to end; only meaningful once stopped.</summary>
    public int DurationSeconds(DateTimeOffset now) =>
        (int)Math.Max(0, ((EndedAt ?? now) - StartedAt).TotalSeconds);

    public RecordingSnapshot ToSnapshot() => new(Id, Status, PauseBehavior, AcceptedUpdates);
}

/// <summary>The extra call fields GWS puts in its notifications.</summary>
internal sealed record GenesysCallDetails(string CallUuid, string ConnId, string DeviceId, string AgentPhoneNumber, string CallerE164);
