using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SdkGen.Simulator.Http;

/// <summary>
/// Runs before routing for every vendor request: records it, then applies the first matching injected fault.
/// Admin requests pass straight through.
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
        }

        await next(context);
        Log(vendor, context, null);
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
