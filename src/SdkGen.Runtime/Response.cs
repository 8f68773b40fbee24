using System.Net.Http;

namespace SdkGen.Runtime;

/// <summary>
/// A successful answer's status, reason phrase and headers, returned by the generated <c>…WithResponseAsync</c>
/// methods of operations without a body (the shape of the Azure SDK's <c>Response</c>).
/// </summary>
/// <remarks>The headers are a copy taken when the answer arrived, so the object outlives the HTTP response and is safe to share between threads.</remarks>
public class Response
{
    /// <summary>Takes the status, reason phrase and a copy of the headers of <paramref name="message"/>.</summary>
    /// <param name="message">The answer; it may be disposed afterwards.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public Response(HttpResponseMessage message)
        : this((int)(message ?? throw new System.ArgumentNullException(nameof(message))).StatusCode, message.ReasonPhrase, ResponseHeaders.Of(message))
    {
    }

    /// <summary>A response made from its parts, for tests and mocks.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The reason phrase, or <see langword="null"/>.</param>
    /// <param name="headers">The headers.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="headers"/> is <see langword="null"/>.</exception>
    public Response(int status, string? reasonPhrase, ResponseHeaders headers)
    {
        Status = status;
        ReasonPhrase = reasonPhrase;
        Headers = headers ?? throw new System.ArgumentNullException(nameof(headers));
    }

    /// <summary>The HTTP status code (a 2xx: error answers throw <see cref="ApiException"/>).</summary>
    public int Status { get; }

    /// <summary>The reason phrase the service sent, or <see langword="null"/> (HTTP/2 and later send none).</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Every response and content header, by case-insensitive name.</summary>
    public ResponseHeaders Headers { get; }

    /// <inheritdoc/>
    public override string ToString() => Status.ToString(System.Globalization.CultureInfo.InvariantCulture) + (ReasonPhrase is null ? "" : " " + ReasonPhrase);
}

/// <summary>
/// A successful answer's status and headers with its body read as <typeparamref name="T"/>, returned by the generated
/// <c>…WithResponseAsync</c> methods (the shape of the Azure SDK's <c>Response&lt;T&gt;</c>).
/// </summary>
/// <typeparam name="T">The type of the body.</typeparam>
public class Response<T> : Response
{
    /// <summary>Takes the status, reason phrase and a copy of the headers of <paramref name="message"/>, and the body read from it.</summary>
    /// <param name="message">The answer; it may be disposed afterwards.</param>
    /// <param name="value">The body.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public Response(HttpResponseMessage message, T value)
        : base(message)
    {
        Value = value;
    }

    /// <summary>A response made from its parts, for tests and mocks.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="reasonPhrase">The reason phrase, or <see langword="null"/>.</param>
    /// <param name="headers">The headers.</param>
    /// <param name="value">The body.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="headers"/> is <see langword="null"/>.</exception>
    public Response(int status, string? reasonPhrase, ResponseHeaders headers, T value)
        : base(status, reasonPhrase, headers)
    {
        Value = value;
    }

    /// <summary>The body, exactly what the operation's plain method returns.</summary>
    public T Value { get; }

    /// <summary>The body of <paramref name="response"/>, so a <c>Response&lt;T&gt;</c> can stand where a <typeparamref name="T"/> is expected.</summary>
    /// <param name="response">The response.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public static implicit operator T(Response<T> response) =>
        response is null ? throw new System.ArgumentNullException(nameof(response)) : response.Value;
}
