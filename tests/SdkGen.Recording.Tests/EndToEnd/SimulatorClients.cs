using SdkGen.Recording.Bandwidth;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.SignalWire;
using SdkGen.Recording.Twilio;
using SdkGen.Runtime;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.EndToEnd;

/// <summary>
/// A simulator on a free loopback port and the four generated clients pointed at it over real HTTP, with the
/// simulator's credentials or a wrong password. Dispose it at the end of the test.
/// </summary>
public sealed class SimulatorClients : IAsyncDisposable
{
    public const string WrongPassword = "wrong-password-never-shown";

    private SimulatorClients(VendorSimulator simulator)
    {
        Simulator = simulator;
        Http = new HttpClient();
    }

    public VendorSimulator Simulator { get; }

    public SimulatorState State => Simulator.State;

    public SimulatorOptions Options => Simulator.Options;

    /// <summary>One plain HttpClient shared by the clients, as an application would share one.</summary>
    public HttpClient Http { get; }

    public static async Task<SimulatorClients> StartAsync(SimulatorOptions? options = null) =>
        new(await VendorSimulator.StartAsync(options ?? new SimulatorOptions { CometdConnectTimeout = TimeSpan.FromSeconds(1) }));

    public BandwidthClient Bandwidth(bool wrongPassword = false) => new(Http, new BandwidthClientOptions
    {
        Endpoint = Simulator.BandwidthBaseUri,
        Basic = new BasicCredentials(Options.BandwidthUsername, wrongPassword ? WrongPassword : Options.BandwidthPassword),
    });

    public TwilioClient Twilio(bool wrongPassword = false) => new(Http, new TwilioClientOptions
    {
        Endpoint = Simulator.TwilioBaseUri,
        BasicAuth = new BasicCredentials(Options.TwilioAccountSid, wrongPassword ? WrongPassword : Options.TwilioAuthToken),
    });

    public GenesysClient Genesys(bool wrongPassword = false) => new(Http, GenesysOptions(wrongPassword));

    public GenesysNotificationClient GenesysNotifications() => new(Http, GenesysOptions(wrongPassword: false));

    public SignalWireClient SignalWire(bool wrongPassword = false) => new(Http, new SignalWireClientOptions
    {
        Endpoint = Simulator.SignalWireBaseUri,
        BasicAuth = new BasicCredentials(Options.SignalWireProjectId, wrongPassword ? WrongPassword : Options.SignalWireApiToken),
    });

    /// <summary>Fails unless neither the real password nor the wrong one, plain or in a Basic header, shows in the text.</summary>
    public void AssertNoSecret(Exception exception)
    {
        string[] users = [Options.BandwidthUsername, Options.TwilioAccountSid, Options.GenesysUsername, Options.SignalWireProjectId];
        string[] secrets = [Options.BandwidthPassword, Options.TwilioAuthToken, Options.GenesysPassword, Options.SignalWireApiToken, WrongPassword];
        string text = exception.ToString();
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            foreach (string user in users)
            {
                Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(user + ":" + secret)), text, StringComparison.Ordinal);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }

    private GenesysClientOptions GenesysOptions(bool wrongPassword) => new()
    {
        Endpoint = Simulator.GenesysBaseUri,
        BasicAuth = new BasicCredentials(Options.GenesysUsername, wrongPassword ? WrongPassword : Options.GenesysPassword),
    };
}
