using SdkGen.Recording.Bandwidth;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.SignalWire;
using SdkGen.Recording.Tests.Infrastructure;
using SdkGen.Recording.Twilio;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;
using SignalWireStatus = SdkGen.Recording.SignalWire.RecordingUpdateStatus;

namespace SdkGen.Recording.Tests;

/// <summary>
/// Ids are checked before anything is sent: Twilio's SIDs and SignalWire's UUIDs by their pattern; Bandwidth's and GWS's
/// ids (no upstream pattern) only for emptiness, and otherwise percent-encoded so they stay one path segment.
/// </summary>
public sealed class ValidationTests
{
    /// <summary>Attempts to leave the path segment, for every id parameter.</summary>
    public static readonly string[] Injections = ["../", "..", ".", "?x", "#x", "/", "%2F", "%2e%2e", "..%2F", "a/../../b", "x?y=1#z", "\\", "\r\nX-Injected: 1"];

    // ---- Twilio ----

    public static TheoryData<string> BadAccountSids => Build(
        "",
        "CA0123456789abcdef0123456789abcdef",          // wrong prefix
        "ac0123456789abcdef0123456789abcdef",          // prefix is case-sensitive
        "AC0123456789abcdef0123456789abcde",           // 33 characters
        "AC0123456789abcdef0123456789abcdef0",         // 35 characters
        "AC0123456789abcdef0123456789abcdeg",          // not hexadecimal
        "AC0123456789abcdef0123456789abc/..",          // 34 characters ending in a path escape
        " AC0123456789abcdef0123456789abcde",
        "AC0123456789abcdef0123456789abcdé");

    public static TheoryData<string> BadCallSids => Build(
        "",
        "AC0123456789abcdef0123456789abcdef",
        "ca0123456789abcdef0123456789abcdef",
        "CA0123456789abcdef0123456789abcde",
        "CA0123456789abcdef0123456789abcdef0",
        "CA0123456789abcdef0123456789abcdeZ",
        "CA0123456789abcdef0123456789abc%2F");

    public static TheoryData<string> BadRecordingSids => Build(
        "",
        "twilio.current",
        "Twilio.Current",
        "TWILIO.CURRENT",
        "Twilio.CURRENT2",
        "Twilio.CURRENT ",
        " Twilio.CURRENT",
        "Twilio.CURRENT.json",
        "Twilio.CURRENT/../x",
        "RE123",
        "re00112233445566778899aabbccddeeff",
        "RE00112233445566778899aabbccddeef",
        "RE00112233445566778899aabbccddeeff0",
        "RE00112233445566778899aabbccddeefg",
        "CA00112233445566778899aabbccddeeff");

    [Theory]
    [MemberData(nameof(BadAccountSids))]
    public Task Twilio_malformed_AccountSid_is_rejected_before_sending(string accountSid) =>
        AssertTwilioRejected(accountSid, TwilioCallSid, TwilioReSid, "accountSid");

    [Theory]
    [MemberData(nameof(BadCallSids))]
    public Task Twilio_malformed_CallSid_is_rejected_before_sending(string callSid) =>
        AssertTwilioRejected(TwilioAccountSid, callSid, TwilioReSid, "callSid");

    [Theory]
    [MemberData(nameof(BadRecordingSids))]
    public Task Twilio_a_Sid_that_is_neither_an_RE_sid_nor_Twilio_CURRENT_is_rejected(string sid) =>
        AssertTwilioRejected(TwilioAccountSid, TwilioCallSid, sid, "sid");

    [Theory]
    [MemberData(nameof(InjectionData))]
    public async Task Twilio_path_injection_is_rejected_in_every_id(string injection)
    {
        await AssertTwilioRejected(injection, TwilioCallSid, TwilioReSid, "accountSid");
        await AssertTwilioRejected(TwilioAccountSid, injection, TwilioReSid, "callSid");
        await AssertTwilioRejected(TwilioAccountSid, TwilioCallSid, injection, "sid");
        await AssertTwilioRejected(TwilioAccountSid, TwilioCallSid, TwilioRecordingSid.Current + injection, "sid");
    }

    [Fact]
    public async Task Twilio_null_ids_and_body_are_rejected()
    {
        await AssertTwilioRejected(null!, TwilioCallSid, TwilioReSid, "accountSid");
        await AssertTwilioRejected(TwilioAccountSid, null!, TwilioReSid, "callSid");
        await AssertTwilioRejected(TwilioAccountSid, TwilioCallSid, null!, "sid");
        var handler = new CapturingHandler();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Twilio(handler).UpdateCallRecordingAsync(TwilioAccountSid, TwilioCallSid, TwilioReSid, null!));
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("RE00112233445566778899AABBCCDDEEFF")]
    [InlineData("REffffffffffffffffffffffffffffffff")]
    [InlineData("Twilio.CURRENT")]
    public async Task Twilio_valid_Sids_are_accepted(string sid)
    {
        var handler = CapturingHandler.Answering(System.Net.HttpStatusCode.OK, TwilioWireTests.PausedExample());

        await Vendors.Twilio(handler).UpdateCallRecordingAsync(TwilioAccountSid, TwilioCallSid, sid, new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused));

        Assert.EndsWith("/Recordings/" + sid + ".json", handler.Single.Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_members_cannot_be_put_into_a_request()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused) { PauseBehavior = Twilio.PauseBehavior.Unknown });
        Assert.Throws<ArgumentOutOfRangeException>(() => new UpdateRecordingRequest(SignalWireStatus.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UpdateCallRecording(RecordingStateEnum.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CallRecordingOperationRequest(CallRecordingOperationName.Unknown));
    }

    // ---- SignalWire: every id is a UUID. ----

    public static TheoryData<string> BadUuids => Build(
        "",
        "not-a-uuid",
        "19e436af56884307b03bbdb2b42b8142",
        "{19e436af-5688-4307-b03b-bdb2b42b8142}",
        "19e436af-5688-4307-b03b-bdb2b42b814",
        "19e436af-5688-4307-b03b-bdb2b42b81420",
        "19e436af-5688-4307-b03b-bdb2b42b814g",
        "19e436af_5688_4307_b03b_bdb2b42b8142",
        "Twilio.CURRENT",
        "RE00112233445566778899aabbccddeeff",
        "19e436af-5688-4307-b03b-bdb2b42b/../",
        "19e436af-5688-4307-b03b-bdb2b42b8142/..",
        " 19e436af-5688-4307-b03b-bdb2b42b8142");

    [Theory]
    [MemberData(nameof(BadUuids))]
    public async Task SignalWire_non_uuid_ids_are_rejected_in_every_position(string id)
    {
        await AssertSignalWireRejected(id, SignalWireCallSid, SignalWireRecordingSid, "accountSid");
        await AssertSignalWireRejected(SignalWireProjectId, id, SignalWireRecordingSid, "callSid");
        await AssertSignalWireRejected(SignalWireProjectId, SignalWireCallSid, id, "sid");
    }

    [Theory]
    [MemberData(nameof(InjectionData))]
    public async Task SignalWire_path_injection_is_rejected_in_every_id(string injection)
    {
        await AssertSignalWireRejected(injection, SignalWireCallSid, SignalWireRecordingSid, "accountSid");
        await AssertSignalWireRejected(SignalWireProjectId, injection, SignalWireRecordingSid, "callSid");
        await AssertSignalWireRejected(SignalWireProjectId, SignalWireCallSid, injection, "sid");
    }

    [Fact]
    public async Task SignalWire_upper_case_uuids_are_accepted()
    {
        var handler = CapturingHandler.Answering(System.Net.HttpStatusCode.OK, SignalWireWireTests.StoppedExample());

        await Vendors.SignalWire(handler).UpdateRecordingAsync(
            SignalWireProjectId.ToUpperInvariant(), SignalWireCallSid.ToUpperInvariant(), SignalWireRecordingSid.ToUpperInvariant(),
            new UpdateRecordingRequest(SignalWireStatus.Paused));

        Assert.Single(handler.Requests);
    }

    // ---- Bandwidth and GWS: no pattern upstream; empty is rejected, anything else is encoded into one segment. ----

    [Fact]
    public async Task Bandwidth_empty_and_null_ids_are_rejected()
    {
        await AssertBandwidthRejected("", BandwidthCallId, "accountId");
        await AssertBandwidthRejected(BandwidthAccountId, "", "callId");
        await AssertBandwidthRejected(null!, BandwidthCallId, "accountId");
        await AssertBandwidthRejected(BandwidthAccountId, null!, "callId");
    }

    [Fact]
    public async Task Bandwidth_a_lone_surrogate_is_rejected_rather_than_sent_as_U_FFFD()
    {
        // ParamName is the runtime's "value", not "callId" (reported as an awkwardness), so it is not checked here.
        await AssertBandwidthRejected(BandwidthAccountId, "c-\uD800", null);
    }

    [Fact]
    public async Task Genesys_empty_and_null_ids_are_rejected()
    {
        var handler = new CapturingHandler();
        var body = new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording);

        var empty = await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Genesys(handler).PerformCallRecordingOperationAsync("", body));
        var missing = await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Genesys(handler).PerformCallRecordingOperationAsync(null!, body));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Genesys(handler).PerformCallRecordingOperationAsync(GenesysCallId, null!));

        Assert.Equal("id", empty.ParamName);
        Assert.Equal("id", missing.ParamName);
        Assert.Empty(handler.Requests);
    }

    public static TheoryData<string, string> EncodedSegments => new()
    {
        { "../", "..%2F" },
        { "...", "..." },
        { "?x", "%3Fx" },
        { "#x", "%23x" },
        { "/", "%2F" },
        { "%2F", "%252F" },
        { "%2e%2e", "%252e%252e" },
        { "..%2F", "..%252F" },
        { "a/../../b", "a%2F..%2F..%2Fb" },
        { "x?y=1#z", "x%3Fy%3D1%23z" },
        { "\\", "%5C" },
        { "\r\nX-Injected: 1", "%0D%0AX-Injected%3A%201" },
        { "c-é", "c-%C3%A9" },
        { "a b+c", "a%20b%2Bc" },
    };

    [Theory]
    [MemberData(nameof(EncodedSegments))]
    public async Task Bandwidth_ids_are_percent_encoded_into_exactly_one_segment(string id, string encoded)
    {
        var handler = CapturingHandler.Answering(System.Net.HttpStatusCode.OK);
        var client = Vendors.Bandwidth(handler);

        await client.UpdateCallRecordingStateAsync(BandwidthAccountId, id, new UpdateCallRecording(RecordingStateEnum.Paused));
        await client.UpdateCallRecordingStateAsync(id, BandwidthCallId, new UpdateCallRecording(RecordingStateEnum.Paused));

        Assert.Equal(2, handler.Requests.Count);
        AssertPath(handler.Requests[0].Uri, "voice.bandwidth.com", "/api/v2/accounts/9900000/calls/" + encoded + "/recording");
        AssertPath(handler.Requests[1].Uri, "voice.bandwidth.com", "/api/v2/accounts/" + encoded + "/calls/" + BandwidthCallId + "/recording");
    }

    [Theory]
    [MemberData(nameof(EncodedSegments))]
    public async Task Genesys_ids_are_percent_encoded_into_exactly_one_segment(string id, string encoded)
    {
        var handler = CapturingHandler.Answering(System.Net.HttpStatusCode.OK, "{\"statusCode\":0}");

        await Vendors.Genesys(handler).PerformCallRecordingOperationAsync(id, new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording));

        AssertPath(handler.Single.Uri, "localhost", "/api/v2/me/calls/" + encoded);
    }

    // Issue 12, item 8: '.' and '..' are refused, not encoded (%2E%2E is still a dot-segment to many servers).
    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Dot_segment_ids_are_refused_before_sending(string id)
    {
        var handler = CapturingHandler.Answering(System.Net.HttpStatusCode.OK, "{\"statusCode\":0}");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Bandwidth(handler).UpdateCallRecordingStateAsync(BandwidthAccountId, id, new UpdateCallRecording(RecordingStateEnum.Paused)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Genesys(handler).PerformCallRecordingOperationAsync(id, new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording)));

        Assert.Empty(handler.Requests);
    }

    public static TheoryData<string> InjectionData => Build(Injections);

    private static void AssertPath(Uri uri, string host, string expectedPath)
    {
        Assert.Equal(host, uri.Host);
        Assert.Equal(expectedPath, uri.AbsolutePath);
        Assert.Equal("", uri.Query);
        Assert.Equal("", uri.Fragment);
        Assert.Equal(expectedPath.Split('/').Length, uri.AbsolutePath.Split('/').Length);
        Assert.Equal(uri.GetLeftPart(UriPartial.Authority) + expectedPath, uri.AbsoluteUri);
    }

    private static async Task AssertTwilioRejected(string accountSid, string callSid, string sid, string parameter)
    {
        var handler = new CapturingHandler();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Twilio(handler).UpdateCallRecordingAsync(
            accountSid, callSid, sid, new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused)));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Empty(handler.Requests);
    }

    private static async Task AssertSignalWireRejected(string accountSid, string callSid, string sid, string parameter)
    {
        var handler = new CapturingHandler();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.SignalWire(handler).UpdateRecordingAsync(
            accountSid, callSid, sid, new UpdateRecordingRequest(SignalWireStatus.Paused)));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Empty(handler.Requests);
    }

    private static async Task AssertBandwidthRejected(string accountId, string callId, string? parameter)
    {
        var handler = new CapturingHandler();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Vendors.Bandwidth(handler).UpdateCallRecordingStateAsync(
            accountId, callId, new UpdateCallRecording(RecordingStateEnum.Paused)));

        if (parameter is not null)
        {
            Assert.Equal(parameter, ex.ParamName);
        }

        Assert.Empty(handler.Requests);
    }

    private static TheoryData<string> Build(params string[] values)
    {
        var data = new TheoryData<string>();
        foreach (string value in values)
        {
            data.Add(value);
        }

        return data;
    }
}
