using Microsoft.Extensions.Logging;
using SdkGen.Recording.SignalWire;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>SignalWire settings: the project id, an API token with the Voice scope, and the Space.</summary>
public sealed class SignalWireRecordingControlOptions : RecordingControlOptions
{
    /// <summary>The project id (a uuid), also the Basic auth user name.</summary>
    public string? ProjectId { get; set; }

    /// <summary>An API token with the Voice scope.</summary>
    public string? ApiToken { get; set; }

    /// <summary>The Space name: <c>example</c> for <c>example.signalwire.com</c>. Not needed with <see cref="RecordingControlOptions.Endpoint"/>.</summary>
    public string? SpaceName { get; set; }

    /// <summary>What a pause records: <see cref="PauseBehavior.Skip"/> or <see cref="PauseBehavior.Silence"/> (SignalWire's default).</summary>
    public PauseBehavior PauseBehavior { get; set; } = PauseBehavior.Silence;

    internal override string SectionName => "SignalWire";

    internal override IEnumerable<string> VendorProblems() =>
        Required(("ProjectId", ProjectId), ("ApiToken", ApiToken))
            .Concat(Endpoint is null ? Required(("SpaceName (or Endpoint)", SpaceName)) : Array.Empty<string>())
            .Concat(PauseBehavior == PauseBehavior.Unknown ? new[] { "PauseBehavior must be Skip or Silence" } : Array.Empty<string>());
}

/// <summary>
/// Recording control on SignalWire's Compatibility (LaML) API. Every id is a uuid and the recording must be named:
/// <see cref="CallReference.RecordingId"/> is required. Idempotence: pausing a paused recording or resuming one that
/// records answers 200; changing a stopped or completed recording is <see cref="InvalidRecordingStateException"/> (10000)
/// — except a stop retried after a lost answer, for which 10000 means "already stopped" and the stop succeeds.
/// </summary>
public sealed class SignalWireRecordingControl : IRecordingControl, IPauseScoped
{
    private readonly SignalWireClient _client;
    private readonly SignalWireRecordingControlOptions _options;
    private readonly RecordingCallRunner _runner;

    /// <summary>Creates the control over an HttpClient (from IHttpClientFactory, or your own).</summary>
    public SignalWireRecordingControl(HttpClient httpClient, SignalWireRecordingControlOptions options, ILogger<SignalWireRecordingControl>? logger = null, TimeProvider? timeProvider = null)
        : this(CreateClient(httpClient, options), options, logger, timeProvider)
    {
    }

    /// <summary>Creates the control over a generated client you configured (or a mock of it).</summary>
    public SignalWireRecordingControl(SignalWireClient client, SignalWireRecordingControlOptions options, ILogger<SignalWireRecordingControl>? logger = null, TimeProvider? timeProvider = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.EnsureValid();
        _runner = new RecordingCallRunner(RecordingVendor.SignalWire, options.Resilience, logger, timeProvider, new SecretRedactor(options.ProjectId, options.ApiToken));
    }

    /// <inheritdoc/>
    public RecordingVendor Vendor => RecordingVendor.SignalWire;

    string IPauseScoped.PauseScope => (_options.Endpoint?.AbsoluteUri ?? _options.SpaceName) + "|" + _options.ProjectId;

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
        UpdateAsync(RecordingOperation.Pause, call, new UpdateRecordingRequest(RecordingUpdateStatus.Paused) { PauseBehavior = pauseBehavior }, cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> ResumeAsync(CallReference call, CancellationToken cancellationToken = default) =>
        UpdateAsync(RecordingOperation.Resume, call, WithoutPauseBehavior(RecordingUpdateStatus.InProgress), cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> StopAsync(CallReference call, CancellationToken cancellationToken = default) =>
        UpdateAsync(RecordingOperation.Stop, call, WithoutPauseBehavior(RecordingUpdateStatus.Stopped), cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> StartAsync(CallReference call, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Starting a recording is a different SignalWire resource; this control pauses, resumes and stops.");

    // PauseBehavior applies only to a pause: a resume or stop leaves out the default the generated request starts with.
    private static UpdateRecordingRequest WithoutPauseBehavior(RecordingUpdateStatus status) => new(status) { PauseBehavior = null };

    private Task<RecordingState> UpdateAsync(RecordingOperation operation, CallReference call, UpdateRecordingRequest request, CancellationToken cancellationToken)
    {
        if (call is null)
        {
            throw new ArgumentNullException(nameof(call));
        }

        if (call.RecordingId is null)
        {
            throw new ArgumentException("SignalWire needs the recording's uuid: set CallReference.RecordingId.", nameof(call));
        }

        return _runner.RunWithRetriesAsync(operation, call, async token =>
        {
            CallRecordingResponse recording = await _client.UpdateRecordingAsync(_options.ProjectId!, call.CallId, call.RecordingId, request, token).ConfigureAwait(false);
            return ToState(recording.Status);
        }, cancellationToken, operation == RecordingOperation.Stop ? IsAlreadyStopped : null);
    }

    // A stop retried after its answer was lost finds the recording stopped: 422 with code 10000.
    private static bool IsAlreadyStopped(ApiException error) => error.ErrorCode == "10000";

    internal static RecordingState ToState(RecordingStatus status) => status switch
    {
        RecordingStatus.InProgress or RecordingStatus.Resumed => RecordingState.Recording,
        RecordingStatus.Paused => RecordingState.Paused,
        RecordingStatus.Stopped or RecordingStatus.Completed => RecordingState.Stopped,
        _ => RecordingState.Unknown,
    };

    private static SignalWireClient CreateClient(HttpClient httpClient, SignalWireRecordingControlOptions options)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).EnsureValid();
        return new SignalWireClient(httpClient, new SignalWireClientOptions
        {
            Endpoint = options.Endpoint,
            SpaceName = options.SpaceName,
            BasicAuth = new BasicCredentials(options.ProjectId!, options.ApiToken!),
        });
    }
}
