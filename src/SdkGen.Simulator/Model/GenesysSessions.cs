using System.Collections.Concurrent;

namespace SdkGen.Simulator.Model;

/// <summary>GWS HTTP sessions (<c>JSESSIONID</c>) and the CSRF token bound to each.</summary>
internal sealed class GenesysSessions
{
    private readonly ConcurrentDictionary<string, string> _tokenBySession = new(StringComparer.Ordinal);

    /// <summary>Opens a session and returns its id and CSRF token.</summary>
    public (string SessionId, string CsrfToken) Open()
    {
        var sessionId = IdFactory.Hex32().ToUpperInvariant();
        var token = IdFactory.Uuid();
        _tokenBySession[sessionId] = token;
        return (sessionId, token);
    }

    public bool TryGetToken(string? sessionId, out string token)
    {
        token = "";
        return sessionId is not null && _tokenBySession.TryGetValue(sessionId, out token!);
    }

    /// <summary>Ends every session: their cookies and tokens stop working.</summary>
    public void ExpireAll() => _tokenBySession.Clear();
}
