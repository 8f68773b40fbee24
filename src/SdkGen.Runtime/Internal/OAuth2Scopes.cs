using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// The scopes a generated client asks for: those the credentials name, or else those the API description's security
/// requirements name for the scheme. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OAuth2Scopes
{
    /// <summary>
    /// Returns <paramref name="credentials"/> when they name scopes (the user's choice wins) or the description names
    /// none; otherwise a copy asking for <paramref name="describedScopes"/>, with the same id, secret and token endpoint.
    /// </summary>
    /// <param name="credentials">The user's credentials.</param>
    /// <param name="describedScopes">The scopes the API description's requirements name, in order, without duplicates.</param>
    /// <returns>The credentials to request tokens with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credentials"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A described scope is not a valid scope token (RFC 6749 §3.3).</exception>
    public static OAuth2ClientCredentials OrDescribed(OAuth2ClientCredentials credentials, params string[] describedScopes)
    {
        if (credentials is null)
        {
            throw new ArgumentNullException(nameof(credentials));
        }

        return credentials.Scopes.Count > 0 || describedScopes is null || describedScopes.Length == 0
            ? credentials
            : new OAuth2ClientCredentials(credentials.ClientId, credentials.ClientSecret, describedScopes, credentials.TokenUrl);
    }
}
