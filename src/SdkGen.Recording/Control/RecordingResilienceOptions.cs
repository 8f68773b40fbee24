namespace SdkGen.Recording;

/// <summary>
/// Retries for the recording operations, on by default. Retries 429, 503, 502, 504, 408, Twilio 16114 ("not ready,
/// retry") and lost answers (network errors, attempt timeouts) with exponential back-off and jitter; never other 4xx.
/// With <c>Retry-After</c> the wait is max(back-off, Retry-After) — never sooner than asked; a <c>Retry-After</c>
/// longer than <see cref="MaxDelay"/> or than what is left of <see cref="OverallTimeout"/> is not waited for: the
/// operation fails at once with a <see cref="RecordingServiceUnavailableException"/> naming the delay.
/// </summary>
public sealed class RecordingResilienceOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off delay; later ones grow exponentially (with jitter). Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between attempts, and the longest <c>Retry-After</c> honoured. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take (10 ms to 24 h). Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the whole operation, retries included, may take (10 ms to 24 h). Default 60 s.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    internal IEnumerable<string> Problems()
    {
        var problems = new List<string>();
        if (MaxRetries < 0)
        {
            problems.Add("Resilience:MaxRetries must not be negative");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay || MaxDelay > RetryPipeline.LongestSetting)
        {
            problems.Add("Resilience:BaseDelay must be positive and not above MaxDelay, and MaxDelay at most 24 hours");
        }

        if (AttemptTimeout < RetryPipeline.ShortestTimeout || OverallTimeout < AttemptTimeout || OverallTimeout > RetryPipeline.LongestSetting)
        {
            problems.Add("Resilience:AttemptTimeout must be positive (at least 10 ms) and not above OverallTimeout, and OverallTimeout at most 24 hours");
        }

        // Whatever else the pipeline refuses: the same construction the control performs decides.
        if (problems.Count == 0 && RetryPipeline.Rejection(this) is { } rejected)
        {
            problems.Add(rejected);
        }

        return problems;
    }
}
