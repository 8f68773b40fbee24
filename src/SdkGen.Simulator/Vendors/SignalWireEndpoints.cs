using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors;

/// <summary>
/// SignalWire Compatibility API: <c>POST /Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}</c> (with or
/// without the <c>.json</c> suffix the docs' curl uses). Checks, in order: method (405), credentials (401),
/// UUID path parameters (400), the path's account (401), form fields (400), call and recording (404),
/// completed call or stopped recording (422, code 10000: SignalWire's "invalid argument", documented for an update of
/// a completed call), then the change (200 + <c>CallRecordingResponse</c>; <c>status</c> is <c>resumed</c> after a
/// resume of a paused recording).
/// SignalWire documents no <c>Twilio.CURRENT</c>: like any non-UUID <c>Sid</c> it is a 400.
/// </summary>
internal sealed class SignalWireEndpoints(SimulatorState state, SimulatorOptions options)
{
    private const string ApiBase = "/api/laml/2010-04-01";

    /// <summary>SignalWire's code for an invalid argument; used for every 400 and for the 422.</summary>
    private const int InvalidArgument = 10000;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.Map(VendorRoutes.SignalWire + "/Accounts/{accountSid}/Calls/{callSid}/Recordings/{sid}", UpdateRecordingAsync);
        routes.Map("/signalwire/{**rest}", context => VendorErrors.UnknownRouteAsync(context, SimulatedVendor.SignalWire));
    }

    private async Task UpdateRecordingAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await VendorErrors.SignalWireAsync(context, 405, 20004, "Method not allowed");
            return;
        }

        if (!BasicAuth.Matches(request, options.SignalWireProjectId, options.SignalWireApiToken))
        {
            BasicAuth.Challenge(context.Response, "SignalWire");
            await VendorErrors.SignalWireAsync(context, 401, 20003, "Authentication failed: check the project id and API token");
            return;
        }

        var accountSid = (string)request.RouteValues["accountSid"]!;
        var callSid = (string)request.RouteValues["callSid"]!;
        var sidSegment = (string)request.RouteValues["sid"]!;
        var sid = sidSegment.EndsWith(".json", StringComparison.Ordinal) ? sidSegment[..^".json".Length] : sidSegment;
        foreach (var (name, value) in new[] { ("AccountSid", accountSid), ("CallSid", callSid), ("Sid", sid) })
        {
            if (!Guid.TryParseExact(value, "D", out _))
            {
                await VendorErrors.SignalWireAsync(context, 400, InvalidArgument, $"{name} must be a UUID (got '{value}')");
                return;
            }
        }

        if (!string.Equals(accountSid, options.SignalWireProjectId, StringComparison.OrdinalIgnoreCase))
        {
            await VendorErrors.SignalWireAsync(context, 401, 20003, $"The credentials do not grant access to account {accountSid}");
            return;
        }

        var fields = await RecordingUpdateForm.ReadFieldsAsync(request);
        var unknown = fields.Keys.FirstOrDefault(k => !RecordingUpdateForm.KnownFields.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
        {
            await VendorErrors.SignalWireAsync(context, 400, InvalidArgument, $"Unknown parameter '{unknown}': only Status and PauseBehavior are accepted");
            return;
        }

        var form = RecordingUpdateForm.TryParse(fields, out var formError);
        if (form is null)
        {
            await VendorErrors.SignalWireAsync(context, 400, InvalidArgument, formError);
            return;
        }

        var outcome = state.WithCall(SimulatedVendor.SignalWire, callSid, (call, now) =>
        {
            var recording = call?.Recordings.FirstOrDefault(r => r.Id == sid);
            if (call is null || recording is null)
            {
                return Outcome.Fail(404, 20404, $"The requested resource {VendorRoutes.StripPrefix(request.Path.Value!)} was not found");
            }

            if (call.IsEnded)
            {
                return Outcome.Fail(422, InvalidArgument, $"Call {callSid} is completed; its recordings can no longer be updated");
            }

            if (recording.Status == SimulatedRecordingStatus.Stopped)
            {
                return Outcome.Fail(422, InvalidArgument, $"Recording {recording.Id} is stopped and can no longer be updated");
            }

            TwilioEndpoints.Apply(recording, form, now);
            var variations = state.Variations;
            return Outcome.Ok(UnknownFields.AddTo(ToJson(accountSid, callSid, recording, now, variations.SignalWireLegacyRecording), variations));
        });

        if (outcome.Body is not null)
        {
            await HttpJson.WriteAsync(context, 200, outcome.Body);
        }
        else
        {
            await VendorErrors.SignalWireAsync(context, outcome.Status, outcome.Code, outcome.Message!);
        }
    }

    /// <summary>
    /// The 21 fields of <c>CallRecordingResponse</c>, all present; with <paramref name="legacy"/>, SignalWire's older
    /// documented body: no <c>channel</c>, <c>trim</c> or <c>subresource_uris</c>, and <c>duration</c> null until
    /// the recording has ended.
    /// </summary>
    private static JsonObject ToJson(string accountSid, string callSid, RecordingRecord recording, DateTimeOffset now, bool legacy)
    {
        var stopped = recording.Status == SimulatedRecordingStatus.Stopped;
        var body = new JsonObject
        {
            ["sid"] = recording.Id,
            ["account_sid"] = accountSid,
            ["api_version"] = "2010-04-01",
            ["call_sid"] = callSid,
            ["conference_sid"] = null,
            // Strings here, unlike Twilio's integer channels.
            ["channel"] = "1",
            ["channels"] = "1",
            ["date_created"] = Rfc2822.Format(recording.StartedAt),
            ["date_updated"] = Rfc2822.Format(recording.UpdatedAt),
            ["start_time"] = Rfc2822.Format(recording.StartedAt),
            ["end_time"] = stopped ? Rfc2822.Format(recording.EndedAt!.Value) : null,
            // An integer, unlike Twilio's string; 0 until the recording has ended (the simulator's choice).
            ["duration"] = stopped ? recording.DurationSeconds(now) : 0,
            ["price"] = null,
            ["price_unit"] = "USD",
            ["source"] = "StartCallRecordingApi",
            ["status"] = WireStatus(recording),
            ["error_code"] = null,
            ["uri"] = $"{ApiBase}/Accounts/{accountSid}/Calls/{callSid}/Recordings/{recording.Id}.json",
            ["subresource_uris"] = new JsonObject
            {
                ["transcriptions"] = $"{ApiBase}/Accounts/{accountSid}/Recordings/{recording.Id}/Transcriptions.json",
            },
            ["encryption_details"] = null,
            ["trim"] = "do-not-trim",
        };

        if (legacy)
        {
            body.Remove("channel");
            body.Remove("trim");
            body.Remove("subresource_uris");
            if (!stopped)
            {
                body["duration"] = null;
            }
        }

        return body;
    }

    /// <summary>
    /// SignalWire's status enum adds <c>resumed</c> ("the recording was resumed after a pause") to Twilio's. The
    /// docs do not say how long it lasts; the simulator reports it from the resume of a paused recording until the
    /// next change of state, a repeated resume included.
    /// </summary>
    private static string WireStatus(RecordingRecord recording) =>
        recording.Status == SimulatedRecordingStatus.InProgress && recording.ResumedAfterPause
            ? "resumed"
            : TwilioEndpoints.WireStatus(recording.Status);
}
