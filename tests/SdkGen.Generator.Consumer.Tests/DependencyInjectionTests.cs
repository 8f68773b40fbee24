using System.Net;
using Consumer.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SdkGen.Generator.Consumer.Tests.Infrastructure;
using SdkGen.Runtime;
using SdkGen.Runtime.Tests.Authentication;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>
/// <c>services.Add{Client}(…)</c>, generated because this project references Microsoft.Extensions.Http: a typed client of
/// IHttpClientFactory, options bound and checked at start-up, a builder that takes handlers. Real host, real sockets.
/// </summary>
public sealed class DependencyInjectionTests
{
    private const string Section = "Features";

    [Fact]
    public async Task Options_bound_from_configuration_reach_the_client_resolved_from_the_container()
    {
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(200, "pong"u8.ToArray(), "text/plain"));
        using IHost host = Host(builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [Section + ":Endpoint"] = server.BaseUri.ToString(),
                [Section + ":MaxResponseContentLength"] = "2048",
            });
            builder.Services.AddFeatureClient(builder.Configuration.GetSection(Section));

            // Credentials are objects with a constructor, not bound from configuration: they are set in code.
            builder.Services.Configure<FeatureClientOptions>("Consumer.Features.FeatureClient", o => o.Basic = new BasicCredentials(Clients.AccountSid, Clients.Password));
        });
        await host.StartAsync();

        var client = host.Services.GetRequiredService<FeatureClient>();
        string? answer = await client.GetPingAsync();

        Assert.Equal("pong", answer);
        Assert.Equal(server.BaseUri, client.Endpoint);
        Assert.Equal("/ping", Assert.Single(server.Requests).Target);
        FeatureClientOptions bound = host.Services.GetRequiredService<IOptionsMonitor<FeatureClientOptions>>().Get("Consumer.Features.FeatureClient");
        Assert.Equal(2048, bound.MaxResponseContentLength);
        await host.StopAsync();
    }

    [Fact]
    public async Task Invalid_options_fail_start_up_with_the_clients_own_message_and_no_secret()
    {
        using IHost host = Host(builder => builder.Services.AddFeatureClient(options =>
        {
            options.Region = "ap";
            options.Basic = new BasicCredentials(Clients.AccountSid, Clients.Password);
        }));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        string failure = Assert.Single(ex.Failures);
        Assert.StartsWith("FeatureClientOptions for Consumer.Features.FeatureClient: ", failure, StringComparison.Ordinal);
        Assert.Contains("Region", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Clients.Password, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_twice_reports_a_failure_once()
    {
        using IHost host = Host(builder =>
        {
            builder.Services.AddFeatureClient(options => options.Region = "ap");
            builder.Services.AddFeatureClient(options => options.Region = "ap");
        });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Single(ex.Failures);
    }

    [Fact]
    public async Task A_handler_added_through_the_returned_builder_sees_the_request()
    {
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(200, "pong"u8.ToArray(), "text/plain"));
        var recorder = new RecordingHandler();
        using IHost host = Host(builder => builder.Services
            .AddFeatureClient(options =>
            {
                options.Endpoint = server.BaseUri;
                options.Basic = new BasicCredentials(Clients.AccountSid, Clients.Password);
            })
            .AddHttpMessageHandler(() => recorder));
        await host.StartAsync();

        await host.Services.GetRequiredService<FeatureClient>().GetPingAsync();

        Assert.Equal(new Uri(server.BaseUri, "ping"), Assert.Single(recorder.Seen));
        Assert.Single(server.Requests);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_standard_resilience_handler_on_the_builder_retries_a_503()
    {
        int calls = 0;
        await using var server = new LoopbackHttpServer(_ => Interlocked.Increment(ref calls) == 1
            ? new LoopbackResponse(503, "{}"u8.ToArray())
            : new LoopbackResponse(200, "pong"u8.ToArray(), "text/plain"));
        using IHost host = Host(builder => builder.Services
            .AddFeatureClient(options =>
            {
                options.Endpoint = server.BaseUri;
                options.Basic = new BasicCredentials(Clients.AccountSid, Clients.Password);
            })
            .AddStandardResilienceHandler(resilience => resilience.Retry.Delay = TimeSpan.Zero));
        await host.StartAsync();

        string? answer = await host.Services.GetRequiredService<FeatureClient>().GetPingAsync();

        Assert.Equal("pong", answer);
        Assert.Equal(2, server.Requests.Count);
        await host.StopAsync();
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentNullException>("configure", () => services.AddFeatureClient((Action<FeatureClientOptions>)null!));
        Assert.Throws<ArgumentNullException>("configuration", () => services.AddFeatureClient((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddFeatureClient(_ => { }));
        Assert.Empty(services);
    }

    private static IHost Host(Action<HostApplicationBuilder> configure)
    {
        HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        configure(builder);
        return builder.Build();
    }

    private sealed class RecordingHandler : DelegatingHandler
    {
        private readonly List<Uri> _seen = [];

        public IReadOnlyList<Uri> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_seen)
            {
                _seen.Add(request.RequestUri!);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
