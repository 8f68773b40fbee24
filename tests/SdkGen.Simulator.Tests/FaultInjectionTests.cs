using System.Diagnostics;
using System.Net;

namespace SdkGen.Simulator.Tests;

public sealed class FaultInjectionTests
{
    private static Task<HttpResponseMessage> PauseTwilioAsync(TestSimulator simulator, SeededCall call) =>
        simulator.Twilio.PostAsync(
            $"2010-04-01/Accounts/{simulator.Options.TwilioAccountSid}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}.json",
            TestHttp.Form(("Status", "paused")));

    private static Task<HttpResponseMessage> PauseBandwidthAsync(TestSimulator simulator, SeededCall call) =>
        simulator.Bandwidth.PutAsync(
            $"accounts/{simulator.Options.BandwidthAccountId}/calls/{call.CallId}/recording",
            TestHttp.Json("""{"state":"paused"}"""));

    [Fact]
    public async Task A_503_with_Retry_After_then_success()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        simulator.Simulator.Faults.FailNext(1, SimulatedVendor.Twilio, retryAfterSeconds: 2);

        using var failed = await PauseTwilioAsync(simulator, call);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), failed.Headers.RetryAfter?.Delta);
        var body = await failed.ReadJsonAsync();
        Assert.Equal(["code", "message", "more_info", "status"], body.PropertyNames());
        Assert.Equal(503, body.GetProperty("status").GetInt32());
        Assert.Equal(0, simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.AcceptedUpdates);

        using var retried = await PauseTwilioAsync(simulator, call);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(new RecordingSnapshot(call.RecordingIds[0], SimulatedRecordingStatus.Paused, "silence", 1),
            simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId));
        Assert.Equal(2, simulator.State.GetRequestCount(SimulatedVendor.Twilio));
        Assert.Equal(0, simulator.Simulator.Faults.PendingCount);
    }

    [Fact]
    public async Task A_429_uses_the_vendor_error_shape_and_only_hits_the_chosen_vendor()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var twilioCall = simulator.State.AddCall(SimulatedVendor.Twilio);
        var bandwidthCall = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        simulator.Simulator.Faults.FailNext(2, SimulatedVendor.Bandwidth, retryAfterSeconds: 5, FaultKind.TooManyRequests);

        using var twilio = await PauseTwilioAsync(simulator, twilioCall);
        using var first = await PauseBandwidthAsync(simulator, bandwidthCall);
        using var second = await PauseBandwidthAsync(simulator, bandwidthCall);
        using var third = await PauseBandwidthAsync(simulator, bandwidthCall);

        Assert.Equal(HttpStatusCode.OK, twilio.StatusCode);
        foreach (var throttled in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), throttled.Headers.RetryAfter?.Delta);
            var body = await throttled.ReadJsonAsync();
            Assert.Equal(["type", "description", "id"], body.PropertyNames());
        }

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData(SimulatedVendor.Genesys, "statusCode")]
    [InlineData(SimulatedVendor.SignalWire, "code")]
    public async Task Faults_answer_in_each_vendor_shape(SimulatedVendor vendor, string firstProperty)
    {
        await using var simulator = await TestSimulator.StartAsync();
        simulator.Simulator.Faults.FailNext(1, vendor, retryAfterSeconds: null);
        var client = vendor == SimulatedVendor.Genesys ? simulator.Genesys : simulator.SignalWire;

        using var response = await client.PostAsync("anything", TestHttp.Json("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal(firstProperty, (await response.ReadJsonAsync()).PropertyNames()[0]);
    }

    [Fact]
    public async Task A_path_filter_leaves_other_requests_alone()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        simulator.Simulator.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable) { Vendor = SimulatedVendor.Genesys, PathContains = "/calls/" });

        using var me = await simulator.Genesys.GetAsync("api/v2/me");
        using var operation = await GenesysTests.OperateAsync(simulator.Genesys, call.CallId, "PauseCallRecording");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, operation.StatusCode);
    }

    [Fact]
    public async Task A_delay_holds_the_request_then_processes_it()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        simulator.Simulator.Faults.DelayNext(1, TimeSpan.FromMilliseconds(300), SimulatedVendor.Twilio);

        var stopwatch = Stopwatch.StartNew();
        using var response = await PauseTwilioAsync(simulator, call);

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(250), stopwatch.Elapsed.ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);
    }

    [Fact]
    public async Task A_client_giving_up_during_a_delay_leaves_the_state_unchanged()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        simulator.Simulator.Faults.DelayNext(1, TimeSpan.FromMinutes(5), SimulatedVendor.Twilio);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => simulator.Twilio.PostAsync(
            $"2010-04-01/Accounts/{simulator.Options.TwilioAccountSid}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}.json",
            TestHttp.Form(("Status", "paused")),
            cancellation.Token));

        Assert.Equal(SimulatedRecordingStatus.InProgress, simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);
    }

    [Fact]
    public async Task An_abort_drops_the_connection()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        simulator.Simulator.Faults.Add(new FaultRule(FaultKind.Abort) { Vendor = SimulatedVendor.Bandwidth });

        await Assert.ThrowsAsync<HttpRequestException>(() => PauseBandwidthAsync(simulator, call));
        using var retried = await PauseBandwidthAsync(simulator, call);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task Faults_can_be_injected_and_cleared_over_http()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);

        using var add = await simulator.Admin.PostAsync("admin/faults", TestHttp.Json("""{"kind":"service-unavailable","count":2,"vendor":"twilio","retryAfterSeconds":3}"""));
        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.Equal(2, (await add.ReadJsonAsync()).GetProperty("pending").GetInt32());

        using var failed = await PauseTwilioAsync(simulator, call);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), failed.Headers.RetryAfter?.Delta);

        using var clear = await simulator.Admin.DeleteAsync("admin/faults");
        Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        using var succeeded = await PauseTwilioAsync(simulator, call);
        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);

        using var invalid = await simulator.Admin.PostAsync("admin/faults", TestHttp.Json("""{"kind":"explode"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task A_dropped_answer_applies_the_change_and_resets_the_connection()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        simulator.Simulator.Faults.Add(new FaultRule(FaultKind.DropAnswer) { Vendor = SimulatedVendor.Twilio });

        await Assert.ThrowsAsync<HttpRequestException>(() => PauseTwilioAsync(simulator, call));

        var recording = simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!;
        Assert.Equal(SimulatedRecordingStatus.Paused, recording.Status);
        Assert.Equal(1, recording.AcceptedUpdates);
        Assert.Equal(0, simulator.Simulator.Faults.PendingCount);
    }

    [Fact]
    public async Task A_replaced_success_body_applies_the_change_and_answers_200_with_the_chosen_body()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Bandwidth);
        simulator.Simulator.Faults.Add(new FaultRule(FaultKind.ReplaceSuccessBody) { Vendor = SimulatedVendor.Bandwidth, Body = "<html>proxy</html>" });

        using var response = await PauseBandwidthAsync(simulator, call);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html>proxy</html>", await response.Content.ReadAsStringAsync());
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task A_replaced_success_body_leaves_error_answers_alone()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio, SimulatedRecordingStatus.Stopped);
        simulator.Simulator.Faults.Add(new FaultRule(FaultKind.ReplaceSuccessBody) { Vendor = SimulatedVendor.Twilio });

        using var response = await PauseTwilioAsync(simulator, call);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code", (await response.ReadJsonAsync()).PropertyNames());
    }

    [Fact]
    public async Task A_held_request_is_processed_only_after_the_release()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        RequestGate gate = simulator.Simulator.Faults.HoldNext(1, SimulatedVendor.Twilio);

        Task<HttpResponseMessage> pause = PauseTwilioAsync(simulator, call);
        await gate.WaitForArrivalAsync();

        Assert.Equal(1, gate.Arrived);
        Assert.False(pause.IsCompleted);
        Assert.Equal(SimulatedRecordingStatus.InProgress, simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);

        gate.Release();
        using var response = await pause;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);
    }

    [Fact]
    public async Task A_held_answer_follows_a_change_already_made()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        RequestGate gate = simulator.Simulator.Faults.HoldAnswerOfNext(1, SimulatedVendor.Twilio);

        Task<HttpResponseMessage> pause = PauseTwilioAsync(simulator, call);
        await gate.WaitForArrivalAsync();

        Assert.False(pause.IsCompleted);
        Assert.Equal(SimulatedRecordingStatus.Paused, simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!.Status);

        gate.Release();
        using var response = await pause;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("paused", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Invalid_rules_are_refused()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var faults = simulator.Simulator.Faults;

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailNext(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailNext(1, kind: FaultKind.Delay));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.DelayNext(1, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => faults.Add(new FaultRule(FaultKind.Hold)));
        Assert.Throws<ArgumentException>(() => faults.Add(new FaultRule(FaultKind.HoldAnswer)));
        Assert.Equal(0, faults.PendingCount);
    }
}
