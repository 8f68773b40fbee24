using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SdkGen.Simulator.Http;

/// <summary>
/// Runs before routing for every vendor request: records it, then applies the first matching injected fault —
/// before the request is processed (errors, delays, aborts, holds) or after it (a dropped, replaced or held answer
/// of a change already made). Admin requests pass straight through.
/// </summary>
internal sealed class VendorRequestMiddleware(
    SimulatorState state,
    FaultInjector faults,
    TimeProvider time,
    ILogger logger)
{
    private const int MaxRecordedBody = 64 * 1024;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (VendorRoutes.VendorOf(context.Request.Path) is not { } vendor)
        {
            await next(context);
            return;
        }

        state.RecordRequest(new RecordedRequest(
            vendor,
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            await ReadBodyAsync(context.Request),
            time.GetUtcNow()));

        var fault = faults.TryTake(vendor, context.Request.Path.Value ?? "");
        switch (fault?.Kind)
        {
            case FaultKind.ServiceUnavailable or FaultKind.TooManyRequests:
                if (fault.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await VendorErrors.FaultAsync(
                    context,
                    vendor,
                    fault.Kind == FaultKind.TooManyRequests ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable);
                Log(vendor, context, "injected fault");
                return;
            case FaultKind.Abort:
                Log(vendor, context, "injected abort");
                context.Abort();
                return;
            case FaultKind.Delay:
                // A real server-side delay: the request waits as if the vendor were slow, and gives up with the client.
                try
                {
                    await Task.Delay(fault.Delay, time, context.RequestAborted);
                }
                catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
                {
                    Log(vendor, context, "client gave up during injected delay");
                    return;
                }

                break;
            case FaultKind.Hold:
                // The vendor has the request: it is processed after the release even if the client left meanwhile.
                Log(vendor, context, "held");
                await fault.Gate!.EnterAsync();
                break;
            case FaultKind.DropAnswer or FaultKind.ReplaceSuccessBody or FaultKind.HoldAnswer:
                await AfterProcessingAsync(vendor, context, next, fault);
                return;
        }

        await next(context);
        Log(vendor, context, null);
    }

    /// <summary>Processes the request with its answer buffered, then does to the answer what the fault says.</summary>
    private async Task AfterProcessingAsync(SimulatedVendor vendor, HttpContext context, RequestDelegate next, FaultRule fault)
    {
        var answer = context.Response.Body;
        using var buffered = new MemoryStream();
        context.Response.Body = buffered;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = answer;
        }

        switch (fault.Kind)
        {
            case FaultKind.DropAnswer:
                Log(vendor, context, "applied, answer dropped");
                context.Abort();
                return;
            case FaultKind.ReplaceSuccessBody when context.Response.StatusCode is >= 200 and < 300:
                var body = System.Text.Encoding.UTF8.GetBytes(fault.Body);
                context.Response.ContentType = fault.ContentType;
                context.Response.ContentLength = body.Length;
                await answer.WriteAsync(body, context.RequestAborted);
                Log(vendor, context, "applied, body replaced");
                return;
            case FaultKind.HoldAnswer:
                Log(vendor, context, "applied, answer held");
                try
                {
                    await fault.Gate!.EnterAsync().WaitAsync(context.RequestAborted);
                }
                catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }

                break;
        }

        buffered.Position = 0;
        await buffered.CopyToAsync(answer, context.RequestAborted);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || HttpMethods.IsGet(request.Method))
        {
            return "";
        }

        request.EnableBuffering();
        var buffer = new char[MaxRecordedBody];
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var read = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return new string(buffer, 0, read);
    }

    private void Log(SimulatedVendor vendor, HttpContext context, string? note)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "{Vendor} {Method} {Path} -> {Status}{Note}",
                vendor,
                context.Request.Method,
                context.Request.Path.Value,
                context.Response.StatusCode,
                note is null ? "" : " (" + note + ")");
        }
    }
}
