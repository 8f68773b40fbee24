using System.Net;
using System.Text.Json;
using Consumer.Devices;
using Consumer.Features;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>How the generated clients read what the service answers.</summary>
public sealed class ResponseParsingTests
{
    private const string ParentSid = "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string GrandParentSid = "REbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string OwnerId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    private const string FullRecording = """
        {
          "sid": "RE0123456789ABCDEF0123456789abcdef",
          "status": "in-progress",
          "channels": 2,
          "duration": null,
          "price": -0.0125,
          "started_at": "2024-05-06T07:08:09.123+02:00",
          "tags": ["a", "b", ""],
          "labels": { "k": "v", "empty": "" },
          "owner": { "name": "Ann", "id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "team": "blue", "extra": { "n": [1, 2] } },
          "track": "both",
          "details": { "reason": "manual", "ignored": 1 },
          "metadata": { "x": [1, { "y": null }], "s": "t" },
          "parent": {
            "sid": "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "stopped", "channels": 1,
            "parent": { "sid": "REbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "status": "paused", "channels": 3, "parent": null }
          },
          "class": "premium",
          "variant": 42,
          "unknown_object": { "deep": [1, 2, { "a": "b" }] },
          "unknown_scalar": "x",
        }
        """;

    private static async Task<Recording> GetAsync(string json)
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, json);
        return await Clients.Feature(handler).GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid);
    }

    [Fact]
    public async Task A_full_recording_reads_every_field_type()
    {
        Recording r = await GetAsync(FullRecording);

        Assert.Equal(Clients.RecordingSid, r.Sid);
        Assert.Equal(RecordingStatus.InProgress, r.Status);
        Assert.Equal("in-progress", r.StatusWireValue);
        Assert.Equal(2, r.Channels);
        Assert.Null(r.Duration);
        Assert.Equal(-0.0125, r.Price);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2)), r.StartedAt);
        Assert.Equal(TimeSpan.FromHours(2), r.StartedAt!.Value.Offset);
        Assert.Equal(new[] { "a", "b", "" }, r.Tags);
        Assert.Equal(new Dictionary<string, string> { ["k"] = "v", ["empty"] = "" }, r.Labels);

        // allOf (Named + id) with additionalProperties: true keeps what the schema does not name.
        Assert.NotNull(r.Owner);
        Assert.Equal("Ann", r.Owner.Name);
        Assert.Equal(OwnerId, r.Owner.Id);
        Assert.Equal(new[] { "extra", "team" }, r.Owner.AdditionalProperties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("blue", r.Owner.AdditionalProperties["team"].GetString());
        Assert.Equal(2, r.Owner.AdditionalProperties["extra"].GetProperty("n")[1].GetInt32());

        Assert.Equal(RecordingTrack.Both, r.Track);
        Assert.Equal("both", r.TrackWireValue);
        Assert.NotNull(r.Details);
        Assert.Equal("manual", r.Details.Reason);

        // Free-form object: kept as JSON.
        Assert.NotNull(r.Metadata);
        JsonElement metadata = r.Metadata.Value;
        Assert.Equal(JsonValueKind.Object, metadata.ValueKind);
        Assert.Equal(1, metadata.GetProperty("x")[0].GetInt32());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("x")[1].GetProperty("y").ValueKind);
        Assert.Equal("t", metadata.GetProperty("s").GetString());

        // Recursion.
        Assert.NotNull(r.Parent);
        Assert.Equal(ParentSid, r.Parent.Sid);
        Assert.Equal(RecordingStatus.Stopped, r.Parent.Status);
        Assert.NotNull(r.Parent.Parent);
        Assert.Equal(GrandParentSid, r.Parent.Parent.Sid);
        Assert.Equal(RecordingStatus.Paused, r.Parent.Parent.Status);
        Assert.Equal(3, r.Parent.Parent.Channels);
        Assert.Null(r.Parent.Parent.Parent);

        // A C# keyword as a property name, and a oneOf of string and integer (a union read by the JSON's shape).
        Assert.Equal("premium", r.Class);
        Assert.NotNull(r.Variant);
        Assert.True(r.Variant.TryGetInt64(out long variant));
        Assert.Equal(42, variant);
    }

    [Fact]
    public async Task Elements_outlive_the_response()
    {
        Recording r = await GetAsync(FullRecording);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        // JsonElement values must not point at a disposed document or a reused buffer.
        Assert.Equal("{ \"x\": [1, { \"y\": null }], \"s\": \"t\" }", r.Metadata!.Value.GetRawText());
        Assert.Equal("blue", r.Owner!.AdditionalProperties["team"].GetString());
    }

    [Fact]
    public async Task A_minimal_recording_leaves_optional_fields_null()
    {
        Recording r = await GetAsync(RequestWireFormatTests.MinimalRecording);

        Assert.Null(r.Duration);
        Assert.Null(r.Price);
        Assert.Null(r.StartedAt);
        Assert.Null(r.Tags);
        Assert.Null(r.Labels);
        Assert.Null(r.Owner);
        Assert.Null(r.Track);
        Assert.Null(r.TrackWireValue);
        Assert.Null(r.Details);
        Assert.Null(r.Metadata);
        Assert.Null(r.Parent);
        Assert.Null(r.Class);
        Assert.Null(r.Variant);
    }

    [Fact]
    public async Task Unknown_enum_values_parse_and_keep_their_text()
    {
        Recording r = await GetAsync(
            "{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"archived\",\"channels\":1,\"track\":\"sideways\"}");

        Assert.Equal(RecordingStatus.Unknown, r.Status);
        Assert.Equal("archived", r.StatusWireValue);
        Assert.Equal(RecordingTrack.Unknown, r.Track);
        Assert.Equal("sideways", r.TrackWireValue);
    }

    [Fact]
    public async Task Enum_text_is_case_sensitive()
    {
        Recording r = await GetAsync("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"Paused\",\"channels\":1}");

        Assert.Equal(RecordingStatus.Unknown, r.Status);
        Assert.Equal("Paused", r.StatusWireValue);
    }

    // Issue 12, item 9: `required` binds requests; a response missing a required property is read, not thrown away.
    [Theory]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\"}", "channels")]
    [InlineData("{\"status\":\"paused\",\"channels\":1}", "sid")]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"channels\":1}", "status")]
    public async Task A_missing_required_property_reads_as_its_default_and_is_reported(string json, string property)
    {
        Recording r = await GetAsync(json);

        ResponseDeparture departure = Assert.Single(ResponseDepartures.Of(r));
        Assert.Equal("Recording." + property, departure.Path);
        Assert.Equal(ResponseDepartureKind.MissingRequired, departure.Kind);
        Assert.Null(departure.RawJson);
        Assert.Equal(property == "status" ? RecordingStatus.Unknown : RecordingStatus.Paused, r.Status);
    }

    [Theory]
    [InlineData("{\"sid\":null,\"status\":\"paused\",\"channels\":1}", "Recording.sid", ResponseDepartureKind.UnexpectedNull, null)]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":null,\"channels\":1}", "Recording.status", ResponseDepartureKind.UnexpectedNull, null)]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":\"two\"}", "Recording.channels", ResponseDepartureKind.WrongType, "\"two\"")]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":2.5}", "Recording.channels", ResponseDepartureKind.WrongType, "2.5")]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":4294967296}", "Recording.channels", ResponseDepartureKind.WrongType, "4294967296")]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":1,\"started_at\":\"yesterday\"}", "Recording.started_at", ResponseDepartureKind.WrongType, "\"yesterday\"")]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":1,\"tags\":\"a\"}", "Recording.tags", ResponseDepartureKind.WrongType, "\"a\"")]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":1,\"tags\":[\"a\",{\"b\":1}]}", "Recording.tags item", ResponseDepartureKind.WrongType, "{\"b\":1}")]
    [InlineData("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":1,\"owner\":{\"name\":\"n\"}}", "Owner.id", ResponseDepartureKind.MissingRequired, null)]
    [InlineData("{\"sid\":[1,[2]],\"status\":\"paused\",\"channels\":1}", "Recording.sid", ResponseDepartureKind.WrongType, "[1,[2]]")]
    public async Task Null_or_wrong_typed_values_read_as_defaults_and_are_reported_with_their_JSON(string json, string path, ResponseDepartureKind kind, string? raw)
    {
        Recording r = await GetAsync(json);

        ResponseDeparture departure = Assert.Single(ResponseDepartures.Of(r));
        Assert.Equal(path, departure.Path);
        Assert.Equal(kind, departure.Kind);
        Assert.Equal(raw, departure.RawJson);
    }

    [Fact]
    public async Task A_body_that_matches_the_description_has_no_departures()
    {
        Recording r = await GetAsync(FullRecording);

        Assert.Empty(ResponseDepartures.Of(r));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("{\"sid\":")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    public async Task Unreadable_bodies_throw_ApiResponseFormatException_with_status_and_body(string json)
    {
        ApiResponseFormatException ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() => GetAsync(json));

        Assert.Equal(200, ex.Status);
        Assert.Equal(json.Length == 0 ? null : json, ex.ResponseBody);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task Numbers_sent_as_strings_are_read_leniently()
    {
        // The runtime reads a numeric string where a number is declared (and a number where a string is).
        Recording r = await GetAsync("{\"sid\":\"" + Clients.RecordingSid + "\",\"status\":\"paused\",\"channels\":\"2\",\"duration\":12.5}");

        Assert.Equal(2, r.Channels);
        Assert.Equal("12.5", r.Duration);
    }

    [Fact]
    public async Task A_utf8_bom_is_skipped()
    {
        var handler = new CapturingHandler { ResponseBody = [0xEF, 0xBB, 0xBF, .. "[{\"text\":\"t\"}]"u8] };
        var notes = await Clients.Feature(handler).ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch);

        Assert.Equal("t", Assert.Single(notes).Text);
    }

    [Fact]
    public async Task Accepted_with_an_empty_body_returns_null()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.Accepted, null);

        Ack? ack = await Clients.Feature(handler).CreateNoteAsync(Clients.AccountSid, new Note("hi"));

        Assert.Null(ack);
    }

    [Fact]
    public async Task Accepted_with_a_zero_length_json_body_returns_null()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.Accepted, "");

        Assert.Null(await Clients.Feature(handler).CreateNoteAsync(Clients.AccountSid, new Note("hi")));
    }

    [Fact]
    public async Task No_content_completes_DeleteRecording()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);

        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        await Clients.Feature(handler).DeleteRecordingAsync(Clients.AccountSid, "Current");
        #pragma warning restore CS0618

        Assert.EndsWith("/recordings/Current", handler.Single.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListNotes_reads_a_top_level_array()
    {
        var handler = new CapturingHandler().Respond(
            HttpStatusCode.OK,
            "[{\"text\":\"one\"},{\"text\":\"two\",\"code\":\"AB-1\",\"author\":{\"name\":\"Ann\"},\"new_field\":[1]}]");

        IList<Note> notes = await Clients.Feature(handler).ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch);

        Assert.Equal(2, notes.Count);
        Assert.Equal("one", notes[0].Text);
        Assert.Null(notes[0].Code);
        Assert.Null(notes[0].Author);
        Assert.Equal("two", notes[1].Text);
        Assert.Equal("AB-1", notes[1].Code);
        Assert.Equal("Ann", notes[1].Author!.Name);
    }

    [Fact]
    public async Task ListNotes_reads_an_empty_array_and_rejects_null()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "[]");
        Assert.Empty(await Clients.Feature(handler).ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch));

        // Nothing usable at the top level: there is no list to return.
        handler.Respond(HttpStatusCode.OK, "null");
        await Assert.ThrowsAsync<ApiResponseFormatException>(() => Clients.Feature(handler).ListNotesAsync(Clients.AccountSid, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task GetPing_accepts_a_text_answer()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "pong", "text/plain");

        Task ping = Clients.Feature(handler).GetPingAsync();
        await ping;

        Assert.True(ping.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Device_reads_31_types_and_the_unknown_member()
    {
        string json = "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"desk\",\"nickname\":\"d\",\"kind\":\"unknown\","
            + "\"firmware\":\"v2\",\"weight\":0.25,\"balance\":79228162514264337593543950335,\"online\":false,"
            + "\"attributes\":{\"a\":-1,\"b\":9223372036854775807}}";
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, json);

        Device d = await Clients.Device(handler).PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "desk", "d"));

        // "unknown" is a real value of DeviceKind; the SDK's own fallback member (= 0) gets another name.
        Assert.Equal(DeviceKind.Unknown, d.Kind);
        Assert.NotEqual(0, (int)DeviceKind.Unknown);
        Assert.Equal("unknown", d.KindWireValue);
        Assert.Equal("v2", d.Firmware);
        Assert.Equal(0.25f, d.Weight);
        Assert.Equal(decimal.MaxValue, d.Balance);
        Assert.False(d.Online);
        Assert.Equal(new Dictionary<string, long> { ["a"] = -1, ["b"] = long.MaxValue }, d.Attributes);
    }

    [Fact]
    public async Task Device_reads_null_kind_and_an_unknown_kind()
    {
        string Json(string kind) => "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"n\",\"nickname\":null,\"kind\":" + kind + "}";
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, Json("null"));
        var client = Clients.Device(handler);

        Device d = await client.PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "n", null));
        Assert.Null(d.Kind);
        Assert.Null(d.KindWireValue);
        Assert.Null(d.Nickname);

        handler.Respond(HttpStatusCode.OK, Json("\"tablet\""));
        d = await client.PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "n", null));
        Assert.Equal(default(DeviceKind), d.Kind);
        Assert.NotEqual(DeviceKind.Unknown, d.Kind);
        Assert.Equal("tablet", d.KindWireValue);
    }

    [Fact]
    public async Task Device_reports_a_missing_nickname_even_though_it_may_be_null()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"n\"}");

        Device d = await Clients.Device(handler).PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "n", null));

        Assert.Null(d.Nickname);
        Assert.Equal("Device.nickname", Assert.Single(ResponseDepartures.Of(d)).Path);
    }

    [Fact]
    public void Enum_wire_text_round_trips()
    {
        foreach (RecordingStatus value in Enum.GetValues<RecordingStatus>().Where(v => v != RecordingStatus.Unknown))
        {
            Assert.Equal(value, RecordingStatusExtensions.FromWireValue(value.ToWireValue()));
        }

        Assert.Equal("in-progress", RecordingStatus.InProgress.ToWireValue());
        Assert.Equal(RecordingStatus.Unknown, RecordingStatusExtensions.FromWireValue(null));
        Assert.Equal(RecordingStatus.Unknown, RecordingStatusExtensions.FromWireValue("in_progress"));
        Assert.Equal(0, (int)RecordingStatus.Unknown);
        Assert.Equal(default, RecordingStatus.Unknown);
        Assert.Equal(default(DeviceKind), DeviceKindExtensions.FromWireValue("tablet"));
        Assert.Equal(DeviceKind.Unknown, DeviceKindExtensions.FromWireValue("unknown"));
        Assert.Throws<ArgumentOutOfRangeException>(() => default(DeviceKind).ToWireValue());
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordingStatus.Unknown.ToWireValue());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RecordingStatus)42).ToWireValue());
    }
}
