using Microsoft.Win32.SafeHandles;

namespace CustomerLifecycle.Data.Text;

/// <summary>A range of an open file read with positional reads, independently of any other reader of the same file.</summary>
internal sealed class FileRangeStream(SafeFileHandle handle, long start, long end) : Stream
{
    private readonly long _start = start;
    private long _position = start;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => end - _start;

    public override long Position
    {
        get => _position - _start;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var room = end - _position;
        if (room <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(handle, buffer[..(int)Math.Min(buffer.Length, room)], _position);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
