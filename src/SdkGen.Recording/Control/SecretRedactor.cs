using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SdkGen.Runtime;

namespace SdkGen.Recording;

/// <summary>
/// Makes text from a vendor safe to put in an exception or a log: every credential value and every form of the
/// <c>Authorization</c> header built from them is removed, control characters are escaped (a message cannot fake a
/// log line or a terminal escape), and the length is bounded.
/// </summary>
/// <remarks>
/// Vendors echo requests in their error messages (a proxy's 400 page, a debug build of GWS); the credentials are
/// the one thing such an echo must never carry further.
/// </remarks>
internal sealed class SecretRedactor
{
    /// <summary>The most characters of vendor text kept in a message.</summary>
    public const int MaxLength = 300;

    private const string Removed = "[redacted]";

    /// <summary>
    /// An OAuth 2.0 access token as a vendor might echo it: after <c>Bearer</c> (RFC 6750 §2.1 token68) or as an
    /// <c>access_token</c> JSON value. Tokens are issued at run time, so they are matched by form, not by value.
    /// </summary>
    private static readonly Regex BearerToken = new(
        "(?<=\\bBearer\\s+)[A-Za-z0-9\\-._~+/]+=*|(?<=\"access_token\"\\s*:\\s*\")(?!\\[redacted\\])[^\"]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private readonly string[] _secrets;

    /// <summary>Creates a redactor for a Basic-auth user and secret (both forms of the header value are covered).</summary>
    public SecretRedactor(string? user, string? secret)
        : this([(user, secret)])
    {
    }

    /// <summary>
    /// Creates a redactor for several user/secret pairs: a legacy Basic user and an OAuth 2.0 client id and secret,
    /// whose token request sends the pair form-url-encoded before Base64 (RFC 6749 §2.3.1), so both encodings are
    /// covered. Bearer tokens are removed whatever their value (<see cref="BearerToken"/>).
    /// </summary>
    public SecretRedactor(IEnumerable<(string? User, string? Secret)> credentials)
    {
        var secrets = new List<string>();
        foreach ((string? user, string? secret) in credentials)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            foreach (string pair in new[] { (user ?? "") + ":" + secret, WebUtility.UrlEncode(user ?? "") + ":" + WebUtility.UrlEncode(secret) }.Distinct())
            {
                string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));
                secrets.Add("Basic " + basic);
                secrets.Add(basic);
            }

            secrets.Add(secret!);
        }

        // Longest first, so a value containing another is removed whole.
        _secrets = secrets.OrderByDescending(s => s.Length).ToArray();
    }

    /// <summary>A redactor that only escapes and truncates (no credential known).</summary>
    public static SecretRedactor None { get; } = new(null, null);

    /// <summary>The text with secrets removed, control characters escaped, at most <see cref="MaxLength"/> characters; null stays null.</summary>
    public string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string redacted = RemoveSecrets(text)!;
        var sb = new StringBuilder(Math.Min(redacted.Length, MaxLength) + 8);
        foreach (char c in redacted)
        {
            if (sb.Length >= MaxLength)
            {
                sb.Append("...");
                break;
            }

            if (char.IsControl(c))
            {
                sb.Append(c switch
                {
                    '\r' => "\\r",
                    '\n' => "\\n",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether the text carries a credential (so an exception holding it must be replaced).</summary>
    public bool Leaks(string? text) => text is not null && (_secrets.Any(s => text.IndexOf(s, StringComparison.Ordinal) >= 0) || BearerToken.IsMatch(text));

    /// <summary>
    /// The vendor's exception, or a copy without the credentials when its message, body or error object carries
    /// one, or when the vendor's message is longer than <see cref="MaxLength"/>. The copy keeps status, code, reason
    /// and <c>Retry-After</c>; it drops the parsed error object.
    /// </summary>
    public ApiException Clean(ApiException error)
    {
        if ((error.ErrorMessage?.Length ?? 0) <= MaxLength && !Leaks(error.Message) && !Leaks(error.ErrorMessage) && !Leaks(error.ResponseBody) && !Leaks(error.ErrorCode)
            && !Leaks(error.ReasonPhrase) && !Leaks(error.ErrorObject?.ToString()))
        {
            return error;
        }

        return new ApiException(
            error.ServiceName,
            error.Status,
            Clean(error.ReasonPhrase),
            Clean(error.ErrorCode),
            Clean(error.ErrorMessage),
            RemoveSecrets(error.ResponseBody),
            error.RetryAfter,
            error: null,
            innerException: error.InnerException);
    }

    private string? RemoveSecrets(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (string secret in _secrets)
        {
            text = Replace(text, secret);
        }

        return BearerToken.Replace(text, Removed);
    }

    private static string Replace(string text, string secret)
    {
        int at = text.IndexOf(secret, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        int from = 0;
        while (at >= 0)
        {
            sb.Append(text, from, at - from).Append(Removed);
            from = at + secret.Length;
            at = text.IndexOf(secret, from, StringComparison.Ordinal);
        }

        return sb.Append(text, from, text.Length - from).ToString();
    }
}
