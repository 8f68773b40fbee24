using System.Text;

namespace SdkGen.Showcase.Tests.Infrastructure;

/// <summary>What the loopback clinic answers: status, headers and body bytes exactly as given.</summary>
internal sealed record ClinicAnswer(int Status, byte[] Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    private static readonly Dictionary<string, string> NoHeaders = new();

    public static ClinicAnswer Json(int status, string json, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Encoding.UTF8.GetBytes(json), "application/json", headers ?? NoHeaders);

    public static ClinicAnswer Bytes(byte[] body, string contentType) => new(200, body, contentType, NoHeaders);

    public static ClinicAnswer NoContent() => new(204, [], null, NoHeaders);
}
