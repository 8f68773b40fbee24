using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for the request URI and the form body, which are built and turned into
/// text once per call: without it they were a fifth of a small call's allocations. The same idea as .NET's internal
/// <c>System.Text.StringBuilderCache</c>, with room for a longer URI.
/// </summary>
/// <remarks>
/// A builder is taken out of the cache while in use, so two users on one thread (or a builder carried across threads)
/// never share one; a builder that is never released is simply collected.
/// </remarks>
internal static class StringBuilderCache
{
    // 2 KiB per thread at most; a longer text gets a builder of its own, as before.
    private const int MaxCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder of at least <paramref name="capacity"/>, the thread's cached one when it is large enough.</summary>
    internal static StringBuilder Acquire(int capacity)
    {
        StringBuilder? cached = t_cached;
        if (cached is not null && capacity <= cached.Capacity)
        {
            t_cached = null;
            return cached.Clear();
        }

        // 256 characters hold most request URIs and form bodies in one chunk.
        return new StringBuilder(Math.Max(capacity, 256));
    }

    /// <summary>Gives <paramref name="builder"/> back; it must not be used afterwards.</summary>
    internal static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaxCapacity)
        {
            t_cached = builder;
        }
    }
}
