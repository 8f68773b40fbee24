using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SdkGen.Simulator.Model;

/// <summary>The Bandwidth access tokens the simulated token endpoint issued, each valid until its expiry.</summary>
internal sealed class BandwidthTokens(TimeProvider time, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    /// <summary>Issues a new random token (256 bits, URL-safe) valid for <see cref="Lifetime"/>.</summary>
    public string Issue()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _expiries[token] = time.GetUtcNow() + lifetime;
        return token;
    }

    /// <summary>Whether <paramref name="token"/> was issued here and has not expired.</summary>
    public bool IsValid(string token) => _expiries.TryGetValue(token, out var expiry) && time.GetUtcNow() < expiry;

    /// <summary>Revokes every token issued so far: the next API request with one of them answers 401.</summary>
    public void RevokeAll() => _expiries.Clear();
}
