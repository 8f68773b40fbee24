using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Reads response bodies with a <see cref="Utf8JsonReader"/> and a generated read function, without reflection.
/// Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// The reader skips comments, allows trailing commas and accepts a depth of 256. A UTF-8 byte order mark is skipped.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonResponseReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    // The same options with comments refused. Skipping comments sends every token through the reader's slower
    // comment-aware path (a tenth of a response's read time), and services do not send comments: a body is read
    // with these first, and only a body that fails is read again with ReaderOptions, whose outcome (value, error or
    // departures) is then the one returned. Without a comment both readers see the same tokens, so a body that reads
    // here reads the same there.
    private static readonly JsonReaderOptions CommentFreeOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    /// <summary>Reads a response body.</summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="utf8Json">The body, as UTF-8 JSON.</param>
    /// <param name="read">The generated read function, called with the reader on the first token.</param>
    /// <returns>What <paramref name="read"/> returned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="read"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">
    /// The body is empty or not valid JSON for <typeparamref name="T"/>; the message reads
    /// <c>The response body is not valid for {T}: {reason}</c>.
    /// </exception>
    public static T Read<T>(byte[] utf8Json, JsonReadFunc<T> read)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (read is null)
        {
            throw new ArgumentNullException(nameof(read));
        }

        ReadOnlySpan<byte> json = SkipBom(utf8Json);
        if (json.IsEmpty)
        {
            throw new JsonException(Describe<T>("the body is empty."));
        }

        if (TryReadWithoutComments(json, read, out T? fast))
        {
            return fast!;
        }

        var reader = new Utf8JsonReader(json, ReaderOptions);
        List<ResponseDeparture>? previous = ResponseDepartures.Begin();
        T? result = default;
        try
        {
            reader.Read();
            result = read(ref reader);
            return result;
        }
        catch (JsonException ex)
        {
            throw new JsonException(Describe<T>(ex.Message), ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            throw new JsonException(Describe<T>(ex.Message), null, null, reader.BytesConsumed, ex);
        }
        finally
        {
            // Departures are kept for reference types only: a boxed value would be a different object each time.
            ResponseDepartures.End(result is ValueType ? null : result, previous);
        }
    }

    // False, with nothing reported, when the body does not read with CommentFreeOptions: the caller reads it again.
    private static bool TryReadWithoutComments<T>(ReadOnlySpan<byte> json, JsonReadFunc<T> read, out T? result)
    {
        var reader = new Utf8JsonReader(json, CommentFreeOptions);
        List<ResponseDeparture>? previous = ResponseDepartures.Begin();
        result = default;
        bool completed = false;
        try
        {
            reader.Read();
            result = read(ref reader);
            completed = true;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return false;
        }
        finally
        {
            // Departures of a read that failed are dropped with it; kept for reference types only, as in Read.
            ResponseDepartures.End(completed && result is not ValueType ? result : null, previous);
        }
    }

    /// <summary>
    /// Reads a successful response's body leniently (see <see cref="ResponseDepartures"/>); a body that cannot be read
    /// at all — not JSON, or not the kind of value expected — is an <see cref="ApiResponseFormatException"/>.
    /// </summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="serviceName">The service's name, for the exception.</param>
    /// <param name="response">The response, for its status.</param>
    /// <param name="utf8Json">The body, as UTF-8 JSON.</param>
    /// <param name="read">The generated read function, called with the reader on the first token.</param>
    /// <returns>What <paramref name="read"/> returned.</returns>
    /// <exception cref="ApiResponseFormatException">The body is empty, not JSON, or not the kind of value expected.</exception>
    public static T ReadResponse<T>(string serviceName, HttpResponseMessage response, byte[] utf8Json, JsonReadFunc<T> read)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        try
        {
            return Read(utf8Json, read);
        }
        catch (JsonException ex)
        {
            // Only the start of the body is kept (ApiException truncates); decoding all of it would cost up to the read limit again.
            int keep = Math.Min(utf8Json?.Length ?? 0, ApiException.MaxResponseBodyLength * 4);
            string? text = utf8Json is null ? null : GetText(keep == utf8Json.Length ? utf8Json : utf8Json.Take(keep).ToArray());
            throw new ApiResponseFormatException(serviceName, (int)response.StatusCode, response.ReasonPhrase, text, ex);
        }
    }

    /// <summary>Reads a body that may be absent or not what was expected, such as an error body.</summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="utf8Json">The body, as UTF-8 JSON; may be <see langword="null"/> or empty.</param>
    /// <param name="read">The generated read function, called with the reader on the first token.</param>
    /// <returns>What <paramref name="read"/> returned, or <see langword="null"/> when the body is empty or could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is <see langword="null"/>.</exception>
    public static T? TryRead<T>(byte[]? utf8Json, JsonReadFunc<T> read)
        where T : class
    {
        if (read is null)
        {
            throw new ArgumentNullException(nameof(read));
        }

        if (utf8Json is null || utf8Json.Length == 0)
        {
            return null;
        }

        try
        {
            return Read(utf8Json, read);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Decodes a body as UTF-8 text, skipping a byte order mark.</summary>
    /// <param name="body">The body; may be <see langword="null"/>.</param>
    /// <returns>The text, or <see langword="null"/> when the body is empty. Invalid sequences become U+FFFD.</returns>
    public static string? GetText(byte[]? body)
    {
        if (body is null || body.Length == 0)
        {
            return null;
        }

        int start = HasBom(body) ? 3 : 0;
        return start == body.Length ? null : Encoding.UTF8.GetString(body, start, body.Length - start);
    }

    private static ReadOnlySpan<byte> SkipBom(byte[] utf8Json) =>
        HasBom(utf8Json) ? new ReadOnlySpan<byte>(utf8Json, 3, utf8Json.Length - 3) : utf8Json;

    private static bool HasBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static string Describe<T>(string reason) =>
        "The response body is not valid for " + typeof(T).Name + ": " + reason;
}
