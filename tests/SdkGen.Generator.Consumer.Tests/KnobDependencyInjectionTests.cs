using Consumer.Knobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SdkGen.Runtime.Tests.Authentication;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>
/// knobs.yaml generated with every knob (by-tag, interfaces, internal, prefixes) in a real build: the tag clients share
/// one options class yet are configured separately, and each resolves through its interface.
/// </summary>
public sealed class KnobDependencyInjectionTests
{
    [Fact]
    public async Task Clients_sharing_an_options_class_are_configured_separately_and_resolve_through_their_interfaces()
    {
        await using var pets = new LoopbackHttpServer(_ => LoopbackResponse.Json(200, "{\"id\":\"p1\",\"name\":\"Rex\",\"status\":\"sold\"}"));
        await using var store = new LoopbackHttpServer(_ => new LoopbackResponse(204, []));
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddPetsClient(options => options.Endpoint = pets.BaseUri);
        builder.Services.AddStoreClient(options => options.Endpoint = store.BaseUri);
        using IHost host = builder.Build();
        await host.StartAsync();

        ApiPet pet = await host.Services.GetRequiredService<IPetsClient>().GetPetAsync("p1");
        await host.Services.GetRequiredService<IStoreClient>().PlaceOrderAsync(new ApiOrder { PetId = "p1" });

        Assert.Equal("Rex", pet.Name);
        Assert.Equal(ApiPetStatus.Sold, pet.Status);
        Assert.Equal("/pets/p1", Assert.Single(pets.Requests).Target);
        Assert.Equal("/store/orders", Assert.Single(store.Requests).Target);
        Assert.False(typeof(PetsClient).IsPublic);
        await host.StopAsync();
    }

    [Fact]
    public void The_project_property_applies_to_every_spec_and_metadata_on_a_spec_wins()
    {
        Assert.True(typeof(global::Consumer.Features.IFeatureClient).IsAssignableFrom(typeof(global::Consumer.Features.FeatureClient)));
        Assert.True(typeof(global::Consumer.Devices.IDeviceClient).IsAssignableFrom(typeof(global::Consumer.Devices.DeviceClient)));
        Assert.Empty(typeof(global::Consumer.Safety.SafetyClient).GetInterfaces());
        Assert.Null(typeof(global::Consumer.Safety.SafetyClient).Assembly.GetType("Consumer.Safety.ISafetyClient"));
    }
}
