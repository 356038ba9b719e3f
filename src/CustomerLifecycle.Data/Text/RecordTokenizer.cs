using System.Text;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Splits text into records of fields, counting physical lines (a line break is LF, CRLF or CR, inside quotes too), so
/// every record knows the line it starts on. Delimited text follows RFC 4180 (a field that starts with a quote runs to
/// the closing quote, <c>""</c> is a quote); whitespace-separated text is split at runs of spaces and tabs.
/// </summary>
internal sealed class RecordTokenizer
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly bool _whitespace;
    private readonly string _source;
    private readonly StringBuilder _field = new();
    private readonly string _encoding;
    private int _line = 1;

    public RecordTokenizer(TextReader reader, TextDelimiter delimiter, string source, string encoding)
    {
        _encoding = encoding;
        _reader = reader;
        _source = source;
        _whitespace = delimiter == TextDelimiter.Whitespace;
        _delimiter = delimiter switch
        {
            TextDelimiter.Semicolon => ';',
            TextDelimiter.Tab => '\t',
            TextDelimiter.Pipe => '|',
            _ => ',',
        };
    }

    /// <summary>The physical line the next record starts on.</summary>
    public int Line => _line;

    /// <summary>Reads the next record; false at the end of the text.</summary>
    /// <param name="line">The physical line the record starts on.</param>
    /// <param name="fields">The fields (one empty field for a blank line).</param>
    /// <exception cref="TextTableException">A quoted field is never closed.</exception>
    public bool TryRead(out int line, out List<string> fields)
    {
        line = _line;
        fields = [];
        var c = Next();
        if (c < 0)
        {
            return false;
        }

        if (_whitespace)
        {
            ReadWhitespaceRecord(c, fields);
        }
        else
        {
            ReadDelimitedRecord(c, fields);
        }

        return true;
    }

    private void ReadDelimitedRecord(int c, List<string> fields)
    {
        _field.Clear();
        var inQuotes = false;
        var quoted = false;
        var openedOn = _line;
        while (true)
        {
            if (c < 0)
            {
                if (inQuotes)
                {
                    throw new TextTableException($"{_source}: line {openedOn}: a quoted field opened on this line is never closed");
                }

                break;
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    _field.Append((char)c);
                    if (c == '\n' || (c == '\r' && _reader.Peek() != '\n'))
                    {
                        _line++;
                    }
                }
            }
            else if (c == _delimiter)
            {
                fields.Add(_field.ToString());
                _field.Clear();
                quoted = false;
            }
            else if (c is '\r' or '\n')
            {
                EndLine(c);
                break;
            }
            else if (c == '"' && _field.Length == 0 && !quoted)
            {
                inQuotes = true;
                quoted = true;
                openedOn = _line;
            }
            else
            {
                _field.Append((char)c);
            }

            c = Next();
        }

        fields.Add(_field.ToString());
    }

    private void ReadWhitespaceRecord(int c, List<string> fields)
    {
        _field.Clear();
        while (c >= 0 && c is not ('\r' or '\n'))
        {
            if (c is ' ' or '\t')
            {
                Flush(fields);
            }
            else
            {
                _field.Append((char)c);
            }

            c = Next();
        }

        Flush(fields);
        if (c >= 0)
        {
            EndLine(c);
        }

        if (fields.Count == 0)
        {
            fields.Add(string.Empty);
        }
    }

    /// <summary>The next character; a replacement character means bytes the encoding could not decode.</summary>
    private int Next()
    {
        var c = _reader.Read();
        return c == '\uFFFD'
            ? throw new TextTableException($"{_source}: line {_line} holds bytes that are not {_encoding} text; give the file's encoding (e.g. gb18030, utf-16, windows-1252)")
            : c;
    }

    private void Flush(List<string> fields)
    {
        if (_field.Length > 0)
        {
            fields.Add(_field.ToString());
            _field.Clear();
        }
    }

    private void EndLine(int c)
    {
        if (c == '\r' && _reader.Peek() == '\n')
        {
            _reader.Read();
        }

        _line++;
    }
}
