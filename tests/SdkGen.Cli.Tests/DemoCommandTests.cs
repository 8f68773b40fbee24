namespace SdkGen.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_exits_zero_and_shows_every_vendor_pausing_resuming_and_stopping()
    {
        (int exitCode, string output, string error) = await CliRunner.RunAsync(null, "demo");

        Assert.True(exitCode == 0, output + error);
        foreach (string vendor in new[] { "Bandwidth", "Twilio", "Genesys", "SignalWire" })
        {
            Assert.Contains(vendor, output, StringComparison.Ordinal);
        }

        Assert.Contains("All 11 steps behaved as expected", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", output, StringComparison.Ordinal);
        Assert.Contains("Paused", output, StringComparison.Ordinal);
        // Bandwidth through OAuth 2.0 (the only way into its cloud since 2026-12-02): one token, then the Voice API.
        Assert.Contains("POST /api/v1/oauth2/token 200; PUT /api/v2/accounts/", output, StringComparison.Ordinal);
        Assert.Equal(1, output.Split("/oauth2/token").Length - 1);
        Assert.Equal("", error);
    }
}
