using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SdkGen.Recording.Genesys;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>Genesys Web Services settings: the customer's server, the agent's credentials, and how long to wait for the outcome.</summary>
public sealed class GenesysRecordingControlOptions : RecordingControlOptions
{
    /// <summary>The agent's user name.</summary>
    public string? Username { get; set; }

    /// <summary>The agent's password.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Whether the server has CSRF protection on. With dependency injection this adds a <see cref="GenesysCsrfHandler"/>
    /// to the HttpClient; when you build the HttpClient yourself, put one in front of its handler.
    /// </summary>
    public bool UseCsrfProtection { get; set; }

    /// <summary>
    /// How long to wait for the CometD <c>CallRecordingStateChange</c> that reports the real outcome (GWS answers
    /// the request with "accepted" only); when none arrives in time the operation is a
    /// <see cref="RecordingStateUncertainException"/> (<see cref="RecordingUncertainty.NotConfirmed"/>).
    /// <see cref="TimeSpan.Zero"/> does not wait and returns <see cref="RecordingState.Unknown"/> — which the PCI scope
    /// refuses, since it runs its block only on a confirmed pause. Default 10 s.
    /// </summary>
    public TimeSpan ConfirmationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    internal override string SectionName => "Genesys";

    internal override IEnumerable<string> VendorProblems() =>
        Required(("Username", Username), ("Password", Password))
            .Concat(ConfirmationTimeout < TimeSpan.Zero ? new[] { "ConfirmationTimeout must not be negative" } : Array.Empty<string>());

    internal GenesysClientOptions ToClientOptions() => new()
    {
        Endpoint = Endpoint,
        BasicAuth = new BasicCredentials(Username!, Password!),
    };
}

/// <summary>
/// Recording control on Genesys Web Services v2: pause, resume, stop and start, for the call (GWS records calls,
/// not separate recordings). GWS only accepts the request; this control then waits for the CometD notification so
/// the state it returns is the real one. Idempotence: GWS refuses an operation the current state does not allow
/// (pausing a paused recording, resuming one that records) with statusCode 2, so these throw
/// <see cref="InvalidRecordingStateException"/> — except on a retry after a lost answer, where statusCode 2 means the
/// first attempt was carried out and the notification reports the outcome.
/// </summary>
public sealed class GenesysRecordingControl : IRecordingControl, IPauseScoped
{
    // GWS statusCode 2: the operation is not valid in the call's current state.
    private const string InvalidStateCode = "2";

    private readonly GenesysClient _client;
    private readonly Func<GenesysNotificationClient>? _notifications;
    private readonly TimeSpan _confirmationTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly string _pauseScope;
    private readonly RecordingCallRunner _runner;

    /// <summary>Creates the control over an HttpClient (from IHttpClientFactory, or your own; add a <see cref="GenesysCsrfHandler"/> when CSRF is on).</summary>
    public GenesysRecordingControl(HttpClient httpClient, GenesysRecordingControlOptions options, ILogger<GenesysRecordingControl>? logger = null, TimeProvider? timeProvider = null)
        : this(
            new GenesysClient(httpClient, Valid(options).ToClientOptions()),
            () => new GenesysNotificationClient(httpClient, options.ToClientOptions()),
            options,
            logger,
            timeProvider)
    {
    }

    /// <summary>
    /// Creates the control over a generated client you configured (or a mock), and a factory of notification
    /// clients (one CometD session per operation); without it the outcome is not awaited.
    /// </summary>
    public GenesysRecordingControl(GenesysClient client, Func<GenesysNotificationClient>? notifications, GenesysRecordingControlOptions options, ILogger<GenesysRecordingControl>? logger = null, TimeProvider? timeProvider = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        Valid(options);
        _notifications = options.ConfirmationTimeout > TimeSpan.Zero ? notifications : null;
        _confirmationTimeout = options.ConfirmationTimeout;
        _timeProvider = timeProvider ?? TimeProvider.System;

        // GWS is customer-hosted: the same call id on two servers is two calls.
        _pauseScope = options.Endpoint?.AbsoluteUri ?? "genesys";
        _runner = new RecordingCallRunner(RecordingVendor.Genesys, options.Resilience, logger, timeProvider, new SecretRedactor(options.Username, options.Password));
    }

    /// <inheritdoc/>
    public RecordingVendor Vendor => RecordingVendor.Genesys;

    string IPauseScoped.PauseScope => _pauseScope;

    ILogger IPauseScoped.Logger => _runner.Logger;

    bool IPauseScoped.UsesRecordingIds => false;

    /// <inheritdoc/>
    public bool CanStop => true;

    /// <inheritdoc/>
    public bool CanStart => true;

    /// <inheritdoc/>
    public Task<RecordingState> PauseAsync(CallReference call, CancellationToken cancellationToken = default) =>
        OperateAsync(RecordingOperation.Pause, call, CallRecordingOperationName.PauseCallRecording, cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> ResumeAsync(CallReference call, CancellationToken cancellationToken = default) =>
        OperateAsync(RecordingOperation.Resume, call, CallRecordingOperationName.ResumeCallRecording, cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> StopAsync(CallReference call, CancellationToken cancellationToken = default) =>
        OperateAsync(RecordingOperation.Stop, call, CallRecordingOperationName.StopCallRecording, cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> StartAsync(CallReference call, CancellationToken cancellationToken = default) =>
        OperateAsync(RecordingOperation.Start, call, CallRecordingOperationName.StartCallRecording, cancellationToken);

    private Task<RecordingState> OperateAsync(RecordingOperation operation, CallReference call, CallRecordingOperationName name, CancellationToken cancellationToken) =>
        _runner.RunAsync(operation, call, async (progress, token) =>
        {
            // Subscribe before acting, so the notification cannot arrive before anyone listens. The session is
            // opened once: only the operation itself is retried, and the wait for its outcome lies outside the
            // attempts, so a slow notification never makes the operation be sent again.
            GenesysNotificationClient? notifications = _notifications?.Invoke();
            try
            {
                if (notifications is not null)
                {
                    await _runner.RetryAsync(operation, call, null, async attemptToken =>
                    {
                        await notifications.ConnectAsync(attemptToken).ConfigureAwait(false);
                        return true;
                    }, token).ConfigureAwait(false);
                }

                await _runner.RetryAsync(operation, call, progress, async attemptToken =>
                {
                    try
                    {
                        await _client.PerformCallRecordingOperationAsync(call.CallId, new CallRecordingOperationRequest(name), attemptToken).ConfigureAwait(false);
                    }
                    catch (ApiException ex) when (progress.MayHaveApplied && ex.ErrorCode == InvalidStateCode)
                    {
                        // GWS operations are not idempotent: when an earlier attempt's answer was lost, the repeat
                        // finds the state already changed. The notification below tells what really happened.
                    }

                    return true;
                }, token).ConfigureAwait(false);

                // Accepted is not done: until the notification arrives the change may or may not have happened.
                progress.InDoubt(RecordingUncertainty.NotConfirmed, "GWS accepted the operation and had not reported its outcome yet");
                return notifications is null ? RecordingState.Unknown : await AwaitOutcomeAsync(notifications, operation, call, token).ConfigureAwait(false);
            }
            finally
            {
                if (notifications is not null)
                {
                    await DisconnectQuietlyAsync(notifications).ConfigureAwait(false);
                }
            }
        }, cancellationToken);

    private async Task<RecordingState> AwaitOutcomeAsync(GenesysNotificationClient notifications, RecordingOperation operation, CallReference call, CancellationToken cancellationToken)
    {
        string callId = call.CallId;
        // The confirmation deadline runs on the control's clock, as the attempt timeouts and back-off do: a test's
        // manual clock (or a host's) governs every wait of the control, never only some of them.
#if NET
        using var deadline = new CancellationTokenSource(_confirmationTimeout, _timeProvider);
#else
        using CancellationTokenSource deadline = _timeProvider.CreateCancellationTokenSource(_confirmationTimeout);
#endif
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            while (true)
            {
                foreach (CallStateChangeNotification notification in await notifications.PollAsync(wait.Token).ConfigureAwait(false))
                {
                    // Only a recording state change tells the outcome: other notification types about the same call
                    // (a party joined, a mute) carry whatever recording state the call had before.
                    if (notification.IsRecordingStateChange && notification.Data?.Call is { } changed && changed.Id == callId)
                    {
                        return ToState(changed.RecordingState);
                    }
                }
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Accepted, never reported: the change may or may not have happened (the runner logs it at Error).
            throw new RecordingStateUncertainException(RecordingVendor.Genesys, operation, call, RecordingUncertainty.NotConfirmed,
                "GWS accepted the operation but sent no CallRecordingStateChange within "
                + _confirmationTimeout.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms", ex);
        }
    }

    private static async Task DisconnectQuietlyAsync(GenesysNotificationClient notifications)
    {
        try
        {
            await notifications.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException or OperationCanceledException)
        {
            // The session expires on the server by itself; a failed goodbye changes nothing for the caller.
        }
    }

    internal static RecordingState ToState(CallRecordingState? state) => state switch
    {
        CallRecordingState.Recording => RecordingState.Recording,
        CallRecordingState.Paused => RecordingState.Paused,
        CallRecordingState.Stopped => RecordingState.Stopped,
        _ => RecordingState.Unknown,
    };

    private static GenesysRecordingControlOptions Valid(GenesysRecordingControlOptions options)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).EnsureValid();
        return options;
    }
}
