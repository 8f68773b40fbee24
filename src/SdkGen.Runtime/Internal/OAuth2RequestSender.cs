using System.ComponentModel;
using System.Net;
using System.Net.Http.Headers;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Sends a request with an OAuth 2.0 bearer token, and once more with a new token when the API answers 401.
/// Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OAuth2RequestSender
{
    /// <summary>
    /// Sends the request <paramref name="createRequest"/> builds, with the current token. On 401 the token is
    /// invalidated and the request is built and sent once more with a new one; a second 401 is returned as is, so a
    /// refused client never loops. Resending is safe for any method: a 401 means the request was not carried out.
    /// </summary>
    /// <param name="httpClient">The client.</param>
    /// <param name="tokens">The token source.</param>
    /// <param name="createRequest">Builds a new request each time (a sent request cannot be sent again).</param>
    /// <param name="completionOption">When the returned task completes.</param>
    /// <param name="cancellationToken">Cancels the wait for a token and the sending.</param>
    /// <returns>The response, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OAuth2TokenException">No token could be obtained; nothing was sent to the API.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient,
        OAuth2TokenSource tokens,
        Func<HttpRequestMessage> createRequest,
        HttpCompletionOption completionOption,
        CancellationToken cancellationToken)
    {
        if (httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient));
        }

        if (tokens is null)
        {
            throw new ArgumentNullException(nameof(tokens));
        }

        if (createRequest is null)
        {
            throw new ArgumentNullException(nameof(createRequest));
        }

        string token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response = await SendWithTokenAsync(httpClient, createRequest, token, completionOption, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(token);
        string renewed = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return await SendWithTokenAsync(httpClient, createRequest, renewed, completionOption, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HttpResponseMessage> SendWithTokenAsync(
        HttpClient httpClient, Func<HttpRequestMessage> createRequest, string token, HttpCompletionOption completionOption, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = createRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await httpClient.SendAsync(request, completionOption, cancellationToken).ConfigureAwait(false);
    }
}
