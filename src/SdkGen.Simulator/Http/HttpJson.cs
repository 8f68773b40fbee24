using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SdkGen.Simulator.Http;

/// <summary>Reads and writes JSON bodies without reflection-based serialisation.</summary>
internal static class HttpJson
{
    // Responses are read by API clients, never embedded in HTML: keep '+' in "+0000" and the like readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body, WriterOptions);
        body.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted);
    }

    /// <summary>Parses the body; <c>null</c> when it is empty or not JSON.</summary>
    public static async Task<JsonNode?> TryReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True for <c>application/json</c> and <c>application/*+json</c>, any parameters.</summary>
    public static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The string value of a property, or <c>null</c> when absent or not a string.</summary>
    public static string? GetString(JsonNode? node, string property) =>
        node is JsonObject obj
        && obj.TryGetPropertyValue(property, out var value)
        && value is JsonValue v
        && v.TryGetValue<string>(out var s)
            ? s
            : null;
}
