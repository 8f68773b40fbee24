using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>
/// What every vendor control does around its generated client call: retries and timeouts (Polly), one log
/// line per call, and the one rule every operation follows — it ends confirmed (a state is returned), refused (a
/// <see cref="RecordingControlException"/>), or uncertain (<see cref="RecordingStateUncertainException"/>, logged at
/// Error) when a request may have reached the vendor and nothing established the outcome.
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

    private static readonly Action<ILogger, RecordingVendor, RecordingOperation, string, string, long, Exception?> s_uncertain =
        LoggerMessage.Define<RecordingVendor, RecordingOperation, string, string, long>(
            LogLevel.Error, new EventId(4, "RecordingStateUncertain"), "{Vendor} {Operation} call {CallId}: outcome UNKNOWN ({Known}) after {ElapsedMs} ms; the recording may be in either state");

    private static readonly Action<ILogger, RecordingVendor, RecordingOperation, string, string, Exception?> s_alreadyDone =
        LoggerMessage.Define<RecordingVendor, RecordingOperation, string, string>(
            LogLevel.Information, new EventId(5, "RecordingOperationAlreadyDone"), "{Vendor} {Operation} call {CallId}: a retry after a lost answer found it already done ({Status})");

    private static readonly ResiliencePropertyKey<(RecordingOperation Operation, string CallId)> OperationKey = new("SdkGen.Recording.Operation");
    private static readonly ResiliencePropertyKey<long> StartedKey = new("SdkGen.Recording.Started");
    private static readonly ResiliencePropertyKey<OperationProgress?> ProgressKey = new("SdkGen.Recording.Progress");

    private readonly RecordingVendor _vendor;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly RecordingResilienceOptions _resilience;
    private readonly ResiliencePipeline _pipeline;

    public RecordingCallRunner(RecordingVendor vendor, RecordingResilienceOptions? resilience, ILogger? logger, TimeProvider? timeProvider, SecretRedactor? redactor = null)
    {
        _vendor = vendor;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _resilience = resilience ?? new RecordingResilienceOptions();
        Redactor = redactor ?? SecretRedactor.None;
        _pipeline = RetryPipeline.Build(_resilience, _timeProvider, ShouldRetry, RetryDelay, OnRetry);
    }

    /// <summary>The control's logger.</summary>
    public ILogger Logger => _logger;

    /// <summary>Cleans vendor text of this control's credentials.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>
    /// Runs one operation whose single request is retried as a whole; <paramref name="send"/> is called once per attempt.
    /// After a lost answer, a refusal for which <paramref name="meansAlreadyDone"/> is true counts as the operation done.
    /// A success naming no known state is uncertain.
    /// </summary>
    /// <exception cref="ArgumentException">An id is malformed (nothing was sent).</exception>
    /// <exception cref="RecordingControlException">The vendor refused, or stayed unavailable.</exception>
    /// <exception cref="RecordingStateUncertainException">The request may have taken effect; the outcome is unknown.</exception>
    public Task<RecordingState> RunWithRetriesAsync(
        RecordingOperation operation,
        CallReference call,
        Func<CancellationToken, Task<RecordingState>> send,
        CancellationToken cancellationToken,
        Func<ApiException, bool>? meansAlreadyDone = null) =>
        RunAsync(operation, call, (progress, token) => RetryAsync(operation, call, progress, async attemptToken =>
        {
            RecordingState state;
            try
            {
                state = await send(attemptToken).ConfigureAwait(false);
            }
            catch (ApiException ex) when (progress.MayHaveApplied && meansAlreadyDone?.Invoke(ex) == true)
            {
                s_alreadyDone(_logger, _vendor, operation, call.CallId, Describe(ex), null);
                return Reached(operation);
            }

            return state != RecordingState.Unknown
                ? state
                : throw new UnreadableAnswerException("the vendor answered success but named no state this SDK knows");
        }, token), cancellationToken);

    /// <summary>
    /// Runs one operation: times it, logs it once, and turns what went wrong into a refusal or an uncertainty.
    /// <paramref name="body"/> decides what is retried, through <see cref="RetryAsync{T}"/>, and reports to the
    /// progress it is given when a request may have taken effect.
    /// </summary>
    public async Task<RecordingState> RunAsync(RecordingOperation operation, CallReference call, Func<OperationProgress, CancellationToken, Task<RecordingState>> body, CancellationToken cancellationToken)
    {
        if (call is null)
        {
            throw new ArgumentNullException(nameof(call));
        }

        // Cancelled before anything was sent: a plain cancellation, nothing to repair.
        cancellationToken.ThrowIfCancellationRequested();
        var progress = new OperationProgress();
        long started = _timeProvider.GetTimestamp();
        try
        {
            RecordingState state = await body(progress, cancellationToken).ConfigureAwait(false);
            s_succeeded(_logger, _vendor, operation, call.CallId, state, Elapsed(started), null);
            return state;
        }
        catch (RecordingStateUncertainException ex)
        {
            s_uncertain(_logger, _vendor, operation, call.CallId, ex.WhatIsKnown, Elapsed(started), ex);
            throw;
        }
        catch (Exception ex) when (progress.MayHaveApplied && ex is not ArgumentException)
        {
            bool cancelled = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
            var uncertain = new RecordingStateUncertainException(
                _vendor,
                operation,
                call,
                cancelled ? RecordingUncertainty.CancelledAfterSend : progress.Uncertainty,
                cancelled && progress.Uncertainty != RecordingUncertainty.CancelledAfterSend
                    ? "the caller cancelled after the request was sent; " + progress.WhatIsKnown
                    : progress.WhatIsKnown,
                Translate(operation, call, ex, progress, cancellationToken) ?? ex);
            s_uncertain(_logger, _vendor, operation, call.CallId, uncertain.WhatIsKnown, Elapsed(started), uncertain);
            throw uncertain;
        }
        catch (Exception ex) when (Translate(operation, call, ex, progress, cancellationToken) is { } refused && !ReferenceEquals(refused, ex))
        {
            s_failed(_logger, _vendor, operation, call.CallId, ex is ApiException api ? Describe(api) : ex.GetType().Name, Elapsed(started), null);
            throw refused;
        }
        catch (RecordingControlException ex)
        {
            s_failed(_logger, _vendor, operation, call.CallId, ex.VendorCode ?? ex.GetType().Name, Elapsed(started), null);
            throw;
        }
    }

    /// <summary>
    /// Sends with retries, per-attempt timeouts and the overall deadline. When <paramref name="progress"/> is given,
    /// each attempt's fate is recorded in it: an attempt whose request may have reached the vendor without an answer
    /// leaves the operation in doubt until a later answer settles it.
    /// </summary>
    public async Task<T> RetryAsync<T>(RecordingOperation operation, CallReference call, OperationProgress? progress, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OperationKey, (operation, call.CallId));
        context.Properties.Set(StartedKey, _timeProvider.GetTimestamp());
        context.Properties.Set(ProgressKey, progress);
        try
        {
            return await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    try
                    {
                        T result = await attempt(ctx.CancellationToken).ConfigureAwait(false);
                        progress?.Settled();
                        return result;
                    }
                    catch (Exception ex) when (progress is not null && Doubt(ex, cancellationToken) is { } doubt)
                    {
                        progress.InDoubt(doubt.Why, doubt.Known);
                        throw;
                    }
                },
                context).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The state an operation reaches when it is carried out.</summary>
    public static RecordingState Reached(RecordingOperation operation) => operation switch
    {
        RecordingOperation.Pause => RecordingState.Paused,
        RecordingOperation.Stop => RecordingState.Stopped,
        _ => RecordingState.Recording,
    };

    /// <summary>Whether a failed attempt may have changed the recording: null when the vendor answered "no", or nothing was sent.</summary>
    private static (RecordingUncertainty Why, string Known)? Doubt(Exception ex, CancellationToken callerToken)
    {
        switch (ex)
        {
            // An answer that is an error — GWS refuses with HTTP 200 and a non-zero statusCode — changed nothing.
            case ApiException api when api.Status is < 200 or >= 300 || api.ErrorCode is not null:
            case ArgumentException:
                return null;
            case ApiException:
            case UnreadableAnswerException:
            case System.Text.Json.JsonException:
                return (RecordingUncertainty.UnreadableAnswer, "the vendor answered success but the answer could not be read");
#if NET
            case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }:
                return null;
#endif
            case OperationCanceledException when callerToken.IsCancellationRequested:
                return (RecordingUncertainty.CancelledAfterSend, "the request was sent and the caller cancelled before the answer");
            case OperationCanceledException or TimeoutRejectedException or HttpRequestException:
                return (RecordingUncertainty.AnswerLost, "the request was sent; no answer arrived (" + ex.GetType().Name + ")");
            default:
                return (RecordingUncertainty.UnreadableAnswer, "the request was sent; reading the answer failed (" + ex.GetType().Name + ")");
        }
    }

    /// <summary>The refusal an exception stands for, cleaned of secrets; null when it is not a vendor failure.</summary>
    private RecordingControlException? Translate(RecordingOperation operation, CallReference call, Exception ex, OperationProgress progress, CancellationToken callerToken)
    {
        switch (ex)
        {
            case RecordingControlException control:
                return control;
            case ApiException api when progress.RetryAfterRefused is { } refused:
                return new RecordingServiceUnavailableException(_vendor, operation, call.CallId, api.Status, Redactor.Clean(api.ErrorCode), Redactor.Clean(api.ErrorMessage), refused.RetryAfter, refused.Limit, Redactor.Clean(api));
            case ApiException api:
                return RecordingErrors.From(_vendor, operation, call.CallId, api, Redactor);
            case HttpRequestException or TimeoutRejectedException:
            case OperationCanceledException when !callerToken.IsCancellationRequested:
                return new RecordingServiceUnavailableException(_vendor, operation, call.CallId, null, null, null, ex);
            default:
                return null;
        }
    }

    private ValueTask<bool> ShouldRetry(RetryPredicateArguments<object> args)
    {
        Exception? exception = args.Outcome.Exception;
        if (!IsRetryable(exception, args.Context.CancellationToken))
        {
            return new ValueTask<bool>(false);
        }

        // A vendor that asks for more time than the SDK may wait gets a prompt, honest answer, not an early retry.
        if (exception is ApiException { RetryAfter: { } retryAfter })
        {
            TimeSpan left = _resilience.OverallTimeout - _timeProvider.GetElapsedTime(args.Context.Properties.GetValue(StartedKey, 0L));
            TimeSpan limit = left < _resilience.MaxDelay ? left : _resilience.MaxDelay;
            if (retryAfter > limit)
            {
                if (args.Context.Properties.GetValue(ProgressKey, null) is { } progress)
                {
                    progress.RetryAfterRefused = (retryAfter, limit < TimeSpan.Zero ? TimeSpan.Zero : limit);
                }

                return new ValueTask<bool>(false);
            }
        }

        return new ValueTask<bool>(true);
    }

    // Never sooner than Retry-After asks, never sooner than the back-off: max(back-off, Retry-After). Retry-After
    // beyond MaxDelay never gets here (ShouldRetry refuses it). Without Retry-After Polly's jittered back-off applies.
    private ValueTask<TimeSpan?> RetryDelay(RetryDelayGeneratorArguments<object> args)
    {
        if (args.Outcome.Exception is ApiException { RetryAfter: { } retryAfter })
        {
            TimeSpan backoff = RetryPipeline.Backoff(_resilience, args.AttemptNumber);
            return new ValueTask<TimeSpan?>(retryAfter > backoff ? retryAfter : backoff);
        }

        return new ValueTask<TimeSpan?>((TimeSpan?)null);
    }

    private ValueTask OnRetry(OnRetryArguments<object> args)
    {
        (RecordingOperation operation, string callId) = args.Context.Properties.GetValue(OperationKey, default);
        string status = args.Outcome.Exception is ApiException api ? Describe(api) : args.Outcome.Exception?.GetType().Name ?? "?";
        s_retrying(_logger, _vendor, operation, callId, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, status, null);
        return default;
    }

    private static bool IsRetryable(Exception? exception, CancellationToken callerToken) => exception switch
    {
        ApiException api => api.Status is 408 or 429 or 502 or 503 or 504 || api.ErrorCode == "16114",
        HttpRequestException => true,
        TimeoutRejectedException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    private string Describe(ApiException ex) => Status(ex.Status, ex.ErrorCode is null ? null : Redactor.Clean(ex.ErrorCode));

    private static string Status(int? status, string? code) =>
        "HTTP " + (status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-") + (code is null ? "" : " " + code);

    private long Elapsed(long started) => (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>A success answer that names no state: the change may have happened, what it led to is unknown.</summary>
    private sealed class UnreadableAnswerException(string message) : Exception(message);
}
