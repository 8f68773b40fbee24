using System.Text;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// Text built in the thread's cached <see cref="StringBuilder"/> until <see cref="Finish"/>, which gives the builder back
/// and keeps the text; appending afterwards (which generated code never does) takes a builder of its own.
/// </summary>
/// <remarks>A mutable struct: hold it in a non-readonly field.</remarks>
internal struct CachedText
{
    private StringBuilder? _builder;
    private string? _finished;
    private byte[]? _finishedAscii;

    internal CachedText(int capacity)
    {
        _builder = StringBuilderCache.Acquire(capacity);
        _finished = null;
        _finishedAscii = null;
    }

    /// <summary>The builder to append to.</summary>
    internal StringBuilder Builder => _builder ??= new StringBuilder(ToString());

    /// <summary>The text; the builder goes back to the cache.</summary>
    internal string Finish()
    {
        string text = ToString();
        if (_builder is not null)
        {
            StringBuilderCache.Release(_builder);
            _builder = null;
            _finished = text;
        }

        return text;
    }

    /// <summary>
    /// The text as bytes, every character of which must be ASCII; the builder goes back to the cache. On .NET the bytes
    /// are copied straight from the builder, without the string in between (the text is decoded again only if asked for).
    /// </summary>
    internal byte[] FinishAscii()
    {
#if NET
        if (_builder is { } builder)
        {
            byte[] bytes = new byte[builder.Length];
            int written = 0;
            foreach (ReadOnlyMemory<char> chunk in builder.GetChunks())
            {
                written += Encoding.ASCII.GetBytes(chunk.Span, bytes.AsSpan(written));
            }

            StringBuilderCache.Release(builder);
            _builder = null;
            _finished = null;
            _finishedAscii = bytes;
            return bytes;
        }
#endif
        return Encoding.ASCII.GetBytes(Finish());
    }

    public override string ToString() =>
        _builder?.ToString() ?? _finished ?? (_finishedAscii is null ? "" : _finished = Encoding.ASCII.GetString(_finishedAscii));
}
