namespace SdkGen.Showcase.Tests.Infrastructure;

/// <summary>Base of the showcase tests: a fresh loopback clinic per test, so no test depends on another's requests.</summary>
public abstract class ClinicTest : IAsyncLifetime
{
    private LoopbackClinic? _clinic;

    internal LoopbackClinic Clinic => _clinic ?? throw new InvalidOperationException("The clinic starts in InitializeAsync.");

    public async Task InitializeAsync() => _clinic = await LoopbackClinic.StartAsync();

    public async Task DisposeAsync()
    {
        if (_clinic is not null)
        {
            await _clinic.DisposeAsync();
        }
    }
}
