using System.ComponentModel;
using System.Text.Json;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Creates JSON request content with a <see cref="Utf8JsonWriter"/>, without reflection.
/// Used by generated code; not a stable API.
/// </summary>
/// <remarks>
/// Each thread keeps one writer and one buffer, reset per call, so a call allocates only the exact-size body array
/// and the content object. The writer is compact (<c>Indented = false</c>), validates the structure it writes
/// (<c>SkipValidation = false</c>) and uses the default <see cref="System.Text.Encodings.Web.JavaScriptEncoder"/>,
/// which escapes non-ASCII and HTML-sensitive characters (for example <c>&lt;</c>, <c>&amp;</c>, <c>'</c>, <c>+</c>) as
/// <c>\uXXXX</c>: the output is valid JSON that every parser reads back to the same strings.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonContentFactory
{
    /// <summary>Buffers larger than this are not kept for the next call.</summary>
    internal const int MaxRetainedCapacity = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    [ThreadStatic]
    private static Cache? t_cache;

    /// <summary>
    /// Writes <paramref name="value"/> with <paramref name="write"/> and returns it as content with
    /// <c>Content-Type: application/json</c> (no charset).
    /// </summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value to write.</param>
    /// <param name="write">Writes exactly one complete JSON value.</param>
    /// <returns>A new <see cref="ByteArrayContent"/> holding the UTF-8 JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="write"/> wrote nothing, an incomplete value, or invalid JSON.</exception>
    public static HttpContent Create<T>(T value, Action<Utf8JsonWriter, T> write) => Create(value, write, "application/json");

    /// <summary>
    /// The same with the body's declared JSON media type (<c>application/merge-patch+json</c>, <c>application/vnd.api+json</c>),
    /// which servers use to tell a merge patch from a replacement.
    /// </summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value to write.</param>
    /// <param name="write">Writes exactly one complete JSON value.</param>
    /// <param name="mediaType">The <c>Content-Type</c> to send.</param>
    /// <returns>A new <see cref="ByteArrayContent"/> holding the UTF-8 JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="write"/> wrote nothing, an incomplete value, or invalid JSON.</exception>
    public static HttpContent Create<T>(T value, Action<Utf8JsonWriter, T> write, string mediaType)
    {
        var content = new ByteArrayContent(Serialize(value, write));
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/> into a new exact-size array.</summary>
    internal static byte[] Serialize<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        if (write is null)
        {
            throw new ArgumentNullException(nameof(write));
        }

        // Taken, not borrowed: a nested call on the same thread gets its own cache.
        Cache cache = t_cache ?? new Cache();
        t_cache = null;
        try
        {
            cache.Buffer.Clear();
            cache.Writer.Reset(cache.Buffer);
            write(cache.Writer, value);
            cache.Writer.Flush();
            if (cache.Writer.BytesCommitted == 0)
            {
                throw new InvalidOperationException("The JSON writer callback wrote nothing.");
            }

            if (cache.Writer.CurrentDepth != 0)
            {
                throw new InvalidOperationException("The JSON writer callback left an object or array open.");
            }

            return cache.Buffer.ToArray();
        }
        finally
        {
            cache.Buffer.Clear();
            if (cache.Buffer.Capacity <= MaxRetainedCapacity)
            {
                t_cache = cache;
            }
        }
    }

    /// <summary>Whether the current thread holds a cached writer (for tests).</summary>
    internal static bool HasCachedWriter => t_cache is not null;

    private sealed class Cache
    {
        internal readonly ReusableBufferWriter Buffer = new();
        internal readonly Utf8JsonWriter Writer;

        internal Cache()
        {
            Writer = new Utf8JsonWriter(Buffer, WriterOptions);
        }
    }
}
