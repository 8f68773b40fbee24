using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// One Information line per successful call (vendor, operation, call id, state, elapsed ms), and no secret in any
/// log entry or exception, whatever happened.
/// </summary>
public sealed class LoggingTests
{
    public static TheoryData<RecordingVendor> Vendors => new(ControlHarness.AllVendors);

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Each_successful_call_writes_one_Information_line(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = harness.AddCall(vendor);

        await control.PauseAsync(call);
        await control.ResumeAsync(call);

        Assert.Equal(2, harness.Logs.Entries.Count);
        Assert.All(harness.Logs.Entries, e =>
        {
            Assert.Equal(LogLevel.Information, e.Level);
            Assert.Equal("RecordingOperationSucceeded", e.EventId.Name);
            Assert.StartsWith("SdkGen.Recording." + vendor + "RecordingControl", e.Category, StringComparison.Ordinal);
            Assert.Equal(vendor, e.Value("Vendor"));
            Assert.Equal(call.CallId, e.Value("CallId"));
            Assert.IsType<long>(e.Value("ElapsedMs"));
            Assert.InRange((long)e.Value("ElapsedMs")!, 0, 60_000);
            Assert.Null(e.Exception);
        });

        LogEntry pause = harness.Logs.Entries[0];
        Assert.Matches("^" + vendor + " Pause call " + Regex.Escape(call.CallId) + ": Paused in [0-9]+ ms$", pause.Message);
        Assert.Equal(RecordingOperation.Pause, pause.Value("Operation"));
        Assert.Equal(RecordingState.Paused, pause.Value("State"));
        LogEntry resume = harness.Logs.Entries[1];
        Assert.Matches("^" + vendor + " Resume call " + Regex.Escape(call.CallId) + ": Recording in [0-9]+ ms$", resume.Message);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task The_elapsed_time_is_measured_on_the_configured_clock(RecordingVendor vendor)
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { Time = clock });

        await control.PauseAsync(harness.AddCall(vendor));

        Assert.Equal(0L, Assert.Single(harness.Logs.Entries).Value("ElapsedMs"));
    }

    [Theory]
    [InlineData(RecordingVendor.Bandwidth, "HTTP 404 validation")]
    [InlineData(RecordingVendor.Twilio, "HTTP 404 20404")]
    [InlineData(RecordingVendor.Genesys, "HTTP 200 6")]
    [InlineData(RecordingVendor.SignalWire, "HTTP 404 20404")]
    public async Task A_failed_call_writes_one_Warning_line_with_the_vendors_answer(RecordingVendor vendor, string status)
    {
        await using var harness = await ControlHarness.StartAsync();
        IRecordingControl control = harness.Create(vendor);
        CallReference call = ControlHarness.UnknownCall(vendor);

        await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.PauseAsync(call));

        LogEntry entry = Assert.Single(harness.Logs.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("RecordingOperationFailed", entry.EventId.Name);
        Assert.Equal(vendor + " Pause call " + call.CallId + ": failed with " + status + " in " + entry.Value("ElapsedMs") + " ms", entry.Message);
    }

    public static TheoryData<RecordingVendor, bool> VendorsAndBandwidthOAuth2()
    {
        var data = new TheoryData<RecordingVendor, bool>();
        foreach (RecordingVendor vendor in ControlHarness.AllVendors)
        {
            data.Add(vendor, false);
        }

        data.Add(RecordingVendor.Bandwidth, true);
        return data;
    }

    [Theory]
    [MemberData(nameof(VendorsAndBandwidthOAuth2))]
    public async Task No_log_entry_or_exception_contains_a_secret(RecordingVendor vendor, bool oauth2)
    {
        await using var harness = await ControlHarness.StartAsync();
        var texts = new List<string>();
        IRecordingControl control = harness.Create(vendor, new ControlSettings { Resilience = r => r.BaseDelay = TimeSpan.Zero, BandwidthOAuth2 = oauth2 });
        IRecordingControl wrong = harness.Create(vendor, new ControlSettings { WrongCredentials = true, BandwidthOAuth2 = oauth2 });
        IRecordingControl noRetries = harness.Create(vendor, new ControlSettings { Resilience = r => r.MaxRetries = 0, BandwidthOAuth2 = oauth2 });

        // Success, retries, retries exhausted, not found, refused credentials, an invalid transition, a failed resume.
        CallReference call = harness.AddCall(vendor);
        harness.FailOperations(vendor, 1, retryAfterSeconds: null);
        await control.PauseAsync(call);
        await control.ResumeAsync(call);
        harness.FailOperations(vendor, 4, retryAfterSeconds: null, FaultKind.TooManyRequests);
        texts.Add((await Assert.ThrowsAsync<RecordingServiceUnavailableException>(() => control.PauseAsync(call))).ToString());
        texts.Add((await Assert.ThrowsAsync<RecordingNotFoundException>(() => control.PauseAsync(ControlHarness.UnknownCall(vendor)))).ToString());
        texts.Add((await Assert.ThrowsAsync<RecordingAuthenticationException>(() => wrong.PauseAsync(call))).ToString());
        if (control.CanStop)
        {
            CallReference stopped = harness.AddCall(vendor, SimulatedRecordingStatus.Stopped);
            texts.Add((await Assert.ThrowsAsync<InvalidRecordingStateException>(() => control.ResumeAsync(stopped))).ToString());
        }

        SensitiveInputPause scope = await noRetries.PauseForSensitiveInputAsync(call, logger: harness.LoggerFactory.CreateLogger("Checkout"));
        harness.FailOperations(vendor, 1, retryAfterSeconds: 1);
        texts.Add((await Assert.ThrowsAsync<RecordingResumeFailedException>(() => scope.DisposeAsync().AsTask())).ToString());

        texts.AddRange(harness.Logs.Entries.Select(e => e.AllText));
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Name == "RecordingOperationRetrying");
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Warning);
        foreach (string secret in harness.SecretForms())
        {
            Assert.All(texts, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }

        Assert.All(texts, text => Assert.DoesNotContain("Authorization", text, StringComparison.OrdinalIgnoreCase));
        Assert.All(texts, text => Assert.DoesNotContain("Bearer ", text, StringComparison.OrdinalIgnoreCase));
    }
}
