using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors.Genesys;

/// <summary>
/// Genesys Web Services v2: <c>POST /api/v2/me/calls/{id}</c> with <c>{"operationName": ...}</c>,
/// <c>GET /api/v2/me</c>, and CometD on <c>/api/v2/notifications</c> (see <see cref="CometdEndpoint"/>).
/// </summary>
/// <remarks>
/// GWS does not document which HTTP status accompanies a non-zero <c>statusCode</c>. The simulator answers
/// HTTP 200 for the outcomes of a well-formed request (2 = not valid in the current state, 6 = call not
/// found) and HTTP 400 for a malformed one (1 = <c>operationName</c> missing or body not JSON, 10 = unknown
/// <c>operationName</c>); 401 (20) for bad credentials; 403 with the plain-text body
/// <c>Missing or invalid Csrf token</c> (as GWS documents it) for a missing or wrong CSRF token. CSRF is checked
/// before credentials, as Spring Security's filter chain (which GWS uses) does. A call that was hung up is gone from
/// <c>/me/calls</c>: statusCode 6, as for an unknown call.
/// </remarks>
internal sealed class GenesysEndpoints(SimulatorState state, SimulatorOptions options, CometdBroker broker)
{
    public const string CsrfHeaderName = "X-CSRF-TOKEN";
    public const string SessionCookieName = "JSESSIONID";
    public const string CsrfRejection = "Missing or invalid Csrf token";

    private const string Realm = "Genesys Web Services";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.Map(VendorRoutes.Genesys + "/api/v2/me/calls/{id}", CallOperationAsync);
        routes.Map(VendorRoutes.Genesys + "/api/v2/me", MeAsync);
        routes.Map(VendorRoutes.Genesys + "/{**rest}", context => VendorErrors.UnknownRouteAsync(context, SimulatedVendor.Genesys));
    }

    /// <summary>Absolute URL of <c>{prefix}/api/v2/</c> as the client reached it.</summary>
    public static string ApiBase(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{VendorRoutes.Genesys}/api/v2/";

    /// <summary>
    /// Checks CSRF (when enabled) and credentials, and writes the rejection if either fails.
    /// Returns true when the request may proceed.
    /// </summary>
    public async Task<bool> AdmitAsync(HttpContext context)
    {
        var request = context.Request;
        if (options.GenesysCsrfEnabled && !HttpMethods.IsGet(request.Method) && !HasValidCsrfToken(request))
        {
            await VendorErrors.PlainTextAsync(context, 403, CsrfRejection);
            return false;
        }

        if (!BasicAuth.Matches(request, options.GenesysUsername, options.GenesysPassword))
        {
            BasicAuth.Challenge(context.Response, Realm);
            await VendorErrors.GenesysAsync(context, 401, 20, "Not authenticated");
            return false;
        }

        return true;
    }

    public static Task MethodNotAllowedAsync(HttpContext context, string allowed)
    {
        context.Response.Headers.Allow = allowed;
        return VendorErrors.GenesysAsync(context, 405, 1, $"{context.Request.Method} is not supported; use {allowed}");
    }

    private bool HasValidCsrfToken(HttpRequest request) =>
        state.GenesysSessions.TryGetToken(request.Cookies[SessionCookieName], out var expected)
        && request.Headers[CsrfHeaderName].ToString() == expected;

    private async Task MeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await MethodNotAllowedAsync(context, "GET");
            return;
        }

        if (!await AdmitAsync(context))
        {
            return;
        }

        // Reuse the session the cookie names, if it is still alive; otherwise open one (new cookie, new token).
        var sessionId = context.Request.Cookies[SessionCookieName];
        if (!state.GenesysSessions.TryGetToken(sessionId, out var token))
        {
            (sessionId, token) = state.GenesysSessions.Open();
            context.Response.Cookies.Append(SessionCookieName, sessionId, new CookieOptions { Path = VendorRoutes.Genesys, HttpOnly = true });
        }

        if (options.GenesysCsrfEnabled)
        {
            context.Response.Headers["X-CSRF-HEADER"] = CsrfHeaderName;
            context.Response.Headers[CsrfHeaderName] = token;
        }

        var apiBase = ApiBase(context.Request);
        await HttpJson.WriteAsync(context, 200, new JsonObject
        {
            ["statusCode"] = 0,
            ["user"] = new JsonObject
            {
                ["id"] = "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                ["userName"] = options.GenesysUsername,
                ["firstName"] = "Simulated",
                ["lastName"] = "Agent",
                ["roles"] = new JsonArray("ROLE_AGENT"),
                ["changePasswordOnFirstLogin"] = false,
                ["uri"] = apiBase + "me",
                ["path"] = "/me",
            },
        });
    }

    private async Task CallOperationAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await MethodNotAllowedAsync(context, "POST");
            return;
        }

        if (!await AdmitAsync(context))
        {
            return;
        }

        var body = await HttpJson.TryReadAsync(context.Request);
        var operationName = HttpJson.GetString(body, "operationName");
        if (string.IsNullOrEmpty(operationName))
        {
            await VendorErrors.GenesysAsync(context, 400, 1, "Required parameter 'operationName' is missing");
            return;
        }

        if (!TryGetTransition(operationName, out var allowedFrom, out var target))
        {
            await VendorErrors.GenesysAsync(context, 400, 10, $"Unsupported operationName '{operationName}'");
            return;
        }

        var callId = (string)context.Request.RouteValues["id"]!;
        var apiBase = ApiBase(context.Request);
        var (statusCode, message) = state.WithCall(SimulatedVendor.Genesys, callId, (call, now) =>
        {
            if (call is null || call.IsEnded)
            {
                return (6, $"Call {callId} not found");
            }

            var recording = call.Recordings[0];
            if (!allowedFrom.Contains(recording.Status))
            {
                return (2, $"{operationName} is not valid while the recording state is {GenesysCallNotification.WireState(recording.Status)}");
            }

            var variations = state.Variations;
            call.GenesysOperations++;
            var notifications = new List<JsonObject>(2);
            if (GenesysCallNotification.OtherTypeBefore(call.GenesysOperations, variations) is { } otherType)
            {
                notifications.Add(GenesysCallNotification.Build(call, otherType, apiBase, now, variations));
            }

            recording.Status = target;
            recording.UpdatedAt = now;
            recording.AcceptedUpdates++;
            recording.EndedAt = target == SimulatedRecordingStatus.Stopped ? now : null;
            notifications.Add(GenesysCallNotification.Build(call, GenesysCallNotification.RecordingStateChange, apiBase, now, variations));

            // Published under the state lock so notifications leave in the order the changes happened.
            broker.Publish(GenesysCallNotification.Channel, notifications);
            return (0, "");
        });

        if (statusCode == 0)
        {
            await HttpJson.WriteAsync(context, 200, UnknownFields.AddTo(new JsonObject { ["statusCode"] = 0 }, state.Variations));
        }
        else
        {
            await VendorErrors.GenesysAsync(context, 200, statusCode, message);
        }
    }

    /// <summary>Recording ⇄ Paused; Stop from either → Stopped; Start from Stopped → Recording.</summary>
    private static bool TryGetTransition(string operationName, out SimulatedRecordingStatus[] allowedFrom, out SimulatedRecordingStatus target)
    {
        (allowedFrom, target) = operationName switch
        {
            "PauseCallRecording" => ([SimulatedRecordingStatus.InProgress], SimulatedRecordingStatus.Paused),
            "ResumeCallRecording" => ([SimulatedRecordingStatus.Paused], SimulatedRecordingStatus.InProgress),
            "StopCallRecording" => ([SimulatedRecordingStatus.InProgress, SimulatedRecordingStatus.Paused], SimulatedRecordingStatus.Stopped),
            "StartCallRecording" => ([SimulatedRecordingStatus.Stopped], SimulatedRecordingStatus.InProgress),
            _ => (Array.Empty<SimulatedRecordingStatus>(), default(SimulatedRecordingStatus)),
        };
        return allowedFrom.Length > 0;
    }
}
