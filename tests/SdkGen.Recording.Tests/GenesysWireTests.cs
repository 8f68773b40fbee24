using System.Net;
using System.Text;
using SdkGen.Recording.Genesys;
using SdkGen.Recording.Tests.Infrastructure;
using static SdkGen.Recording.Tests.Infrastructure.Vendors;

namespace SdkGen.Recording.Tests;

/// <summary>GWS: <c>POST /api/v2/me/calls/{id}</c> with <c>{"operationName": …}</c> on a customer-hosted server.</summary>
public sealed class GenesysWireTests
{
    private const string Accepted = "{\"statusCode\":0}";

    [Theory]
    [InlineData(CallRecordingOperationName.PauseCallRecording, "{\"operationName\":\"PauseCallRecording\"}")]
    [InlineData(CallRecordingOperationName.ResumeCallRecording, "{\"operationName\":\"ResumeCallRecording\"}")]
    [InlineData(CallRecordingOperationName.StartCallRecording, "{\"operationName\":\"StartCallRecording\"}")]
    [InlineData(CallRecordingOperationName.StopCallRecording, "{\"operationName\":\"StopCallRecording\"}")]
    public async Task Each_operation_sends_the_documented_request(CallRecordingOperationName operation, string expectedBody)
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, Accepted);

        ApiStatus result = await Vendors.Genesys(handler).PerformCallRecordingOperationAsync(GenesysCallId, new CallRecordingOperationRequest(operation));

        Assert.Equal(0, result.StatusCode);
        CapturedRequest request = handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("http://localhost:8080/api/v2/me/calls/01RCC3N118B1V0SL807GK2LAES00000V", request.AbsoluteUri);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(BasicAuthorization(GenesysUser, Secret), request.Header("Authorization"));
        Assert.Equal(Encoding.UTF8.GetBytes(expectedBody), request.Body);
    }

    [Fact]
    public async Task The_request_bodies_are_the_specs_documented_examples()
    {
        string[] examplesPath = ["paths", GenesysOperationPath, "post", "requestBody", "content", "application/json", "examples"];
        IReadOnlyList<string> names = SpecExamples.Keys(GenesysSpec, examplesPath);
        Assert.Equal(4, names.Count);
        foreach (string name in names)
        {
            string expected = SpecExamples.Json(GenesysSpec, [.. examplesPath, name, "value"]);
            string operation = SpecExamples.Object(GenesysSpec, [.. examplesPath, name, "value"])["operationName"]!.GetValue<string>();
            var handler = CapturingHandler.Answering(HttpStatusCode.OK, Accepted);

            await Vendors.Genesys(handler).PerformCallRecordingOperationAsync(
                GenesysCallId, new CallRecordingOperationRequest(CallRecordingOperationNameExtensions.FromWireValue(operation)));

            Assert.Equal(expected, handler.Single.BodyText);
        }
    }

    [Theory]
    [InlineData("https", "gws.contoso.internal", "8443", "https://gws.contoso.internal:8443/api/v2/me/calls/01RCC3N118B1V0SL807GK2LAES00000V")]
    [InlineData("http", "10.1.2.3", "9090", "http://10.1.2.3:9090/api/v2/me/calls/01RCC3N118B1V0SL807GK2LAES00000V")]
    [InlineData("https", "localhost", "8080", "https://localhost:8080/api/v2/me/calls/01RCC3N118B1V0SL807GK2LAES00000V")]
    public async Task Scheme_host_and_port_options_change_the_url(string scheme, string host, string port, string expectedUri)
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, Accepted);
        var options = new GenesysClientOptions { Scheme = scheme, Host = host, Port = port, BasicAuth = new Runtime.BasicCredentials(GenesysUser, Secret) };

        var client = Vendors.Genesys(handler, options);
        await client.PerformCallRecordingOperationAsync(GenesysCallId, new CallRecordingOperationRequest(CallRecordingOperationName.PauseCallRecording));

        Assert.Equal(expectedUri, handler.Single.AbsoluteUri);
        Assert.Equal(new Uri(expectedUri).GetLeftPart(UriPartial.Authority), client.Endpoint.GetLeftPart(UriPartial.Authority));
    }

    [Fact]
    public void The_default_server_is_the_documented_localhost_8080()
    {
        var client = Vendors.Genesys(CapturingHandler.Answering(HttpStatusCode.OK, Accepted));

        Assert.Equal("http://localhost:8080/", client.Endpoint.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp", "localhost", "8080")]
    [InlineData("HTTP", "localhost", "8080")]
    [InlineData("http", "", "8080")]
    [InlineData("http", null, "8080")]
    [InlineData("http", "localhost", "")]
    [InlineData("http", "evil.example/x?", "8080")]
    [InlineData("http", "user@evil.example", "8080")]
    [InlineData("http", "localhost", "80/admin#")]
    public void Invalid_server_variables_are_rejected_when_the_client_is_made(string? scheme, string? host, string? port)
    {
        var options = new GenesysClientOptions { Scheme = scheme, Host = host, Port = port };

        Assert.ThrowsAny<ArgumentException>(() => Vendors.Genesys(new CapturingHandler(), options));
    }

    [Fact]
    public async Task The_endpoint_option_overrides_the_server_variables()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, Accepted);
        var options = new GenesysClientOptions { Endpoint = new Uri("http://127.0.0.1:9/genesys/"), Host = "ignored.example", BasicAuth = new SdkGen.Runtime.BasicCredentials(GenesysUser, Secret) };

        await Vendors.Genesys(handler, options).PerformCallRecordingOperationAsync(
            GenesysCallId, new CallRecordingOperationRequest(CallRecordingOperationName.StopCallRecording));

        Assert.Equal("http://127.0.0.1:9/genesys/api/v2/me/calls/" + GenesysCallId, handler.Single.AbsoluteUri);
    }

    [Fact]
    public async Task GetCurrentUser_is_a_GET_of_api_v2_me_without_a_body()
    {
        var handler = CapturingHandler.Answering(HttpStatusCode.OK, "{\"statusCode\":0,\"user\":{\"userName\":\"agent1\"}}");

        ApiStatus status = await Vendors.Genesys(handler).GetCurrentUserAsync();

        Assert.Equal(0, status.StatusCode);
        Assert.Equal("GET", handler.Single.Method);
        Assert.Equal("http://localhost:8080/api/v2/me", handler.Single.AbsoluteUri);
        Assert.Null(handler.Single.Body);
        Assert.Equal(BasicAuthorization(GenesysUser, Secret), handler.Single.Header("Authorization"));
    }
}
