using System.ComponentModel.DataAnnotations;
using Polly;
using Polly.Retry;

namespace SdkGen.Recording;

/// <summary>
/// The Polly pipeline every control runs its requests through (overall timeout → retry → attempt timeout), and the
/// limits Polly puts on its settings. Start-up validation builds the same pipeline, so an option combination Polly
/// rejects is reported by name at start-up instead of failing the first call.
/// </summary>
internal static class RetryPipeline
{
    /// <summary>Polly's bounds: timeouts between 10 ms and 24 h, delays up to 24 h.</summary>
    public static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);

    public static readonly TimeSpan LongestSetting = TimeSpan.FromDays(1);

    public static ResiliencePipeline Build(
        RecordingResilienceOptions resilience,
        TimeProvider timeProvider,
        Func<RetryPredicateArguments<object>, ValueTask<bool>> shouldRetry,
        Func<RetryDelayGeneratorArguments<object>, ValueTask<TimeSpan?>> delay,
        Func<OnRetryArguments<object>, ValueTask> onRetry)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        builder.AddTimeout(resilience.OverallTimeout);
        if (resilience.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = resilience.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = resilience.BaseDelay,
                MaxDelay = resilience.MaxDelay,
                ShouldHandle = shouldRetry,
                DelayGenerator = delay,
                OnRetry = onRetry,
            });
        }

        builder.AddTimeout(resilience.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>The back-off before retry <paramref name="attempt"/> (0 for the first) without jitter: BaseDelay·2^attempt, at most MaxDelay.</summary>
    public static TimeSpan Backoff(RecordingResilienceOptions resilience, int attempt)
    {
        double ticks = resilience.BaseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 30));
        return ticks >= resilience.MaxDelay.Ticks ? resilience.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Builds the pipeline as a control would; a message for what Polly refuses, or null.</summary>
    public static string? Rejection(RecordingResilienceOptions resilience)
    {
        try
        {
            Build(resilience, TimeProvider.System, _ => default, _ => default, _ => default);
            return null;
        }
        catch (Exception ex) when (ex is ValidationException or ArgumentException)
        {
            // Polly's text names its own option types; it holds durations and counts, never a credential.
            return "Resilience settings are rejected by the retry pipeline: " + SecretRedactor.None.Clean(ex.Message);
        }
    }
}
