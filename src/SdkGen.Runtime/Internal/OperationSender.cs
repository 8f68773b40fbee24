using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// What every generated operation does once its request is built: send it reading only the headers, read at most
/// <c>maxLength</c> bytes of the body within <see cref="HttpClient.Timeout"/>, hand a 2xx answer to the operation's
/// reader and turn any other into the exception its error map chooses. Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// Written once here rather than in each operation, so a generated operation is a plain method that checks its
/// arguments, builds the request and returns one of these tasks from its client's sender. Each method owns the request
/// it is given (disposed when the answer has been read) and the response (disposed, except the one a
/// <see cref="ResponseStream"/> takes over). The delegates are the generated code's cached ones (static fields and
/// non-capturing lambdas, cached by every C# version): nothing here allocates beyond one task per call.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class OperationSender
{
    private readonly HttpClient _httpClient;
    private readonly int _maxLength;
    private readonly string _serviceName;

    /// <summary>Creates the sender of one client, made once in its constructor.</summary>
    /// <param name="httpClient">The client to send with; its <see cref="HttpClient.Timeout"/> also bounds each body read.</param>
    /// <param name="maxLength">The largest body read, in bytes (see <see cref="ResponseContent"/>).</param>
    /// <param name="serviceName">The service's name, for exceptions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="serviceName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is not positive.</exception>
    public OperationSender(HttpClient httpClient, int maxLength, string serviceName)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _maxLength = maxLength > 0 ? maxLength : throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "The response size limit must be positive.");
        _serviceName = serviceName ?? throw new ArgumentNullException(nameof(serviceName));
    }

    /// <summary>Sends a request whose successful answer carries no body the operation reads.</summary>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="toResult">Makes the result from a 2xx answer.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public async Task<TResult> SendAsync<TResult>(
        OutgoingRequest request,
        Func<HttpResponseMessage, TResult> toResult, Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken)
    {
        using (request.Owned)
        {
            using HttpResponseMessage response = await request.SendAsync(_httpClient, cancellationToken).ConfigureAwait(false);
            byte[] content = await ResponseContent.ReadAsBytesAsync(response, _maxLength, _serviceName, _httpClient.Timeout, cancellationToken).ConfigureAwait(false);
            return IsSuccess(response) ? toResult(response) : throw toError(response, content);
        }
    }

    /// <summary>Sends a request whose successful answer is JSON, read by <paramref name="read"/>.</summary>
    /// <typeparam name="T">The type of the body.</typeparam>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="read">The generated reader of the body.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public Task<TResult> SendForJsonAsync<T, TResult>(
        OutgoingRequest request,
        JsonReadFunc<T> read, Func<HttpResponseMessage, T, TResult> toResult, Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken) =>
        SendForBodyAsync(request, BodyKind.Json, read, null, toResult, toError, cancellationToken);

    /// <summary>
    /// Sends a request whose successful answer is JSON, read by <paramref name="read"/>, unless
    /// <paramref name="checkSuccess"/> finds that the 2xx body reports a failure (<c>x-sdkgen-success-when</c>).
    /// </summary>
    /// <typeparam name="T">The type of the body.</typeparam>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="read">The generated reader of the body.</param>
    /// <param name="checkSuccess">The exception for a 2xx body that reports a failure, or null for a success.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public Task<TResult> SendForJsonAsync<T, TResult>(
        OutgoingRequest request,
        JsonReadFunc<T> read, Func<HttpResponseMessage, byte[], T, ApiException?> checkSuccess, Func<HttpResponseMessage, T, TResult> toResult,
        Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken) =>
        SendForBodyAsync(request, BodyKind.Json, read, checkSuccess, toResult, toError, cancellationToken);

    /// <summary>As <c>SendForJsonAsync</c>, but an empty 2xx body is <c>default</c> (null for the nullable body type the operation declares).</summary>
    /// <typeparam name="T">The type of the body.</typeparam>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="read">The generated reader of the body.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public Task<TResult> SendForJsonOrEmptyAsync<T, TResult>(
        OutgoingRequest request,
        JsonReadFunc<T> read, Func<HttpResponseMessage, T, TResult> toResult, Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken) =>
        SendForBodyAsync(request, BodyKind.JsonOrEmpty, read, null, toResult, toError, cancellationToken);

    /// <summary>As the overload that checks the body for a failure, but an empty 2xx body is a null body (and not checked).</summary>
    /// <typeparam name="T">The type of the body.</typeparam>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="read">The generated reader of the body.</param>
    /// <param name="checkSuccess">The exception for a 2xx body that reports a failure, or null for a success.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public Task<TResult> SendForJsonOrEmptyAsync<T, TResult>(
        OutgoingRequest request,
        JsonReadFunc<T> read, Func<HttpResponseMessage, byte[], T, ApiException?> checkSuccess, Func<HttpResponseMessage, T, TResult> toResult,
        Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken) =>
        SendForBodyAsync(request, BodyKind.JsonOrEmpty, read, checkSuccess, toResult, toError, cancellationToken);

    /// <summary>As <c>SendForJsonOrEmptyAsync</c> for a body of a value type (a number, a boolean, raw JSON): an empty 2xx body is null.</summary>
    /// <typeparam name="T">The type of the body.</typeparam>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="read">The generated reader of the body.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public async Task<TResult> SendForJsonValueOrEmptyAsync<T, TResult>(
        OutgoingRequest request,
        JsonReadFunc<T> read, Func<HttpResponseMessage, T?, TResult> toResult, Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken)
        where T : struct
    {
        using (request.Owned)
        {
            using HttpResponseMessage response = await request.SendAsync(_httpClient, cancellationToken).ConfigureAwait(false);
            byte[] content = await ResponseContent.ReadAsBytesAsync(response, _maxLength, _serviceName, _httpClient.Timeout, cancellationToken).ConfigureAwait(false);
            if (!IsSuccess(response))
            {
                throw toError(response, content);
            }

            return toResult(response, content.Length == 0 ? null : JsonResponseReader.ReadResponse(_serviceName, response, content, read));
        }
    }

    /// <summary>Sends a request whose successful answer is text (UTF-8); an empty body is the empty string.</summary>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public Task<TResult> SendForTextAsync<TResult>(
        OutgoingRequest request,
        Func<HttpResponseMessage, string, TResult> toResult, Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken) =>
        SendForBodyAsync<string, TResult>(request, BodyKind.Text, null, null, toResult, toError, cancellationToken);

    /// <summary>Sends a request whose successful answer is text (UTF-8); an empty body is a null body.</summary>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public Task<TResult> SendForTextOrEmptyAsync<TResult>(
        OutgoingRequest request,
        Func<HttpResponseMessage, string?, TResult> toResult, Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken) =>
        SendForBodyAsync<string?, TResult>(request, BodyKind.TextOrEmpty, null, null, toResult, toError, cancellationToken);

    /// <summary>
    /// Sends a request whose successful answer is handed over unread, as a <see cref="ResponseStream"/> that owns the
    /// response (it may be hundreds of megabytes); an error answer is read, bounded, and thrown as for any operation.
    /// </summary>
    /// <typeparam name="TResult">What the operation returns.</typeparam>
    /// <param name="request">The request, disposed once the answer is read, or the task of one the operation sends itself.</param>
    /// <param name="toResult">Makes the result from a 2xx answer and its open body.</param>
    /// <param name="toError">Makes the exception thrown for any other status.</param>
    /// <param name="cancellationToken">Cancels the send and the read.</param>
    /// <returns>What <paramref name="toResult"/> made.</returns>
    public async Task<TResult> SendForStreamAsync<TResult>(
        OutgoingRequest request,
        Func<HttpResponseMessage, ResponseStream, TResult> toResult, Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken)
    {
        using (request.Owned)
        {
            HttpResponseMessage? response = await request.SendAsync(_httpClient, cancellationToken).ConfigureAwait(false);
            try
            {
                if (IsSuccess(response))
                {
                    ResponseStream stream = await ResponseStream.OpenAsync(response, cancellationToken).ConfigureAwait(false);
                    TResult result = toResult(response, stream);
                    response = null; // the stream owns it now
                    return result;
                }

                byte[] content = await ResponseContent.ReadAsBytesAsync(response, _maxLength, _serviceName, _httpClient.Timeout, cancellationToken).ConfigureAwait(false);
                throw toError(response, content);
            }
            finally
            {
                response?.Dispose();
            }
        }
    }

    private enum BodyKind
    {
        Json,
        JsonOrEmpty,
        Text,
        TextOrEmpty,
    }

    // One state machine for every operation with a body: which body is read is a value, not a type, so the compiler
    // lowers this once per runtime build rather than once per generated operation.
    private async Task<TResult> SendForBodyAsync<T, TResult>(
        OutgoingRequest request, BodyKind kind,
        JsonReadFunc<T>? read, Func<HttpResponseMessage, byte[], T, ApiException?>? checkSuccess, Func<HttpResponseMessage, T, TResult> toResult,
        Func<HttpResponseMessage, byte[], ApiException> toError, CancellationToken cancellationToken)
    {
        using (request.Owned)
        {
            using HttpResponseMessage response = await request.SendAsync(_httpClient, cancellationToken).ConfigureAwait(false);
            byte[] content = await ResponseContent.ReadAsBytesAsync(response, _maxLength, _serviceName, _httpClient.Timeout, cancellationToken).ConfigureAwait(false);
            if (!IsSuccess(response))
            {
                throw toError(response, content);
            }

            if (content.Length == 0 && kind is BodyKind.JsonOrEmpty or BodyKind.TextOrEmpty)
            {
                return toResult(response, default!);
            }

            if (kind is BodyKind.Text or BodyKind.TextOrEmpty)
            {
                return toResult(response, (T)(object)(JsonResponseReader.GetText(content) ?? ""));
            }

            T body = JsonResponseReader.ReadResponse(_serviceName, response, content, read!);

            // The service reports some failures inside a 2xx answer; the API description says how to tell.
            if (checkSuccess?.Invoke(response, content, body) is { } failure)
            {
                throw failure;
            }

            return toResult(response, body);
        }
    }

    private static bool IsSuccess(HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        return status >= 200 && status < 300;
    }
}
