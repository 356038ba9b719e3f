using Sylvan.Data.Csv;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// A CSV file opened for reading rows by column name (case-insensitive), with the 1-based line number of each row
/// (the header is line 1). The delimiter (comma, tab, semicolon or pipe) is detected from the header; a header whose
/// names are separated by spaces alone makes the file whitespace-separated (fields split at runs of spaces, no quoting),
/// as published tables are. A UTF-8 BOM is skipped.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvDataReader _reader;
    private readonly Dictionary<string, int> _columns;
    private int _line = 1;

    private CsvTable(string path, CsvDataReader reader)
    {
        Path = path;
        _reader = reader;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i).Trim();
            _columns.TryAdd(name, i);
        }
    }

    public string Path { get; }

    /// <summary>The 1-based line of the current row (the header is line 1; exact for files without line breaks inside quoted fields).</summary>
    public int Line => _line;

    public IReadOnlyCollection<string> ColumnNames => _columns.Keys;

    /// <summary>Opens a file, or throws <see cref="UnusableInputException"/> when it is missing, unreadable or has no header.</summary>
    public static CsvTable Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new UnusableInputException($"{path}: no such file");
        }

        try
        {
            var header = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim()
                ?? throw new UnusableInputException($"{path}: the file is empty or has no header row");
            var options = new CsvDataReaderOptions { HasHeaders = true, ResultSetMode = ResultSetMode.SingleResult };
            var reader = IsWhitespaceSeparated(header)
                ? CsvDataReader.Create(new StringReader(ToTabSeparated(path)), new CsvDataReaderOptions { HasHeaders = true, ResultSetMode = ResultSetMode.SingleResult, Delimiter = '\t' })
                : CsvDataReader.Create(path, options);
            if (reader.FieldCount == 0 || (reader.FieldCount == 1 && string.IsNullOrWhiteSpace(reader.GetName(0))))
            {
                reader.Dispose();
                throw new UnusableInputException($"{path}: the file is empty or has no header row");
            }

            return new CsvTable(path, reader);
        }
        catch (UnusableInputException)
        {
            throw;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            throw new UnusableInputException($"{path}: cannot be read as CSV ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// Whether the header (the first non-blank line, trimmed) separates its names by runs of spaces only, as published tables such
    /// as CDNOW_master.txt do: no comma, tab, semicolon or pipe, and at least two names.
    /// </summary>
    private static bool IsWhitespaceSeparated(string header) =>
        header.IndexOfAny([',', '\t', ';', '|', '"']) < 0 && header.Contains(' ', StringComparison.Ordinal);

    /// <summary>The file with each run of spaces between fields made one tab, line for line (so line numbers still match).</summary>
    private static string ToTabSeparated(string path)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            text.AppendJoin('\t', line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The index of the first of the given column names present, or -1.</summary>
    public int IndexOf(params string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of a required column, or throws <see cref="UnusableInputException"/> naming it.</summary>
    public int Require(params string[] names)
    {
        var i = IndexOf(names);
        if (i >= 0)
        {
            return i;
        }

        // A first line of numbers is data, not a header (CDNOW_sample.txt is published without one).
        var hint = _columns.Keys.All(k => k.Length > 0 && k.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+'))
            ? "; the first line holds numbers, so the file seems to have no header row: add one naming the columns"
            : string.Empty;
        throw new UnusableInputException($"{Path}: no '{string.Join("' or '", names)}' column (columns: {string.Join(", ", _columns.Keys)}){hint}");
    }

    /// <summary>Moves to the next row; false at the end.</summary>
    public bool Read()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException ex)
        {
            throw new UnusableInputException($"{Path}: malformed CSV after line {_line} ({ex.Message})", ex);
        }

        _line = _reader.RowNumber + 1; // RowNumber counts data records from 1; the header is line 1
        return true;
    }

    /// <summary>Whether the current row is blank (every field empty); such rows are skipped by readers.</summary>
    public bool IsBlankRow()
    {
        for (var i = 0; i < _reader.RowFieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(_reader.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The field at a column of the current row, or null when the column is absent (index -1) or the row is short.</summary>
    public string? Get(int index) => index < 0 || index >= _reader.RowFieldCount ? null : _reader.GetString(index);

    public void Dispose() => _reader.Dispose();
}
