using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SdkGen.Simulator.Http;

/// <summary>Writes each vendor's error body shape.</summary>
internal static class VendorErrors
{
    /// <summary>
    /// Bandwidth: <c>{"type", "description", "id"}</c> with a <see cref="BandwidthErrorTypes"/> type. The simulator
    /// never assigns an error id.
    /// </summary>
    public static Task BandwidthAsync(HttpContext context, int status, string type, string description) =>
        HttpJson.WriteAsync(context, status, new JsonObject
        {
            ["type"] = type,
            ["description"] = description,
            ["id"] = null,
        });

    /// <summary>Twilio: <c>{"code", "message", "more_info", "status"}</c>.</summary>
    public static Task TwilioAsync(HttpContext context, int status, int code, string message) =>
        HttpJson.WriteAsync(context, status, new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["more_info"] = "https://www.twilio.com/docs/errors/" + code.ToString(CultureInfo.InvariantCulture),
            ["status"] = status,
        });

    /// <summary>
    /// SignalWire: the same four fields as Twilio. The <c>more_info</c> address is the simulator's
    /// placeholder: SignalWire does not document one per code.
    /// </summary>
    public static Task SignalWireAsync(HttpContext context, int status, int code, string message) =>
        HttpJson.WriteAsync(context, status, new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["more_info"] = "https://developer.signalwire.com/compatibility-api/reference/error-codes",
            ["status"] = status,
        });

    /// <summary>Genesys: <c>{"statusCode", "statusMessage"}</c> and nothing else.</summary>
    public static Task GenesysAsync(HttpContext context, int status, int statusCode, string message) =>
        HttpJson.WriteAsync(context, status, new JsonObject
        {
            ["statusCode"] = statusCode,
            ["statusMessage"] = message,
        });

    /// <summary>
    /// A plain-text error, as GWS's Spring Security filter answers a missing or invalid CSRF token (before any GWS
    /// code runs, so without the <c>statusCode</c> JSON body).
    /// </summary>
    public static async Task PlainTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted);
    }

    /// <summary>An injected 503 or 429, in the vendor's shape.</summary>
    public static Task FaultAsync(HttpContext context, SimulatedVendor vendor, int status)
    {
        var throttled = status == StatusCodes.Status429TooManyRequests;
        return vendor switch
        {
            SimulatedVendor.Bandwidth => throttled
                ? BandwidthAsync(context, status, BandwidthErrorTypes.Error, "Account call creation rate limit exceeded")
                : BandwidthAsync(context, status, BandwidthErrorTypes.Error, "The service is temporarily unavailable."),
            SimulatedVendor.Twilio => throttled
                ? TwilioAsync(context, status, 20429, "Too Many Requests")
                : TwilioAsync(context, status, 20503, "Service Unavailable"),
            SimulatedVendor.SignalWire => throttled
                ? SignalWireAsync(context, status, 20429, "Too Many Requests")
                : SignalWireAsync(context, status, 20503, "Service Unavailable"),
            // GWS has no throttling code; 4 is its "internal error".
            _ => GenesysAsync(context, status, 4, throttled ? "Too many requests" : "Service unavailable"),
        };
    }

    /// <summary>A path under the vendor's prefix that the simulator does not serve.</summary>
    public static Task UnknownRouteAsync(HttpContext context, SimulatedVendor vendor)
    {
        var path = context.Request.Path.Value ?? "";
        return vendor switch
        {
            SimulatedVendor.Bandwidth => BandwidthAsync(context, 404, BandwidthErrorTypes.Validation, $"No resource at {path}."),
            SimulatedVendor.Twilio => TwilioAsync(context, 404, 20404, $"The requested resource {VendorRoutes.StripPrefix(path)} was not found"),
            SimulatedVendor.SignalWire => SignalWireAsync(context, 404, 20404, $"The requested resource {VendorRoutes.StripPrefix(path)} was not found"),
            _ => GenesysAsync(context, 404, 6, $"Not found: {path}"),
        };
    }
}
