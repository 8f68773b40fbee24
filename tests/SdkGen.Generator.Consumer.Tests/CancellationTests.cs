using System.Net;
using Consumer.Features;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests;

/// <summary>Cancellation reaches the transport and surfaces as OperationCanceledException.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task A_canceled_token_sends_nothing()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, RequestWireFormatTests.MinimalRecording);
        var client = Clients.Feature(handler);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid, cancellationToken: cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.CreateNoteAsync(Clients.AccountSid, new Note("hi"), cts.Token));

        // Either HttpClient stopped before the handler, or the handler saw the canceled token; nothing was recorded.
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Validation_comes_before_cancellation()
    {
        var handler = new CapturingHandler();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Clients.Feature(handler).GetRecordingAsync("bad", Clients.RecordingSid, cancellationToken: cts.Token));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Canceling_while_the_request_is_in_flight_throws_TaskCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, RequestWireFormatTests.MinimalRecording);
        handler.BeforeAnswer = async token =>
        {
            await cts.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
        };

        await Assert.ThrowsAsync<TaskCanceledException>(
            () => Clients.Feature(handler).GetRecordingAsync(Clients.AccountSid, Clients.RecordingSid, cancellationToken: cts.Token));

        Assert.Single(handler.Requests);
    }
}
