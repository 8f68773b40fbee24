using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SdkGen.Simulator.Http;
using SdkGen.Simulator.Model;

namespace SdkGen.Simulator.Vendors;

/// <summary>
/// Twilio: <c>POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json</c>, form body
/// <c>Status</c> and <c>PauseBehavior</c>. Checks, in order: method (405), credentials and the path's account
/// (401, code 20003), <c>.json</c> suffix (404), form (400), call (404, code 20404), call no longer in progress
/// (400, code 21220, as Twilio documents), recording (404, code 20404; 400 code 16108 for an ambiguous
/// <c>Twilio.CURRENT</c>), stopped recording (400, code <see cref="ResourceStateNoLongerValid"/>), then the change
/// (200 + resource).
/// </summary>
internal sealed class TwilioEndpoints(SimulatorState state, SimulatorOptions options)
{
    public const string CurrentRecording = "Twilio.CURRENT";

    /// <summary>
    /// Twilio's generic "Bad Request" code, whose documented cause is "the resource to be modified has moved into a
    /// state that is no longer valid". Twilio does not document what an update of a stopped recording answers; this
    /// is the simulator's choice (see the README), distinct from 21220, which Twilio reserves for a call that is not
    /// in progress.
    /// </summary>
    public const int ResourceStateNoLongerValid = 400;

    private const string ApiVersion = "2010-04-01";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.Map(VendorRoutes.Twilio + "/2010-04-01/Accounts/{accountSid}/Calls/{callSid}/Recordings/{sid}", UpdateRecordingAsync);
        routes.Map(VendorRoutes.Twilio + "/{**rest}", context => VendorErrors.UnknownRouteAsync(context, SimulatedVendor.Twilio));
    }

    private async Task UpdateRecordingAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await VendorErrors.TwilioAsync(context, 405, 20004, "Method not allowed");
            return;
        }

        var accountSid = (string)request.RouteValues["accountSid"]!;
        if (!BasicAuth.Matches(request, options.TwilioAccountSid, options.TwilioAuthToken) || accountSid != options.TwilioAccountSid)
        {
            // Twilio answers 401/20003 both for bad credentials and for credentials of another account.
            BasicAuth.Challenge(context.Response, "Twilio API");
            await VendorErrors.TwilioAsync(context, 401, 20003, "Authenticate");
            return;
        }

        var callSid = (string)request.RouteValues["callSid"]!;
        var sidSegment = (string)request.RouteValues["sid"]!;
        if (!sidSegment.EndsWith(".json", StringComparison.Ordinal))
        {
            await VendorErrors.TwilioAsync(context, 404, 20404, $"The requested resource {VendorRoutes.StripPrefix(request.Path.Value!)} was not found");
            return;
        }

        var sid = sidSegment[..^".json".Length];
        // Unknown fields are ignored, as Twilio does.
        var form = RecordingUpdateForm.TryParse(await RecordingUpdateForm.ReadFieldsAsync(request), out var formError);
        if (form is null)
        {
            // Twilio documents no specific code for a bad enum value; 20001 is the simulator's choice.
            await VendorErrors.TwilioAsync(context, 400, 20001, formError);
            return;
        }

        var resourcePath = $"/{ApiVersion}/Accounts/{accountSid}/Calls/{callSid}/Recordings/{sidSegment}";
        var outcome = state.WithCall(SimulatedVendor.Twilio, callSid, (call, now) =>
        {
            if (call is null)
            {
                return Outcome.Fail(404, 20404, $"The requested resource {resourcePath} was not found");
            }

            if (call.IsEnded)
            {
                // Twilio 21220: "You attempted a realtime operation on a Call that was not in-progress."
                return Outcome.Fail(400, 21220, $"Call {callSid} is not in-progress. Cannot update its recording.");
            }

            RecordingRecord? recording;
            if (sid == CurrentRecording)
            {
                var active = call.Recordings.Where(r => r.IsActive).Take(2).ToList();
                if (active.Count > 1)
                {
                    // vendor-facts: 16108 = more than one active recording. Its HTTP status is not documented; 400 here.
                    return Outcome.Fail(400, 16108, $"Call {callSid} has more than one active recording; name the recording SID instead of {CurrentRecording}");
                }

                recording = active.FirstOrDefault();
            }
            else
            {
                recording = call.Recordings.FirstOrDefault(r => r.Id == sid);
            }

            if (recording is null)
            {
                return Outcome.Fail(404, 20404, $"The requested resource {resourcePath} was not found");
            }

            if (recording.Status == SimulatedRecordingStatus.Stopped)
            {
                // Stopped is terminal: no resume, no pause, no second stop (the call itself is still in progress).
                return Outcome.Fail(400, ResourceStateNoLongerValid, $"Recording {recording.Id} is stopped: the resource to be modified has moved into a state that is no longer valid");
            }

            Apply(recording, form, now);
            return Outcome.Ok(UnknownFields.AddTo(ToJson(accountSid, callSid, recording, now), state.Variations));
        });

        if (outcome.Body is not null)
        {
            await HttpJson.WriteAsync(context, 200, outcome.Body);
        }
        else
        {
            await VendorErrors.TwilioAsync(context, outcome.Status, outcome.Code, outcome.Message!);
        }
    }

    /// <summary>
    /// Applies an update to a recording that is not stopped. Asking for the state it already has is a no-op that
    /// still answers 200: pausing a paused recording keeps its original <c>PauseBehavior</c>.
    /// </summary>
    internal static void Apply(RecordingRecord recording, RecordingUpdateForm form, DateTimeOffset now)
    {
        recording.AcceptedUpdates++;
        if (recording.Status == form.Target)
        {
            return;
        }

        recording.ResumedAfterPause = recording.Status == SimulatedRecordingStatus.Paused && form.Target == SimulatedRecordingStatus.InProgress;
        recording.Status = form.Target;
        recording.UpdatedAt = now;
        switch (form.Target)
        {
            case SimulatedRecordingStatus.Paused:
                // PauseBehavior only applies to a pause; silence is the default.
                recording.PauseBehavior = form.PauseBehavior ?? "silence";
                break;
            case SimulatedRecordingStatus.Stopped:
                recording.EndedAt = now;
                break;
        }
    }

    internal static string WireStatus(SimulatedRecordingStatus status) => status switch
    {
        SimulatedRecordingStatus.InProgress => "in-progress",
        SimulatedRecordingStatus.Paused => "paused",
        _ => "stopped",
    };

    /// <summary>
    /// The call-recording resource. While the recording runs or is paused, <c>duration</c> and <c>price_unit</c> are
    /// null, as in Twilio's documented example of a paused recording; once stopped, <c>duration</c> is the length in
    /// seconds (a string, as Twilio sends it) and <c>price_unit</c> is <c>USD</c> (<c>price</c> stays null until
    /// Twilio has priced it, which the simulator never does).
    /// </summary>
    private static JsonObject ToJson(string accountSid, string callSid, RecordingRecord recording, DateTimeOffset now) => new()
    {
        ["account_sid"] = accountSid,
        ["api_version"] = ApiVersion,
        ["call_sid"] = callSid,
        ["conference_sid"] = null,
        ["date_created"] = Rfc2822.Format(recording.StartedAt),
        ["date_updated"] = Rfc2822.Format(recording.UpdatedAt),
        ["start_time"] = Rfc2822.Format(recording.StartedAt),
        ["duration"] = recording.Status == SimulatedRecordingStatus.Stopped
            ? recording.DurationSeconds(now).ToString(CultureInfo.InvariantCulture)
            : null,
        ["sid"] = recording.Id,
        ["price"] = null,
        ["price_unit"] = recording.Status == SimulatedRecordingStatus.Stopped ? "USD" : null,
        ["status"] = WireStatus(recording.Status),
        ["channels"] = 1,
        ["source"] = "StartCallRecordingAPI",
        ["error_code"] = null,
        ["uri"] = $"/{ApiVersion}/Accounts/{accountSid}/Calls/{callSid}/Recordings/{recording.Id}.json",
        ["encryption_details"] = null,
        ["track"] = "both",
    };
}

/// <summary>What a Twilio-style update produced: a body for 200, or an error.</summary>
internal sealed record Outcome(int Status, int Code, string? Message, JsonObject? Body)
{
    public static Outcome Ok(JsonObject body) => new(200, 0, null, body);

    public static Outcome Fail(int status, int code, string message) => new(status, code, message, null);
}
