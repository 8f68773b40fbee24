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
}
