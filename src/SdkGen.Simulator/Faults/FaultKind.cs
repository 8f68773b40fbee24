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

    /// <summary>Drops the connection without a response (the client sees a connection reset); the request is not processed.</summary>
    Abort,

    /// <summary>
    /// Processes the request — the change is applied — then drops the connection instead of answering: the client
    /// sees a connection reset although the vendor acted (a lost answer).
    /// </summary>
    DropAnswer,

    /// <summary>
    /// Processes the request, and when the answer is a success (2xx) replaces its body with <see cref="FaultRule.Body"/>
    /// of type <see cref="FaultRule.ContentType"/> (a proxy's HTML page, a body missing a field). Errors pass unchanged.
    /// </summary>
    ReplaceSuccessBody,

    /// <summary>
    /// Holds the request until <see cref="FaultRule.Gate"/> is released, then processes it normally — also when the
    /// client gave up meanwhile (the vendor had received it). For requests deterministically in flight.
    /// </summary>
    Hold,

    /// <summary>
    /// Processes the request — the change is applied — and holds the answer until <see cref="FaultRule.Gate"/> is
    /// released (a slow answer to a change already made). A client that gave up meanwhile gets nothing.
    /// </summary>
    HoldAnswer,
}
