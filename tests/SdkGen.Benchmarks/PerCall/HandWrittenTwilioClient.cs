using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SdkGen.Benchmarks.PerCall;

/// <summary>
/// The floor: what a careful developer writes by hand for the same request — one string for the URI, the
/// form body as bytes, a shared Authorization value, and a <see cref="Utf8JsonReader"/> over the response.
/// No validation and no error model beyond the status check.
/// </summary>
public sealed class HandWrittenTwilioClient(HttpClient httpClient, string accountSid, string authToken)
{
    private readonly AuthenticationHeaderValue _authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(accountSid + ":" + authToken)));

    public async Task<HandCallRecording> UpdateCallRecordingAsync(string accountSid, string callSid, string sid, string status, string? pauseBehavior, CancellationToken cancellationToken = default)
    {
        // SIDs are letters, digits and '.', so they need no escaping.
        var uri = new Uri(string.Concat("https://api.twilio.com/2010-04-01/Accounts/", accountSid, "/Calls/", callSid, "/Recordings/", sid, ".json"));
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Headers.Authorization = _authorization;
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        string form = pauseBehavior is null ? "Status=" + status : string.Concat("Status=", status, "&PauseBehavior=", pauseBehavior);
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        request.Content = content;

        using HttpResponseMessage response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException("Twilio returned HTTP " + (int)response.StatusCode, null, response.StatusCode);
        }

        return HandCallRecording.Parse(body);
    }
}

/// <summary>The CallRecording fields, read with a <see cref="Utf8JsonReader"/>.</summary>
public sealed class HandCallRecording
{
    public string? AccountSid { get; set; }
    public string? ApiVersion { get; set; }
    public string? CallSid { get; set; }
    public string? ConferenceSid { get; set; }
    public string? DateCreated { get; set; }
    public string? DateUpdated { get; set; }
    public string? StartTime { get; set; }
    public string? Duration { get; set; }
    public string? Sid { get; set; }
    public string? Price { get; set; }
    public string? PriceUnit { get; set; }
    public string? Uri { get; set; }
    public JsonElement? EncryptionDetails { get; set; }
    public HandStatus? Status { get; set; }
    public int Channels { get; set; }
    public HandSource? Source { get; set; }
    public int? ErrorCode { get; set; }
    public HandTrack? Track { get; set; }

    public enum HandStatus { InProgress, Paused, Stopped, Processing, Completed, Absent }

    public enum HandSource { DialVerb, Conference, OutboundApi, Trunking, RecordVerb, StartCallRecordingApi, StartConferenceRecordingApi }

    public enum HandTrack { Inbound, Outbound, Both }

    public static HandCallRecording Parse(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var result = new HandCallRecording();
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected an object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("account_sid"u8)) { reader.Read(); result.AccountSid = reader.GetString(); }
            else if (reader.ValueTextEquals("api_version"u8)) { reader.Read(); result.ApiVersion = reader.GetString(); }
            else if (reader.ValueTextEquals("call_sid"u8)) { reader.Read(); result.CallSid = reader.GetString(); }
            else if (reader.ValueTextEquals("conference_sid"u8)) { reader.Read(); result.ConferenceSid = reader.GetString(); }
            else if (reader.ValueTextEquals("date_created"u8)) { reader.Read(); result.DateCreated = reader.GetString(); }
            else if (reader.ValueTextEquals("date_updated"u8)) { reader.Read(); result.DateUpdated = reader.GetString(); }
            else if (reader.ValueTextEquals("start_time"u8)) { reader.Read(); result.StartTime = reader.GetString(); }
            else if (reader.ValueTextEquals("duration"u8)) { reader.Read(); result.Duration = reader.GetString(); }
            else if (reader.ValueTextEquals("sid"u8)) { reader.Read(); result.Sid = reader.GetString(); }
            else if (reader.ValueTextEquals("price"u8)) { reader.Read(); result.Price = reader.GetString(); }
            else if (reader.ValueTextEquals("price_unit"u8)) { reader.Read(); result.PriceUnit = reader.GetString(); }
            else if (reader.ValueTextEquals("uri"u8)) { reader.Read(); result.Uri = reader.GetString(); }
            else if (reader.ValueTextEquals("channels"u8)) { reader.Read(); result.Channels = reader.GetInt32(); }
            else if (reader.ValueTextEquals("error_code"u8)) { reader.Read(); result.ErrorCode = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32(); }
            else if (reader.ValueTextEquals("source"u8)) { reader.Read(); result.Source = ReadSource(ref reader); }
            else if (reader.ValueTextEquals("track"u8)) { reader.Read(); result.Track = ReadTrack(ref reader); }
            else if (reader.ValueTextEquals("status"u8)) { reader.Read(); result.Status = ReadStatus(ref reader); }
            else if (reader.ValueTextEquals("encryption_details"u8))
            {
                reader.Read();
                result.EncryptionDetails = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return result;
    }

    private static HandStatus? ReadStatus(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.ValueTextEquals("in-progress"u8)) return HandStatus.InProgress;
        if (reader.ValueTextEquals("paused"u8)) return HandStatus.Paused;
        if (reader.ValueTextEquals("stopped"u8)) return HandStatus.Stopped;
        if (reader.ValueTextEquals("processing"u8)) return HandStatus.Processing;
        if (reader.ValueTextEquals("completed"u8)) return HandStatus.Completed;
        if (reader.ValueTextEquals("absent"u8)) return HandStatus.Absent;
        throw new JsonException("unknown status " + reader.GetString());
    }

    private static HandSource? ReadSource(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.ValueTextEquals("StartCallRecordingAPI"u8)) return HandSource.StartCallRecordingApi;
        if (reader.ValueTextEquals("DialVerb"u8)) return HandSource.DialVerb;
        if (reader.ValueTextEquals("Conference"u8)) return HandSource.Conference;
        if (reader.ValueTextEquals("OutboundAPI"u8)) return HandSource.OutboundApi;
        if (reader.ValueTextEquals("Trunking"u8)) return HandSource.Trunking;
        if (reader.ValueTextEquals("RecordVerb"u8)) return HandSource.RecordVerb;
        if (reader.ValueTextEquals("StartConferenceRecordingAPI"u8)) return HandSource.StartConferenceRecordingApi;
        throw new JsonException("unknown source " + reader.GetString());
    }

    private static HandTrack? ReadTrack(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.ValueTextEquals("both"u8)) return HandTrack.Both;
        if (reader.ValueTextEquals("inbound"u8)) return HandTrack.Inbound;
        if (reader.ValueTextEquals("outbound"u8)) return HandTrack.Outbound;
        throw new JsonException("unknown track " + reader.GetString());
    }
}
