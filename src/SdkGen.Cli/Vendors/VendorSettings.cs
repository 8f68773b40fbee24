using SdkGen.Runtime;

namespace SdkGen.Cli.Vendors;

/// <summary>Where a vendor is and who we are there. Secrets come from the environment, never from arguments.</summary>
internal sealed record VendorSettings(Vendor Vendor, BasicCredentials Credentials, string AccountId, Uri? Endpoint, string? SignalWireSpace)
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
            Vendor.Bandwidth => new(vendor, new BasicCredentials(Require("BANDWIDTH_USERNAME"), Require("BANDWIDTH_PASSWORD")), Require("BANDWIDTH_ACCOUNT_ID"), endpoint, null),
            Vendor.Twilio => Twilio(Require("TWILIO_ACCOUNT_SID"), Require("TWILIO_AUTH_TOKEN"), endpoint),
            Vendor.Genesys => new(vendor, new BasicCredentials(Require("GENESYS_USERNAME"), Require("GENESYS_PASSWORD")), "", endpoint, null),
            _ => SignalWire(Require("SIGNALWIRE_PROJECT_ID"), Require("SIGNALWIRE_API_TOKEN"), endpoint is null ? Require("SIGNALWIRE_SPACE") : environment("SIGNALWIRE_SPACE"), endpoint),
        };
    }

    public static VendorSettings Twilio(string accountSid, string authToken, Uri? endpoint) =>
        new(Vendor.Twilio, new BasicCredentials(accountSid, authToken), accountSid, endpoint, null);

    public static VendorSettings SignalWire(string projectId, string apiToken, string? space, Uri? endpoint) =>
        new(Vendor.SignalWire, new BasicCredentials(projectId, apiToken), projectId, endpoint, space);
}
