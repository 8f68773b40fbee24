namespace SdkGen.Simulator;

/// <summary>What an injected fault does to the request it catches.</summary>
public enum FaultKind
{
    /// <summary>Answers 503 with a <c>Retry-After</c> header and the vendor's error body; the request is not processed.</summary>
    ServiceUnavailable,

    /// <summary>Answers 429 with a <c>Retry-After</c> header and the vendor's error body; the request is not processed.</summary>
    TooManyRequests,

    /// <summary>Waits <see cref="FaultRule.Delay"/> (server side), then processes the request normally.</summary>
    Delay,

    /// <summary>Drops the connection without a response (the client sees a connection reset).</summary>
    Abort,
}
