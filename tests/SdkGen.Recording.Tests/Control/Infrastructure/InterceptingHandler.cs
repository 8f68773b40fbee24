using System.Net.Http.Headers;
using System.Text;

namespace SdkGen.Recording.Tests.Control.Infrastructure;

/// <summary>
/// Sits between a control and the wire. It can rewrite a response body (to prove where a result comes from), or
/// let a request reach the server and then lose the answer (a connection reset after the vendor acted).
/// </summary>
public sealed class InterceptingHandler : DelegatingHandler
{
    private int _lostAnswers;

    /// <summary>Rewrites the response text: (request path, request body, response body) → new response body.</summary>
    public Func<string, string, string, string>? RewriteResponse { get; init; }

    /// <summary>Requests whose path contains this have their answer lost (after the server acted), <see cref="LoseAnswers"/> times.</summary>
    public string? LoseAnswerOfPathContaining { get; init; }

    /// <summary>How many answers to lose.</summary>
    public int LoseAnswers { get; init; } = 1;

    /// <summary>How many answers were lost so far.</summary>
    public int LostAnswers => Math.Min(Volatile.Read(ref _lostAnswers), LoseAnswers);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string path = request.RequestUri!.AbsolutePath;
        string requestBody = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);

        if (LoseAnswerOfPathContaining is { } lose && path.Contains(lose, StringComparison.Ordinal)
            && Interlocked.Increment(ref _lostAnswers) <= LoseAnswers)
        {
            response.Dispose();
            throw new HttpRequestException("The connection was reset after the request was sent (simulated by the test).");
        }

        if (RewriteResponse is null)
        {
            return response;
        }

        string text = await response.Content.ReadAsStringAsync(cancellationToken);
        string rewritten = RewriteResponse(path, requestBody, text);
        if (rewritten == text)
        {
            return response;
        }

        MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
        response.Content = new StringContent(rewritten, Encoding.UTF8);
        response.Content.Headers.ContentType = type;
        return response;
    }
}
