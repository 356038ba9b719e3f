using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CustomerLifecycle.Data.Text;

/// <summary>The fast way through the common record: one line, no quote.</summary>
internal sealed partial class RecordTokenizer
{
    /// <summary>
    /// Finds the fields of a delimited record that holds no quote and ends within the buffer: one vectorised search finds
    /// its line break, and vector compares over the line find its delimiters (a whole record in one or two compares,
    /// instead of a search per field). Returns the position after the line break, or -1 — with no field added — to leave
    /// the record to the general scanner: it holds a quote, or its line break is not in the buffer yet, or it ends in a
    /// CR at the end of the buffer (which a LF may follow).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScanSimpleRecord(int p, ref int lines)
    {
        var buffer = _buffer;
        var rest = buffer.AsSpan(p, _filled - p);
        var stop = rest.IndexOfAny('\r', '\n', '"');
        if (stop < 0 || rest[stop] == '"' || (rest[stop] == '\r' && stop + 1 >= rest.Length))
        {
            return -1;
        }

        var end = p + stop;
        var start = p;
        var i = p;
        var delimiter = _delimiter;
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(buffer.AsSpan(0, end));
            var target = Vector256.Create((ushort)delimiter);
            for (; i + Vector256<ushort>.Count <= end; i += Vector256<ushort>.Count)
            {
                var bits = Vector256.Equals(Vector256.Create(chars[i..]), target).ExtractMostSignificantBits();
                while (bits != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(bits);
                    AddField(start, at - start);
                    start = at + 1;
                    bits &= bits - 1;
                }
            }
        }

        for (; i < end; i++)
        {
            if (buffer[i] == delimiter)
            {
                AddField(start, i - start);
                start = i + 1;
            }
        }

        AddField(start, end - start);
        return EndOfLine(end, ref lines);
    }
}
