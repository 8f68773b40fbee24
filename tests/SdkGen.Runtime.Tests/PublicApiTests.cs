using System.ComponentModel;
using System.Reflection;
using SdkGen.Runtime;

namespace SdkGen.Runtime.Tests;

public class PublicApiTests
{
    private static readonly Assembly Runtime = typeof(BasicCredentials).Assembly;

    [Fact]
    public void Internal_namespace_types_are_hidden_from_IntelliSense()
    {
        var types = Runtime.GetExportedTypes().Where(t => t.Namespace == "SdkGen.Runtime.Internal").ToList();

        Assert.NotEmpty(types);
        Assert.All(types, t =>
        {
            var attribute = t.GetCustomAttribute<EditorBrowsableAttribute>();
            Assert.True(attribute?.State == EditorBrowsableState.Never, t.Name);
        });
    }

    [Fact]
    public void Exported_types_are_the_expected_ones()
    {
        string[] names = Runtime.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            new[]
            {
                "SdkGen.Runtime.ApiException",
                "SdkGen.Runtime.ApiException`1",
                "SdkGen.Runtime.ApiKeyCredentials",
                "SdkGen.Runtime.ApiResponseFormatException",
                "SdkGen.Runtime.ApiResponseTooLargeException",
                "SdkGen.Runtime.BasicCredentials",
                "SdkGen.Runtime.BearerCredentials",
                "SdkGen.Runtime.FilePart",
                "SdkGen.Runtime.Internal.ApiKeyPlacement",
                "SdkGen.Runtime.Internal.ArgumentErrors",
                "SdkGen.Runtime.Internal.FormFieldEncoder",
                "SdkGen.Runtime.Internal.FormStyle",
                "SdkGen.Runtime.Internal.FormUrlEncodedBuilder",
                "SdkGen.Runtime.Internal.GeneratedJsonSerializer",
                "SdkGen.Runtime.Internal.JsonCollectionRead`1",
                "SdkGen.Runtime.Internal.JsonContentFactory",
                "SdkGen.Runtime.Internal.JsonLenientRead`1",
                "SdkGen.Runtime.Internal.JsonObjectState",
                "SdkGen.Runtime.Internal.JsonPropertyNames",
                "SdkGen.Runtime.Internal.JsonReadFunc`1",
                "SdkGen.Runtime.Internal.JsonResponseReader",
                "SdkGen.Runtime.Internal.JsonValueReader",
                "SdkGen.Runtime.Internal.JsonValueWriter",
                "SdkGen.Runtime.Internal.LenientJsonReader",
                "SdkGen.Runtime.Internal.MultipartFormBuilder",
                "SdkGen.Runtime.Internal.OAuth2RequestSender",
                "SdkGen.Runtime.Internal.OAuth2Scopes",
                "SdkGen.Runtime.Internal.OperationSender",
                "SdkGen.Runtime.Internal.OutgoingRequest",
                "SdkGen.Runtime.Internal.PatternMatch",
                "SdkGen.Runtime.Internal.RawContentFactory",
                "SdkGen.Runtime.Internal.RequestHeaders",
                "SdkGen.Runtime.Internal.RequestUriBuilder",
                "SdkGen.Runtime.Internal.ResponseContent",
                "SdkGen.Runtime.Internal.ResponseResults",
                "SdkGen.Runtime.Internal.ResponseResults`1",
                "SdkGen.Runtime.Internal.ServerVariables",
                "SdkGen.Runtime.Internal.TextLength",
                "SdkGen.Runtime.Internal.ValueRules",
                "SdkGen.Runtime.Internal.WireFormat",
                "SdkGen.Runtime.Internal.WireValueTable",
                "SdkGen.Runtime.OAuth2ClientCredentials",
                "SdkGen.Runtime.OAuth2TokenException",
                "SdkGen.Runtime.OAuth2TokenSource",
                "SdkGen.Runtime.Response",
                "SdkGen.Runtime.ResponseDeparture",
                "SdkGen.Runtime.ResponseDepartureKind",
                "SdkGen.Runtime.ResponseDepartures",
                "SdkGen.Runtime.ResponseHeaders",
                "SdkGen.Runtime.ResponseStream",
                "SdkGen.Runtime.Response`1",
            },
            names);
    }

    [Fact]
    public void Exported_names_are_vendor_neutral()
    {
        var names = Runtime.GetExportedTypes()
            .SelectMany(t => t.GetMembers().Select(m => t.FullName + "." + m.Name))
            .ToList();

        Assert.All(names, n => Assert.DoesNotContain("twilio", n, StringComparison.OrdinalIgnoreCase));
    }
}
