namespace CustomerLifecycle.Data.Text;

/// <summary>
/// A file read forward up to a limit that can be lowered while it is read, from another thread too: a table over the
/// first part of a file stops at the limit as at the end of the file, while another reader takes the rest
/// (<see cref="TextTable.TrySplit"/>, <see cref="TextTable.SplitLater"/>).
/// </summary>
internal sealed class BoundedStream(FileStream file) : ForwardStream
{
    private readonly object _gate = new();
    private long _read;
    private long _limit = long.MaxValue;

    /// <summary>The file.</summary>
    public FileStream File => file;

    /// <summary>
    /// Ends the stream at <paramref name="offset"/> when no byte past it has been read yet; false, with nothing changed,
    /// when one has. Safe while another thread reads.
    /// </summary>
    public bool TryEndAt(long offset)
    {
        lock (_gate)
        {
            if (_read > offset)
            {
                return false;
            }

            _limit = offset;
            return true;
        }
    }

    public override int Read(Span<byte> buffer)
    {
        lock (_gate)
        {
            var room = _limit - _read;
            if (room <= 0)
            {
                return 0;
            }

            var read = file.Read(buffer[..(int)Math.Min(buffer.Length, room)]);
            _read += read;
            return read;
        }
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
