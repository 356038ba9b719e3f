namespace CustomerLifecycle.Data.Text;

/// <summary>
/// A file read forward up to a limit that can be lowered while it is read: a table over the first part of a file stops
/// at the limit as at the end of the file, while another reader takes the rest (<see cref="TextTable.TrySplit"/>).
/// </summary>
internal sealed class BoundedStream(FileStream file) : ForwardStream
{
    private long _read;

    /// <summary>The file.</summary>
    public FileStream File => file;

    /// <summary>The bytes read so far.</summary>
    public long Consumed => _read;

    /// <summary>The byte offset at which reading stops (the end of the file until lowered).</summary>
    public long Limit { get; set; } = long.MaxValue;

    public override int Read(Span<byte> buffer)
    {
        var room = Limit - _read;
        if (room <= 0)
        {
            return 0;
        }

        var read = file.Read(buffer[..(int)Math.Min(buffer.Length, room)]);
        _read += read;
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
