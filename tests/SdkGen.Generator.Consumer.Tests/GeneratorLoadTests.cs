using System.CodeDom.Compiler;
using System.Reflection;
using Consumer.Devices;
using Consumer.Features;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>
/// This project compiles only if the generator, Microsoft.OpenApi and YamlDotNet load in the real compiler: every other
/// test uses the types the generator emitted into this assembly. These checks make that explicit.
/// </summary>
public sealed class GeneratorLoadTests
{
    [Fact]
    public void Both_specs_produced_clients_in_this_assembly_under_the_configured_names()
    {
        Assembly self = typeof(GeneratorLoadTests).Assembly;

        Assert.Same(self, typeof(FeatureClient).Assembly);
        Assert.Same(self, typeof(DeviceClient).Assembly);
        Assert.Equal("Consumer.Features.FeatureClient", typeof(FeatureClient).FullName);
        Assert.Equal("Consumer.Features.FeatureClientOptions", typeof(FeatureClientOptions).FullName);
        Assert.Equal("Consumer.Devices.DeviceClient", typeof(DeviceClient).FullName);
        Assert.Equal("Consumer.Devices.DeviceClientOptions", typeof(DeviceClientOptions).FullName);
    }

    [Fact]
    public void Generated_types_carry_the_GeneratedCode_attribute()
    {
        foreach (Type type in new[] { typeof(FeatureClient), typeof(Recording), typeof(RecordingStatus), typeof(DeviceClient), typeof(Device) })
        {
            GeneratedCodeAttribute? attribute = type.GetCustomAttribute<GeneratedCodeAttribute>();
            Assert.NotNull(attribute);
            Assert.Equal("SdkGen", attribute.Tool);
        }
    }

    [Fact]
    public void The_yaml_spec_was_read_with_its_details()
    {
        // Only YAML parsing (YamlDotNet) plus OpenAPI reading (Microsoft.OpenApi) yields these names and values.
        Assert.Equal(new[] { "Unknown", "InProgress", "Paused", "Stopped" }, Enum.GetNames<RecordingStatus>());
        Assert.Equal(new[] { "Unknown", "Inbound", "Outbound", "Both" }, Enum.GetNames<RecordingTrack>());
        Assert.Equal(new[] { "Unknown", "Skip", "Silence" }, Enum.GetNames<UpdateRecordingPauseBehavior>());
        Assert.Equal(new[] { "Unknown", "Owner", "Details" }, Enum.GetNames<GetRecordingIncludeItem>());
    }
}
