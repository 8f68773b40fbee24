using System.Net;
using Consumer.Faithful.Servers;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Servers declared on paths and operations are where those operations go, each overridable on its own; a document
/// without top-level servers defaults to the first one it declares (issue 12, item 4).
/// </summary>
public sealed class OperationServerBehaviourTests
{
    private static ServersClient Client(CapturingHandler handler, Action<ServersClientOptions>? configure = null)
    {
        var options = new ServersClientOptions();
        configure?.Invoke(options);
        return new ServersClient(new HttpClient(handler, disposeHandler: false), options);
    }

    [Fact]
    public async Task Each_operation_goes_to_the_server_its_path_or_operation_declares()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        ServersClient client = Client(handler);

        await client.ListCallsAsync();
        await client.HangUpAsync("c 1");
        await client.SendMessageAsync();
        await client.ListMessagesAsync();
        await client.GetStatusAsync();

        Assert.Equal(
            [
                "https://voice.example.com/v2/calls",
                "https://voice.example.com/v2/calls/c%201",
                "https://messaging.example.com/api/messages",
                "https://eu.media.example.com/archive/messages",
                "https://voice.example.com/v2/status",
            ],
            handler.Requests.Select(r => r.Uri));
        Assert.Equal("https://voice.example.com/v2", client.Endpoint.AbsoluteUri.TrimEnd('/'));
    }

    [Fact]
    public async Task Each_server_is_overridden_on_its_own()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        ServersClient client = Client(handler, o =>
        {
            o.MessagingEndpoint = new Uri("http://127.0.0.1:8080/messaging");
            o.Endpoint = new Uri("http://127.0.0.1:8081/");
        });

        await client.SendMessageAsync();
        await client.ListMessagesAsync();
        await client.ListCallsAsync();

        Assert.Equal(
            ["http://127.0.0.1:8080/messaging/messages", "https://eu.media.example.com/archive/messages", "http://127.0.0.1:8081/calls"],
            handler.Requests.Select(r => r.Uri));
    }

    [Fact]
    public void A_relative_override_is_refused_when_the_client_is_made()
    {
        var handler = new CapturingHandler();

        ArgumentException error = Assert.Throws<ArgumentException>(() => Client(handler, o => o.MediaEndpoint = new Uri("/archive", UriKind.Relative)));

        Assert.Equal("MediaEndpoint", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_path_servers_variable_is_an_option_of_its_own()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        ServersClient client = Client(handler, o => o.MediaRegion = "us");

        await client.ListMessagesAsync();
        await client.SendMessageAsync();

        Assert.Equal(["https://us.media.example.com/archive/messages", "https://messaging.example.com/api/messages"], handler.Requests.Select(r => r.Uri));
    }

    [Theory]
    [InlineData("ap")]
    [InlineData("evil.example.com/x")]
    [InlineData("")]
    public void A_path_servers_variable_outside_its_values_is_refused_before_anything_is_sent(string region)
    {
        var handler = new CapturingHandler();

        ArgumentException error = Assert.Throws<ArgumentException>(() => Client(handler, o => o.MediaRegion = region));

        Assert.Equal("MediaRegion", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void A_missing_path_servers_variable_names_the_endpoint_that_replaces_it()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Client(new CapturingHandler(), o => o.MediaRegion = null));

        Assert.StartsWith("MediaRegion must be set (or set MediaEndpoint).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_endpoint_override_replaces_the_variables_too()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NoContent, null);
        ServersClient client = Client(handler, o =>
        {
            o.MediaRegion = "not checked when overridden";
            o.MediaEndpoint = new Uri("http://127.0.0.1:8082/archive");
        });

        await client.ListMessagesAsync();

        Assert.Equal(["http://127.0.0.1:8082/archive/messages"], handler.Requests.Select(r => r.Uri));
    }
}
