using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;

namespace SdkGen.Simulator.Admin;

/// <summary>
/// HTTP access to seeding, inspection and fault injection, for programs that do not host the simulator
/// in-process. No authentication: the simulator only listens on 127.0.0.1.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>POST /admin/calls</c> <c>{"vendor": "twilio", "recordings": ["in-progress", "paused"], "callId": null}</c>
/// or <c>{"vendor": "twilio", "recordingCount": 2}</c> → 201 <c>{"vendor", "callId", "recordingIds"}</c>.
/// Statuses: <c>in-progress</c> (alias <c>recording</c>), <c>paused</c>, <c>stopped</c>.</item>
/// <item><c>GET /admin/calls/{vendor}/{callId}</c> → 200 <c>{"vendor", "callId", "ended", "recordings": [{"id", "status", "pauseBehavior", "acceptedUpdates"}]}</c> or 404.</item>
/// <item><c>POST /admin/calls/{vendor}/{callId}/end</c> → 204: the call is hung up (<see cref="SimulatorState.EndCall"/>), or 404.</item>
/// <item><c>GET /admin/variations</c> → 200 the <see cref="ResponseVariations"/> in effect, e.g.
/// <c>{"genesysOtherNotifications": true, "genesysParticipantsAsStrings": false, "signalWireLegacyRecording": false,
/// "extraUnknownFields": false}</c>; <c>PUT /admin/variations</c> with any of those booleans → 200 the result
/// (properties left out keep their value).</item>
/// <item><c>POST /admin/faults</c> <c>{"kind": "service-unavailable" | "too-many-requests" | "delay" | "abort",
/// "count": 1, "vendor": null, "pathContains": null, "retryAfterSeconds": 1, "delayMilliseconds": 0}</c>
/// → 201 <c>{"pending": n}</c>. <c>DELETE /admin/faults</c> → 204.</item>
/// <item><c>GET /admin/requests</c> → 200 <c>{"bandwidth": n, "twilio": n, "genesys": n, "signalwire": n}</c>.</item>
/// <item><c>POST /admin/genesys/expire-csrf</c> → 204: every Genesys session and CSRF token stops working.</item>
/// </list>
/// A malformed admin request answers 400 <c>{"error": "..."}</c>.
/// </remarks>
internal sealed class AdminEndpoints(SimulatorState state, FaultInjector faults)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(VendorRoutes.Admin + "/calls", AddCallAsync);
        routes.MapGet(VendorRoutes.Admin + "/calls/{vendor}/{callId}", GetCallAsync);
        routes.MapPost(VendorRoutes.Admin + "/calls/{vendor}/{callId}/end", context =>
        {
            var ended = TryParseVendor((string?)context.Request.RouteValues["vendor"], out var vendor)
                && state.EndCall(vendor, (string)context.Request.RouteValues["callId"]!);
            if (!ended)
            {
                return HttpJson.WriteAsync(context, 404, new JsonObject { ["error"] = "no such call" });
            }

            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        routes.MapGet(VendorRoutes.Admin + "/variations", context => HttpJson.WriteAsync(context, 200, VariationsJson(state.Variations)));
        routes.MapPut(VendorRoutes.Admin + "/variations", SetVariationsAsync);
        routes.MapPost(VendorRoutes.Admin + "/faults", AddFaultAsync);
        routes.MapDelete(VendorRoutes.Admin + "/faults", context =>
        {
            faults.Clear();
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        routes.MapGet(VendorRoutes.Admin + "/requests", context => HttpJson.WriteAsync(context, 200, new JsonObject(
            Enum.GetValues<SimulatedVendor>().Select(v => KeyValuePair.Create(Name(v), (JsonNode?)state.GetRequestCount(v))))));
        routes.MapPost(VendorRoutes.Admin + "/genesys/expire-csrf", context =>
        {
            state.ExpireGenesysCsrfTokens();
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
    }

    private async Task AddCallAsync(HttpContext context)
    {
        var body = await HttpJson.TryReadAsync(context.Request) as JsonObject;
        if (!TryParseVendor(HttpJson.GetString(body, "vendor"), out var vendor))
        {
            await BadRequestAsync(context, "'vendor' must be one of bandwidth, twilio, genesys, signalwire");
            return;
        }

        var recordings = new List<RecordingSeed>();
        if (body!["recordings"] is JsonArray statuses)
        {
            foreach (var item in statuses)
            {
                if (!TryParseStatus(item is JsonValue v && v.TryGetValue<string>(out var s) ? s : null, out var status))
                {
                    await BadRequestAsync(context, "each of 'recordings' must be 'in-progress', 'paused' or 'stopped'");
                    return;
                }

                recordings.Add(new RecordingSeed(status));
            }
        }
        else
        {
            var count = body["recordingCount"] is JsonValue c && c.TryGetValue<int>(out var n) ? n : 1;
            recordings.AddRange(Enumerable.Repeat(new RecordingSeed(SimulatedRecordingStatus.InProgress), Math.Max(0, count)));
        }

        SeededCall call;
        try
        {
            call = state.AddCall(new CallSeed(vendor, recordings) { CallId = HttpJson.GetString(body, "callId") });
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            await BadRequestAsync(context, e.Message);
            return;
        }

        await HttpJson.WriteAsync(context, 201, new JsonObject
        {
            ["vendor"] = Name(call.Vendor),
            ["callId"] = call.CallId,
            ["recordingIds"] = new JsonArray(call.RecordingIds.Select(id => (JsonNode?)id).ToArray()),
        });
    }

    private async Task GetCallAsync(HttpContext context)
    {
        var call = TryParseVendor((string?)context.Request.RouteValues["vendor"], out var vendor)
            ? state.GetCall(vendor, (string)context.Request.RouteValues["callId"]!)
            : null;
        if (call is null)
        {
            await HttpJson.WriteAsync(context, 404, new JsonObject { ["error"] = "no such call" });
            return;
        }

        await HttpJson.WriteAsync(context, 200, new JsonObject
        {
            ["vendor"] = Name(call.Vendor),
            ["callId"] = call.CallId,
            ["ended"] = call.IsEnded,
            ["recordings"] = new JsonArray(call.Recordings.Select(r => (JsonNode?)new JsonObject
            {
                ["id"] = r.RecordingId,
                ["status"] = StatusName(r.Status),
                ["pauseBehavior"] = r.PauseBehavior,
                ["acceptedUpdates"] = r.AcceptedUpdates,
            }).ToArray()),
        });
    }

    private async Task AddFaultAsync(HttpContext context)
    {
        var body = await HttpJson.TryReadAsync(context.Request) as JsonObject;
        FaultKind? kind = HttpJson.GetString(body, "kind") switch
        {
            "service-unavailable" => FaultKind.ServiceUnavailable,
            "too-many-requests" => FaultKind.TooManyRequests,
            "delay" => FaultKind.Delay,
            "abort" => FaultKind.Abort,
            _ => null,
        };
        if (kind is null)
        {
            await BadRequestAsync(context, "'kind' must be service-unavailable, too-many-requests, delay or abort");
            return;
        }

        SimulatedVendor? vendor = null;
        if (HttpJson.GetString(body, "vendor") is { } vendorName)
        {
            if (!TryParseVendor(vendorName, out var parsed))
            {
                await BadRequestAsync(context, "'vendor' must be one of bandwidth, twilio, genesys, signalwire");
                return;
            }

            vendor = parsed;
        }

        var rule = new FaultRule(kind.Value)
        {
            Count = GetInt(body, "count") ?? 1,
            Vendor = vendor,
            PathContains = HttpJson.GetString(body, "pathContains"),
            RetryAfterSeconds = body!.ContainsKey("retryAfterSeconds") ? GetInt(body, "retryAfterSeconds") : 1,
            Delay = TimeSpan.FromMilliseconds(GetInt(body, "delayMilliseconds") ?? 0),
        };

        try
        {
            faults.Add(rule);
        }
        catch (ArgumentException e)
        {
            await BadRequestAsync(context, e.Message);
            return;
        }

        await HttpJson.WriteAsync(context, 201, new JsonObject { ["pending"] = faults.PendingCount });
    }

    private async Task SetVariationsAsync(HttpContext context)
    {
        if (await HttpJson.TryReadAsync(context.Request) is not JsonObject body)
        {
            await BadRequestAsync(context, "the body must be a JSON object of booleans");
            return;
        }

        var current = state.Variations;
        var known = VariationsJson(current);
        foreach (var (name, value) in body)
        {
            if (!known.ContainsKey(name) || value is not JsonValue v || !v.TryGetValue<bool>(out _))
            {
                await BadRequestAsync(context, $"'{name}' is not a variation; use one of {string.Join(", ", known.Select(p => p.Key))} with true or false");
                return;
            }
        }

        bool Get(string name, bool fallback) => body[name] is JsonValue value ? value.GetValue<bool>() : fallback;
        var updated = new ResponseVariations
        {
            GenesysOtherNotifications = Get("genesysOtherNotifications", current.GenesysOtherNotifications),
            GenesysParticipantsAsStrings = Get("genesysParticipantsAsStrings", current.GenesysParticipantsAsStrings),
            SignalWireLegacyRecording = Get("signalWireLegacyRecording", current.SignalWireLegacyRecording),
            ExtraUnknownFields = Get("extraUnknownFields", current.ExtraUnknownFields),
        };
        state.Variations = updated;
        await HttpJson.WriteAsync(context, 200, VariationsJson(updated));
    }

    private static JsonObject VariationsJson(ResponseVariations variations) => new()
    {
        ["genesysOtherNotifications"] = variations.GenesysOtherNotifications,
        ["genesysParticipantsAsStrings"] = variations.GenesysParticipantsAsStrings,
        ["signalWireLegacyRecording"] = variations.SignalWireLegacyRecording,
        ["extraUnknownFields"] = variations.ExtraUnknownFields,
    };

    private static int? GetInt(JsonObject? body, string property) =>
        body?[property] is JsonValue value && value.TryGetValue<int>(out var n) ? n : null;

    private static Task BadRequestAsync(HttpContext context, string error) =>
        HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = error });

    private static string Name(SimulatedVendor vendor) => vendor.ToString().ToLowerInvariant();

    private static string StatusName(SimulatedRecordingStatus status) => status switch
    {
        SimulatedRecordingStatus.InProgress => "in-progress",
        SimulatedRecordingStatus.Paused => "paused",
        _ => "stopped",
    };

    private static bool TryParseVendor(string? name, out SimulatedVendor vendor) =>
        Enum.TryParse(name, ignoreCase: true, out vendor) && Enum.IsDefined(vendor) && !int.TryParse(name, out _);

    private static bool TryParseStatus(string? name, out SimulatedRecordingStatus status)
    {
        (var ok, status) = name?.ToLowerInvariant() switch
        {
            "in-progress" or "recording" => (true, SimulatedRecordingStatus.InProgress),
            "paused" => (true, SimulatedRecordingStatus.Paused),
            "stopped" => (true, SimulatedRecordingStatus.Stopped),
            _ => (false, default(SimulatedRecordingStatus)),
        };
        return ok;
    }
}
