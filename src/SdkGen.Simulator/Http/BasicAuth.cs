using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SdkGen.Simulator.Http;

/// <summary>HTTP Basic authentication, as every simulated vendor uses it.</summary>
internal static class BasicAuth
{
    /// <summary>The user name and password of a well-formed <c>Authorization: Basic</c> header.</summary>
    public static (string User, string Password)? Read(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (decoded[..colon], decoded[(colon + 1)..]);
    }

    public static bool Matches(HttpRequest request, string user, string password) =>
        Read(request) is { } credentials
        && FixedTimeEquals(credentials.User, user)
        && FixedTimeEquals(credentials.Password, password);

    /// <summary>Adds the <c>WWW-Authenticate</c> challenge a 401 carries.</summary>
    public static void Challenge(HttpResponse response, string realm) =>
        response.Headers.WWWAuthenticate = $"Basic realm=\"{realm}\"";

    public static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
