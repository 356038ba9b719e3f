using System.Globalization;
using FluentValidation;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// A text table (CSV, TSV, semicolon- or pipe-separated, or whitespace-separated) opened for reading rows by column
/// name, each with the physical line it starts on. Blank rows are skipped. Read the rows once, in order, with
/// <see cref="ReadRows"/>.
/// </summary>
/// <example>
/// <code>
/// using var table = TextTable.Open(stream, new TextTableOptions { Encoding = TextEncodings.FromName("gb18030") }, "orders.csv");
/// var amount = table.Require("amount");
/// foreach (var row in table.ReadRows()) { Console.WriteLine($"{row.Line}: {row[amount]}"); }
/// </code>
/// </example>
public sealed class TextTable : IDisposable
{
    private readonly TextReader _reader;
    private readonly RecordTokenizer _tokenizer;
    private readonly TextColumns _columns;
    private string[]? _firstDataRow;
    private int _firstDataLine;
    private bool _read;

    private TextTable(string source, TextReader reader, RecordTokenizer tokenizer, TextDelimiter delimiter, TextColumns columns, TextTableOptions options)
    {
        Source = source;
        Delimiter = delimiter;
        Options = options;
        _reader = reader;
        _tokenizer = tokenizer;
        _columns = columns;
    }

    /// <summary>The name of the source in messages (a path, or what the caller gave).</summary>
    public string Source { get; }

    /// <summary>The delimiter in use (detected when <see cref="TextTableOptions.Delimiter"/> is <see cref="TextDelimiter.Auto"/>).</summary>
    public TextDelimiter Delimiter { get; }

    /// <summary>The options the table was opened with.</summary>
    public TextTableOptions Options { get; }

    /// <summary>The column names as written in the header (trimmed), or <c>"1"</c>, <c>"2"</c>, … without a header.</summary>
    public IReadOnlyList<string> Columns => _columns.Names;

    /// <summary>Opens a table over a stream.</summary>
    /// <param name="stream">The bytes; read from its current position.</param>
    /// <param name="options">How to read it; <see cref="TextTableOptions.Default"/> when null.</param>
    /// <param name="source">The name of the source in messages; <c>input</c> when null.</param>
    /// <param name="leaveOpen">Whether disposing the table leaves the stream open.</param>
    /// <returns>The table, positioned before its first data row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ValidationException">The options break a rule of <see cref="TextTableOptionsValidator"/>.</exception>
    /// <exception cref="TextTableException">The text is empty, has no header row, or cannot be decoded.</exception>
    public static TextTable Open(Stream stream, TextTableOptions? options = null, string? source = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= TextTableOptions.Default;
        TextTableOptionsValidator.Instance.ValidateAndThrow(options);
        source ??= "input";
        var reader = new StreamReader(
            stream,
            options.Encoding ?? TextEncodings.Utf8,
            detectEncodingFromByteOrderMarks: options.Encoding is null,
            bufferSize: 64 * 1024,
            leaveOpen: leaveOpen);
        try
        {
            return Open(reader, options, source);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Opens a table from a file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read it; <see cref="TextTableOptions.Default"/> when null.</param>
    /// <returns>The table, positioned before its first data row.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="ValidationException">The options break a rule of <see cref="TextTableOptionsValidator"/>.</exception>
    /// <exception cref="TextTableException">The file is missing, unreadable, empty, has no header row or cannot be decoded.</exception>
    public static TextTable OpenFile(string path, TextTableOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TextTableException(ex is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot be read ({ex.Message})", ex);
        }

        return Open(stream, options, path);
    }

    private static TextTable Open(TextReader reader, TextTableOptions options, string source)
    {
        var (prefix, header) = Guard(source, 1, () => DelimiterDetection.ReadHeaderLine(reader));
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new TextTableException($"{source}: the file is empty or has no header row");
        }

        var delimiter = options.Delimiter == TextDelimiter.Auto ? DelimiterDetection.Detect(header) : options.Delimiter;
        var text = new PrefixedReader(prefix, reader);
        var tokenizer = new RecordTokenizer(text, delimiter, source, reader is StreamReader sr ? sr.CurrentEncoding.WebName : "decodable");
        var (line, first) = Guard(source, tokenizer.Line, () => FirstRecord(tokenizer))
            ?? throw new TextTableException($"{source}: the file is empty or has no header row");
        if (options.HasHeader)
        {
            return new TextTable(source, text, tokenizer, delimiter, new TextColumns(first.Select(n => n.Trim()).ToArray()), options);
        }

        var numbered = new TextColumns(Enumerable.Range(1, first.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray());
        return new TextTable(source, text, tokenizer, delimiter, numbered, options) { _firstDataRow = [.. first], _firstDataLine = line };
    }

    private static (int Line, List<string> Fields)? FirstRecord(RecordTokenizer tokenizer)
    {
        while (tokenizer.TryRead(out var line, out var fields))
        {
            if (!IsBlank(fields))
            {
                return (line, fields);
            }
        }

        return null;
    }

    /// <summary>The index of the first of the given column names present (case-insensitive), or -1.</summary>
    /// <param name="names">The names the column may have, preferred first.</param>
    /// <returns>The 0-based index, or -1.</returns>
    public int IndexOf(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            var i = _columns.IndexOf(name);
            if (i >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of a required column.</summary>
    /// <param name="names">The names the column may have, preferred first.</param>
    /// <returns>The 0-based index.</returns>
    /// <exception cref="TextTableException">
    /// No column has any of the names. The message lists the columns, and says when the first line holds numbers only:
    /// the file then seems to have no header row.
    /// </exception>
    public int Require(params string[] names)
    {
        var i = IndexOf(names);
        if (i >= 0)
        {
            return i;
        }

        var hint = Options.HasHeader && _columns.LookLikeData()
            ? "; the first line holds numbers, so the file seems to have no header row: add one naming the columns"
            : string.Empty;
        throw new TextTableException($"{Source}: no '{string.Join("' or '", names)}' column (columns: {string.Join(", ", Columns)}){hint}");
    }

    /// <summary>The data rows, in order, without blank rows. The table can be read once.</summary>
    /// <returns>The rows, read lazily.</returns>
    /// <exception cref="InvalidOperationException">The rows were already read.</exception>
    /// <exception cref="TextTableException">(While enumerating) a quoted field is never closed, or bytes cannot be decoded.</exception>
    public IEnumerable<TextRow> ReadRows()
    {
        if (_read)
        {
            throw new InvalidOperationException($"{Source}: the rows of a text table can be read once");
        }

        _read = true;
        return Rows();
    }

    /// <summary>Closes the source.</summary>
    public void Dispose() => _reader.Dispose();

    private IEnumerable<TextRow> Rows()
    {
        if (_firstDataRow is not null)
        {
            yield return new TextRow(_columns, _firstDataLine, _firstDataRow);
        }

        while (true)
        {
            var (more, line, fields) = Guard(Source, _tokenizer.Line, () => (_tokenizer.TryRead(out var l, out var f), l, f));
            if (!more)
            {
                yield break;
            }

            if (!IsBlank(fields))
            {
                yield return new TextRow(_columns, line, [.. fields]);
            }
        }
    }

    private static bool IsBlank(List<string> fields) => fields.TrueForAll(string.IsNullOrWhiteSpace);

    private static T Guard<T>(string source, int line, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (IOException ex)
        {
            throw new TextTableException($"{source}: cannot be read ({ex.Message})", ex);
        }
    }
}
