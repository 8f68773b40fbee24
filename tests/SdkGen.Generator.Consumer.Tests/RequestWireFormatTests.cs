using System.Net;
using System.Text.Json;
using Consumer.Devices;
using Consumer.Features;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>What the generated clients put on the wire, byte for byte.</summary>
public sealed class RequestWireFormatTests
{
    internal const string MinimalRecording = "{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":2}";

    [Fact]
    public async Task UpdateRecording_sends_an_exact_form_body_with_basic_auth()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, MinimalRecording);
        var client = Clients.Feature(handler);
        var body = new UpdateRecording(RecordingStatus.Paused)
        {
            PauseBehavior = UpdateRecordingPauseBehavior.Skip,
            Note = "a b&c",
            Priority = 5,
            Channels = new List<string> { "1", "2" },
        };

        Recording result = await client.UpdateRecordingAsync(Clients.AccountSid, Clients.RecordingSid, body);

        CapturedRequest request = handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal(Clients.RecordingUri, request.Uri);
        Assert.Equal("https://eu.api.example.com/v1/accounts/AC0123456789abcdef0123456789abcdef/recordings/RE0123456789ABCDEF0123456789abcdef", request.Uri);
        Assert.Equal("application/x-www-form-urlencoded", request.RawContentType);
        Assert.Equal("Status=paused&PauseBehavior=skip&Note=a+b%26c&Priority=5&Channels=1&Channels=2", request.BodyText);
        Assert.Equal("Status=paused&PauseBehavior=skip&Note=a+b%26c&Priority=5&Channels=1&Channels=2"u8.ToArray(), request.Body);
        Assert.Equal("Basic " + Clients.ExpectedBasic, request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal(new[] { "Accept", "Authorization" }, request.Headers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Clients.RecordingSid, result.Sid);
        Assert.Equal(RecordingStatus.Paused, result.Status);
    }

    [Fact]
    public async Task UpdateRecording_sends_its_default_omits_other_unset_optional_fields_and_encodes_utf8()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, MinimalRecording);
        var client = Clients.Feature(handler);
        var body = new UpdateRecording(RecordingStatus.InProgress) { Note = "é*~+ =/" };

        await client.UpdateRecordingAsync(Clients.AccountSid, Clients.RecordingSid, body);

        // WHATWG form encoding: '*' kept, '~' escaped, space as '+', UTF-8 bytes upper-case hex.
        // PauseBehavior starts as the spec's default (silence); Priority and Channels have none and are left out.
        Assert.Equal("Status=in-progress&PauseBehavior=silence&Note=%C3%A9*%7E%2B+%3D%2F", handler.Single.BodyText);
    }

    [Fact]
    public async Task UpdateRecording_sends_a_wire_value_the_sdk_does_not_know_as_is()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, MinimalRecording);
        var client = Clients.Feature(handler);
        var body = new UpdateRecording(RecordingStatus.Paused) { StatusWireValue = "archived", PauseBehaviorWireValue = "fade" };

        Assert.Equal(RecordingStatus.Unknown, body.Status);
        Assert.Equal(UpdateRecordingPauseBehavior.Unknown, body.PauseBehavior);
        await client.UpdateRecordingAsync(Clients.AccountSid, Clients.RecordingSid, body);

        Assert.Equal("Status=archived&PauseBehavior=fade", handler.Single.BodyText);
    }

    [Fact]
    public async Task CreateNote_sends_exact_json_in_schema_order()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.Created, "{\"status_code\":0,\"status_message\":\"ok\"}");
        var client = Clients.Feature(handler);

        Ack? ack = await client.CreateNoteAsync(Clients.AccountSid, new Note("hi") { Author = new Named("n") });

        CapturedRequest request = handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal(Clients.NotesUri, request.Uri);
        Assert.Equal("application/json", request.RawContentType);
        Assert.Equal("{\"text\":\"hi\",\"author\":{\"name\":\"n\"}}"u8.ToArray(), request.Body);
        Assert.Equal("Basic " + Clients.ExpectedBasic, request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.NotNull(ack);
        Assert.Equal(0, ack.StatusCode);
        Assert.Equal("ok", ack.StatusMessage);
    }

    [Fact]
    public async Task CreateNote_writes_every_property_and_escapes_safely()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.Accepted, null);
        var client = Clients.Feature(handler);
        var note = new Note("<a&'+é\"\\\n>") { Code = "AB-x_1", Author = new Named("Zoë") };

        await client.CreateNoteAsync(Clients.AccountSid, note);

        string json = handler.Single.BodyText!;
        Assert.Equal(
            "{\"text\":\"\\u003Ca\\u0026\\u0027\\u002B\\u00E9\\u0022\\\\\\n\\u003E\",\"code\":\"AB-x_1\",\"author\":{\"name\":\"Zo\\u00EB\"}}",
            json);

        // Whatever the escaping, a JSON parser reads back the exact strings.
        using JsonDocument doc = JsonDocument.Parse(handler.Single.Body);
        Assert.Equal(note.Text, doc.RootElement.GetProperty("text").GetString());
        Assert.Equal("Zoë", doc.RootElement.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ReplaceNotes_sends_a_json_array_with_patch()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "{\"status_code\":0}");
        var client = Clients.Feature(handler);

        Ack ack = await client.ReplaceNotesAsync(Clients.AccountSid, new List<Note> { new("a"), new("b") { Code = "123-x" } });

        CapturedRequest request = handler.Single;
        Assert.Equal("PATCH", request.Method);
        Assert.Equal(Clients.NotesUri, request.Uri);
        Assert.Equal("application/json", request.RawContentType);
        Assert.Equal("[{\"text\":\"a\"},{\"text\":\"b\",\"code\":\"123-x\"}]", request.BodyText);
        Assert.Equal(0, ack.StatusCode);
    }

    [Fact]
    public async Task ReplaceNotes_without_a_body_sends_no_content()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "{\"status_code\":0}");
        var client = Clients.Feature(handler);

        await client.ReplaceNotesAsync(Clients.AccountSid);

        CapturedRequest request = handler.Single;
        Assert.Null(request.Body);
        Assert.Null(request.RawContentType);
        Assert.Equal("[]", (await SendEmptyArray()).BodyText);

        static async Task<CapturedRequest> SendEmptyArray()
        {
            var h = new CapturingHandler().Respond(HttpStatusCode.OK, "{\"status_code\":0}");
            await Clients.Feature(h).ReplaceNotesAsync(Clients.AccountSid, new List<Note>());
            return h.Single;
        }
    }

    [Fact]
    public async Task GetRecording_sends_exploded_enum_query_page_size_and_request_id_header()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, MinimalRecording);
        var client = Clients.Feature(handler);
        const string requestId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

        await client.GetRecordingAsync(
            Clients.AccountSid,
            Clients.RecordingSid,
            new List<GetRecordingIncludeItem> { GetRecordingIncludeItem.Owner, GetRecordingIncludeItem.Details },
            pageSize: 10,
            xRequestId: requestId);

        CapturedRequest request = handler.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal(Clients.RecordingUri + "?include=owner&include=details&page_size=10", request.Uri);
        Assert.Equal(requestId, request.Header("X-Request-Id"));
        Assert.Equal("application/json", request.Header("Accept"));
        // .NET spells this known header "X-Request-ID" on the wire; header names are case-insensitive.
        Assert.Equal(new[] { "Accept", "Authorization", "X-Request-Id" }, request.Headers.Keys.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task GetRecording_without_optional_parameters_has_no_query()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, MinimalRecording);

        await Clients.Feature(handler).GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid);

        Assert.Equal(Clients.RecordingUri, handler.Single.Uri);
        Assert.Null(handler.Single.Header("X-Request-Id"));
    }

    [Fact]
    public async Task GetRecording_sends_Current_literally()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, MinimalRecording);

        await Clients.Feature(handler).GetRecordingAsync(Clients.AccountSid, "Current");

        Assert.Equal(Clients.EuBase + "/accounts/" + Clients.AccountSid + "/recordings/Current", handler.Single.Uri);
    }

    [Fact]
    public async Task ListNotes_formats_date_long_and_comma_joined_array()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "[]");
        var client = Clients.Feature(handler);
        var since = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(1));

        await client.ListNotesAsync(Clients.AccountSid, since, limit: 5_000_000_000L, tag: new List<string> { "a", "b" });

        CapturedRequest request = handler.Single;
        Assert.Equal("GET", request.Method);
        // Everything but RFC 3986 unreserved characters is percent-encoded; the explode=false separator stays a literal comma.
        string expectedQuery = "?since=2024-01-02T03%3A04%3A05.6780000%2B01%3A00&limit=5000000000&tag=a,b";
        Assert.Equal(Clients.NotesUri + expectedQuery, request.Uri);

        // Round trip: a server that decodes the query reads back the values.
        Dictionary<string, string> query = ParseQuery(new Uri(request.Uri));
        Assert.Equal(since, DateTimeOffset.Parse(query["since"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromHours(1), DateTimeOffset.Parse(query["since"], System.Globalization.CultureInfo.InvariantCulture).Offset);
        Assert.Equal("5000000000", query["limit"]);
        Assert.Equal(new[] { "a", "b" }, query["tag"].Split(','));
    }

    [Fact]
    public async Task ListNotes_percent_encodes_free_text_query_values()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "[]");
        var since = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

        await Clients.Feature(handler).ListNotesAsync(Clients.AccountSid, since, tag: new List<string> { "x y", "a&b=c#d?é" });

        Assert.EndsWith("&tag=x%20y,a%26b%3Dc%23d%3F%C3%A9", handler.Single.Uri, StringComparison.Ordinal);
        Assert.Equal(new[] { "x y", "a&b=c#d?é" }, ParseQuery(new Uri(handler.Single.Uri))["tag"].Split(','));
    }

    [Fact]
    public async Task DeleteRecording_sends_delete_without_content()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        await Clients.Feature(handler).DeleteRecordingAsync(Clients.AccountSid, Clients.RecordingSid);
        #pragma warning restore CS0618

        CapturedRequest request = handler.Single;
        Assert.Equal("DELETE", request.Method);
        Assert.Equal(Clients.RecordingUri, request.Uri);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task GetPing_sends_get_to_the_root_path()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "pong", "text/plain");

        string answer = await Clients.Feature(handler).GetPingAsync();

        Assert.Equal("pong", answer);
        Assert.Equal("GET", handler.Single.Method);
        Assert.Equal(Clients.EuBase + "/ping", handler.Single.Uri);
        Assert.Equal("Basic " + Clients.ExpectedBasic, handler.Single.Header("Authorization"));
    }

    [Fact]
    public async Task PutDevice_sends_uuid_path_bool_query_and_json_with_explicit_null()
    {
        string response = "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"desk\",\"nickname\":null}";
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, response);
        var client = Clients.Device(handler);
        var device = new Device(Clients.DeviceId, "desk", null)
        {
            Kind = DeviceKind.Phone,
            Firmware = "v2",
            Weight = 1.5f,
            Balance = 12.34m,
            Online = true,
            Attributes = new Dictionary<string, long> { ["a"] = 1, ["big"] = long.MaxValue },
        };

        Device saved = await client.PutDeviceAsync(Clients.DeviceId, device, dryRun: true);

        CapturedRequest request = handler.Single;
        Assert.Equal("PUT", request.Method);
        Assert.Equal("https://api.example.com/devices/" + Clients.DeviceId + "?dryRun=true", request.Uri);
        Assert.Equal("application/json", request.RawContentType);
        Assert.Equal(
            "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"desk\",\"nickname\":null,\"kind\":\"phone\",\"firmware\":\"v2\","
            + "\"weight\":1.5,\"balance\":12.34,\"online\":true,\"attributes\":{\"a\":1,\"big\":9223372036854775807}}",
            request.BodyText);
        // The spec has no security scheme: no Authorization header at all.
        Assert.Equal(new[] { "Accept" }, request.Headers.Keys);
        Assert.Null(saved.Nickname);
    }

    [Fact]
    public async Task PutDevice_without_dry_run_and_false_dry_run()
    {
        string response = "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"d\",\"nickname\":\"n\"}";
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, response);
        var client = Clients.Device(handler);

        await client.PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "d", "n"));
        await client.PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "d", "n"), dryRun: false);

        Assert.Equal("https://api.example.com/devices/" + Clients.DeviceId, handler.Requests[0].Uri);
        Assert.Equal("https://api.example.com/devices/" + Clients.DeviceId + "?dryRun=false", handler.Requests[1].Uri);
        Assert.Equal("{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"d\",\"nickname\":\"n\"}", handler.Requests[0].BodyText);
    }

    internal static Dictionary<string, string> ParseQuery(Uri uri)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            result.Add(Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..]));
        }

        return result;
    }
}
