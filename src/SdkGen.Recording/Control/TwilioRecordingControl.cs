using Microsoft.Extensions.Logging;
using SdkGen.Recording.Twilio;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>Twilio settings: the account SID and auth token, and how pauses behave by default.</summary>
public sealed class TwilioRecordingControlOptions : RecordingControlOptions
{
    /// <summary>The account SID (<c>AC…</c>), also the Basic auth user name.</summary>
    public string? AccountSid { get; set; }

    /// <summary>The auth token (or an API key secret with <see cref="ApiKeySid"/>).</summary>
    public string? AuthToken { get; set; }

    /// <summary>An API key SID (<c>SK…</c>) to authenticate with instead of the account SID.</summary>
    public string? ApiKeySid { get; set; }

    /// <summary>What a pause records: <see cref="PauseBehavior.Skip"/> (nothing) or <see cref="PauseBehavior.Silence"/> (Twilio's default).</summary>
    public PauseBehavior PauseBehavior { get; set; } = PauseBehavior.Silence;

    internal override string SectionName => "Twilio";

    internal override IEnumerable<string> VendorProblems() =>
        Required(("AccountSid", AccountSid), ("AuthToken", AuthToken))
            .Concat(PauseBehavior == PauseBehavior.Unknown ? new[] { "PauseBehavior must be Skip or Silence" } : Array.Empty<string>());
}

/// <summary>
/// Recording control on Twilio (2010-04-01). Without a <see cref="CallReference.RecordingId"/> it acts on the call's
/// active recording (<c>Twilio.CURRENT</c>); a call with two active recordings then gives
/// <see cref="AmbiguousRecordingException"/> (16108). Idempotence: pausing a paused recording or resuming one that
/// records answers 200 and changes nothing; anything on a stopped recording (400) or a call no longer in progress
/// (21220) is <see cref="InvalidRecordingStateException"/> — except a stop retried after a lost answer, for which
/// these answers mean "already stopped" and the stop succeeds.
/// </summary>
public sealed class TwilioRecordingControl : IRecordingControl, IPauseScoped
{
    private readonly TwilioClient _client;
    private readonly TwilioRecordingControlOptions _options;
    private readonly RecordingCallRunner _runner;

    /// <summary>Creates the control over an HttpClient (from IHttpClientFactory, or your own).</summary>
    public TwilioRecordingControl(HttpClient httpClient, TwilioRecordingControlOptions options, ILogger<TwilioRecordingControl>? logger = null, TimeProvider? timeProvider = null)
        : this(CreateClient(httpClient, options), options, logger, timeProvider)
    {
    }

    /// <summary>Creates the control over a generated client you configured (or a mock of it).</summary>
    public TwilioRecordingControl(TwilioClient client, TwilioRecordingControlOptions options, ILogger<TwilioRecordingControl>? logger = null, TimeProvider? timeProvider = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.EnsureValid();
        _runner = new RecordingCallRunner(RecordingVendor.Twilio, options.Resilience, logger, timeProvider, new SecretRedactor(options.ApiKeySid ?? options.AccountSid, options.AuthToken));
    }

    /// <inheritdoc/>
    public RecordingVendor Vendor => RecordingVendor.Twilio;

    string IPauseScoped.PauseScope => (_options.Endpoint?.AbsoluteUri ?? "twilio") + "|" + _options.AccountSid;

    ILogger IPauseScoped.Logger => _runner.Logger;

    bool IPauseScoped.UsesRecordingIds => true;

    /// <inheritdoc/>
    public bool CanStop => true;

    /// <inheritdoc/>
    public bool CanStart => false;

    /// <inheritdoc/>
    public Task<RecordingState> PauseAsync(CallReference call, CancellationToken cancellationToken = default) =>
        PauseAsync(call, _options.PauseBehavior, cancellationToken);

    /// <summary>Pauses the recording with an explicit <paramref name="pauseBehavior"/>.</summary>
    public Task<RecordingState> PauseAsync(CallReference call, PauseBehavior pauseBehavior, CancellationToken cancellationToken = default) =>
        UpdateAsync(RecordingOperation.Pause, call, new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused) { PauseBehavior = pauseBehavior }, cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> ResumeAsync(CallReference call, CancellationToken cancellationToken = default) =>
        UpdateAsync(RecordingOperation.Resume, call, WithoutPauseBehavior(CallRecordingUpdateStatus.InProgress), cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> StopAsync(CallReference call, CancellationToken cancellationToken = default) =>
        UpdateAsync(RecordingOperation.Stop, call, WithoutPauseBehavior(CallRecordingUpdateStatus.Stopped), cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> StartAsync(CallReference call, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Starting a recording is a different Twilio resource (POST …/Recordings.json); this control pauses, resumes and stops.");

    // PauseBehavior applies only to a pause: a resume or stop leaves out the default the generated request starts with.
    private static UpdateCallRecordingRequest WithoutPauseBehavior(CallRecordingUpdateStatus status) => new(status) { PauseBehavior = null };

    private Task<RecordingState> UpdateAsync(RecordingOperation operation, CallReference call, UpdateCallRecordingRequest request, CancellationToken cancellationToken) =>
        _runner.RunWithRetriesAsync(operation, call, async token =>
        {
            CallRecording recording = await _client.UpdateCallRecordingAsync(
                _options.AccountSid!, call.CallId, call.RecordingId ?? TwilioRecordingSid.Current, request, token).ConfigureAwait(false);
            return ToState(recording.Status);
        }, cancellationToken, operation == RecordingOperation.Stop ? IsAlreadyStopped : null);

    // A stop retried after its answer was lost finds the recording stopped (400: "the resource has moved into a state
    // that is no longer valid") or its call ended (21220): either way the recording is stopped, as asked.
    private static bool IsAlreadyStopped(ApiException error) => error.ErrorCode is "400" or "21220";

    internal static RecordingState ToState(CallRecordingStatus? status) => status switch
    {
        CallRecordingStatus.InProgress => RecordingState.Recording,
        CallRecordingStatus.Paused => RecordingState.Paused,
        CallRecordingStatus.Stopped or CallRecordingStatus.Completed or CallRecordingStatus.Processing => RecordingState.Stopped,
        _ => RecordingState.Unknown,
    };

    private static TwilioClient CreateClient(HttpClient httpClient, TwilioRecordingControlOptions options)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).EnsureValid();
        return new TwilioClient(httpClient, new TwilioClientOptions
        {
            Endpoint = options.Endpoint,
            BasicAuth = new BasicCredentials(options.ApiKeySid ?? options.AccountSid!, options.AuthToken!),
        });
    }
}
