using Microsoft.AspNetCore.Http;

namespace SdkGen.Simulator.Http;

/// <summary>The path prefix under which each vendor is served.</summary>
internal static class VendorRoutes
{
    public const string Bandwidth = "/bandwidth/api/v2";

    /// <summary>
    /// Bandwidth's OAuth 2.0 token endpoint (<c>https://api.bandwidth.com/api/v1/oauth2/token</c>), under the Bandwidth
    /// root so it is recorded and faulted as Bandwidth; without the root the path is the vendor's own. It cannot clash
    /// with the Voice API, which lives under <c>/api/v2</c>.
    /// </summary>
    public const string BandwidthToken = "/bandwidth/api/v1/oauth2/token";
    public const string Twilio = "/twilio";
    public const string Genesys = "/genesys";
    public const string SignalWire = "/signalwire/api/laml/2010-04-01";
    public const string Admin = "/admin";

    private static readonly (string Root, SimulatedVendor Vendor)[] Roots =
    [
        ("/bandwidth", SimulatedVendor.Bandwidth),
        ("/twilio", SimulatedVendor.Twilio),
        ("/genesys", SimulatedVendor.Genesys),
        ("/signalwire", SimulatedVendor.SignalWire),
    ];

    public static string PrefixOf(SimulatedVendor vendor) => vendor switch
    {
        SimulatedVendor.Bandwidth => Bandwidth,
        SimulatedVendor.Twilio => Twilio,
        SimulatedVendor.Genesys => Genesys,
        SimulatedVendor.SignalWire => SignalWire,
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, null),
    };

    /// <summary>The vendor whose first path segment the request starts with, or <c>null</c>.</summary>
    public static SimulatedVendor? VendorOf(PathString path)
    {
        foreach (var (root, vendor) in Roots)
        {
            if (path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase))
            {
                return vendor;
            }
        }

        return null;
    }

    /// <summary>The path as the real vendor would see it (without the simulator's first segment).</summary>
    public static string StripPrefix(string path)
    {
        foreach (var (root, _) in Roots)
        {
            if (path.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return path[root.Length..];
            }
        }

        return path;
    }
}
