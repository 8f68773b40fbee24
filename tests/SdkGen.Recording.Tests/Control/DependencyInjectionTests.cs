using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SdkGen.Recording.Tests.Control.Infrastructure;
using SdkGen.Simulator;

namespace SdkGen.Recording.Tests.Control;

/// <summary>
/// <c>services.Add{Vendor}RecordingControl(configuration section)</c>: IHttpClientFactory clients, options read from
/// configuration and validated at start-up, the control as <see cref="IRecordingControl"/>, keyed by vendor, and as
/// its own type — driven against the simulator.
/// </summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task Twilio_from_configuration_resolves_three_ways_and_works()
    {
        await using var harness = await ControlHarness.StartAsync();
        IConfiguration configuration = Configuration(TwilioSettings(harness));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(harness.Logs));
        services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio"));
        await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        IRecordingControl control = provider.GetRequiredService<IRecordingControl>();
        IRecordingControl keyed = provider.GetRequiredKeyedService<IRecordingControl>(RecordingVendor.Twilio);
        TwilioRecordingControl twilio = provider.GetRequiredService<TwilioRecordingControl>();
        Assert.IsType<TwilioRecordingControl>(control);
        Assert.IsType<TwilioRecordingControl>(keyed);
        Assert.Null(provider.GetKeyedService<IRecordingControl>(RecordingVendor.Bandwidth));

        CallReference first = harness.AddCall(RecordingVendor.Twilio);
        CallReference second = harness.AddCall(RecordingVendor.Twilio);
        Assert.Equal(RecordingState.Paused, await control.PauseAsync(first));
        Assert.Equal(RecordingState.Recording, await keyed.ResumeAsync(first));
        Assert.Equal(RecordingState.Paused, await twilio.PauseAsync(second, Twilio.PauseBehavior.Skip));

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(RecordingVendor.Twilio, first));
        Assert.Equal("silence", harness.RecordingOf(RecordingVendor.Twilio, first).PauseBehavior);
        Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(RecordingVendor.Twilio, second));
        Assert.Equal("skip", harness.RecordingOf(RecordingVendor.Twilio, second).PauseBehavior);

        // The logger came from the container.
        Assert.Equal(3, harness.Logs.Entries.Count(e => e.EventId.Name == "RecordingOperationSucceeded"));
    }

    [Fact]
    public async Task Configuration_values_reach_the_control()
    {
        await using var harness = await ControlHarness.StartAsync();
        var settings = TwilioSettings(harness);
        settings["Recording:Twilio:PauseBehavior"] = "Skip";
        settings["Recording:Twilio:Resilience:MaxRetries"] = "0";
        var services = new ServiceCollection();
        services.AddTwilioRecordingControl(Configuration(settings).GetSection("Recording:Twilio"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IRecordingControl control = provider.GetRequiredService<IRecordingControl>();
        CallReference call = harness.AddCall(RecordingVendor.Twilio);

        await control.PauseAsync(call);
        Assert.Equal("skip", harness.RecordingOf(RecordingVendor.Twilio, call).PauseBehavior);

        // MaxRetries = 0: a 503 is not retried.
        harness.FailOperations(RecordingVendor.Twilio, 1, retryAfterSeconds: 1);
        await Assert.ThrowsAsync<RecordingServiceUnavailableException>(() => control.ResumeAsync(call));
        Assert.Equal(2, harness.OperationRequests(RecordingVendor.Twilio));
    }

    [Fact]
    public async Task All_four_vendors_registered_together_each_answer_for_their_own_vendor()
    {
        await using var harness = await ControlHarness.StartAsync();
        IConfiguration configuration = Configuration(AllSettings(harness));
        var services = new ServiceCollection();
        services.AddBandwidthRecordingControl(configuration.GetSection("Recording:Bandwidth"));
        services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio"));
        services.AddGenesysRecordingControl(configuration.GetSection("Recording:Genesys"));
        services.AddSignalWireRecordingControl(configuration.GetSection("Recording:SignalWire"));
        await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Equal(ControlHarness.AllVendors, provider.GetServices<IRecordingControl>().Select(c => c.Vendor));
        Assert.IsType<BandwidthRecordingControl>(provider.GetRequiredService<BandwidthRecordingControl>());
        Assert.IsType<GenesysRecordingControl>(provider.GetRequiredService<GenesysRecordingControl>());
        Assert.IsType<SignalWireRecordingControl>(provider.GetRequiredService<SignalWireRecordingControl>());

        foreach (RecordingVendor vendor in ControlHarness.AllVendors)
        {
            IRecordingControl control = provider.GetRequiredKeyedService<IRecordingControl>(vendor);
            Assert.Equal(vendor, control.Vendor);
            CallReference call = harness.AddCall(vendor);

            Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
            Assert.Equal(SimulatedRecordingStatus.Paused, harness.StatusOf(vendor, call));
            Assert.Equal(RecordingState.Recording, await control.ResumeAsync(call));

            Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(vendor, call));
        }
    }

    [Fact]
    public async Task Each_vendor_gets_its_own_named_HttpClient_that_callers_can_extend()
    {
        await using var harness = await ControlHarness.StartAsync();
        IConfiguration configuration = Configuration(AllSettings(harness));
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio"))
            .AddHttpMessageHandler(() => new RecordingPathHandler(seen, "twilio"));
        services.AddSignalWireRecordingControl(configuration.GetSection("Recording:SignalWire"));
        services.AddHttpClient(RecordingServiceCollectionExtensions.HttpClientName(RecordingVendor.SignalWire))
            .AddHttpMessageHandler(() => new RecordingPathHandler(seen, "signalwire"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IRecordingControl>(RecordingVendor.Twilio).PauseAsync(harness.AddCall(RecordingVendor.Twilio));
        await provider.GetRequiredKeyedService<IRecordingControl>(RecordingVendor.SignalWire).PauseAsync(harness.AddCall(RecordingVendor.SignalWire));

        Assert.Equal(2, seen.Count);
        Assert.StartsWith("twilio /twilio/2010-04-01/", seen[0], StringComparison.Ordinal);
        Assert.StartsWith("signalwire /signalwire/api/laml/2010-04-01/", seen[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_TimeProvider_in_the_container_drives_the_retry_delays()
    {
        await using var harness = await ControlHarness.StartAsync();
        var clock = new ManualTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddTwilioRecordingControl(Configuration(TwilioSettings(harness)).GetSection("Recording:Twilio"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        IRecordingControl control = provider.GetRequiredService<IRecordingControl>();
        CallReference call = harness.AddCall(RecordingVendor.Twilio);
        harness.FailOperations(RecordingVendor.Twilio, 1, retryAfterSeconds: 3);

        Task<RecordingState> pause = control.PauseAsync(call);
        ManualTimeProvider.ScheduledTimer delay = await clock.WaitForTimerAsync(t => t.DueTime == TimeSpan.FromSeconds(3));
        clock.Advance(delay.DueTime);

        Assert.Equal(RecordingState.Paused, await pause);
        Assert.Equal(2, harness.OperationRequests(RecordingVendor.Twilio));
    }

    [Fact]
    public async Task A_missing_credential_fails_at_start_up_naming_it()
    {
        await using var harness = await ControlHarness.StartAsync();
        var settings = TwilioSettings(harness);
        settings.Remove("Recording:Twilio:AuthToken");
        using IHost host = BuildHost(settings, (services, configuration) =>
            services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio")));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Twilio:AuthToken is required", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountSid", ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(TwilioRecordingControlOptions), ex.OptionsType);
        Assert.Equal(0, harness.State.TotalRequestCount);
    }

    [Fact]
    public async Task Every_missing_setting_of_every_vendor_is_named_at_start_up()
    {
        using IHost host = BuildHost(new Dictionary<string, string?>(), (services, configuration) =>
        {
            services.AddBandwidthRecordingControl(configuration.GetSection("Recording:Bandwidth"));
            services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio"));
            services.AddGenesysRecordingControl(configuration.GetSection("Recording:Genesys"));
            services.AddSignalWireRecordingControl(configuration.GetSection("Recording:SignalWire"));
        });

        Exception ex = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        string message = ex is AggregateException aggregate
            ? string.Join("\n", aggregate.InnerExceptions.Select(e => e.Message))
            : ex.Message;
        foreach (string expected in new[]
        {
            "Bandwidth:ClientId and ClientSecret (OAuth 2.0 API credential) or Username and Password (legacy API user) are required", "Bandwidth:AccountId is required",
            "Twilio:AccountSid is required", "Twilio:AuthToken is required",
            "Genesys:Username is required", "Genesys:Password is required",
            "SignalWire:ProjectId is required", "SignalWire:ApiToken is required", "SignalWire:SpaceName (or Endpoint) is required",
        })
        {
            Assert.Contains(expected, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_reported_with_its_path_and_value()
    {
        await using var harness = await ControlHarness.StartAsync();
        var settings = TwilioSettings(harness);
        settings["Recording:Twilio:Resilience:MaxRetries"] = "abc";
        using IHost host = BuildHost(settings, (services, configuration) =>
            services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio")));

        var ex = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("Recording:Twilio:Resilience:MaxRetries", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'abc'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("whole number", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Recording:Twilio:Resilience:MaxRetries", "-1", "Twilio:Resilience:MaxRetries must not be negative")]
    [InlineData("Recording:Twilio:Resilience:AttemptTimeout", "0", "Twilio:Resilience:AttemptTimeout must be positive")]
    [InlineData("Recording:Twilio:PauseBehavior", "loud", "Recording:Twilio:PauseBehavior = 'loud'")]
    [InlineData("Recording:Twilio:Endpoint", "not a url", "Recording:Twilio:Endpoint = 'not a url'")]
    [InlineData("Recording:Twilio:Resilience:BaseDelay", "soon", "Recording:Twilio:Resilience:BaseDelay = 'soon'")]
    [InlineData("Recording:Twilio:Resilience:MaxDelay", "2.00:00:00", "MaxDelay at most 24 hours")]
    [InlineData("Recording:Twilio:Resilience:AttemptTimeout", "0.005", "at least 10 ms")]
    public async Task Invalid_values_fail_at_start_up_with_a_clear_message(string key, string value, string expected)
    {
        await using var harness = await ControlHarness.StartAsync();
        var settings = TwilioSettings(harness);
        settings[key] = value;
        using IHost host = BuildHost(settings, (services, configuration) =>
            services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio")));

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.True(ex is OptionsValidationException or InvalidOperationException, ex.GetType().Name);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_configuration_starts_the_host_and_the_control_works()
    {
        await using var harness = await ControlHarness.StartAsync();
        using IHost host = BuildHost(AllSettings(harness), (services, configuration) =>
        {
            services.AddTwilioRecordingControl(configuration.GetSection("Recording:Twilio"));
            services.AddGenesysRecordingControl(configuration.GetSection("Recording:Genesys"));
        });

        await host.StartAsync();
        try
        {
            CallReference call = harness.AddCall(RecordingVendor.Genesys);
            IRecordingControl control = host.Services.GetRequiredKeyedService<IRecordingControl>(RecordingVendor.Genesys);
            Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Genesys_with_UseCsrfProtection_works_against_a_CSRF_enabled_server()
    {
        await using var harness = await ControlHarness.StartAsync(genesysCsrf: true);
        var settings = AllSettings(harness);
        settings["Recording:Genesys:UseCsrfProtection"] = "true";
        var services = new ServiceCollection();
        services.AddGenesysRecordingControl(Configuration(settings).GetSection("Recording:Genesys"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        GenesysRecordingControl control = provider.GetRequiredService<GenesysRecordingControl>();
        CallReference call = harness.AddCall(RecordingVendor.Genesys);

        Assert.Equal(RecordingState.Paused, await control.PauseAsync(call));
        Assert.Equal(RecordingState.Recording, await provider.GetRequiredService<IRecordingControl>().ResumeAsync(call));

        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(RecordingVendor.Genesys, call));
        var requests = harness.State.GetRequests(SimulatedVendor.Genesys);
        Assert.Equal("GET", requests[0].Method);
        Assert.EndsWith("/api/v2/me", requests[0].Path, StringComparison.Ordinal);
        Assert.All(requests.Where(r => r.Method == "POST"), r => Assert.True(r.Headers.ContainsKey("X-CSRF-TOKEN"), r.Path));
        Assert.Equal(2, requests.Count(r => r.Path.Contains("/api/v2/me/calls/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Genesys_without_UseCsrfProtection_is_refused_by_a_CSRF_enabled_server()
    {
        await using var harness = await ControlHarness.StartAsync(genesysCsrf: true);
        var services = new ServiceCollection();
        services.AddGenesysRecordingControl(Configuration(AllSettings(harness)).GetSection("Recording:Genesys"));
        await using ServiceProvider provider = services.BuildServiceProvider();
        CallReference call = harness.AddCall(RecordingVendor.Genesys);

        var ex = await Assert.ThrowsAsync<RecordingAuthenticationException>(() => provider.GetRequiredService<IRecordingControl>().PauseAsync(call));

        Assert.Equal(403, ex.Status);
        Assert.Equal(SimulatedRecordingStatus.InProgress, harness.StatusOf(RecordingVendor.Genesys, call));
    }

    private static IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        // An empty builder: no appsettings, no environment variables, no console logging (the test stays quiet).
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services, builder.Configuration);
        return builder.Build();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static Dictionary<string, string?> TwilioSettings(ControlHarness harness) =>
        harness.ConfigurationSettings().Where(s => s.Key.StartsWith("Recording:Twilio:", StringComparison.Ordinal)).ToDictionary();

    private static Dictionary<string, string?> AllSettings(ControlHarness harness)
    {
        var settings = harness.ConfigurationSettings();
        settings["Recording:Genesys:ConfirmationTimeout"] = "00:00:10";
        return settings;
    }

    private sealed class RecordingPathHandler(List<string> seen, string name) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(name + " " + request.RequestUri!.AbsolutePath);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
