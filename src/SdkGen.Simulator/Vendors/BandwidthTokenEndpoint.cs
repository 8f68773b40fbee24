using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors;

/// <summary>
/// Bandwidth's OAuth 2.0 token endpoint (<c>POST https://api.bandwidth.com/api/v1/oauth2/token</c>, the <c>tokenUrl</c> of
/// Bandwidth's published API description): the
/// client-credentials grant with the API credential's client id and secret in HTTP Basic (<c>client_secret_basic</c>,
/// each form-url-decoded per RFC 6749 §2.3.1). Answers RFC 6749 §5.1 (a Bearer token with <c>expires_in</c>) or §5.2
/// (<c>{"error", "error_description"}</c>): 405 for another method, 400 <c>invalid_request</c> for a body that is not a
/// form, 401 <c>invalid_client</c> for wrong or missing client credentials, 400 <c>unsupported_grant_type</c> for a
/// grant other than <c>client_credentials</c>.
/// </summary>
internal sealed class BandwidthTokenEndpoint(SimulatorOptions options, BandwidthTokens tokens)
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.Map(VendorRoutes.BandwidthToken, IssueTokenAsync);

    private async Task IssueTokenAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await ErrorAsync(context, 405, "invalid_request", "The token endpoint accepts POST only.");
            return;
        }

        if (!request.HasFormContentType)
        {
            await ErrorAsync(context, 400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
            return;
        }

        if (!ClientMatches(request))
        {
            BasicAuth.Challenge(context.Response, "Bandwidth OAuth");
            await ErrorAsync(context, 401, "invalid_client", "Client authentication failed.");
            return;
        }

        var form = await request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"].ToString() != "client_credentials")
        {
            await ErrorAsync(context, 400, "unsupported_grant_type", "Only the client_credentials grant is supported.");
            return;
        }

        // RFC 6749 §5.1: token answers must not be cached.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        await HttpJson.WriteAsync(context, 200, new JsonObject
        {
            ["access_token"] = tokens.Issue(),
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)tokens.Lifetime.TotalSeconds,
        });
    }

    private bool ClientMatches(HttpRequest request) =>
        BasicAuth.Read(request) is { } basic
        && BasicAuth.FixedTimeEquals(WebUtility.UrlDecode(basic.User), options.BandwidthClientId)
        && BasicAuth.FixedTimeEquals(WebUtility.UrlDecode(basic.Password), options.BandwidthClientSecret);

    private static Task ErrorAsync(HttpContext context, int status, string error, string description)
    {
        context.Response.Headers.CacheControl = "no-store";
        return HttpJson.WriteAsync(context, status, new JsonObject
        {
            ["error"] = error,
            ["error_description"] = description,
        });
    }
}
