using System.Buffers;
using System.Text;

namespace CustomerLifecycle.Data.Text;

/// <summary>Splitting a file table in two, so that two threads read its halves (the readers merge what they fold).</summary>
public sealed partial class TextTable
{
    private const long SplitMinimum = 4L << 20;
    private const int SplitWindow = 1 << 20;

    private BoundedStream? _file;

    /// <summary>The bytes of the file this table reads once <see cref="TrySplit"/> has split it (its part), else null.</summary>
    internal long? PartBytes { get; private set; }

    /// <summary>
    /// Splits an unread table over a file in two at the first line break after <paramref name="fraction"/> of its bytes:
    /// this table then ends at that break, and the returned table (the same columns, delimiter, options and source) reads
    /// the rest, numbering its records with their physical lines in the whole file. Null, with this table unchanged, when
    /// the split could change what is read: the table is not a seekable file of at least 4 MB opened with
    /// <see cref="OpenFile"/>, its encoding was given or is not UTF-8, a quote appears before the break (the break
    /// could then be inside a quoted field), no line feed follows within 1 MB, or this machine has one core.
    /// </summary>
    /// <param name="fraction">Where to split, as a share of the file's bytes (0–1).</param>
    /// <returns>The table over the rest of the file, or null.</returns>
    internal TextTable? TrySplit(double fraction) => SplitLater(fraction)?.Invoke();

    /// <summary>
    /// <see cref="TrySplit"/> in two steps, so that this table is read while the split is sought (counting the lines before
    /// it takes a pass over the first part's bytes): null when the table cannot be split (not a seekable UTF-8 file of at
    /// least 4 MB, already read, or one core), else a function, to be called once, on any thread, while this table is read
    /// or before, that finds the split and returns the table over the rest, this table then ending at the split. The
    /// function returns null, with this table unchanged (it reads to the end of the file), when a quote appears before the
    /// break, no line feed follows within 1 MB, or this table has already read past the break.
    /// </summary>
    /// <param name="fraction">Where to split, as a share of the file's bytes (0–1).</param>
    /// <returns>The function that splits, or null.</returns>
    internal Func<TextTable?>? SplitLater(double fraction)
    {
        if (_file is not { File.CanSeek: true } file || _pendingLine is not null || _read || Options.Encoding is not null
            || _reader is not StreamReader { CurrentEncoding: UTF8Encoding } || Environment.ProcessorCount < 2)
        {
            return null;
        }

        var handle = file.File.SafeFileHandle;
        var length = RandomAccess.GetLength(handle);
        var target = (long)(length * fraction);
        if (length < SplitMinimum || target >= length)
        {
            return null;
        }

        return () =>
        {
            if (FindSplit(handle, target) is not { } split || !file.TryEndAt(split.Offset))
            {
                return null;
            }

            PartBytes = split.Offset;
            var tokenizer = new RecordTokenizer(
                new StreamReader(new FileRangeStream(handle, split.Offset, length), TextEncodings.Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024),
                Source,
                () => "utf-8");
            tokenizer.SetDelimiter(Delimiter);
            tokenizer.StartAt(split.Line);
            return new TextTable(Source, TextReader.Null, tokenizer, Delimiter, _columns, Options) { PartBytes = length - split.Offset };
        };
    }

    /// <summary>
    /// About how many records a byte of this table's text holds, judged from the text read ahead of the next record (a
    /// record a line, one byte a character): 0 when no line break is read ahead. A guess to size tables by, nothing more.
    /// </summary>
    internal double RecordsPerByte() => _tokenizer.LinesPerCharacterAhead();

    /// <summary>
    /// The offset after the first line feed at or after <paramref name="target"/> and the physical line that starts there,
    /// or null when a quote comes before it or none follows within the window.
    /// </summary>
    private static (long Offset, int Line)? FindSplit(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long target)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(SplitWindow);
        try
        {
            long offset = 0;
            long breaks = 0;
            var lastCr = false;
            while (offset <= target + SplitWindow)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, SplitWindow), offset);
                if (read == 0)
                {
                    return null;
                }

                var span = buffer.AsSpan(0, read);
                var from = (int)Math.Clamp(target - offset, 0, read);
                var feed = span[from..].IndexOf((byte)'\n');
                if (feed >= 0)
                {
                    span = span[..(from + feed + 1)];
                }

                // One pass finds whether there is a quote or a carriage return; without either, the line feeds are the breaks.
                if (span.IndexOfAny((byte)'"', (byte)'\r') < 0)
                {
                    breaks += span.Count((byte)'\n') - (lastCr && span[0] == '\n' ? 1 : 0);
                }
                else if (span.Contains((byte)'"'))
                {
                    return null;
                }
                else
                {
                    breaks += span.Count((byte)'\n') + span.Count((byte)'\r') - span.Count("\r\n"u8) - (lastCr && span[0] == '\n' ? 1 : 0);
                }

                lastCr = span[^1] == '\r';
                offset += span.Length;
                if (feed >= 0)
                {
                    return breaks < int.MaxValue ? (offset, (int)breaks + 1) : null;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
