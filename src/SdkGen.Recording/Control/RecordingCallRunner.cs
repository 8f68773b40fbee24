using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>
/// What every vendor control does around its generated client call: retries and timeouts (Polly), one log
/// line per call, and the translation of vendor errors into <see cref="RecordingControlException"/>s.
/// </summary>
internal sealed class RecordingCallRunner
{
    private static readonly Action<ILogger, RecordingVendor, RecordingOperation, string, RecordingState, long, Exception?> s_succeeded =
        LoggerMessage.Define<RecordingVendor, RecordingOperation, string, RecordingState, long>(
            LogLevel.Information, new EventId(1, "RecordingOperationSucceeded"), "{Vendor} {Operation} call {CallId}: {State} in {ElapsedMs} ms");

    private static readonly Action<ILogger, RecordingVendor, RecordingOperation, string, string, long, Exception?> s_failed =
        LoggerMessage.Define<RecordingVendor, RecordingOperation, string, string, long>(
            LogLevel.Warning, new EventId(2, "RecordingOperationFailed"), "{Vendor} {Operation} call {CallId}: failed with {Status} in {ElapsedMs} ms");

    private static readonly Action<ILogger, RecordingVendor, RecordingOperation, string, int, double, string, Exception?> s_retrying =
        LoggerMessage.Define<RecordingVendor, RecordingOperation, string, int, double, string>(
            LogLevel.Information, new EventId(3, "RecordingOperationRetrying"), "{Vendor} {Operation} call {CallId}: attempt {Attempt} failed; retrying in {DelayMs} ms ({Status})");

    private readonly RecordingVendor _vendor;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly RecordingResilienceOptions _resilience;
    private readonly ResiliencePipeline _pipeline;

    public RecordingCallRunner(RecordingVendor vendor, RecordingResilienceOptions? resilience, ILogger? logger, TimeProvider? timeProvider)
    {
        _vendor = vendor;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _resilience = resilience ?? new RecordingResilienceOptions();
        _pipeline = BuildPipeline();
    }

    /// <summary>Runs one operation whose single request is retried as a whole; <paramref name="send"/> is called once per attempt.</summary>
    /// <exception cref="ArgumentException">An id is malformed (nothing was sent).</exception>
    /// <exception cref="RecordingControlException">The vendor refused, or stayed unavailable.</exception>
    public Task<RecordingState> RunWithRetriesAsync(RecordingOperation operation, CallReference call, Func<CancellationToken, Task<RecordingState>> send, CancellationToken cancellationToken) =>
        RunAsync(operation, call, token => RetryAsync(operation, call, (_, attemptToken) => send(attemptToken), token), cancellationToken);

    /// <summary>
    /// Runs one operation: times it, logs it once, and turns vendor errors into <see cref="RecordingControlException"/>s.
    /// <paramref name="body"/> decides what is retried, through <see cref="RetryAsync{T}"/>.
    /// </summary>
    public async Task<RecordingState> RunAsync(RecordingOperation operation, CallReference call, Func<CancellationToken, Task<RecordingState>> body, CancellationToken cancellationToken)
    {
        if (call is null)
        {
            throw new ArgumentNullException(nameof(call));
        }

        long started = _timeProvider.GetTimestamp();
        try
        {
            RecordingState state = await body(cancellationToken).ConfigureAwait(false);
            s_succeeded(_logger, _vendor, operation, call.CallId, state, Elapsed(started), null);
            return state;
        }
        catch (ApiException ex)
        {
            s_failed(_logger, _vendor, operation, call.CallId, Describe(ex), Elapsed(started), null);
            throw RecordingErrors.From(_vendor, operation, call.CallId, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            s_failed(_logger, _vendor, operation, call.CallId, ex.GetType().Name, Elapsed(started), null);
            throw new RecordingServiceUnavailableException(_vendor, operation, call.CallId, null, null, null, ex);
        }
        catch (RecordingControlException ex)
        {
            s_failed(_logger, _vendor, operation, call.CallId, ex.VendorCode ?? ex.GetType().Name, Elapsed(started), null);
            throw;
        }
    }

    /// <summary>
    /// Sends with retries, per-attempt timeouts and the overall deadline; <paramref name="attempt"/> receives the
    /// attempt number (0 for the first) so a non-idempotent vendor can tell a repeat from a first try.
    /// </summary>
    public async Task<T> RetryAsync<T>(RecordingOperation operation, CallReference call, Func<int, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OperationKey, (operation, call.CallId));
        int attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async ctx => await attempt(attempts++, ctx.CancellationToken).ConfigureAwait(false),
                context).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static readonly ResiliencePropertyKey<(RecordingOperation Operation, string CallId)> OperationKey = new("SdkGen.Recording.Operation");

    private ResiliencePipeline BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = _timeProvider };
        builder.AddTimeout(_resilience.OverallTimeout);
        if (_resilience.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _resilience.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _resilience.BaseDelay,
                MaxDelay = _resilience.MaxDelay,
                ShouldHandle = args => new ValueTask<bool>(IsRetryable(args.Outcome.Exception, args.Context.CancellationToken)),
                DelayGenerator = args =>
                {
                    // The server knows best how long it needs: never come back sooner than Retry-After asks.
                    if (args.Outcome.Exception is ApiException { RetryAfter: { } retryAfter })
                    {
                        TimeSpan capped = retryAfter > _resilience.MaxDelay ? _resilience.MaxDelay : retryAfter;
                        return new ValueTask<TimeSpan?>(capped);
                    }

                    return new ValueTask<TimeSpan?>((TimeSpan?)null);
                },
                OnRetry = args =>
                {
                    (RecordingOperation operation, string callId) = args.Context.Properties.GetValue(OperationKey, default);
                    string status = args.Outcome.Exception is ApiException api ? Describe(api) : args.Outcome.Exception?.GetType().Name ?? "?";
                    s_retrying(_logger, _vendor, operation, callId, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, status, null);
                    return default;
                },
            });
        }

        builder.AddTimeout(_resilience.AttemptTimeout);
        return builder.Build();
    }

    private static bool IsRetryable(Exception? exception, CancellationToken callerToken) => exception switch
    {
        ApiException api => api.Status is 408 or 429 or 502 or 503 or 504 || api.ErrorCode == "16114",
        HttpRequestException => true,
        TimeoutRejectedException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    private static string Describe(ApiException ex) =>
        "HTTP " + ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) + (ex.ErrorCode is null ? "" : " " + ex.ErrorCode);

    private long Elapsed(long started) => (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
