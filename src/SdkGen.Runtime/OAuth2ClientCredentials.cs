using System.Net.Http.Headers;
using System.Text;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime;

/// <summary>
/// A client id and secret for the OAuth 2.0 client-credentials grant (RFC 6749 §4.4), with the scopes to ask for and,
/// optionally, a token endpoint that replaces the one in the API description (a test or regional endpoint).
/// </summary>
/// <remarks>
/// The secret is never exposed: there is no public property for it, and <see cref="ToString"/> masks it. Tokens are
/// obtained and cached by <see cref="OAuth2TokenSource"/>.
/// </remarks>
public sealed class OAuth2ClientCredentials
{
    private readonly string _basic;

    /// <summary>Creates client credentials.</summary>
    /// <param name="clientId">The client identifier. Must not be empty.</param>
    /// <param name="clientSecret">The client secret. Must not be empty.</param>
    /// <param name="scopes">The scopes to request; none sends no <c>scope</c> parameter (the server's default).</param>
    /// <param name="tokenUrl">An absolute http(s) token endpoint replacing the API description's, or <see langword="null"/> to keep it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clientId"/> or <paramref name="clientSecret"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The id or secret is empty or contains a control character (the message does not show the secret), a scope is
    /// empty or contains a space, quote or backslash (RFC 6749 §3.3), or <paramref name="tokenUrl"/> is not an absolute http(s) URI.
    /// </exception>
    public OAuth2ClientCredentials(string clientId, string clientSecret, IEnumerable<string>? scopes = null, Uri? tokenUrl = null)
    {
        SecretText.Validate(clientId, nameof(clientId), "The client id");
        SecretText.Validate(clientSecret, nameof(clientSecret), "The client secret");
        if (tokenUrl is not null)
        {
            OAuth2TokenSource.ValidateTokenUrl(tokenUrl, nameof(tokenUrl));
        }

        ClientId = clientId;
        ClientSecret = clientSecret;
        Scopes = ValidateScopes(scopes);
        TokenUrl = tokenUrl;

        // RFC 6749 §2.3.1: id and secret are each form-url-encoded (Appendix B) before they are joined for Basic.
        var pair = new StringBuilder();
        PercentEncoding.AppendForm(pair, clientId);
        pair.Append(':');
        PercentEncoding.AppendForm(pair, clientSecret);
        _basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(pair.ToString()));
    }

    /// <summary>The client identifier.</summary>
    public string ClientId { get; }

    /// <summary>The scopes requested, in order; empty for the server's default.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The token endpoint that replaces the API description's, or <see langword="null"/>.</summary>
    public Uri? TokenUrl { get; }

    /// <summary>The secret, for the token request only.</summary>
    internal string ClientSecret { get; }

    /// <summary>Describes the credentials without the secret.</summary>
    /// <returns><c>OAuth2ClientCredentials { ClientId = id, ClientSecret = ***, Scopes = [a b] }</c>.</returns>
    public override string ToString() =>
        "OAuth2ClientCredentials { ClientId = " + ClientId + ", ClientSecret = ***, Scopes = [" + string.Join(" ", Scopes) + "] }";

    /// <summary>The <c>Authorization</c> header of the token request: <c>client_secret_basic</c>.</summary>
    internal AuthenticationHeaderValue ToTokenRequestAuthorization() => new("Basic", _basic);

    private static IReadOnlyList<string> ValidateScopes(IEnumerable<string>? scopes)
    {
        if (scopes is null)
        {
            return Array.Empty<string>();
        }

        var list = new List<string>();
        foreach (string scope in scopes)
        {
            // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
            if (string.IsNullOrEmpty(scope) || scope.Any(c => c <= 0x20 || c == '"' || c == '\\' || c >= 0x7F))
            {
                throw new ArgumentException("The scope '" + scope + "' is not a valid OAuth 2.0 scope token (RFC 6749 §3.3: printable ASCII without space, quote or backslash).", nameof(scopes));
            }

            list.Add(scope);
        }

        return list.AsReadOnly();
    }
}
