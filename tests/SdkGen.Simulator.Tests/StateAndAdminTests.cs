using System.Net;
using System.Text;

namespace SdkGen.Simulator.Tests;

public sealed class StateAndAdminTests
{
    [Theory]
    [InlineData(SimulatedVendor.Bandwidth, "^c-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "^r-")]
    [InlineData(SimulatedVendor.Twilio, "^CA[0-9a-f]{32}$", "^RE[0-9a-f]{32}$")]
    [InlineData(SimulatedVendor.Genesys, "^[0-9A-V]{32}$", ".")]
    [InlineData(SimulatedVendor.SignalWire, "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    public async Task Generated_ids_have_the_vendor_shapes(SimulatedVendor vendor, string callPattern, string recordingPattern)
    {
        await using var simulator = await TestSimulator.StartAsync();

        var call = simulator.State.AddCall(vendor);

        Assert.Equal(vendor, call.Vendor);
        Assert.Matches(callPattern, call.CallId);
        Assert.Matches(recordingPattern, Assert.Single(call.RecordingIds));
        var snapshot = simulator.State.GetCall(vendor, call.CallId)!;
        Assert.Equal(SimulatedRecordingStatus.InProgress, Assert.Single(snapshot.Recordings).Status);
    }

    [Fact]
    public void Demo_ids_and_default_credentials_have_the_vendor_shapes()
    {
        Assert.Matches("^c-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", DemoCalls.BandwidthCallId);
        Assert.Matches("^CA[0-9a-fA-F]{32}$", DemoCalls.TwilioCallSid);
        Assert.Matches("^RE[0-9a-fA-F]{32}$", DemoCalls.TwilioRecordingSid);
        Assert.Matches("^AC[0-9a-fA-F]{32}$", SimulatorOptions.DefaultTwilioAccountSid);
        Assert.Matches("^[0-9A-Z]{32}$", DemoCalls.GenesysCallId);
        Assert.True(Guid.TryParseExact(DemoCalls.SignalWireCallSid, "D", out _));
        Assert.True(Guid.TryParseExact(DemoCalls.SignalWireRecordingSid, "D", out _));
        Assert.True(Guid.TryParseExact(SimulatorOptions.DefaultSignalWireProjectId, "D", out _));
    }

    [Fact]
    public async Task Demo_calls_are_seeded_only_when_asked()
    {
        await using var seeded = await TestSimulator.StartAsync(new SimulatorOptions { SeedDemoCalls = true });
        await using var empty = await TestSimulator.StartAsync();

        Assert.Equal(SimulatedRecordingStatus.InProgress, seeded.State.GetRecording(SimulatedVendor.Bandwidth, DemoCalls.BandwidthCallId, DemoCalls.BandwidthRecordingId)!.Status);
        Assert.Equal(SimulatedRecordingStatus.InProgress, seeded.State.GetRecording(SimulatedVendor.Twilio, DemoCalls.TwilioCallSid, DemoCalls.TwilioRecordingSid)!.Status);
        Assert.Equal(SimulatedRecordingStatus.InProgress, seeded.State.GetRecording(SimulatedVendor.Genesys, DemoCalls.GenesysCallId)!.Status);
        Assert.Equal(SimulatedRecordingStatus.InProgress, seeded.State.GetRecording(SimulatedVendor.SignalWire, DemoCalls.SignalWireCallSid, DemoCalls.SignalWireRecordingSid)!.Status);
        Assert.Null(empty.State.GetCall(SimulatedVendor.Twilio, DemoCalls.TwilioCallSid));

        // The demo call answers over HTTP like any other.
        using var response = await seeded.Twilio.PostAsync(
            $"2010-04-01/Accounts/{seeded.Options.TwilioAccountSid}/Calls/{DemoCalls.TwilioCallSid}/Recordings/Twilio.CURRENT.json",
            TestHttp.Form(("Status", "paused")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Seeding_rules_are_enforced()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var state = simulator.State;

        Assert.Throws<ArgumentException>(() => state.AddCall(SimulatedVendor.Bandwidth, recordingCount: 2));
        Assert.Throws<ArgumentException>(() => state.AddCall(SimulatedVendor.Genesys, SimulatedRecordingStatus.Paused, SimulatedRecordingStatus.Paused));
        Assert.Throws<ArgumentOutOfRangeException>(() => state.AddCall(SimulatedVendor.Twilio, recordingCount: -1));
        Assert.Throws<ArgumentException>(() => state.AddCall(new CallSeed(SimulatedVendor.Twilio, [new(SimulatedRecordingStatus.Paused) { RecordingId = "RE1" }, new(SimulatedRecordingStatus.Paused) { RecordingId = "RE1" }])));

        var call = state.AddCall(new CallSeed(SimulatedVendor.Twilio, [new(SimulatedRecordingStatus.Paused), new(SimulatedRecordingStatus.Stopped)]) { CallId = "CA" + new string('1', 32) });
        Assert.Throws<InvalidOperationException>(() => state.AddCall(new CallSeed(SimulatedVendor.Twilio, []) { CallId = call.CallId }));
        Assert.Throws<InvalidOperationException>(() => state.GetRecording(SimulatedVendor.Twilio, call.CallId));
        Assert.Equal(SimulatedRecordingStatus.Stopped, state.GetRecording(SimulatedVendor.Twilio, call.CallId, call.RecordingIds[1])!.Status);
        Assert.Null(state.GetRecording(SimulatedVendor.Twilio, call.CallId, "RE-unknown"));
        Assert.Null(state.GetRecording(SimulatedVendor.SignalWire, call.CallId));

        // The same id under another vendor is another call.
        Assert.NotNull(state.AddCall(new CallSeed(SimulatedVendor.SignalWire, []) { CallId = call.CallId }));
    }

    [Fact]
    public async Task Requests_are_counted_and_recorded_per_vendor_admin_excluded()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        Assert.Equal(0, simulator.State.TotalRequestCount);

        using var seed = await simulator.Admin.PostAsync("admin/calls", TestHttp.Json("""{"vendor":"twilio"}"""));
        using var pause = await simulator.Bandwidth.PutAsync(
            $"accounts/{simulator.Options.BandwidthAccountId}/calls/{call.CallId}/recording", TestHttp.Json("""{"state":"paused"}"""));
        using var unknown = await simulator.Genesys.GetAsync("api/v2/nothing-here");

        Assert.Equal(1, simulator.State.GetRequestCount(SimulatedVendor.Bandwidth));
        Assert.Equal(1, simulator.State.GetRequestCount(SimulatedVendor.Genesys));
        Assert.Equal(0, simulator.State.GetRequestCount(SimulatedVendor.Twilio));
        Assert.Equal(0, simulator.State.GetRequestCount(SimulatedVendor.SignalWire));
        Assert.Equal(2, simulator.State.TotalRequestCount);

        var recorded = Assert.Single(simulator.State.GetRequests(SimulatedVendor.Bandwidth));
        Assert.Equal("PUT", recorded.Method);
        Assert.Equal($"/bandwidth/api/v2/accounts/{simulator.Options.BandwidthAccountId}/calls/{call.CallId}/recording", recorded.Path);
        Assert.Equal("""{"state":"paused"}""", recorded.Body);
        Assert.StartsWith("Basic ", recorded.Headers["Authorization"]);
        Assert.Equal(2, simulator.State.GetRequests().Count);

        using var counts = await simulator.Admin.GetAsync("admin/requests");
        var body = await counts.ReadJsonAsync();
        Assert.Equal(["bandwidth", "twilio", "genesys", "signalwire"], body.PropertyNames());
        Assert.Equal(1, body.GetProperty("bandwidth").GetInt32());
    }

    [Fact]
    public async Task Calls_can_be_seeded_and_inspected_over_http()
    {
        await using var simulator = await TestSimulator.StartAsync();

        using var created = await simulator.Admin.PostAsync(
            "admin/calls", TestHttp.Json("""{"vendor":"Twilio","recordings":["in-progress","paused","stopped"]}"""));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        Assert.Equal("twilio", body.GetProperty("vendor").GetString());
        var callId = body.GetProperty("callId").GetString()!;
        var ids = body.GetProperty("recordingIds").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(3, ids.Length);

        using var resumed = await simulator.Twilio.PostAsync(
            $"2010-04-01/Accounts/{simulator.Options.TwilioAccountSid}/Calls/{callId}/Recordings/{ids[1]}.json",
            TestHttp.Form(("Status", "in-progress")));
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);

        using var inspected = await simulator.Admin.GetAsync($"admin/calls/twilio/{callId}");
        Assert.Equal(HttpStatusCode.OK, inspected.StatusCode);
        var recordings = (await inspected.ReadJsonAsync()).GetProperty("recordings").EnumerateArray().ToArray();
        Assert.Equal(["in-progress", "in-progress", "stopped"], recordings.Select(r => r.GetProperty("status").GetString()!));
        Assert.Equal(1, recordings[1].GetProperty("acceptedUpdates").GetInt32());

        using var withCount = await simulator.Admin.PostAsync("admin/calls", TestHttp.Json("""{"vendor":"signalwire","recordingCount":2,"callId":"6f2f4a8e-0000-4000-8000-000000000001"}"""));
        Assert.Equal(HttpStatusCode.Created, withCount.StatusCode);
        Assert.Equal(2, simulator.State.GetCall(SimulatedVendor.SignalWire, "6f2f4a8e-0000-4000-8000-000000000001")!.Recordings.Count);
    }

    [Theory]
    [InlineData("""{"vendor":"skype"}""")]
    [InlineData("""{"vendor":"1"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"vendor":"bandwidth","recordingCount":2}""")]
    [InlineData("""{"vendor":"twilio","recordings":["ringing"]}""")]
    [InlineData("not json")]
    public async Task Malformed_admin_seeding_answers_400(string json)
    {
        await using var simulator = await TestSimulator.StartAsync();

        using var response = await simulator.Admin.PostAsync("admin/calls", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).TryGetProperty("error", out _));
    }

    [Fact]
    public async Task The_admin_api_ends_a_call_which_then_reports_ended_and_stopped_recordings()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.InProgress, SimulatedRecordingStatus.Paused);

        using var end = await simulator.Admin.PostAsync($"admin/calls/twilio/{call.CallId}/end", null);
        using var unknown = await simulator.Admin.PostAsync("admin/calls/twilio/CA0/end", null);
        using var inspected = await simulator.Admin.GetAsync($"admin/calls/twilio/{call.CallId}");

        Assert.Equal(HttpStatusCode.NoContent, end.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var body = await inspected.ReadJsonAsync();
        Assert.True(body.GetProperty("ended").GetBoolean());
        Assert.All(body.GetProperty("recordings").EnumerateArray(), r => Assert.Equal("stopped", r.GetProperty("status").GetString()));
        Assert.False(simulator.State.EndCall(SimulatedVendor.Twilio, "CA0"));
        Assert.True(simulator.State.EndCall(SimulatedVendor.Twilio, call.CallId));
    }

    [Fact]
    public async Task The_admin_api_reads_and_changes_variations_keeping_what_it_is_not_given()
    {
        await using var simulator = await TestSimulator.StartAsync();

        using var initial = await simulator.Admin.GetAsync("admin/variations");
        using var changed = await simulator.Admin.PutAsync("admin/variations", TestHttp.Json("""{"genesysParticipantsAsStrings":true,"genesysOtherNotifications":false}"""));
        using var unknown = await simulator.Admin.PutAsync("admin/variations", TestHttp.Json("""{"noSuchVariation":true}"""));
        using var notBoolean = await simulator.Admin.PutAsync("admin/variations", TestHttp.Json("""{"extraUnknownFields":"yes"}"""));

        var defaults = await initial.ReadJsonAsync();
        Assert.True(defaults.GetProperty("genesysOtherNotifications").GetBoolean());
        Assert.False(defaults.GetProperty("genesysParticipantsAsStrings").GetBoolean());
        Assert.False(defaults.GetProperty("signalWireLegacyRecording").GetBoolean());
        Assert.False(defaults.GetProperty("extraUnknownFields").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notBoolean.StatusCode);
        Assert.Equal(
            new ResponseVariations { GenesysOtherNotifications = false, GenesysParticipantsAsStrings = true },
            simulator.State.Variations);
    }

    [Fact]
    public async Task Unknown_admin_call_answers_404()
    {
        await using var simulator = await TestSimulator.StartAsync();

        using var response = await simulator.Admin.GetAsync("admin/calls/twilio/CA0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(SimulatedVendor.Bandwidth, "type")]
    [InlineData(SimulatedVendor.Twilio, "code")]
    [InlineData(SimulatedVendor.Genesys, "statusCode")]
    [InlineData(SimulatedVendor.SignalWire, "code")]
    public async Task Unknown_vendor_routes_answer_404_in_the_vendor_shape(SimulatedVendor vendor, string firstProperty)
    {
        await using var simulator = await TestSimulator.StartAsync();
        var client = vendor switch
        {
            SimulatedVendor.Bandwidth => simulator.Bandwidth,
            SimulatedVendor.Twilio => simulator.Twilio,
            SimulatedVendor.Genesys => simulator.Genesys,
            _ => simulator.SignalWire,
        };

        using var response = await client.GetAsync("no/such/route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(firstProperty, (await response.ReadJsonAsync()).PropertyNames()[0]);
    }

    [Fact]
    public async Task Base_uris_are_loopback_with_one_prefix_per_vendor_and_free_ports_differ()
    {
        await using var first = await VendorSimulator.StartAsync(new SimulatorOptions());
        await using var second = await VendorSimulator.StartAsync(new SimulatorOptions());

        Assert.Equal("127.0.0.1", first.BaseUri.Host);
        Assert.NotEqual(0, first.BaseUri.Port);
        Assert.NotEqual(first.BaseUri.Port, second.BaseUri.Port);
        Assert.Equal(new Uri(first.BaseUri, "bandwidth/api/v2/"), first.BandwidthBaseUri);
        Assert.Equal(new Uri(first.BaseUri, "twilio/"), first.TwilioBaseUri);
        Assert.Equal(new Uri(first.BaseUri, "genesys/"), first.GenesysBaseUri);
        Assert.Equal(new Uri(first.BaseUri, "signalwire/api/laml/2010-04-01/"), first.SignalWireBaseUri);
    }

    [Fact]
    public async Task Disposing_twice_is_harmless_and_stops_listening()
    {
        var simulator = await VendorSimulator.StartAsync(new SimulatorOptions());
        using var client = TestHttp.Client(simulator.BaseUri);
        await simulator.DisposeAsync();
        await simulator.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("admin/requests"));
    }
}
