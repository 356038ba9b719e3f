using Microsoft.Win32.SafeHandles;

namespace CustomerLifecycle.Data.Text;

/// <summary>A range of an open file read with positional reads, independently of any other reader of the same file.</summary>
internal sealed class FileRangeStream(SafeFileHandle handle, long start, long end) : ForwardStream
{
    private long _position = start;

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
}
