using Microsoft.Extensions.Logging;
using SdkGen.Recording.Bandwidth;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>
/// Bandwidth settings: the account id and exactly one way to authenticate — an OAuth 2.0 API credential
/// (<see cref="ClientId"/> and <see cref="ClientSecret"/>), the only way into Bandwidth's cloud since it decommissioned
/// API users on 2026-12-02, or, for on-premises and test accounts, a legacy API user (<see cref="Username"/> and
/// <see cref="Password"/>, HTTP Basic).
/// </summary>
public sealed class BandwidthRecordingControlOptions : RecordingControlOptions
{
    /// <summary>Legacy: an API user name (HTTP Basic), with <see cref="Password"/>; Bandwidth's cloud refuses API users since 2026-12-02.</summary>
    public string? Username { get; set; }

    /// <summary>Legacy: the API user's password.</summary>
    public string? Password { get; set; }

    /// <summary>The client id of a Bandwidth API credential (OAuth 2.0 client credentials), with <see cref="ClientSecret"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The API credential's client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The OAuth 2.0 token endpoint, replacing the <c>tokenUrl</c> of Bandwidth's published API description, <c>https://api.bandwidth.com/api/v1/oauth2/token</c> (for a proxy, the simulator).</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>Whether the OAuth 2.0 API credential is the one configured.</summary>
    internal bool UsesOAuth2 => !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>The Bandwidth account id (e.g. <c>9900000</c>).</summary>
    public string? AccountId { get; set; }

    internal override string SectionName => "Bandwidth";

    internal override IEnumerable<string> VendorProblems() => Required(("AccountId", AccountId)).Concat(CredentialProblems());

    // Exactly one credential: guessing which of two the user meant would send the wrong one.
    private IEnumerable<string> CredentialProblems()
    {
        bool basic = !string.IsNullOrWhiteSpace(Username) || !string.IsNullOrWhiteSpace(Password);
        if (basic && UsesOAuth2)
        {
            return ["set either ClientId and ClientSecret (OAuth 2.0 API credential) or Username and Password (legacy API user), not both"];
        }

        if (UsesOAuth2)
        {
            var problems = Required(("ClientId", ClientId), ("ClientSecret", ClientSecret)).ToList();
            if (TokenUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0))
            {
                problems.Add("TokenUrl must be an absolute http(s) URL without user information");
            }

            return problems;
        }

        return basic
            ? Required(("Username", Username), ("Password", Password))
            : ["ClientId and ClientSecret (OAuth 2.0 API credential) or Username and Password (legacy API user) are required"];
    }
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
        : this(CreateClient(httpClient, options, timeProvider), options, logger, timeProvider)
    {
    }

    /// <summary>Creates the control over a generated client you configured (or a mock of it).</summary>
    public BandwidthRecordingControl(BandwidthClient client, BandwidthRecordingControlOptions options, ILogger<BandwidthRecordingControl>? logger = null, TimeProvider? timeProvider = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        (options ?? throw new ArgumentNullException(nameof(options))).EnsureValid();
        _accountId = options.AccountId!;
        _pauseScope = (options.Endpoint?.AbsoluteUri ?? "bandwidth") + "|" + _accountId;
        _runner = new RecordingCallRunner(RecordingVendor.Bandwidth, options.Resilience, logger, timeProvider, new SecretRedactor([(options.Username, options.Password), (options.ClientId, options.ClientSecret)]));
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

    // One client per control, so one token source: the token is fetched once and shared by every call of this control.
    private static BandwidthClient CreateClient(HttpClient httpClient, BandwidthRecordingControlOptions options, TimeProvider? timeProvider)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).EnsureValid();
        return new BandwidthClient(httpClient, options.UsesOAuth2
            ? new BandwidthClientOptions
            {
                Endpoint = options.Endpoint,
                OAuth2 = new OAuth2ClientCredentials(options.ClientId!, options.ClientSecret!, tokenUrl: options.TokenUrl),
                TimeProvider = timeProvider,
            }
            : new BandwidthClientOptions
            {
                Endpoint = options.Endpoint,
                Basic = new BasicCredentials(options.Username!, options.Password!),
            });
    }
}
