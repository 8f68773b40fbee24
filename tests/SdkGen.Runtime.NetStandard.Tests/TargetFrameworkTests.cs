using System.Reflection;
using System.Runtime.Versioning;
using SdkGen.Runtime.Internal;

namespace SdkGen.Runtime.NetStandard.Tests;

/// <summary>The linked tests prove something only if the runtime under test is really its netstandard2.0 build.</summary>
public class TargetFrameworkTests
{
    [Fact]
    public void The_runtime_under_test_is_the_netstandard2_0_build() =>
        Assert.Equal(".NETStandard,Version=v2.0", typeof(MultipartFormBuilder).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
}
