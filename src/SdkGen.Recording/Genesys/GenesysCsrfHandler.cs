using System.Net;
using System.Net.Http.Headers;

namespace SdkGen.Recording.Genesys;

/// <summary>
/// Adds Genesys Web Services CSRF protection to every request that changes state: it reads the token from
/// <c>GET /api/v2/me</c> (<c>X-CSRF-HEADER</c> names the header, <c>X-CSRF-TOKEN</c> carries the value),
/// echoes it on every POST, keeps the <c>JSESSIONID</c> session cookie the token belongs to, and fetches a
/// fresh token once when the server answers <c>403 Missing or invalid Csrf token</c>.
/// </summary>
/// <remarks>
/// Put it in front of the client's handler (<c>AddHttpMessageHandler(() =&gt; new GenesysCsrfHandler())</c>
/// with <c>IHttpClientFactory</c>). When the server has CSRF protection off, the first <c>GET /api/v2/me</c>
/// returns no token and later requests go out unchanged. When the server refuses the credentials on that
/// <c>GET</c>, its 401 is returned as the answer. The session cookie is added by hand only when the inner
/// handler does not keep cookies itself. Thread-safe; the token is shared by every request through this handler.
/// </remarks>
public sealed class GenesysCsrfHandler : DelegatingHandler
{
    private const string SessionCookie = "JSESSIONID";
    private const string InvalidTokenText = "Missing or invalid Csrf token";

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private CsrfState? _state;

    /// <summary>Creates the handler; set <see cref="DelegatingHandler.InnerHandler"/> or let IHttpClientFactory do it.</summary>
    public GenesysCsrfHandler()
    {
    }

    /// <summary>Creates the handler in front of <paramref name="innerHandler"/>.</summary>
    public GenesysCsrfHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!ChangesState(request.Method))
        {
            HttpResponseMessage passThrough = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            RememberSession(passThrough);
            return passThrough;
        }

        // The body is buffered so the request can be sent again after a token refresh.
        byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        CsrfState? state = _state;
        if (state is null)
        {
            (state, HttpResponseMessage? refused) = await RefreshAsync(request, stale: null, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }
        }

        HttpResponseMessage response = await SendWithTokenAsync(request, state!, cancellationToken).ConfigureAwait(false);
        if (!await IsInvalidTokenAsync(response).ConfigureAwait(false))
        {
            return response;
        }

        response.Dispose();
        (CsrfState? fresh, HttpResponseMessage? refusedAgain) = await RefreshAsync(request, state, cancellationToken).ConfigureAwait(false);
        if (refusedAgain is not null)
        {
            return refusedAgain;
        }

        using HttpRequestMessage retry = Clone(request, body);
        return await SendWithTokenAsync(retry, fresh!, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, CsrfState state, CancellationToken cancellationToken)
    {
        if (state.HeaderName is not null && state.Token is not null)
        {
            request.Headers.Remove(state.HeaderName);
            request.Headers.TryAddWithoutValidation(state.HeaderName, state.Token);
        }

        // With CSRF off there is no session to keep; a cookie-managing inner handler keeps it by itself.
        string? session = _state?.SessionId ?? state.SessionId;
        if (state.Token is not null && session is not null && !InnerHandlerManagesCookies())
        {
            request.Headers.Remove("Cookie");
            request.Headers.TryAddWithoutValidation("Cookie", SessionCookie + "=" + session);
        }

        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        RememberSession(response);
        return response;
    }

    /// <summary>Fetches a token; when the server refuses the credentials, returns its answer for the caller instead.</summary>
    private async Task<(CsrfState? State, HttpResponseMessage? Refused)> RefreshAsync(HttpRequestMessage original, CsrfState? stale, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request refreshed while this one waited: use its token.
            if (_state is not null && !ReferenceEquals(_state, stale))
            {
                return (_state, null);
            }

            using var probe = new HttpRequestMessage(HttpMethod.Get, MeUri(original.RequestUri!));
            probe.Headers.Authorization = original.Headers.Authorization;
            HttpResponseMessage response = await base.SendAsync(probe, cancellationToken).ConfigureAwait(false);

            // Wrong credentials must read as wrong credentials, not as a CSRF failure of the request that follows.
            if (response.StatusCode is HttpStatusCode.Unauthorized)
            {
                return (null, response);
            }

            using HttpResponseMessage answered = response;
            string? headerName = FirstHeader(response, "X-CSRF-HEADER");
            string? token = FirstHeader(response, "X-CSRF-TOKEN");

            // A new session comes with a new token; an old session cookie must not outlive it.
            var state = new CsrfState(headerName ?? (token is null ? null : "X-CSRF-TOKEN"), token, SessionFrom(response));
            _state = state;
            return (state, null);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private void RememberSession(HttpResponseMessage response)
    {
        if (SessionFrom(response) is { } session && _state is { } state && state.SessionId != session)
        {
            _state = new CsrfState(state.HeaderName, state.Token, session);
        }
    }

    private static string? SessionFrom(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? cookies))
        {
            return null;
        }

        foreach (string cookie in cookies)
        {
            string pair = cookie.Split(';')[0].Trim();
            int equals = pair.IndexOf('=');
            if (equals > 0 && pair.Substring(0, equals) == SessionCookie)
            {
                return pair.Substring(equals + 1);
            }
        }

        return null;
    }

    private static async Task<bool> IsInvalidTokenAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Forbidden || response.Content is null)
        {
            return false;
        }

        string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return text.IndexOf(InvalidTokenText, StringComparison.OrdinalIgnoreCase) >= 0
            || (response.ReasonPhrase?.IndexOf(InvalidTokenText, StringComparison.OrdinalIgnoreCase) ?? -1) >= 0;
    }

    // GWS serves /api/v2/me beside the operation, under whatever prefix the deployment uses.
    private static Uri MeUri(Uri requestUri)
    {
        string path = requestUri.AbsolutePath;
        int api = path.IndexOf("/api/v2/", StringComparison.Ordinal);
        string prefix = api >= 0 ? path.Substring(0, api) : "";
        return new Uri(requestUri.GetLeftPart(UriPartial.Authority) + prefix + "/api/v2/me");
    }

    private bool InnerHandlerManagesCookies()
    {
        HttpMessageHandler? handler = InnerHandler;
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler;
        }

        return handler switch
        {
            HttpClientHandler client => client.UseCookies,
#if NET
            SocketsHttpHandler sockets => sockets.UseCookies,
#endif
            _ => false,
        };
    }

    private static string? FirstHeader(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;

    private static bool ChangesState(HttpMethod method) =>
        method != HttpMethod.Get && method != HttpMethod.Head && method != HttpMethod.Options && method != HttpMethod.Trace;

    private static HttpRequestMessage Clone(HttpRequestMessage request, byte[]? body)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            clone.Content = new ByteArrayContent(body);
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Content!.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return clone;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _refreshLock.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class CsrfState(string? headerName, string? token, string? sessionId)
    {
        public string? HeaderName { get; } = headerName;

        public string? Token { get; } = token;

        public string? SessionId { get; } = sessionId;
    }
}
