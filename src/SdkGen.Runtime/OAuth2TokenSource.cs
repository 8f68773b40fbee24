using System.Net.Http.Headers;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime;

/// <summary>
/// Obtains access tokens with the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) and caches each until shortly
/// before it expires. Thread-safe: concurrent callers share one token request, and a caller that cancels stops only
/// its own wait, never the request the others are waiting for.
/// </summary>
/// <remarks>
/// <para>
/// Hand-written rather than built on Duende.IdentityModel: that library reads the token answer without a size bound
/// (the runtime never buffers an unbounded body), would add a dependency to every generated client for one form POST,
/// and leaves caching and single-flight refresh to Duende.AccessTokenManagement, which needs a DI host and a distributed
/// cache. What is here is the grant's whole client side: a form body, <c>client_secret_basic</c>, and reading §5.1/§5.2.
/// </para>
/// <para>
/// A token without <c>expires_in</c> is kept until the API refuses it with 401 (<see cref="Invalidate"/>); generated
/// clients then fetch a new one and resend once.
/// </para>
/// </remarks>
public sealed class OAuth2TokenSource
{
    /// <summary>How long before its expiry a token is replaced, at most: a token must not expire while a request is on its way.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly OAuth2ClientCredentials _credentials;
    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly object _gate = new();
    private CachedToken? _current;
    private Task<CachedToken>? _refresh;

    /// <summary>Creates a token source.</summary>
    /// <param name="credentials">The client credentials; their <see cref="OAuth2ClientCredentials.TokenUrl"/>, when set, replaces <paramref name="tokenUrl"/>.</param>
    /// <param name="tokenUrl">The token endpoint from the API description: an absolute http(s) URI.</param>
    /// <param name="httpClient">The client that sends token requests; its <see cref="HttpClient.Timeout"/> bounds each.</param>
    /// <param name="timeProvider">The clock for expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The token endpoint is not an absolute http(s) URI.</exception>
    public OAuth2TokenSource(OAuth2ClientCredentials credentials, Uri tokenUrl, HttpClient httpClient, TimeProvider? timeProvider = null)
    {
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        if (tokenUrl is null)
        {
            throw new ArgumentNullException(nameof(tokenUrl));
        }

        ValidateTokenUrl(tokenUrl, nameof(tokenUrl));
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _timeProvider = timeProvider ?? TimeProvider.System;
        TokenUrl = credentials.TokenUrl ?? tokenUrl;
    }

    /// <summary>The token endpoint requests go to.</summary>
    public Uri TokenUrl { get; }

    /// <summary>Returns a token that is not about to expire: the cached one, or one fetched now.</summary>
    /// <param name="cancellationToken">Stops this caller's wait; a token request shared with other callers goes on.</param>
    /// <returns>The access token.</returns>
    /// <exception cref="OAuth2TokenException">The endpoint refused the credentials or gave no usable bearer token.</exception>
    /// <exception cref="ApiResponseTooLargeException">The endpoint's answer is larger than 4 MiB.</exception>
    /// <exception cref="HttpRequestException">The endpoint could not be reached.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CachedToken? current = Volatile.Read(ref _current);
        return current is not null && IsFresh(current)
            ? new ValueTask<string>(current.AccessToken)
            : new ValueTask<string>(WaitForRefreshAsync(cancellationToken));
    }

    /// <summary>
    /// Forgets <paramref name="accessToken"/> if it is the cached token, because the API refused it (401): the next
    /// <see cref="GetTokenAsync"/> fetches a new one. A token already replaced is left alone, so many requests refused
    /// with the same token cause one new token request.
    /// </summary>
    /// <param name="accessToken">The token the API refused.</param>
    public void Invalidate(string accessToken)
    {
        lock (_gate)
        {
            if (_current is not null && string.Equals(_current.AccessToken, accessToken, StringComparison.Ordinal))
            {
                _current = null;
            }
        }
    }

    /// <summary>Describes the source without secrets or tokens.</summary>
    /// <returns><c>OAuth2TokenSource { TokenUrl = url, ClientId = id }</c>.</returns>
    public override string ToString() => "OAuth2TokenSource { TokenUrl = " + TokenUrl + ", ClientId = " + _credentials.ClientId + " }";

    internal static void ValidateTokenUrl(Uri tokenUrl, string parameterName)
    {
        if (!tokenUrl.IsAbsoluteUri || (tokenUrl.Scheme != Uri.UriSchemeHttps && tokenUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The token endpoint must be an absolute http or https URI.", parameterName);
        }
    }

    private bool IsFresh(CachedToken token) => _timeProvider.GetUtcNow() < token.RefreshAt;

    private async Task<string> WaitForRefreshAsync(CancellationToken cancellationToken)
    {
        Task<CachedToken> refresh;
        lock (_gate)
        {
            if (_current is not null && IsFresh(_current))
            {
                return _current.AccessToken;
            }

            // Single flight: the first caller starts the request, the others wait for the same one. It runs without
            // any caller's token (HttpClient.Timeout bounds it), so one caller's cancellation fails no one else.
            refresh = _refresh ??= Task.Run(RefreshAsync);
        }

        CachedToken token = await TaskWaiting.WaitAsync(refresh, cancellationToken).ConfigureAwait(false);
        return token.AccessToken;
    }

    private async Task<CachedToken> RefreshAsync()
    {
        try
        {
            CachedToken token = await RequestTokenAsync().ConfigureAwait(false);
            lock (_gate)
            {
                _current = token;
                _refresh = null;
            }

            return token;
        }
        catch
        {
            // The waiting callers all see this failure; the next caller tries again.
            lock (_gate)
            {
                _refresh = null;
            }

            throw;
        }
    }

    private async Task<CachedToken> RequestTokenAsync()
    {
        DateTimeOffset requestedAt = _timeProvider.GetUtcNow();
        var form = new FormUrlEncodedBuilder().Add("grant_type", "client_credentials");
        if (_credentials.Scopes.Count > 0)
        {
            form.Add("scope", string.Join(" ", _credentials.Scopes));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, TokenUrl) { Content = form.ToContent() };
        request.Headers.Authorization = _credentials.ToTokenRequestAuthorization();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using HttpResponseMessage response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        byte[] body = await ResponseContent.ReadAsBytesAsync(
            response, ResponseContent.DefaultMaxContentLength, OAuth2TokenException.TokenEndpointServiceName, _httpClient.Timeout, CancellationToken.None).ConfigureAwait(false);

        int status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            (string? error, string? description) = OAuth2TokenResponse.ReadError(body);
            string secret = _credentials.ClientSecret;
            throw new OAuth2TokenException(
                status,
                response.ReasonPhrase,
                SecretText.Redact(error, secret),
                SecretText.Redact(description, secret),
                SecretText.Redact(System.Text.Encoding.UTF8.GetString(body), secret));
        }

        OAuth2TokenResponse.Issued issued = OAuth2TokenResponse.ReadSuccess(status, body);
        DateTimeOffset refreshAt = issued.Lifetime is { } lifetime
            ? requestedAt + lifetime - Margin(lifetime)
            : DateTimeOffset.MaxValue;
        return new CachedToken(issued.AccessToken, refreshAt);
    }

    // A short-lived token is replaced at half its life rather than never being fresh at all.
    private static TimeSpan Margin(TimeSpan lifetime) =>
        lifetime.Ticks / 2 < RefreshMargin.Ticks ? TimeSpan.FromTicks(lifetime.Ticks / 2) : RefreshMargin;

    private sealed class CachedToken
    {
        public CachedToken(string accessToken, DateTimeOffset refreshAt)
        {
            AccessToken = accessToken;
            RefreshAt = refreshAt;
        }

        public string AccessToken { get; }

        public DateTimeOffset RefreshAt { get; }

        // The token itself must not reach a debugger display or a log by accident.
        public override string ToString() => "CachedToken { RefreshAt = " + RefreshAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + " }";
    }
}
