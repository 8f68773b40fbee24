namespace SdkGen.Simulator.Tests;

/// <summary>A simulator on a free loopback port plus one authenticated HttpClient per vendor.</summary>
internal sealed class TestSimulator : IAsyncDisposable
{
    private readonly List<HttpClient> _clients = [];

    private TestSimulator(VendorSimulator simulator)
    {
        Simulator = simulator;
        var options = simulator.Options;
        Bandwidth = Track(TestHttp.Client(simulator.BandwidthBaseUri, options.BandwidthUsername, options.BandwidthPassword));
        Twilio = Track(TestHttp.Client(simulator.TwilioBaseUri, options.TwilioAccountSid, options.TwilioAuthToken));
        Genesys = Track(TestHttp.Client(simulator.GenesysBaseUri, options.GenesysUsername, options.GenesysPassword));
        SignalWire = Track(TestHttp.Client(simulator.SignalWireBaseUri, options.SignalWireProjectId, options.SignalWireApiToken));
        Admin = Track(TestHttp.Client(simulator.BaseUri));
    }

    public VendorSimulator Simulator { get; }

    public SimulatorState State => Simulator.State;

    public SimulatorOptions Options => Simulator.Options;

    public HttpClient Bandwidth { get; }

    public HttpClient Twilio { get; }

    public HttpClient Genesys { get; }

    public HttpClient SignalWire { get; }

    /// <summary>No credentials: the admin routes need none.</summary>
    public HttpClient Admin { get; }

    public static async Task<TestSimulator> StartAsync(SimulatorOptions? options = null) =>
        new(await VendorSimulator.StartAsync(options ?? new SimulatorOptions()));

    /// <summary>A client the test owns the configuration of; disposed with the simulator.</summary>
    public HttpClient Track(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Simulator.DisposeAsync();
    }
}
