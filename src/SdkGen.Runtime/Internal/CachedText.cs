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

    internal CachedText(int capacity)
    {
        _builder = StringBuilderCache.Acquire(capacity);
        _finished = null;
    }

    /// <summary>The builder to append to.</summary>
    internal StringBuilder Builder => _builder ??= new StringBuilder(_finished);

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

    public override readonly string ToString() => _builder?.ToString() ?? _finished ?? "";
}
