using Microsoft.CodeAnalysis;
using SdkGen.Generator.Parsing;
using Xunit;

namespace SdkGen.Generator.Tests;

/// <summary>When the <c>Add{Client}</c> registrations are generated: only when everything they call is referenced.</summary>
public class DependencyInjectionSupportTests
{
    private static AssemblyIdentity Assembly(string name, int major) => new(name, new Version(major, 0, 0, 0));

    [Fact]
    public void Microsoft_Extensions_Http_8_with_its_dependencies_is_enough()
    {
        Assert.True(DependencyInjectionSupport.IsAvailable([
            Assembly("Microsoft.Extensions.Http", 8), Assembly("Microsoft.Extensions.Options", 8), Assembly("Microsoft.Extensions.Options.ConfigurationExtensions", 8)]));
    }

    [Fact]
    public void Options_before_8_has_no_ValidateOnStart()
    {
        Assert.False(DependencyInjectionSupport.IsAvailable([
            Assembly("Microsoft.Extensions.Http", 7), Assembly("Microsoft.Extensions.Options", 7), Assembly("Microsoft.Extensions.Options.ConfigurationExtensions", 7)]));
    }

    [Theory]
    [InlineData("Microsoft.Extensions.Http")]
    [InlineData("Microsoft.Extensions.Options")]
    [InlineData("Microsoft.Extensions.Options.ConfigurationExtensions")]
    public void Any_missing_assembly_means_no_registrations(string missing)
    {
        AssemblyIdentity[] all = [Assembly("Microsoft.Extensions.Http", 10), Assembly("Microsoft.Extensions.Options", 10), Assembly("Microsoft.Extensions.Options.ConfigurationExtensions", 10)];

        Assert.False(DependencyInjectionSupport.IsAvailable(all.Where(a => a.Name != missing)));
    }
}
