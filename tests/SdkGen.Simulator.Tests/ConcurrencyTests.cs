using System.Net;

namespace SdkGen.Simulator.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_pause_and_resume_on_one_genesys_call_keep_the_state_machine_consistent()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Genesys);
        var bayeux = new BayeuxTestClient(simulator.Genesys);
        await bayeux.HandshakeAsync();
        await bayeux.SubscribeAsync("/v2/me/calls");
        var operations = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "PauseCallRecording" : "ResumeCallRecording").ToArray();

        var codes = await Task.WhenAll(operations.Select(async operation =>
        {
            using var response = await GenesysTests.OperateAsync(simulator.Genesys, call.CallId, operation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (operation, code: (await response.ReadJsonAsync()).GetProperty("statusCode").GetInt32());
        }));

        Assert.All(codes, c => Assert.Contains(c.code, new[] { 0, 2 }));
        var acceptedPauses = codes.Count(c => c.code == 0 && c.operation == "PauseCallRecording");
        var acceptedResumes = codes.Count(c => c.code == 0 && c.operation == "ResumeCallRecording");
        // Starting from Recording, accepted operations must alternate pause, resume, pause...
        Assert.InRange(acceptedPauses - acceptedResumes, 0, 1);
        var recording = simulator.State.GetRecording(SimulatedVendor.Genesys, call.CallId)!;
        Assert.Equal(acceptedPauses + acceptedResumes, recording.AcceptedUpdates);
        Assert.Equal(acceptedPauses > acceptedResumes ? SimulatedRecordingStatus.Paused : SimulatedRecordingStatus.InProgress, recording.Status);

        // One recording state change per accepted operation, alternating states, in order (the other notification
        // types GWS interleaves are not outcomes).
        var states = BayeuxTestClient.Deliveries(await bayeux.ConnectAsync())
            .Select(d => d.GetProperty("data"))
            .Where(d => d.GetProperty("notificationType").GetString() == "CallRecordingStateChange")
            .Select(d => d.GetProperty("call").GetProperty("recordingState").GetString())
            .ToArray();
        Assert.Equal(acceptedPauses + acceptedResumes, states.Length);
        Assert.Equal(Enumerable.Range(0, states.Length).Select(i => i % 2 == 0 ? "Paused" : "Recording"), states);
    }

    [Fact]
    public async Task Parallel_pauses_of_one_twilio_recording_are_all_accepted_once_each()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.Twilio);
        var path = $"2010-04-01/Accounts/{simulator.Options.TwilioAccountSid}/Calls/{call.CallId}/Recordings/{call.RecordingIds[0]}.json";

        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await simulator.Twilio.PostAsync(path, TestHttp.Form(("Status", "paused")));
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(
            new RecordingSnapshot(call.RecordingIds[0], SimulatedRecordingStatus.Paused, "silence", 50),
            simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId));
        Assert.Equal(50, simulator.State.GetRequestCount(SimulatedVendor.Twilio));
    }

    [Fact]
    public async Task Parallel_updates_of_different_recordings_on_one_call_do_not_interfere()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var call = simulator.State.AddCall(SimulatedVendor.SignalWire, recordingCount: 8);

        var responses = await Task.WhenAll(call.RecordingIds.Select(async (sid, i) =>
        {
            var status = i % 2 == 0 ? "paused" : "stopped";
            using var response = await simulator.SignalWire.PostAsync(
                $"Accounts/{simulator.Options.SignalWireProjectId}/Calls/{call.CallId}/Recordings/{sid}",
                TestHttp.Form(("Status", status)));
            var body = await response.ReadJsonAsync();
            return (sid, status, response.StatusCode, body);
        }));

        foreach (var (sid, status, code, body) in responses)
        {
            Assert.Equal(HttpStatusCode.OK, code);
            Assert.Equal(sid, body.GetProperty("sid").GetString());
            Assert.Equal(status, body.GetProperty("status").GetString());
            var expected = status == "paused" ? SimulatedRecordingStatus.Paused : SimulatedRecordingStatus.Stopped;
            Assert.Equal(expected, simulator.State.GetRecording(SimulatedVendor.SignalWire, call.CallId, sid)!.Status);
        }
    }

    [Fact]
    public async Task Parallel_seeding_produces_distinct_calls()
    {
        await using var simulator = await TestSimulator.StartAsync();

        var calls = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => simulator.State.AddCall((SimulatedVendor)(i % 4)))));

        Assert.Equal(100, calls.Select(c => (c.Vendor, c.CallId)).Distinct().Count());
        Assert.All(calls, c => Assert.NotNull(simulator.State.GetCall(c.Vendor, c.CallId)));
    }
}
