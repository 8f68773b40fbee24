using SdkGen.Recording.Bandwidth;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.SignalWire;
using SdkGen.Recording.Twilio;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.EndToEnd;

/// <summary>
/// Retry-worthy faults reach the caller of a bare generated client as typed exceptions — status, Retry-After and
/// the vendor's error body — and the generated client itself never retries.
/// </summary>
public sealed class FaultEndToEndTests
{
    public static TheoryData<SimulatedVendor> Vendors => new(Enum.GetValues<SimulatedVendor>());

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_503_with_Retry_After_is_a_typed_ApiException_and_is_not_retried(SimulatedVendor vendor)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(vendor);
        sim.Simulator.Faults.FailNext(1, vendor, retryAfterSeconds: 7);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => PauseAsync(sim, vendor, call));

        Assert.Equal(503, ex.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        AssertVendorError(vendor, ex, throttled: false);
        Assert.Equal(1, sim.State.GetRequestCount(vendor));
        Assert.Equal(SimulatedRecordingStatus.InProgress, sim.State.GetRecording(vendor, call.CallId, call.RecordingIds[0])!.Status);
        Assert.Equal(0, sim.Simulator.Faults.PendingCount);

        // The fault is spent: the same call now succeeds.
        await PauseAsync(sim, vendor, call);
        Assert.Equal(SimulatedRecordingStatus.Paused, sim.State.GetRecording(vendor, call.CallId, call.RecordingIds[0])!.Status);
    }

    [Theory]
    [InlineData(SimulatedVendor.Bandwidth)]
    [InlineData(SimulatedVendor.Twilio)]
    [InlineData(SimulatedVendor.Genesys)]
    public async Task A_429_with_Retry_After_is_a_typed_ApiException_and_is_not_retried(SimulatedVendor vendor)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(vendor);
        sim.Simulator.Faults.FailNext(1, vendor, retryAfterSeconds: 7, FaultKind.TooManyRequests);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => PauseAsync(sim, vendor, call));

        Assert.Equal(429, ex.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        AssertVendorError(vendor, ex, throttled: true);
        Assert.Equal(1, sim.State.GetRequestCount(vendor));
    }

    [Fact]
    public async Task SignalWire_a_429_keeps_status_Retry_After_and_the_raw_body()
    {
        const SimulatedVendor vendor = SimulatedVendor.SignalWire;
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(vendor);
        sim.Simulator.Faults.FailNext(1, vendor, retryAfterSeconds: 7, FaultKind.TooManyRequests);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => PauseAsync(sim, vendor, call));

        Assert.Equal(429, ex.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        Assert.Contains("\"code\":20429", ex.ResponseBody, StringComparison.Ordinal);
        Assert.Equal(1, sim.State.GetRequestCount(vendor));
    }

    [Fact]
    public async Task SignalWire_a_429_with_Retry_After_is_a_typed_ApiException()
    {
        const SimulatedVendor vendor = SimulatedVendor.SignalWire;
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(vendor);
        sim.Simulator.Faults.FailNext(1, vendor, retryAfterSeconds: 7, FaultKind.TooManyRequests);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => PauseAsync(sim, vendor, call));

        Assert.Equal(429, ex.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        AssertVendorError(vendor, ex, throttled: true);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Without_Retry_After_RetryAfter_is_null(SimulatedVendor vendor)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(vendor);
        sim.Simulator.Faults.FailNext(1, vendor, retryAfterSeconds: null);

        ApiException ex = await Assert.ThrowsAnyAsync<ApiException>(() => PauseAsync(sim, vendor, call));

        Assert.Equal(503, ex.Status);
        Assert.Null(ex.RetryAfter);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task An_aborted_connection_is_HttpRequestException(SimulatedVendor vendor)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(vendor);
        sim.Simulator.Faults.Add(new FaultRule(FaultKind.Abort) { Vendor = vendor });

        await Assert.ThrowsAsync<HttpRequestException>(() => PauseAsync(sim, vendor, call));

        Assert.Equal(1, sim.State.GetRequestCount(vendor));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Several_faults_are_answered_one_request_each(SimulatedVendor vendor)
    {
        await using var sim = await SimulatorClients.StartAsync();
        SeededCall call = sim.State.AddCall(vendor);
        sim.Simulator.Faults.FailNext(2, vendor, retryAfterSeconds: 1);

        await Assert.ThrowsAnyAsync<ApiException>(() => PauseAsync(sim, vendor, call));
        await Assert.ThrowsAnyAsync<ApiException>(() => PauseAsync(sim, vendor, call));
        await PauseAsync(sim, vendor, call);

        Assert.Equal(3, sim.State.GetRequestCount(vendor));
        Assert.Equal(1, sim.State.GetRecording(vendor, call.CallId, call.RecordingIds[0])!.AcceptedUpdates);
    }

    private static Task PauseAsync(SimulatorClients sim, SimulatedVendor vendor, SeededCall call) => vendor switch
    {
        SimulatedVendor.Bandwidth => sim.Bandwidth().UpdateCallRecordingStateAsync(
            sim.Options.BandwidthAccountId, call.CallId, new UpdateCallRecording(RecordingStateEnum.Paused)),
        SimulatedVendor.Twilio => sim.Twilio().UpdateCallRecordingAsync(
            sim.Options.TwilioAccountSid, call.CallId, call.RecordingIds[0], new UpdateCallRecordingRequest(CallRecordingUpdateStatus.Paused)),
        SimulatedVendor.Genesys => sim.Genesys().PerformCallRecordingOperationAsync(
            call.CallId, new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording)),
        SimulatedVendor.SignalWire => sim.SignalWire().UpdateRecordingAsync(
            sim.Options.SignalWireProjectId, call.CallId, call.RecordingIds[0], new UpdateRecordingRequest(RecordingUpdateStatus.Paused)),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
    };

    private static void AssertVendorError(SimulatedVendor vendor, ApiException ex, bool throttled)
    {
        Assert.NotNull(ex.ResponseBody);
        switch (vendor)
        {
            case SimulatedVendor.Bandwidth:
                var bandwidth = Assert.IsType<ApiException<VoiceApiError>>(ex);
                Assert.Equal("error", bandwidth.ErrorCode);   // Bandwidth's documented type for 429 (and the simulator's for 503)
                Assert.Equal(bandwidth.ErrorCode, bandwidth.Error!.Type);
                Assert.Equal(throttled ? "Account call creation rate limit exceeded" : "The service is temporarily unavailable.", bandwidth.ErrorMessage);
                break;
            case SimulatedVendor.Twilio:
                var twilio = Assert.IsType<ApiException<TwilioError>>(ex);
                Assert.Equal(throttled ? "20429" : "20503", twilio.ErrorCode);
                Assert.Equal(throttled ? "Too Many Requests" : "Service Unavailable", twilio.ErrorMessage);
                Assert.Equal(ex.Status, twilio.Error!.Status);
                break;
            case SimulatedVendor.Genesys:
                var genesys = Assert.IsType<ApiException<ApiStatus>>(ex);
                Assert.Equal("4", genesys.ErrorCode);
                Assert.Equal(4, genesys.Error!.StatusCode);
                Assert.Equal(throttled ? "Too many requests" : "Service unavailable", genesys.ErrorMessage);
                break;
            case SimulatedVendor.SignalWire:
                var signalWire = Assert.IsType<ApiException<SignalWireError>>(ex);
                Assert.Equal(throttled ? "20429" : "20503", signalWire.ErrorCode);
                Assert.Equal(throttled ? "Too Many Requests" : "Service Unavailable", signalWire.ErrorMessage);
                Assert.Equal(ex.Status, signalWire.Error!.Status);
                break;
        }
    }
}
