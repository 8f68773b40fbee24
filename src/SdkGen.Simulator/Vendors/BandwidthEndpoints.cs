using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors;

/// <summary>
/// Bandwidth Voice v2: <c>PUT /accounts/{accountId}/calls/{callId}/recording</c> with
/// <c>{"state": "paused" | "recording"}</c>. Checks run in this order: method (405), credentials (401),
/// Content-Type (415), body (400), account and call (404), active recording (404), then the change (200).
/// </summary>
internal sealed class BandwidthEndpoints(SimulatorState state, SimulatorOptions options)
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
            await VendorErrors.BandwidthAsync(context, 405, "method-not-allowed", $"{request.Method} is not allowed on this resource; use PUT.");
            return;
        }

        if (!BasicAuth.Matches(request, options.BandwidthUsername, options.BandwidthPassword))
        {
            BasicAuth.Challenge(context.Response, Realm);
            await VendorErrors.BandwidthAsync(context, 401, "authentication-error", "Missing or invalid API credentials.");
            return;
        }

        if (!HttpJson.IsJsonContentType(request.ContentType))
        {
            await VendorErrors.BandwidthAsync(context, 415, "unsupported-media-type", "Content-Type must be application/json.");
            return;
        }

        var body = await HttpJson.TryReadAsync(request);
        if (body is null)
        {
            await VendorErrors.BandwidthAsync(context, 400, "validation-error", "The request body is not valid JSON.");
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
                await VendorErrors.BandwidthAsync(context, 400, "validation-error", "'state' is required and must be 'paused' or 'recording'.");
                return;
        }

        var accountId = (string)request.RouteValues["accountId"]!;
        var callId = (string)request.RouteValues["callId"]!;
        if (accountId != options.BandwidthAccountId)
        {
            await VendorErrors.BandwidthAsync(context, 404, "not-found", $"Account {accountId} was not found.");
            return;
        }

        var failure = state.WithCall(SimulatedVendor.Bandwidth, callId, (call, now) =>
        {
            if (call is null)
            {
                return $"Call {callId} was not found.";
            }

            // Upstream does not say what a call without an active recording answers (404 and 400 are both
            // plausible); the simulator answers 404, the recording resource being absent.
            var recording = call.Recordings.FirstOrDefault(r => r.IsActive);
            if (recording is null)
            {
                return $"Call {callId} has no active recording.";
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
            await VendorErrors.BandwidthAsync(context, 404, "not-found", failure);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
    }
}
