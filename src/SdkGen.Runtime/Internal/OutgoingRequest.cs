using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// What an <see cref="OperationSender"/> method is given: a request it sends (and disposes once the answer is read),
/// or the task of one the operation sends itself — an operation whose credentials are awaited (a Bearer token from the
/// caller's provider, an OAuth 2.0 token renewed once after 401) builds, sends and disposes its own requests.
/// Used by generated code, which converts either implicitly; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct OutgoingRequest
{
    private readonly HttpRequestMessage? _request;
    private readonly Task<HttpResponseMessage>? _sending;

    private OutgoingRequest(HttpRequestMessage? request, Task<HttpResponseMessage>? sending)
    {
        _request = request;
        _sending = sending;
    }

    /// <summary>A request for the sender to send and dispose.</summary>
    /// <param name="request">The request.</param>
    public static implicit operator OutgoingRequest(HttpRequestMessage request) => new(request, null);

    /// <summary>A request the operation is sending itself: the sender awaits its response.</summary>
    /// <param name="sending">The task of the response.</param>
    public static implicit operator OutgoingRequest(Task<HttpResponseMessage> sending) => new(null, sending);

    /// <summary>The request the sender owns, or null when the operation sends its own.</summary>
    internal HttpRequestMessage? Owned => _request;

    /// <summary>Sends the request through <paramref name="httpClient"/>, or returns the task the operation gave.</summary>
    internal Task<HttpResponseMessage> SendAsync(HttpClient httpClient, CancellationToken cancellationToken) =>
        _sending ?? httpClient.SendAsync(_request ?? throw new ArgumentNullException("request"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
