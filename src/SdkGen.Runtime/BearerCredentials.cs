using System.Net.Http.Headers;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime;

/// <summary>
/// A token for HTTP Bearer authentication (RFC 6750): either fixed, or fetched from a provider before each request so
/// that a token the application renews elsewhere is always current.
/// </summary>
/// <remarks>The token is never exposed: there is no property for it, and <see cref="ToString"/> masks it.</remarks>
public sealed class BearerCredentials
{
    private readonly AuthenticationHeaderValue? _fixed;
    private readonly Func<CancellationToken, ValueTask<string>>? _provider;

    /// <summary>Creates credentials from a fixed token.</summary>
    /// <param name="token">The token. Must not be empty or contain a control character.</param>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="token"/> is empty or contains a control character (the message does not show it).</exception>
    public BearerCredentials(string token)
    {
        SecretText.Validate(token, nameof(token), "The bearer token");
        _fixed = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Creates credentials that ask <paramref name="tokenProvider"/> for the token before every request.</summary>
    /// <param name="tokenProvider">
    /// Returns the current token; called once per request, so it should cache. It receives the request's cancellation token.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="tokenProvider"/> is <see langword="null"/>.</exception>
    public BearerCredentials(Func<CancellationToken, ValueTask<string>> tokenProvider)
    {
        _provider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));
    }

    /// <summary>Creates the <c>Authorization</c> header value: <c>Bearer token</c>.</summary>
    /// <param name="cancellationToken">Passed to the token provider.</param>
    /// <returns>The header value.</returns>
    /// <exception cref="InvalidOperationException">The provider returned an empty token or one with a control character (the message does not show it).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public ValueTask<AuthenticationHeaderValue> ToAuthorizationHeaderAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _fixed is not null
            ? new ValueTask<AuthenticationHeaderValue>(_fixed)
            : new ValueTask<AuthenticationHeaderValue>(FromProviderAsync(_provider!, cancellationToken));
    }

    /// <summary>Describes the credentials without the token.</summary>
    /// <returns><c>BearerCredentials { Token = *** }</c>, or <c>{ Token = (from a provider) }</c>.</returns>
    public override string ToString() =>
        _fixed is not null ? "BearerCredentials { Token = *** }" : "BearerCredentials { Token = (from a provider) }";

    private static async Task<AuthenticationHeaderValue> FromProviderAsync(Func<CancellationToken, ValueTask<string>> provider, CancellationToken cancellationToken)
    {
        string? token = await provider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token) || SecretText.HasControlCharacter(token!))
        {
            throw new InvalidOperationException("The bearer token provider returned an empty token or one with a control character; nothing was sent.");
        }

        return new AuthenticationHeaderValue("Bearer", token);
    }
}
