using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SdkGen.Simulator.Tests;

/// <summary>Plain HttpClient plumbing for talking to the simulator over loopback.</summary>
internal static class TestHttp
{
    public static HttpClient Client(Uri baseUri, string? user = null, string? password = null, HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler);
        client.BaseAddress = baseUri;
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = BasicHeader(user, password ?? "");
        }

        return client;
    }

    public static AuthenticationHeaderValue BasicHeader(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string[] PropertyNames(this JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).ToArray();
}
