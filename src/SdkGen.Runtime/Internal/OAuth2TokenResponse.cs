using System.Globalization;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>Reads a token endpoint's answer (RFC 6749 §5.1 and §5.2), leniently where that is safe.</summary>
internal static class OAuth2TokenResponse
{
    // A lifetime beyond this is treated as this, so that arithmetic on the clock cannot overflow.
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);

    /// <summary>The access token and its lifetime, <see langword="null"/> when the server gave none.</summary>
    internal readonly struct Issued
    {
        public Issued(string accessToken, TimeSpan? lifetime)
        {
            AccessToken = accessToken;
            Lifetime = lifetime;
        }

        public string AccessToken { get; }

        public TimeSpan? Lifetime { get; }
    }

    /// <summary>Reads a 2xx answer.</summary>
    /// <exception cref="OAuth2TokenException">The body is not a JSON object with a usable bearer token. The message never holds the body.</exception>
    internal static Issued ReadSuccess(int status, byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            // The inner exception carries only a position, never the text.
            throw new OAuth2TokenException(status, "the body is not JSON.", ex);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new OAuth2TokenException(status, "the body is not a JSON object.");
            }

            if (!root.TryGetProperty("access_token", out JsonElement tokenElement) || tokenElement.ValueKind != JsonValueKind.String
                || tokenElement.GetString() is not { Length: > 0 } token)
            {
                throw new OAuth2TokenException(status, "there is no access_token string.");
            }

            if (SecretText.HasControlCharacter(token))
            {
                throw new OAuth2TokenException(status, "the access_token contains a control character.");
            }

            // token_type is required by RFC 6749, but some servers leave it out; a type other than bearer (DPoP, mac)
            // needs proof the client cannot give, so sending it as a bearer token would only be refused.
            if (root.TryGetProperty("token_type", out JsonElement typeElement) && typeElement.ValueKind != JsonValueKind.Null
                && !(typeElement.ValueKind == JsonValueKind.String && string.Equals(typeElement.GetString(), "bearer", StringComparison.OrdinalIgnoreCase)))
            {
                throw new OAuth2TokenException(status, "the token_type is " + Describe(typeElement) + ", not Bearer.");
            }

            return new Issued(token, ReadLifetime(root));
        }
    }

    /// <summary>Reads the OAuth <c>error</c> and <c>error_description</c> of an error answer, when it is JSON.</summary>
    internal static (string? Error, string? Description) ReadError(byte[] body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object ? (StringOf(root, "error"), StringOf(root, "error_description")) : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    // expires_in is RECOMMENDED, a number of seconds; some servers send it as a string. Absent or unreadable: unknown.
    private static TimeSpan? ReadLifetime(JsonElement root)
    {
        if (!root.TryGetProperty("expires_in", out JsonElement element))
        {
            return null;
        }

        double seconds;
        if (element.ValueKind == JsonValueKind.Number)
        {
            seconds = element.GetDouble();
        }
        else if (element.ValueKind != JsonValueKind.String
            || !double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds))
        {
            return null;
        }

        if (double.IsNaN(seconds) || seconds <= 0)
        {
            return TimeSpan.Zero;
        }

        return seconds >= MaxLifetime.TotalSeconds ? MaxLifetime : TimeSpan.FromSeconds(seconds);
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(JsonElement type)
    {
        if (type.ValueKind != JsonValueKind.String)
        {
            return "a JSON " + type.ValueKind.ToString().ToLowerInvariant();
        }

        string text = type.GetString()!;
        return text.Length <= 32 && !SecretText.HasControlCharacter(text) ? "'" + text + "'" : "an unreadable value";
    }
}
