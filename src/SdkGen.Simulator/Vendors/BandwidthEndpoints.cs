using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors;

/// <summary>
/// Bandwidth Voice v2: <c>PUT /accounts/{accountId}/calls/{callId}/recording</c> with
/// <c>{"state": "paused" | "recording"}</c>. Credentials are HTTP Basic (the legacy API user) or a Bearer token the
/// simulated token endpoint issued and that has not expired (<see cref="BandwidthTokenEndpoint"/>).
/// Checks run in this order: method (405), credentials and the path's
/// account (401), Content-Type (415), body (400), call in progress (404), active recording (404), then the change
/// (200, empty body). Error types are Bandwidth's documented ones (<see cref="BandwidthErrorTypes"/>).
/// </summary>
internal sealed class BandwidthEndpoints(SimulatorState state, SimulatorOptions options, BandwidthTokens tokens)
{
    private const string Realm = "Bandwidth Voice API";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.Map(VendorRoutes.Bandwidth + "/accounts/{accountId}/calls/{callId}/recording", UpdateRecordingStateAsync);
        routes.Map(VendorRoutes.Bandwidth + "/{**rest}", context => VendorErrors.UnknownRouteAsync(context, SimulatedVendor.Bandwidth));
    }

    private async Task UpdateRecordingStateAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPut(request.Method))
        {
            context.Response.Headers.Allow = "PUT";
            await VendorErrors.BandwidthAsync(context, 405, BandwidthErrorTypes.Validation, $"Method Not Allowed: {request.Method} is not supported; use PUT.");
            return;
        }

        // Bandwidth documents 401 both for wrong credentials and for credentials without access to the account.
        var accountId = (string)request.RouteValues["accountId"]!;
        if (!IsAuthenticated(request) || accountId != options.BandwidthAccountId)
        {
            // Both schemes are offered (RFC 9110 §11.6.1: one header value per challenge).
            context.Response.Headers.WWWAuthenticate = new(["Basic realm=\"" + Realm + "\"", "Bearer realm=\"" + Realm + "\""]);
            await VendorErrors.BandwidthAsync(context, 401, BandwidthErrorTypes.Authentication, "The credentials provided were invalid");
            return;
        }

        if (!HttpJson.IsJsonContentType(request.ContentType))
        {
            await VendorErrors.BandwidthAsync(context, 415, BandwidthErrorTypes.Validation, "Content-Type must be application/json.");
            return;
        }

        var body = await HttpJson.TryReadAsync(request);
        if (body is null)
        {
            await VendorErrors.BandwidthAsync(context, 400, BandwidthErrorTypes.Validation, "Bad Request: the request body is not valid JSON.");
            return;
        }

        SimulatedRecordingStatus target;
        switch (HttpJson.GetString(body, "state"))
        {
            case "paused":
                target = SimulatedRecordingStatus.Paused;
                break;
            case "recording":
                target = SimulatedRecordingStatus.InProgress;
                break;
            default:
                await VendorErrors.BandwidthAsync(context, 400, BandwidthErrorTypes.Validation, "Invalid state: must be one of [paused, recording].");
                return;
        }

        var callId = (string)request.RouteValues["callId"]!;

        var failure = state.WithCall(SimulatedVendor.Bandwidth, callId, (call, now) =>
        {
            // Bandwidth: 404 "when the call-id is no longer active", in its documented wording.
            if (call is null || call.IsEnded)
            {
                return $"Call [{callId}] not found";
            }

            // Upstream does not say what a call without an active recording answers (404 and 400 are both
            // plausible); the simulator answers 404, the recording resource being absent.
            var recording = call.Recordings.FirstOrDefault(r => r.IsActive);
            if (recording is null)
            {
                return $"Call [{callId}] has no active recording";
            }

            // Asking for the state the recording is already in is accepted (200) and changes nothing:
            // it makes a retried request harmless.
            recording.Status = target;
            recording.UpdatedAt = now;
            recording.AcceptedUpdates++;
            return null;
        });

        if (failure is not null)
        {
            await VendorErrors.BandwidthAsync(context, 404, BandwidthErrorTypes.Validation, failure);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
    }

    private bool IsAuthenticated(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? tokens.IsValid(authorization[Bearer.Length..].Trim())
            : BasicAuth.Matches(request, options.BandwidthUsername, options.BandwidthPassword);
    }
}
