namespace SdkGen.Cli.Tests;

/// <summary>
/// Every failure of <c>sdkgen recording</c> ends with exit 1 or 2 and one escaped line: no stack trace (unless
/// --verbose), no crash, no vendor text that can fake an output line or drive the terminal, no secret.
/// </summary>
public sealed class FailureOutputTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string AuthToken = "s3cr3t-auth-token-value";
    private const string CallSid = "CA0123456789abcdef0123456789abcdef";

    private static readonly Dictionary<string, string> TwilioEnvironment = new()
    {
        ["TWILIO_ACCOUNT_SID"] = AccountSid,
        ["TWILIO_AUTH_TOKEN"] = AuthToken,
    };

    [Fact]
    public async Task A_200_with_an_html_body_exits_one_saying_the_outcome_is_uncertain_without_a_stack_trace()
    {
        await using var server = new CannedHttpServer(200, "text/html", "<html><body>Welcome to the captive portal</body></html>");

        (int exitCode, string output, string error) = await PauseAsync(server);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        string line = Assert.Single(Lines(error));
        Assert.StartsWith("sdkgen: ", line, StringComparison.Ordinal);
        Assert.Contains("uncertain", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthToken, error, StringComparison.Ordinal);
        Assert.True(server.RequestCount >= 1);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        await using var server = new CannedHttpServer(200, "text/html", "<html></html>");

        (int exitCode, _, string error) = await PauseAsync(server, "--verbose");

        Assert.Equal(1, exitCode);
        Assert.True(Lines(error).Length > 1, error);
        Assert.Contains(" at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthToken, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_vendor_message_is_escaped_and_cannot_fake_an_output_line()
    {
        const string Hostile = "denied\r\nTwilio: pause -> Paused\u001b[2K\u001b[1A\u0007\u202e\u2028done";
        string body = "{\"code\": 20001, \"message\": " + System.Text.Json.JsonSerializer.Serialize(Hostile) + ", \"status\": 400}";
        await using var server = new CannedHttpServer(400, "application/json", body);

        (int exitCode, string output, string error) = await PauseAsync(server);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        string line = Assert.Single(Lines(error));
        Assert.Contains("refused", line, StringComparison.Ordinal);
        Assert.Contains("code 20001", line, StringComparison.Ordinal);
        Assert.Contains(@"denied\r\nTwilio: pause -> Paused\u001b[2K\u001b[1A\u0007\u202e\u2028done", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u202e' or '\u2028');
    }

    [Fact]
    public async Task An_oversized_vendor_message_is_cut_short()
    {
        string body = "{\"code\": 20001, \"message\": \"" + new string('x', 100_000) + "\", \"status\": 400}";
        await using var server = new CannedHttpServer(400, "application/json", body);

        (int exitCode, _, string error) = await PauseAsync(server);

        Assert.Equal(1, exitCode);
        Assert.InRange(Assert.Single(Lines(error)).Length, 1, 1_000);
    }

    [Fact]
    public async Task No_answer_at_all_exits_one_saying_the_outcome_is_uncertain()
    {
        // A port that was free a moment ago: the connection is refused, so nothing is known about the vendor's state.
        Uri closed;
        await using (var server = new CannedHttpServer(200, "application/json", "{}"))
        {
            closed = server.BaseUri;
        }

        (int exitCode, _, string error) = await CliRunner.RunAsync(
            TwilioEnvironment, "recording", "pause", "--vendor", "twilio", "--call", CallSid, "--base-url", closed.AbsoluteUri, "--timeout", "1");

        Assert.Equal(1, exitCode);
        string line = Assert.Single(Lines(error));
        Assert.Contains("uncertain", line, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> PauseAsync(CannedHttpServer server, params string[] extra) =>
        CliRunner.RunAsync(TwilioEnvironment, ["recording", "pause", "--vendor", "twilio", "--call", CallSid, "--base-url", server.BaseUri.AbsoluteUri, .. extra]);

    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
