using System.Runtime.CompilerServices;

namespace CustomerLifecycle.Data.Text;

/// <summary>The record scanners: each finds the fields of the record at the read position, or asks for more text.</summary>
internal sealed partial class RecordTokenizer
{
    /// <summary>
    /// Finds the fields of the delimited record at the read position; returns the position after its line break, or -1
    /// when the buffer ends inside the record (the caller reads more and scans again).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScanDelimitedRecord(out int lines)
    {
        var p = BeginRecord(out lines);
        var simple = ScanSimpleRecord(p, ref lines);
        if (simple >= 0)
        {
            return simple;
        }

        var buffer = _buffer;
        var filled = _filled;
        while (true)
        {
            if (p < filled && buffer[p] == '"')
            {
                p = ScanQuotedField(p, ref lines);
                if (p < 0)
                {
                    return -1;
                }
            }
            else
            {
                p = ScanPlainField(p);
                if (p < 0)
                {
                    return -1;
                }
            }

            if (p >= filled)
            {
                return _eof ? p : -1;
            }

            var c = buffer[p];
            if (c == _delimiter)
            {
                p++;
                continue;
            }

            return EndOfLine(p, ref lines);
        }
    }

    /// <summary>Reads a quoted field starting at the quote at <paramref name="p"/>; returns the position after it, or -1 for more text.</summary>
    private int ScanQuotedField(int p, ref int lines)
    {
        var buffer = _buffer;
        var filled = _filled;
        var scratchStart = _scratchUsed;
        var escaped = false;
        var segment = p + 1;
        var q = p + 1;
        while (true)
        {
            var at = buffer.AsSpan(q, filled - q).IndexOf('"');
            if (at < 0)
            {
                return _eof
                    ? throw new TextTableException($"{_source}: line {_line + lines}: a quoted field opened on this line is never closed")
                    : -1;
            }

            var close = q + at;
            if (close + 1 >= filled && !_eof)
            {
                return -1;
            }

            if (IsBackslashEscaped(close, p))
            {
                AppendScratch(buffer.AsSpan(segment, close - 1 - segment));
                AppendScratch("\"");
                _backslashEscapes = true;
                escaped = true;
                q = close + 1;
                segment = q;
                continue;
            }

            if (close + 1 < filled && buffer[close + 1] == '"')
            {
                AppendScratch(buffer.AsSpan(segment, close + 1 - segment));
                escaped = true;
                q = close + 2;
                segment = q;
                continue;
            }

            lines += CountLineBreaks(buffer.AsSpan(p + 1, close - p - 1));
            var after = close + 1;
            var stop = buffer.AsSpan(after, filled - after).IndexOfAny(_stops);
            if (stop < 0 && !_eof)
            {
                return -1;
            }

            var end = stop < 0 ? filled : after + stop;
            if (end > after && !escaped)
            {
                AppendScratch(buffer.AsSpan(p + 1, close - p - 1));
                escaped = true;
            }
            else if (escaped)
            {
                AppendScratch(buffer.AsSpan(segment, close - segment));
            }

            if (escaped)
            {
                AppendScratch(buffer.AsSpan(after, end - after));
                AddField(~scratchStart, _scratchUsed - scratchStart);
            }
            else
            {
                AddField(p + 1, close - p - 1);
            }

            return end;
        }
    }

    /// <summary>
    /// Whether the quote at <paramref name="close"/>, inside the quoted field opened at <paramref name="open"/>, is a quote
    /// escaped with a backslash (<c>\"</c>, as some exporters write it) rather than the field's end: it follows a single
    /// backslash, and either text other than a delimiter, line break or quote follows it (which RFC 4180 does not allow
    /// after a closing quote), or the file has already shown that convention. Needs the character after the quote in the
    /// buffer, or the end of the text.
    /// </summary>
    private bool IsBackslashEscaped(int close, int open)
    {
        var buffer = _buffer;
        if (close - 1 <= open || buffer[close - 1] != '\\' || (close - 2 > open && buffer[close - 2] == '\\'))
        {
            return false;
        }

        if (_backslashEscapes)
        {
            return true;
        }

        return close + 1 < _filled && buffer[close + 1] is var next && next != '"' && next != _delimiter && next is not ('\r' or '\n');
    }

    /// <summary>
    /// Finds the fields of the whitespace-separated record at the read position (one empty field for a blank line);
    /// returns the position after its line break, or -1 for more text.
    /// </summary>
    private int ScanWhitespaceRecord(out int lines)
    {
        var p = BeginRecord(out lines);
        var buffer = _buffer;
        var filled = _filled;
        while (true)
        {
            while (p < filled && buffer[p] is ' ' or '\t')
            {
                p++;
            }

            if (p >= filled || buffer[p] is '\r' or '\n')
            {
                if (p >= filled && !_eof)
                {
                    return -1;
                }

                if (FieldCount == 0)
                {
                    AddField(p, 0);
                }

                return p >= filled ? p : EndOfLine(p, ref lines);
            }

            p = ScanPlainField(p);
            if (p < 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Forgets the fields of the previous record; returns the read position, where the next one starts.</summary>
    private int BeginRecord(out int lines)
    {
        FieldCount = 0;
        _scratchUsed = 0;
        lines = 0;
        return _position;
    }

    /// <summary>Reads an unquoted field starting at <paramref name="p"/> up to the next stop; returns the position of that stop, or -1 for more text.</summary>
    private int ScanPlainField(int p)
    {
        var length = _buffer.AsSpan(p, _filled - p).IndexOfAny(_stops);
        if (length < 0)
        {
            if (!_eof)
            {
                return -1;
            }

            length = _filled - p;
        }

        AddField(p, length);
        return p + length;
    }

    /// <summary>The position after the line break at <paramref name="p"/> (CRLF is one), or -1 when a CR ends the buffer before the text does.</summary>
    private int EndOfLine(int p, ref int lines)
    {
        if (_buffer[p] == '\r')
        {
            if (p + 1 >= _filled)
            {
                if (!_eof)
                {
                    return -1;
                }
            }
            else if (_buffer[p + 1] == '\n')
            {
                lines++;
                return p + 2;
            }
        }

        lines++;
        return p + 1;
    }
}
