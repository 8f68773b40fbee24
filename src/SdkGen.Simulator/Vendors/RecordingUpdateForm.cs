using Microsoft.AspNetCore.Http;

namespace SdkGen.Simulator.Vendors;

/// <summary>The form body Twilio and SignalWire take: <c>Status</c> (required) and <c>PauseBehavior</c>.</summary>
internal sealed record RecordingUpdateForm(SimulatedRecordingStatus Target, string? PauseBehavior)
{
    public static readonly string[] KnownFields = ["Status", "PauseBehavior"];

    /// <summary>The form fields; empty when the body is not a (well-formed) form.</summary>
    public static async Task<IFormCollection> ReadFieldsAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return FormCollection.Empty;
        }

        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return FormCollection.Empty;
        }
    }

    /// <summary>Validates the fields; on failure returns the message for a 400.</summary>
    public static RecordingUpdateForm? TryParse(IFormCollection fields, out string error)
    {
        error = "";
        SimulatedRecordingStatus target;
        switch (fields["Status"].ToString())
        {
            case "in-progress":
                target = SimulatedRecordingStatus.InProgress;
                break;
            case "paused":
                target = SimulatedRecordingStatus.Paused;
                break;
            case "stopped":
                target = SimulatedRecordingStatus.Stopped;
                break;
            case "":
                error = "Missing required parameter Status in the post body";
                return null;
            default:
                error = $"Status must be one of 'in-progress', 'paused', 'stopped' (got '{fields["Status"]}')";
                return null;
        }

        var pauseBehavior = fields.ContainsKey("PauseBehavior") ? fields["PauseBehavior"].ToString() : null;
        if (pauseBehavior is not (null or "skip" or "silence"))
        {
            error = $"PauseBehavior must be 'skip' or 'silence' (got '{pauseBehavior}')";
            return null;
        }

        return new RecordingUpdateForm(target, pauseBehavior);
    }
}
