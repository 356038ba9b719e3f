using System.Buffers;
using System.Runtime.CompilerServices;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Splits text into records of fields in one forward pass over a growing character buffer, counting physical lines (a
/// line break is LF, CRLF or CR, inside quotes too), so every record knows the line it starts on. Delimited text follows
/// RFC 4180 (a field that starts with a quote runs to the closing quote, <c>""</c> is a quote; a quote escaped with a
/// backslash, <c>\"</c>, is read as a quote once the text shows that convention); whitespace-separated text
/// is split at runs of spaces and tabs. Fields are spans over the buffer, valid until the next read: the hot path
/// allocates nothing. No line or field is too long: the buffer grows to hold the longest record.
/// </summary>
internal sealed partial class RecordTokenizer
{
    private const int InitialSize = 64 * 1024;

    private readonly TextReader _reader;
    private readonly string _source;
    private readonly Func<string> _encoding;
    private char[] _buffer = new char[InitialSize];
    private int _position;
    private int _filled;
    private bool _eof;
    private int _line = 1;
    private char _delimiter = ',';
    private bool _whitespace;
    private SearchValues<char> _stops = FieldStops(',');
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private char[] _scratch = new char[256];
    private int _scratchUsed;
    private bool _backslashEscapes;

    /// <summary>Makes a tokenizer; call <see cref="SetDelimiter"/> before reading records (comma until then).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The source in messages.</param>
    /// <param name="encoding">The name of the encoding in messages, asked only when bytes cannot be decoded.</param>
    public RecordTokenizer(TextReader reader, string source, Func<string> encoding)
    {
        _reader = reader;
        _source = source;
        _encoding = encoding;
    }

    /// <summary>The physical line the next record starts on.</summary>
    public int Line => _line;

    /// <summary>The number of fields of the current record (one empty field for a blank line).</summary>
    public int FieldCount { get; private set; }

    /// <summary>A field of the current record, as written (quotes removed, <c>""</c> read as one quote); valid until the next read.</summary>
    /// <param name="index">The 0-based field index, below <see cref="FieldCount"/>.</param>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var start = _starts[index];
            return start >= 0 ? _buffer.AsSpan(start, _lengths[index]) : _scratch.AsSpan(~start, _lengths[index]);
        }
    }

    /// <summary>Numbers the next record's line (a tokenizer over the rest of a split file starts where the first part ends).</summary>
    /// <param name="line">The physical line the next record starts on.</param>
    public void StartAt(int line) => _line = line;

    /// <summary>Uses a delimiter from now on.</summary>
    public void SetDelimiter(TextDelimiter delimiter)
    {
        _whitespace = delimiter == TextDelimiter.Whitespace;
        _delimiter = delimiter switch
        {
            TextDelimiter.Semicolon => ';',
            TextDelimiter.Tab => '\t',
            TextDelimiter.Pipe => '|',
            _ => ',',
        };
        _stops = _whitespace ? WhitespaceStops : FieldStops(_delimiter);
    }

    /// <summary>Whether every field of the current record is blank.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsBlank()
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (!this[i].IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The fields of the current record as strings.</summary>
    public string[] ToStrings()
    {
        var fields = new string[FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = this[i].ToString();
        }

        return fields;
    }

    /// <summary>
    /// The first physical line that is not blank, without consuming anything (the delimiter is chosen from it), or null
    /// when the text has none.
    /// </summary>
    public string? PeekFirstNonBlankLine()
    {
        var start = _position;
        while (true)
        {
            var rest = _buffer.AsSpan(start, _filled - start);
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0 && !_eof)
            {
                var offset = start - _position;
                Fill();
                start = _position + offset;
                continue;
            }

            var line = end < 0 ? rest : rest[..end];
            if (!line.IsWhiteSpace())
            {
                CheckDecoded(_position, start + line.Length);
                return line.ToString();
            }

            if (end < 0)
            {
                return null;
            }

            start += end + 1;
        }
    }

    /// <summary>The line feeds per character of the text read but not yet taken as records (0 when none is).</summary>
    public double LinesPerCharacterAhead()
    {
        var ahead = _buffer.AsSpan(_position, _filled - _position);
        return ahead.IsEmpty ? 0 : (double)ahead.Count('\n') / ahead.Length;
    }

    /// <summary>Reads the next record; false at the end of the text.</summary>
    /// <param name="line">The physical line the record starts on.</param>
    /// <exception cref="TextTableException">A quoted field is never closed, or bytes could not be decoded.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadRecord(out int line)
    {
        line = _line;
        while (true)
        {
            if (_position >= _filled)
            {
                if (_eof)
                {
                    FieldCount = 0;
                    return false;
                }

                Fill();
                continue;
            }

            var end = _whitespace ? ScanWhitespaceRecord(out var lines) : ScanDelimitedRecord(out lines);
            if (end < 0)
            {
                Fill();
                continue;
            }

            CheckDecoded(_position, end);
            _position = end;
            _line += lines;
            return true;
        }
    }

    private static readonly SearchValues<char> WhitespaceStops = SearchValues.Create(" \t\r\n");

    private static SearchValues<char> FieldStops(char delimiter) => SearchValues.Create([delimiter, '\r', '\n']);

    /// <summary>Makes room and reads more text; at the end of the text sets <c>_eof</c>. Raises no error itself.</summary>
    private void Fill()
    {
        if (_position > 0)
        {
            _buffer.AsSpan(_position, _filled - _position).CopyTo(_buffer);
            _filled -= _position;
            _position = 0;
        }

        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _reader.Read(_buffer.AsSpan(_filled));
        if (read <= 0)
        {
            _eof = true;
        }

        _filled += Math.Max(read, 0);
    }

    /// <summary>Throws when the text between two buffer positions holds a replacement character (bytes that could not be decoded).</summary>
    private void CheckDecoded(int from, int to)
    {
        var bad = _buffer.AsSpan(from, to - from).IndexOf('\uFFFD');
        if (bad >= 0)
        {
            var line = _line + CountLineBreaks(_buffer.AsSpan(from, bad));
            throw new TextTableException($"{_source}: line {line} holds bytes that are not {_encoding()} text; give the file's encoding (e.g. gb18030, utf-16, windows-1252)");
        }
    }

    private void AddField(int start, int length)
    {
        if (FieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _lengths, _lengths.Length * 2);
        }

        _starts[FieldCount] = start;
        _lengths[FieldCount] = length;
        FieldCount++;
    }

    private void AppendScratch(ReadOnlySpan<char> text)
    {
        if (_scratchUsed + text.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchUsed + text.Length));
        }

        text.CopyTo(_scratch.AsSpan(_scratchUsed));
        _scratchUsed += text.Length;
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = text.IndexOfAny('\r', '\n'); i >= 0; i = NextBreak(text, i))
        {
            if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static int NextBreak(ReadOnlySpan<char> text, int i)
    {
        var next = text[(i + 1)..].IndexOfAny('\r', '\n');
        return next < 0 ? -1 : i + 1 + next;
    }
}
