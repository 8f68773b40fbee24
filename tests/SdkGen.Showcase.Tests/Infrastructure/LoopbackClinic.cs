using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SdkGen.Runtime;
using Showcase.PetClinic;

namespace SdkGen.Showcase.Tests.Infrastructure;

/// <summary>
/// The pet clinic's service for one test: a real Kestrel server on a loopback port the system picks, which records
/// every request as it arrived (raw target, headers, body bytes) and answers what the test scripted. It knows nothing
/// of the generated client. The empty host builder has no logging provider, so the run stays quiet.
/// </summary>
internal sealed class LoopbackClinic : IAsyncDisposable
{
    /// <summary>The bearer token the default client sends.</summary>
    public const string Token = "eyJhbGciOiJIUzI1NiJ9.cGV0cw.c2lnbmF0dXJl";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly HttpClient _httpClient = new();
    private volatile AwaitedBytes? _bodyBytesAwaited;
    private Func<ReceivedRequest, CancellationToken, Task<ClinicAnswer>> _answer =
        (_, _) => Task.FromResult(ClinicAnswer.Json(500, "{\"code\":\"unscripted\",\"message\":\"The test gave no answer.\"}"));

    private LoopbackClinic(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>Scheme, host and port, ending in '/'.</summary>
    public Uri Origin { get; }

    /// <summary>Where the clinic's API lives: the spec's server has the base path <c>/v2</c>.</summary>
    public Uri Endpoint => new(Origin, "v2");

    /// <summary>The requests received so far, in order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>The only request received; fails when there is not exactly one.</summary>
    public ReceivedRequest Single => Assert.Single(Requests);

    public static async Task<LoopbackClinic> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        WebApplication app = builder.Build();
        LoopbackClinic? clinic = null;
        // No request can arrive before StartAsync returns the port, so clinic is set before the first one.
        app.Run(context => clinic!.ServeAsync(context));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        clinic = new LoopbackClinic(app, new Uri($"http://127.0.0.1:{new Uri(address).Port}/"));
        return clinic;
    }

    /// <summary>Scripts the answer to every request from now on.</summary>
    public void Answer(Func<ReceivedRequest, ClinicAnswer> answer) => _answer = (request, _) => Task.FromResult(answer(request));

    /// <summary>Scripts one answer for every request from now on.</summary>
    public void Answer(ClinicAnswer answer) => Answer(_ => answer);

    /// <summary>Scripts an answer that may wait; the token is canceled when the client goes away.</summary>
    public void AnswerAsync(Func<ReceivedRequest, CancellationToken, Task<ClinicAnswer>> answer) => _answer = answer;

    /// <summary>
    /// Completes when a request's body has reached <paramref name="count"/> bytes at the server, while it is still
    /// arriving: a client that sends a body it has not finished reading streams it rather than buffering it whole.
    /// </summary>
    public Task BodyBytesArrived(long count)
    {
        var awaited = new AwaitedBytes(count, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _bodyBytesAwaited = awaited;
        return awaited.Arrived.Task;
    }

    /// <summary>A client for this clinic, with a bearer token unless <paramref name="configure"/> says otherwise.</summary>
    public PetClinicClient Client(Action<PetClinicClientOptions>? configure = null)
    {
        var options = new PetClinicClientOptions { Endpoint = Endpoint, BearerAuth = new BearerCredentials(Token) };
        configure?.Invoke(options);
        return new PetClinicClient(_httpClient, options);
    }

    public async ValueTask DisposeAsync()
    {
        _httpClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        byte[] buffer = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            body.Write(buffer, 0, read);
            if (_bodyBytesAwaited is { } awaited && body.Length >= awaited.Count)
            {
                awaited.Arrived.TrySetResult();
            }
        }

        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var received = new ReceivedRequest(context.Request.Method, target, headers, body.ToArray());
        _requests.Enqueue(received);

        ClinicAnswer answer = await _answer(received, context.RequestAborted);
        context.Response.StatusCode = answer.Status;
        foreach ((string name, string value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.ContentType is not null)
        {
            context.Response.ContentType = answer.ContentType;
        }

        if (answer.Body.Length > 0)
        {
            context.Response.ContentLength = answer.Body.Length;
            await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    private sealed record AwaitedBytes(long Count, TaskCompletionSource Arrived);
}
