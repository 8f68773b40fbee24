using SdkGen.Simulator;

namespace SdkGen.Cli.Tests;

/// <summary><c>sdkgen recording</c> against the simulator over real HTTP, with credentials from the environment.</summary>
public sealed class RecordingCommandTests : IAsyncLifetime
{
    private VendorSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await VendorSimulator.StartAsync(new SimulatorOptions());

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private Dictionary<string, string> TwilioEnvironment() => new()
    {
        ["TWILIO_ACCOUNT_SID"] = _simulator.Options.TwilioAccountSid,
        ["TWILIO_AUTH_TOKEN"] = _simulator.Options.TwilioAuthToken,
    };

    [Fact]
    public async Task Pausing_a_twilio_recording_prints_the_new_state()
    {
        SeededCall call = _simulator.State.AddCall(SimulatedVendor.Twilio);

        (int exitCode, string output, string error) = await CliRunner.RunAsync(
            TwilioEnvironment(), "recording", "pause", "--vendor", "twilio", "--call", call.CallId, "--recording", "current", "--pause-behavior", "skip", "--base-url", _simulator.TwilioBaseUri.AbsoluteUri);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Twilio: pause -> Paused", output, StringComparison.Ordinal);
        RecordingSnapshot recording = _simulator.State.GetRecording(SimulatedVendor.Twilio, call.CallId)!;
        Assert.Equal(SimulatedRecordingStatus.Paused, recording.Status);
        Assert.Equal("skip", recording.PauseBehavior);
    }

    [Fact]
    public async Task Bandwidth_with_an_oauth2_api_credential_from_the_environment_pauses_the_recording()
    {
        SeededCall call = _simulator.State.AddCall(SimulatedVendor.Bandwidth);
        var environment = new Dictionary<string, string>
        {
            ["BANDWIDTH_CLIENT_ID"] = _simulator.Options.BandwidthClientId,
            ["BANDWIDTH_CLIENT_SECRET"] = _simulator.Options.BandwidthClientSecret,
            ["BANDWIDTH_TOKEN_URL"] = _simulator.BandwidthTokenUri.AbsoluteUri,
            ["BANDWIDTH_ACCOUNT_ID"] = _simulator.Options.BandwidthAccountId,
        };

        (int exitCode, string output, string error) = await CliRunner.RunAsync(
            environment, "recording", "pause", "--vendor", "bandwidth", "--call", call.CallId, "--base-url", _simulator.BandwidthBaseUri.AbsoluteUri);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Bandwidth: pause -> Paused", output, StringComparison.Ordinal);
        Assert.Single(_simulator.State.GetRequests(), r => r.Path.EndsWith("/oauth2/token", StringComparison.Ordinal));
        Assert.Equal(SimulatedRecordingStatus.Paused, _simulator.State.GetRecording(SimulatedVendor.Bandwidth, call.CallId)!.Status);
    }

    [Fact]
    public async Task Bandwidth_with_both_credentials_exits_two_and_sends_nothing()
    {
        var environment = new Dictionary<string, string>
        {
            ["BANDWIDTH_CLIENT_ID"] = "id",
            ["BANDWIDTH_CLIENT_SECRET"] = "client-secret-never-shown",
            ["BANDWIDTH_USERNAME"] = "u",
            ["BANDWIDTH_PASSWORD"] = "password-never-shown",
            ["BANDWIDTH_ACCOUNT_ID"] = "9900000",
        };

        (int exitCode, _, string error) = await CliRunner.RunAsync(
            environment, "recording", "pause", "--vendor", "bandwidth", "--call", "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85", "--base-url", _simulator.BandwidthBaseUri.AbsoluteUri);

        Assert.Equal(2, exitCode);
        Assert.Contains("not both", error, StringComparison.Ordinal);
        Assert.DoesNotContain("never-shown", error, StringComparison.Ordinal);
        Assert.Equal(0, _simulator.State.TotalRequestCount);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("600")]
    public async Task The_timeout_limits_are_settings_the_sdk_accepts(string timeout)
    {
        // Both ends of --timeout become retry-pipeline settings; neither may make the SDK refuse to start.
        SeededCall call = _simulator.State.AddCall(SimulatedVendor.Twilio);

        (int exitCode, string output, string error) = await CliRunner.RunAsync(
            TwilioEnvironment(), "recording", "pause", "--vendor", "twilio", "--call", call.CallId, "--timeout", timeout, "--base-url", _simulator.TwilioBaseUri.AbsoluteUri);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Twilio: pause -> Paused", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_error_exits_one_with_the_vendor_code_and_message_and_no_secret()
    {
        (int exitCode, _, string error) = await CliRunner.RunAsync(
            TwilioEnvironment(), "recording", "resume", "--vendor", "twilio", "--call", "CA" + new string('0', 32), "--base-url", _simulator.TwilioBaseUri.AbsoluteUri);

        Assert.Equal(1, exitCode);
        Assert.Contains("HTTP 404", error, StringComparison.Ordinal);
        Assert.Contains("code 20404", error, StringComparison.Ordinal);
        Assert.DoesNotContain(_simulator.Options.TwilioAuthToken, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Genesys_pause_waits_for_the_cometd_confirmation()
    {
        SeededCall call = _simulator.State.AddCall(SimulatedVendor.Genesys);
        var environment = new Dictionary<string, string>
        {
            ["GENESYS_USERNAME"] = _simulator.Options.GenesysUsername,
            ["GENESYS_PASSWORD"] = _simulator.Options.GenesysPassword,
        };

        (int exitCode, string output, string error) = await CliRunner.RunAsync(
            environment, "recording", "pause", "--vendor", "genesys", "--call", call.CallId, "--base-url", _simulator.GenesysBaseUri.AbsoluteUri);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Genesys: pause -> Paused", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recording", "pause", "--vendor", "nokia", "--call", "x")]
    [InlineData("recording", "pause", "--vendor", "twilio")]
    [InlineData("recording", "explode", "--vendor", "twilio", "--call", "x")]
    [InlineData("recording", "pause", "--vendor", "twilio", "--call", "x", "--pause-behavior", "loud")]
    [InlineData("recording", "resume", "--vendor", "twilio", "--call", "CA0123456789abcdef0123456789abcdef", "--pause-behavior", "skip")]
    [InlineData("recording", "pause", "--vendor", "twilio", "--call", "not-a-call-sid")]
    [InlineData("recording", "stop", "--vendor", "bandwidth", "--call", "c-1")]
    [InlineData("generate", "/no/such/spec.yaml", "-o", "/tmp/x")]
    [InlineData("frobnicate")]
    public async Task Bad_input_exits_two_with_one_line_and_sends_nothing(params string[] args)
    {
        var environment = new Dictionary<string, string>(TwilioEnvironment())
        {
            ["BANDWIDTH_USERNAME"] = "u",
            ["BANDWIDTH_PASSWORD"] = "p",
            ["BANDWIDTH_ACCOUNT_ID"] = "9900000",
        };

        (int exitCode, _, string error) = await CliRunner.RunAsync(environment, [.. args, .. BaseUrlFor(args)]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("sdkgen: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(0, _simulator.State.TotalRequestCount);
    }

    [Fact]
    public async Task Missing_credentials_exit_two_naming_the_variable()
    {
        (int exitCode, _, string error) = await CliRunner.RunAsync(
            new Dictionary<string, string> { ["TWILIO_ACCOUNT_SID"] = "AC0123456789abcdef0123456789abcdef" },
            "recording", "pause", "--vendor", "twilio", "--call", "CA0123456789abcdef0123456789abcdef", "--base-url", _simulator.TwilioBaseUri.AbsoluteUri);

        Assert.Equal(2, exitCode);
        Assert.Contains("TWILIO_AUTH_TOKEN", error, StringComparison.Ordinal);
        Assert.Equal(0, _simulator.State.TotalRequestCount);
    }

    private string[] BaseUrlFor(string[] args) =>
        args.Length > 0 && args[0] == "recording" && args.Contains("twilio") ? ["--base-url", _simulator.TwilioBaseUri.AbsoluteUri]
        : args.Length > 0 && args[0] == "recording" && args.Contains("bandwidth") ? ["--base-url", _simulator.BandwidthBaseUri.AbsoluteUri]
        : [];
}
