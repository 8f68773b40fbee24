using System.Net;
using Consumer.Devices;
using Consumer.Features;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>Arguments that break the API description are rejected before anything is sent.</summary>
public sealed class ValidationTests
{
    private readonly CapturingHandler _handler = new CapturingHandler().Respond(HttpStatusCode.OK, RequestWireFormatTests.MinimalRecording);

    private FeatureClient Client => Clients.Feature(_handler);

    private async Task<TException> RejectedAsync<TException>(Func<Task> call)
        where TException : ArgumentException
    {
        TException ex = await Assert.ThrowsAnyAsync<TException>(call);
        Assert.Empty(_handler.Requests);
        return ex;
    }

    public static TheoryData<string> BadAccountSids => new()
    {
        "XX0123456789abcdef0123456789abcdef", // wrong prefix
        "ac0123456789abcdef0123456789abcdef", // prefix is case-sensitive
        "AC0123456789abcdef0123456789abcde", // 33 characters
        "AC0123456789abcdef0123456789abcdef0", // 35 characters
        "AC0123456789abcdef0123456789abcdeg", // not hexadecimal
        "AC0123456789abcdef0123456789abcd/f", // a slash
        "AC0123456789abcdef0123456789abcd%2", // an escape
        "AC0123456789abcdef0123456789abcdéf"[..34], // non-ASCII
        "AC",
        " ",
    };

    [Theory]
    [MemberData(nameof(BadAccountSids))]
    public async Task Malformed_account_sids_are_rejected_by_every_operation(string accountSid)
    {
        var update = new UpdateRecording(RecordingStatus.Paused);
        var calls = new Func<Task>[]
        {
            () => Client.GetRecordingAsync(accountSid, Clients.RecordingSid),
            () => Client.UpdateRecordingAsync(accountSid, Clients.RecordingSid, update),
            #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
            () => Client.DeleteRecordingAsync(accountSid, Clients.RecordingSid),
            #pragma warning restore CS0618
            () => Client.ListNotesAsync(accountSid, DateTimeOffset.UnixEpoch),
            () => Client.CreateNoteAsync(accountSid, new Note("hi")),
            () => Client.ReplaceNotesAsync(accountSid),
        };

        foreach (Func<Task> call in calls)
        {
            ArgumentException ex = await RejectedAsync<ArgumentException>(call);
            Assert.Equal("accountSid", ex.ParamName);
        }
    }

    [Fact]
    public async Task Null_and_empty_ids_are_rejected()
    {
        Assert.Equal("accountSid", (await RejectedAsync<ArgumentNullException>(() => Client.GetRecordingAsync(null!, Clients.RecordingSid))).ParamName);
        Assert.Equal("accountSid", (await RejectedAsync<ArgumentException>(() => Client.GetRecordingAsync("", Clients.RecordingSid))).ParamName);
        Assert.Equal("recordingSid", (await RejectedAsync<ArgumentNullException>(() => Client.GetRecordingAsync(Clients.AccountSid, null!))).ParamName);
        Assert.Equal("recordingSid", (await RejectedAsync<ArgumentException>(() => Client.GetRecordingAsync(Clients.AccountSid, ""))).ParamName);
        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        Assert.Equal("recordingSid", (await RejectedAsync<ArgumentException>(() => Client.DeleteRecordingAsync(Clients.AccountSid, ""))).ParamName);
        #pragma warning restore CS0618
    }

    [Theory]
    [InlineData("RE0123456789abcdef0123456789abcde")] // 31 hex
    [InlineData("RE0123456789abcdef0123456789abcdef0")] // 33 hex
    [InlineData("RX0123456789abcdef0123456789abcdef")]
    [InlineData("re0123456789abcdef0123456789abcdef")]
    [InlineData("RE0123456789abcdef0123456789abcdeZ")]
    [InlineData("current")]
    [InlineData("CURRENT")]
    [InlineData("Current ")]
    [InlineData(" Current")]
    [InlineData("Current/")]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("%2F")]
    [InlineData("RE0123456789abcdef0123456789abcdef/../x")]
    [InlineData("RE0123456789abcdef0123456789abcd%2F")]
    [InlineData("RE0123456789abcdef0123456789abcdef\n")]
    [InlineData("RE0123456789abcdef0123456789abcde\uff10")] // a fullwidth digit
    [InlineData("RE0123456789abcdef0123456789abcde\u0663")] // an Arabic-Indic digit (\d would take it)
    [InlineData("RE\u00e90123456789abcdef0123456789abcde")]
    public async Task Recording_sids_that_are_neither_a_sid_nor_Current_are_rejected(string recordingSid)
    {
        var update = new UpdateRecording(RecordingStatus.Paused);

        Assert.Equal("recordingSid", (await RejectedAsync<ArgumentException>(() => Client.GetRecordingAsync(Clients.AccountSid, recordingSid))).ParamName);
        Assert.Equal("recordingSid", (await RejectedAsync<ArgumentException>(() => Client.UpdateRecordingAsync(Clients.AccountSid, recordingSid, update))).ParamName);
        #pragma warning disable CS0618 // deleteRecording is deprecated in features.yaml; the call is deliberate.
        Assert.Equal("recordingSid", (await RejectedAsync<ArgumentException>(() => Client.DeleteRecordingAsync(Clients.AccountSid, recordingSid))).ParamName);
        #pragma warning restore CS0618
    }

    [Fact]
    public async Task Recording_sids_with_surrogates_in_the_hex_run_are_rejected()
    {
        // Built here, not theory data: test discovery would replace a lone surrogate with U+FFFD.
        foreach (string recordingSid in new[] { "RE0123456789abcdef0123456789abcd\ud83d\ude00", "RE0123456789abcdef0123456789abcde\ud800", "RE\udc000123456789abcdef0123456789abcde" })
        {
            Assert.Equal(34, recordingSid.Length);
            Assert.Equal("recordingSid", (await RejectedAsync<ArgumentException>(() => Client.GetRecordingAsync(Clients.AccountSid, recordingSid))).ParamName);
        }
    }

    [Theory]
    [InlineData("Current")]
    [InlineData(Clients.RecordingSid)]
    [InlineData("REabcdefABCDEF0123456789abcdefABCD")]
    public async Task A_sid_or_Current_is_accepted_and_sent_as_is(string recordingSid)
    {
        await Client.GetRecordingAsync(Clients.AccountSid, recordingSid);

        Assert.Equal(Clients.EuBase + "/accounts/" + Clients.AccountSid + "/recordings/" + recordingSid, _handler.Single.Uri);
    }

    [Fact]
    public async Task Null_bodies_are_rejected()
    {
        Assert.Equal("body", (await RejectedAsync<ArgumentNullException>(() => Client.UpdateRecordingAsync(Clients.AccountSid, Clients.RecordingSid, null!))).ParamName);
        Assert.Equal("body", (await RejectedAsync<ArgumentNullException>(() => Client.CreateNoteAsync(Clients.AccountSid, null!))).ParamName);
        Assert.Equal("body", (await RejectedAsync<ArgumentNullException>(
            () => Clients.Device(_handler).PutDeviceAsync(Clients.DeviceId, null!))).ParamName);
    }

    [Fact]
    public async Task Note_text_longer_than_280_is_rejected_naming_body_Text()
    {
        ArgumentException ex = await RejectedAsync<ArgumentException>(() => Client.CreateNoteAsync(Clients.AccountSid, new Note(new string('x', 281))));

        Assert.Equal("body", ex.ParamName);
        Assert.Contains("'body.Text'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("280", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_text_of_280_and_of_1_is_accepted()
    {
        _handler.Respond(HttpStatusCode.Accepted, null);

        await Client.CreateNoteAsync(Clients.AccountSid, new Note(new string('x', 280)));
        await Client.CreateNoteAsync(Clients.AccountSid, new Note("x"));

        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Empty_or_null_note_text_is_rejected()
    {
        ArgumentException empty = await RejectedAsync<ArgumentException>(() => Client.CreateNoteAsync(Clients.AccountSid, new Note("")));
        Assert.Contains("'body.Text'", empty.Message, StringComparison.Ordinal);

        var note = new Note("x") { Text = null! };
        ArgumentNullException missing = await RejectedAsync<ArgumentNullException>(() => Client.CreateNoteAsync(Clients.AccountSid, note));
        Assert.Contains("'body.Text'", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new Note(null!));
    }

    [Theory]
    [InlineData("ab-x")]
    [InlineData("ABC-x")]
    [InlineData("AB-")]
    [InlineData("1234-x")]
    [InlineData("AB-x y")]
    [InlineData("AB_x")]
    [InlineData("")]
    public async Task Note_code_not_matching_its_pattern_is_rejected(string code)
    {
        ArgumentException ex = await RejectedAsync<ArgumentException>(
            () => Client.CreateNoteAsync(Clients.AccountSid, new Note("hi") { Code = code }));

        Assert.Equal("body", ex.ParamName);
        Assert.Contains("'body.Code'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AB-x")]
    [InlineData("123-x_y9")]
    public async Task Note_code_matching_its_pattern_is_accepted(string code)
    {
        _handler.Respond(HttpStatusCode.Accepted, null);

        await Client.CreateNoteAsync(Clients.AccountSid, new Note("hi") { Code = code });

        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task An_empty_or_too_long_author_name_is_rejected()
    {
        ArgumentException empty = await RejectedAsync<ArgumentException>(
            () => Client.CreateNoteAsync(Clients.AccountSid, new Note("hi") { Author = new Named("") }));
        Assert.Contains("'body.Author.Name'", empty.Message, StringComparison.Ordinal);

        ArgumentException tooLong = await RejectedAsync<ArgumentException>(
            () => Client.CreateNoteAsync(Clients.AccountSid, new Note("hi") { Author = new Named(new string('n', 65)) }));
        Assert.Contains("'body.Author.Name'", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateRecording_note_longer_than_20_is_rejected()
    {
        var update = new UpdateRecording(RecordingStatus.Paused) { Note = new string('n', 21) };

        ArgumentException ex = await RejectedAsync<ArgumentException>(() => Client.UpdateRecordingAsync(Clients.AccountSid, Clients.RecordingSid, update));

        Assert.Contains("'body.Note'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Unknown_status_cannot_be_put_in_a_body()
    {
        // The enum has no wire text for Unknown (or an undefined value): the model refuses it, so it can never be sent.
        Assert.ThrowsAny<ArgumentException>(() => new UpdateRecording(RecordingStatus.Unknown));
        Assert.ThrowsAny<ArgumentException>(() => new UpdateRecording((RecordingStatus)99));
        var update = new UpdateRecording(RecordingStatus.Paused);
        Assert.ThrowsAny<ArgumentException>(() => update.Status = RecordingStatus.Unknown);
        Assert.ThrowsAny<ArgumentException>(() => update.PauseBehavior = UpdateRecordingPauseBehavior.Unknown);
        Assert.Throws<ArgumentNullException>(() => update.StatusWireValue = null!);
        Assert.Equal(RecordingStatus.Paused, update.Status);
        Assert.Equal(UpdateRecordingPauseBehavior.Silence, update.PauseBehavior);
    }

    [Fact]
    public async Task An_Unknown_include_item_is_rejected_before_sending()
    {
        await RejectedAsync<ArgumentException>(() => Client.GetRecordingAsync(
            Clients.AccountSid,
            Clients.RecordingSid,
            new List<GetRecordingIncludeItem> { GetRecordingIncludeItem.Owner, GetRecordingIncludeItem.Unknown }));
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("7c9e6679742540de944be07fc1f90ae7")]
    [InlineData("{7c9e6679-7425-40de-944b-e07fc1f90ae7}")]
    [InlineData("7c9e6679-7425-40de-944b-e07fc1f90ae7\r\nX-Evil: 1")]
    [InlineData("")]
    public async Task A_request_id_that_is_not_a_uuid_is_rejected(string requestId)
    {
        ArgumentException ex = await RejectedAsync<ArgumentException>(
            () => Client.GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid, xRequestId: requestId));

        Assert.Equal("xRequestId", ex.ParamName);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e/")]
    [InlineData("0f8fad5b/d9cb-469f-a165-70867728950e")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("")]
    public async Task A_device_id_that_is_not_a_uuid_is_rejected(string deviceId)
    {
        ArgumentException ex = await RejectedAsync<ArgumentException>(
            () => Clients.Device(_handler).PutDeviceAsync(deviceId, new Device(Clients.DeviceId, "n", null)));

        Assert.Equal("deviceId", ex.ParamName);
    }

    [Fact]
    public async Task Device_name_longer_than_40_is_rejected_and_40_is_accepted()
    {
        ArgumentException ex = await RejectedAsync<ArgumentException>(
            () => Clients.Device(_handler).PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, new string('d', 41), null)));
        Assert.Contains("'body.Name'", ex.Message, StringComparison.Ordinal);

        _handler.Respond(HttpStatusCode.OK, "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"d\",\"nickname\":null}");
        await Clients.Device(_handler).PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, new string('d', 40), null));
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Device_body_id_must_be_a_uuid()
    {
        ArgumentException ex = await RejectedAsync<ArgumentException>(
            () => Clients.Device(_handler).PutDeviceAsync(Clients.DeviceId, new Device("nope", "n", null)));

        Assert.Contains("'body.Id'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Device_nickname_null_is_accepted_because_it_is_nullable_though_required()
    {
        _handler.Respond(HttpStatusCode.OK, "{\"id\":\"" + Clients.DeviceId + "\",\"name\":\"n\",\"nickname\":null}");

        await Clients.Device(_handler).PutDeviceAsync(Clients.DeviceId, new Device(Clients.DeviceId, "n", null));

        Assert.Contains("\"nickname\":null", _handler.Single.BodyText, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new Device(null!, "n", null));
        Assert.Throws<ArgumentNullException>(() => new Device(Clients.DeviceId, null!, null));
    }

    [Fact]
    public async Task ReplaceNotes_validates_every_note_of_the_array()
    {
        ArgumentException tooLong = await RejectedAsync<ArgumentException>(
            () => Client.ReplaceNotesAsync(Clients.AccountSid, new List<Note> { new("ok"), new(new string('x', 281)) }));
        Assert.Contains("body[1].Text", tooLong.Message, StringComparison.Ordinal);

        await RejectedAsync<ArgumentException>(
            () => Client.ReplaceNotesAsync(Clients.AccountSid, new List<Note> { new("ok") { Code = "bad" } }));
        await RejectedAsync<ArgumentException>(
            () => Client.ReplaceNotesAsync(Clients.AccountSid, new List<Note> { null! }));
    }
}
