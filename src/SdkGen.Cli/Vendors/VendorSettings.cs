namespace SdkGen.Cli.Vendors;

/// <summary>Where a vendor is and who we are there. Secrets come from the environment, never from arguments.</summary>
/// <remarks>
/// Bandwidth takes an OAuth 2.0 API credential (<c>BANDWIDTH_CLIENT_ID</c>/<c>BANDWIDTH_CLIENT_SECRET</c>, then
/// <see cref="UsesOAuth2"/>: <see cref="User"/> is the client id) or, legacy, an API user (HTTP Basic), which Bandwidth decommissioned on 2026-12-02.
/// </remarks>
internal sealed record VendorSettings(Vendor Vendor, string User, string Secret, string AccountId, Uri? Endpoint, string? SignalWireSpace, bool UsesOAuth2 = false, Uri? TokenUrl = null)
{
    /// <summary>The environment variables each vendor reads, documented in the README.</summary>
    public static IReadOnlyList<string> VariablesFor(Vendor vendor) => vendor switch
    {
        Vendor.Bandwidth => ["BANDWIDTH_CLIENT_ID", "BANDWIDTH_CLIENT_SECRET", "BANDWIDTH_TOKEN_URL", "BANDWIDTH_USERNAME", "BANDWIDTH_PASSWORD", "BANDWIDTH_ACCOUNT_ID"],
        Vendor.Twilio => ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"],
        Vendor.Genesys => ["GENESYS_USERNAME", "GENESYS_PASSWORD"],
        _ => ["SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_SPACE"],
    };

    /// <exception cref="UsageException">A variable is missing.</exception>
    public static VendorSettings FromEnvironment(Vendor vendor, Func<string, string?> environment, Uri? endpoint)
    {
        string Require(string name) =>
            environment(name) is { Length: > 0 } value ? value : throw new UsageException("set " + name + " (the " + vendor + " credentials come from the environment)");

        return vendor switch
        {
            Vendor.Bandwidth => Bandwidth(environment, Require, endpoint),
            Vendor.Twilio => new(vendor, Require("TWILIO_ACCOUNT_SID"), Require("TWILIO_AUTH_TOKEN"), environment("TWILIO_ACCOUNT_SID")!, endpoint, null),
            Vendor.Genesys => new(vendor, Require("GENESYS_USERNAME"), Require("GENESYS_PASSWORD"), "", endpoint, null),
            _ => new(vendor, Require("SIGNALWIRE_PROJECT_ID"), Require("SIGNALWIRE_API_TOKEN"), environment("SIGNALWIRE_PROJECT_ID")!, endpoint,
                endpoint is null ? Require("SIGNALWIRE_SPACE") : environment("SIGNALWIRE_SPACE")),
        };
    }

    // Exactly one of the two credentials: sending the one the user did not mean would fail confusingly (or, against
    // Bandwidth's cloud, which no longer takes API users, always).
    private static VendorSettings Bandwidth(Func<string, string?> environment, Func<string, string> require, Uri? endpoint)
    {
        bool oauth = environment("BANDWIDTH_CLIENT_ID") is { Length: > 0 } || environment("BANDWIDTH_CLIENT_SECRET") is { Length: > 0 };
        bool basic = environment("BANDWIDTH_USERNAME") is { Length: > 0 } || environment("BANDWIDTH_PASSWORD") is { Length: > 0 };
        if (oauth && basic)
        {
            throw new UsageException("set either BANDWIDTH_CLIENT_ID and BANDWIDTH_CLIENT_SECRET (OAuth 2.0) or BANDWIDTH_USERNAME and BANDWIDTH_PASSWORD (legacy API user), not both");
        }

        if (!oauth && !basic)
        {
            throw new UsageException("set BANDWIDTH_CLIENT_ID and BANDWIDTH_CLIENT_SECRET (OAuth 2.0 API credential), or, legacy, BANDWIDTH_USERNAME and BANDWIDTH_PASSWORD (an API user, decommissioned by Bandwidth on 2026-12-02)");
        }

        Uri? tokenUrl = null;
        if (oauth && environment("BANDWIDTH_TOKEN_URL") is { Length: > 0 } text
            && (!Uri.TryCreate(text, UriKind.Absolute, out tokenUrl) || tokenUrl.Scheme is not ("http" or "https") || tokenUrl.UserInfo.Length > 0))
        {
            throw new UsageException("BANDWIDTH_TOKEN_URL must be an absolute http(s) URL without user information");
        }

        return oauth
            ? new(Vendor.Bandwidth, require("BANDWIDTH_CLIENT_ID"), require("BANDWIDTH_CLIENT_SECRET"), require("BANDWIDTH_ACCOUNT_ID"), endpoint, null, UsesOAuth2: true, TokenUrl: tokenUrl)
            : new(Vendor.Bandwidth, require("BANDWIDTH_USERNAME"), require("BANDWIDTH_PASSWORD"), require("BANDWIDTH_ACCOUNT_ID"), endpoint, null);
    }

    /// <summary>Never prints the secret, which a record's generated ToString would.</summary>
    public override string ToString() => $"{Vendor} as {User} at {Endpoint?.ToString() ?? "the vendor's server"}";
}
