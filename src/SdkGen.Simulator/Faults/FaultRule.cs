namespace SdkGen.Simulator;

/// <summary>A fault for the next <see cref="Count"/> matching requests.</summary>
/// <param name="Kind">What the fault does.</param>
public sealed record FaultRule(FaultKind Kind)
{
    /// <summary>How many matching requests it catches (default 1).</summary>
    public int Count { get; init; } = 1;

    /// <summary>Only this vendor's requests; <c>null</c> (the default) for any vendor.</summary>
    public SimulatedVendor? Vendor { get; init; }

    /// <summary>
    /// Only requests whose path contains this text (ordinal, case-insensitive), e.g. <c>/calls/</c> to leave
    /// Genesys CometD polls alone; <c>null</c> (the default) for any path.
    /// </summary>
    public string? PathContains { get; init; }

    /// <summary>
    /// The <c>Retry-After</c> header in seconds for <see cref="FaultKind.ServiceUnavailable"/> and
    /// <see cref="FaultKind.TooManyRequests"/> (default 1); <c>null</c> sends no header.
    /// </summary>
    public int? RetryAfterSeconds { get; init; } = 1;

    /// <summary>The wait for <see cref="FaultKind.Delay"/>.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The body <see cref="FaultKind.ReplaceSuccessBody"/> answers with (default: an HTML error page from a proxy).</summary>
    public string Body { get; init; } = "<html><body><h1>502 Bad Gateway</h1></body></html>";

    /// <summary>The content type of <see cref="Body"/> (default <c>text/html</c>).</summary>
    public string ContentType { get; init; } = "text/html; charset=utf-8";

    /// <summary>Where <see cref="FaultKind.Hold"/> and <see cref="FaultKind.HoldAnswer"/> requests wait; required for those kinds.</summary>
    public RequestGate? Gate { get; init; }
}
