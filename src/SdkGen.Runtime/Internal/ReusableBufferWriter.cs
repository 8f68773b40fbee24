using System.Buffers;

namespace SdkGen.Runtime.Internal;

/// <summary>A growable <see cref="IBufferWriter{T}"/> over one array, kept between uses to avoid allocations.</summary>
internal sealed class ReusableBufferWriter : IBufferWriter<byte>
{
    private const int MinimumSize = 256;

    private byte[] _buffer;
    private int _written;

    internal ReusableBufferWriter(int initialCapacity = MinimumSize)
    {
        _buffer = new byte[Math.Max(initialCapacity, MinimumSize)];
    }

    /// <summary>The capacity of the underlying array.</summary>
    internal int Capacity => _buffer.Length;

    /// <summary>The number of bytes written.</summary>
    internal int WrittenCount => _written;

    /// <summary>The bytes written so far.</summary>
    internal ReadOnlySpan<byte> WrittenSpan => new(_buffer, 0, _written);

    public void Advance(int count)
    {
        if (count < 0 || _written > _buffer.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return new Memory<byte>(_buffer, _written, _buffer.Length - _written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return new Span<byte>(_buffer, _written, _buffer.Length - _written);
    }

    /// <summary>Forgets what was written, keeping the array.</summary>
    internal void Clear() => _written = 0;

    /// <summary>Copies what was written into a new array of the exact size.</summary>
    internal byte[] ToArray()
    {
        if (_written == 0)
        {
            return Array.Empty<byte>();
        }

        var result = new byte[_written];
        Buffer.BlockCopy(_buffer, 0, result, 0, _written);
        return result;
    }

    private void Ensure(int sizeHint)
    {
        if (sizeHint < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeHint));
        }

        if (sizeHint == 0)
        {
            sizeHint = 1;
        }

        int available = _buffer.Length - _written;
        if (sizeHint <= available)
        {
            return;
        }

        long needed = (long)_written + sizeHint;
        long size = Math.Max(needed, (long)_buffer.Length * 2);
        if (size > int.MaxValue)
        {
            size = needed <= int.MaxValue ? int.MaxValue : throw new OutOfMemoryException();
        }

        var larger = new byte[(int)size];
        Buffer.BlockCopy(_buffer, 0, larger, 0, _written);
        _buffer = larger;
    }
}
