using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Checks the values that fill a server URL template's <c>{variables}</c>. Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// A variable fills a host label, a port or a path segment of the server URL. Without a list of allowed values from the
/// API description it may hold only RFC 3986 unreserved characters (letters, digits, <c>-</c>, <c>.</c>, <c>_</c>,
/// <c>~</c>), which is all a host name or a port needs: <c>[</c>, <c>]</c> and <c>:</c> would make an IPv6 literal
/// or a port, <c>@</c> user information, <c>/</c>, <c>?</c> and <c>#</c> another path — each could send the request
/// and its credentials to another host. Set the client options' <c>Endpoint</c> for anything else.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ServerVariables
{
    /// <summary>Returns <paramref name="value"/> when it may fill the variable <paramref name="name"/>.</summary>
    /// <param name="value">The value from the options.</param>
    /// <param name="name">The options property, named in the message.</param>
    /// <param name="allowed">The values the API description allows, or <see langword="null"/> when it lists none.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentException">The value is missing, not in <paramref name="allowed"/>, or holds a character a host label or port cannot.</exception>
    public static string Require(string? value, string name, string[]? allowed) => Require(value, name, allowed, "Endpoint");

    /// <summary>Returns <paramref name="value"/> when it may fill the variable <paramref name="name"/> of a server that <paramref name="endpoint"/> replaces.</summary>
    /// <param name="value">The value from the options.</param>
    /// <param name="name">The options property, named in the message.</param>
    /// <param name="allowed">The values the API description allows, or <see langword="null"/> when it lists none.</param>
    /// <param name="endpoint">The options property that replaces the whole server URL (a path's own server has one of its own).</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentException">The value is missing, not in <paramref name="allowed"/>, or holds a character a host label or port cannot.</exception>
    public static string Require(string? value, string name, string[]? allowed, string endpoint)
    {
        if (value is null || value.Length == 0)
        {
            throw new ArgumentException(name + " must be set (or set " + endpoint + ").", name);
        }

        bool ok = allowed is object ? Array.IndexOf(allowed, value) >= 0 : IsHostOrPortText(value);
        if (!ok)
        {
            throw new ArgumentException(
                name + " has a value the API description does not allow: " + ArgumentErrors.Echo(value)
                + (allowed is object ? "." : " (only letters, digits, '-', '.', '_' and '~'; set " + endpoint + " for other servers)."),
                name);
        }

        return value;
    }

    private static bool IsHostOrPortText(string value)
    {
        // "." and ".." would be dot-segments where the variable fills a path segment.
        if (value is "." or "..")
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!PercentEncoding.IsUnreserved(c))
            {
                return false;
            }
        }

        return true;
    }
}
