using Microsoft.Extensions.Logging;
using SdkGen.Recording.Bandwidth;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>Bandwidth settings: the API user, its password and the account id.</summary>
public sealed class BandwidthRecordingControlOptions : RecordingControlOptions
{
    /// <summary>The Bandwidth API user name.</summary>
    public string? Username { get; set; }

    /// <summary>The Bandwidth API password.</summary>
    public string? Password { get; set; }

    /// <summary>The Bandwidth account id (e.g. <c>9900000</c>).</summary>
    public string? AccountId { get; set; }

    internal override string SectionName => "Bandwidth";

    internal override IEnumerable<string> VendorProblems() =>
        Required(("Username", Username), ("Password", Password), ("AccountId", AccountId));
}

/// <summary>
/// Recording control on Bandwidth Voice v2, which acts on the call's active recording: pause and resume, no stop
/// or start. Idempotence: Bandwidth documents no error for pausing a paused recording (or resuming one that
/// records); a 200 answer is success and the requested state is returned. When the call has no active recording
/// Bandwidth's answer is undocumented (404 or 400): it surfaces as a <see cref="RecordingControlException"/>.
/// </summary>
public sealed class BandwidthRecordingControl : IRecordingControl, IPauseScoped
{
    private readonly BandwidthClient _client;
    private readonly string _accountId;
    private readonly string _pauseScope;
    private readonly RecordingCallRunner _runner;

    /// <summary>Creates the control over an HttpClient (from IHttpClientFactory, or your own).</summary>
    public BandwidthRecordingControl(HttpClient httpClient, BandwidthRecordingControlOptions options, ILogger<BandwidthRecordingControl>? logger = null, TimeProvider? timeProvider = null)
        : this(CreateClient(httpClient, options), options, logger, timeProvider)
    {
    }

    /// <summary>Creates the control over a generated client you configured (or a mock of it).</summary>
    public BandwidthRecordingControl(BandwidthClient client, BandwidthRecordingControlOptions options, ILogger<BandwidthRecordingControl>? logger = null, TimeProvider? timeProvider = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        (options ?? throw new ArgumentNullException(nameof(options))).EnsureValid();
        _accountId = options.AccountId!;
        _pauseScope = (options.Endpoint?.AbsoluteUri ?? "bandwidth") + "|" + _accountId;
        _runner = new RecordingCallRunner(RecordingVendor.Bandwidth, options.Resilience, logger, timeProvider, new SecretRedactor(options.Username, options.Password));
    }

    /// <inheritdoc/>
    public RecordingVendor Vendor => RecordingVendor.Bandwidth;

    string IPauseScoped.PauseScope => _pauseScope;

    ILogger IPauseScoped.Logger => _runner.Logger;

    bool IPauseScoped.UsesRecordingIds => false;

    /// <inheritdoc/>
    public bool CanStop => false;

    /// <inheritdoc/>
    public bool CanStart => false;

    /// <inheritdoc/>
    public Task<RecordingState> PauseAsync(CallReference call, CancellationToken cancellationToken = default) =>
        SetAsync(RecordingOperation.Pause, call, RecordingStateEnum.Paused, RecordingState.Paused, cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> ResumeAsync(CallReference call, CancellationToken cancellationToken = default) =>
        SetAsync(RecordingOperation.Resume, call, RecordingStateEnum.Recording, RecordingState.Recording, cancellationToken);

    /// <inheritdoc/>
    public Task<RecordingState> StopAsync(CallReference call, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Bandwidth Voice v2 can pause and resume a recording, not stop it.");

    /// <inheritdoc/>
    public Task<RecordingState> StartAsync(CallReference call, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Bandwidth Voice v2 has no operation that starts a recording of an active call.");

    // Bandwidth answers 200 with an empty body: the state asked for is the state reached.
    private Task<RecordingState> SetAsync(RecordingOperation operation, CallReference call, RecordingStateEnum wire, RecordingState reached, CancellationToken cancellationToken) =>
        _runner.RunWithRetriesAsync(operation, call, async token =>
        {
            await _client.UpdateCallRecordingStateAsync(_accountId, call.CallId, new UpdateCallRecording(wire), token).ConfigureAwait(false);
            return reached;
        }, cancellationToken);

    private static BandwidthClient CreateClient(HttpClient httpClient, BandwidthRecordingControlOptions options)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).EnsureValid();
        return new BandwidthClient(httpClient, new BandwidthClientOptions
        {
            Endpoint = options.Endpoint,
            BasicAuth = new BasicCredentials(options.Username!, options.Password!),
        });
    }
}
