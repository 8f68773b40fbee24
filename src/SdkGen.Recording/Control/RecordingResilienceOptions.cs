namespace SdkGen.Recording;

/// <summary>
/// Retries for the recording operations, on by default: pausing and resuming are idempotent state changes, so
/// sending one again after a lost answer is safe. Retries 429, 503, 502, 504, 408, Twilio 16114 ("not ready,
/// retry") and network errors with exponential back-off and jitter, waiting at least what <c>Retry-After</c>
/// asks; never other 4xx.
/// </summary>
public sealed class RecordingResilienceOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off delay; later ones grow exponentially with jitter. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between attempts, <c>Retry-After</c> included. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the whole operation, retries included, may take. Default 60 s.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    internal IEnumerable<string> Problems()
    {
        if (MaxRetries < 0)
        {
            yield return "Resilience:MaxRetries must not be negative";
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            yield return "Resilience:BaseDelay must be positive and not above MaxDelay";
        }

        if (AttemptTimeout <= TimeSpan.Zero || OverallTimeout < AttemptTimeout)
        {
            yield return "Resilience:AttemptTimeout must be positive and not above OverallTimeout";
        }
    }
}
