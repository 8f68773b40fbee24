using System.Net.Http.Headers;
using System.Text;

namespace SdkGen.Runtime;

/// <summary>
/// A user name and a secret for HTTP Basic authentication (RFC 7617).
/// </summary>
/// <remarks>
/// The secret is never exposed: there is no property for it, and <see cref="ToString"/> masks it.
/// Only the encoded header value is kept, computed once.
/// </remarks>
public sealed class BasicCredentials
{
    private readonly string _encoded;

    /// <summary>Creates credentials from a user name and a password.</summary>
    /// <param name="username">The user name (for example an account identifier or an API key id). Must not be empty and must not contain ':'.</param>
    /// <param name="password">The secret (for example an auth token or an API key secret). May be empty, never <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="username"/> is <see langword="null"/>, empty or contains ':'.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="password"/> is <see langword="null"/>.</exception>
    public BasicCredentials(string username, string password)
    {
        if (string.IsNullOrEmpty(username))
        {
            throw new ArgumentException("The user name cannot be null or empty.", nameof(username));
        }

        if (username.IndexOf(':') >= 0)
        {
            throw new ArgumentException("The user name cannot contain ':' (RFC 7617).", nameof(username));
        }

        if (password is null)
        {
            throw new ArgumentNullException(nameof(password), "The password cannot be null.");
        }

        Username = username;
        _encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));
    }

    /// <summary>The user name.</summary>
    public string Username { get; }

    /// <summary>
    /// Creates the <c>Authorization</c> header value: <c>Basic base64(utf8(username:password))</c>.
    /// </summary>
    /// <returns>A new header value each call; the encoded text is computed once.</returns>
    public AuthenticationHeaderValue ToAuthorizationHeader() => new("Basic", _encoded);

    /// <summary>Describes the credentials without the secret.</summary>
    /// <returns><c>BasicCredentials { Username = name, Password = *** }</c>.</returns>
    public override string ToString() => "BasicCredentials { Username = " + Username + ", Password = *** }";
}
