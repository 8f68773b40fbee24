namespace SdkGen.Cli.Tests;

/// <summary>
/// <c>sdkgen recording</c> checks the whole command line before it reads a credential: with an empty environment,
/// a bad command line is reported as such (exit 2), never as a missing variable.
/// </summary>
public sealed class InputValidationTests
{
    private const string TwilioCall = "CA0123456789abcdef0123456789abcdef";
    private const string Uuid = "3f2c1a9e-8d1b-4c7e-9a55-0c6d2b1e4f70";

    [Theory]
    [InlineData("pause", "twilio", "not-a-call-sid")]
    [InlineData("pause", "twilio", "CA0123")]
    [InlineData("pause", "twilio", TwilioCall, "--recording", "RE123")]
    [InlineData("pause", "signalwire", "not-a-uuid", "--recording", Uuid)]
    [InlineData("pause", "signalwire", Uuid)]
    [InlineData("pause", "signalwire", Uuid, "--recording", "current")]
    [InlineData("stop", "bandwidth", "c-15ac29a2")]
    [InlineData("pause", "bandwidth", "c-15ac29a2", "--recording", "r-1")]
    [InlineData("pause", "bandwidth", "c 15ac29a2")]
    [InlineData("pause", "genesys", "01RCC3N118B1V0SL807GK2LAES00000V", "--pause-behavior", "skip")]
    [InlineData("resume", "twilio", TwilioCall, "--pause-behavior", "skip")]
    [InlineData("pause", "twilio", TwilioCall, "--timeout", "-5")]
    [InlineData("pause", "twilio", TwilioCall, "--timeout", "0")]
    [InlineData("pause", "twilio", TwilioCall, "--timeout", "50000")]
    [InlineData("pause", "twilio", TwilioCall, "--timeout", "99999999999")]
    [InlineData("pause", "twilio", TwilioCall, "--base-url", "ftp://example.com/")]
    [InlineData("pause", "twilio", TwilioCall, "--base-url", "https://user:secret@example.com/")]
    public async Task Impossible_input_exits_two_before_any_credential_is_asked_for(string action, string vendor, string call, params string[] extra)
    {
        (int exitCode, string output, string error) = await CliRunner.RunAsync(
            new Dictionary<string, string>(), ["recording", action, "--vendor", vendor, "--call", call, .. extra]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        string line = Assert.Single(FailureOutputTests.Lines(error));
        Assert.StartsWith("sdkgen: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("set ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("twilio", TwilioCall, "TWILIO_ACCOUNT_SID")]
    [InlineData("twilio", TwilioCall, "TWILIO_ACCOUNT_SID", "--recording", "current", "--timeout", "600")]
    [InlineData("signalwire", Uuid, "SIGNALWIRE_PROJECT_ID", "--recording", Uuid)]
    [InlineData("bandwidth", "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85", "BANDWIDTH_CLIENT_ID")]
    [InlineData("genesys", "01RCC3N118B1V0SL807GK2LAES00000V", "GENESYS_USERNAME")]
    public async Task Valid_input_gets_as_far_as_the_credentials(string vendor, string call, string firstVariable, params string[] extra)
    {
        (int exitCode, _, string error) = await CliRunner.RunAsync(
            new Dictionary<string, string>(), ["recording", "pause", "--vendor", vendor, "--call", call, .. extra]);

        Assert.Equal(2, exitCode);
        Assert.Contains("set " + firstVariable, Assert.Single(FailureOutputTests.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_without_an_action_prints_its_help_and_exits_zero()
    {
        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, "recording");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        foreach (string action in new[] { "pause", "resume", "stop" })
        {
            Assert.Contains(action, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_arguments_prints_the_help_and_exits_zero()
    {
        (int exitCode, string output, string error) = await CliRunner.RunAsync(null);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        foreach (string command in new[] { "demo", "recording", "generate" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Stop_is_refused_for_exactly_the_vendors_whose_control_cannot_stop()
    {
        var http = new HttpClient();
        var controls = new SdkGen.Recording.IRecordingControl[]
        {
            new SdkGen.Recording.BandwidthRecordingControl(http, new() { Username = "u", Password = "p", AccountId = "1" }),
            new SdkGen.Recording.TwilioRecordingControl(http, new() { AccountSid = "AC0123456789abcdef0123456789abcdef", AuthToken = "t" }),
            new SdkGen.Recording.GenesysRecordingControl(http, new() { Username = "u", Password = "p", Endpoint = new Uri("https://gws.example.com/") }),
            new SdkGen.Recording.SignalWireRecordingControl(http, new() { ProjectId = Uuid, ApiToken = "t", SpaceName = "example" }),
        };

        foreach (SdkGen.Recording.IRecordingControl control in controls)
        {
            var vendor = Enum.Parse<Vendors.Vendor>(control.Vendor.ToString());
            bool accepted = Accepts(() => Vendors.RecordingRequest.Create(Vendors.RecordingAction.Stop, vendor, "x", null, null, null, 30));
            Assert.True(accepted == control.CanStop, $"{vendor}: the CLI and the SDK disagree about stop");
        }
    }

    private static bool Accepts(Action create)
    {
        try
        {
            create();
            return true;
        }
        catch (UsageException ex)
        {
            // Only the stop refusal counts; the ids here are deliberately not checked.
            return !ex.Message.Contains("not stop", StringComparison.Ordinal);
        }
    }
}
