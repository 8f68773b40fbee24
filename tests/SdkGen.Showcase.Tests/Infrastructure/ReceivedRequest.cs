using System.Text;

namespace SdkGen.Showcase.Tests.Infrastructure;

/// <summary>A request as the loopback clinic received it off the socket: the raw target, headers and body bytes.</summary>
internal sealed record ReceivedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The body as strict UTF-8 (a stray byte fails the test rather than turning into U+FFFD).</summary>
    public string BodyText => new UTF8Encoding(false, true).GetString(Body);

    /// <summary>The header's value as received (several values joined by ", "), or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}
