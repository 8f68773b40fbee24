namespace SdkGen.Cli.Vendors;

/// <summary>Where a vendor is and who we are there. Secrets come from the environment, never from arguments.</summary>
internal sealed record VendorSettings(Vendor Vendor, string User, string Secret, string AccountId, Uri? Endpoint, string? SignalWireSpace)
{
    /// <summary>The environment variables each vendor reads, documented in the README.</summary>
    public static IReadOnlyList<string> VariablesFor(Vendor vendor) => vendor switch
    {
        Vendor.Bandwidth => ["BANDWIDTH_USERNAME", "BANDWIDTH_PASSWORD", "BANDWIDTH_ACCOUNT_ID"],
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
            Vendor.Bandwidth => new(vendor, Require("BANDWIDTH_USERNAME"), Require("BANDWIDTH_PASSWORD"), Require("BANDWIDTH_ACCOUNT_ID"), endpoint, null),
            Vendor.Twilio => new(vendor, Require("TWILIO_ACCOUNT_SID"), Require("TWILIO_AUTH_TOKEN"), environment("TWILIO_ACCOUNT_SID")!, endpoint, null),
            Vendor.Genesys => new(vendor, Require("GENESYS_USERNAME"), Require("GENESYS_PASSWORD"), "", endpoint, null),
            _ => new(vendor, Require("SIGNALWIRE_PROJECT_ID"), Require("SIGNALWIRE_API_TOKEN"), environment("SIGNALWIRE_PROJECT_ID")!, endpoint,
                endpoint is null ? Require("SIGNALWIRE_SPACE") : environment("SIGNALWIRE_SPACE")),
        };
    }

    /// <summary>Never prints the secret, which a record's generated ToString would.</summary>
    public override string ToString() => $"{Vendor} as {User} at {Endpoint?.ToString() ?? "the vendor's server"}";
}
