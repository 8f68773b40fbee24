namespace SdkGen.Recording;

/// <summary>
/// What one recording operation's attempts have told so far: whether a request may have taken effect without the
/// SDK seeing the outcome, and why. The attempts of one operation run one after another; the fields are volatile only
/// because an abandoned attempt may finish on another thread.
/// </summary>
internal sealed class OperationProgress
{
    private volatile bool _mayHaveApplied;
    private volatile string _whatIsKnown = "";
    private RecordingUncertainty _uncertainty;

    /// <summary>A request may have taken effect and no later answer settled it.</summary>
    public bool MayHaveApplied => _mayHaveApplied;

    public RecordingUncertainty Uncertainty => _uncertainty;

    public string WhatIsKnown => _whatIsKnown;

    /// <summary>Set when the vendor asked for a <c>Retry-After</c> longer than the SDK may wait: (asked, longest allowed).</summary>
    public (TimeSpan RetryAfter, TimeSpan Limit)? RetryAfterRefused { get; set; }

    /// <summary>An attempt's request may have reached the vendor and its outcome is unknown.</summary>
    public void InDoubt(RecordingUncertainty why, string whatIsKnown)
    {
        _uncertainty = why;
        _whatIsKnown = whatIsKnown;
        _mayHaveApplied = true;
    }

    /// <summary>An answer established the state: earlier doubt no longer matters.</summary>
    public void Settled() => _mayHaveApplied = false;
}
