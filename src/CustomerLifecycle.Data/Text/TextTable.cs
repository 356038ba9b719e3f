using System.Globalization;
using System.Runtime.CompilerServices;
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
public sealed partial class TextTable : IDisposable
{
    private readonly TextReader _reader;
    private readonly RecordTokenizer _tokenizer;
    private readonly TextColumns _columns;
    private int? _pendingLine;
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
    /// <exception cref="TextTableException">The file is missing, unreadable, empty, has no header row or cannot be decoded
    /// (a header with NUL characters: UTF-16 without a byte-order mark, read without its encoding).</exception>
    public static TextTable OpenFile(string path, TextTableOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new BoundedStream(OpenRead(path));
        var table = Open(file, options, path);
        table._file = file;
        return table;
    }

    /// <summary>Opens a file for reading; a missing or unreadable file is a <see cref="TextTableException"/> naming it.</summary>
    internal static FileStream OpenRead(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TextTableException(ex is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot be read ({ex.Message})", ex);
        }
    }

    private static TextTable Open(TextReader reader, TextTableOptions options, string source)
    {
        var tokenizer = new RecordTokenizer(reader, source, () => reader is StreamReader sr ? sr.CurrentEncoding.WebName : "decodable");
        var header = Guard(source, () => tokenizer.PeekFirstNonBlankLine());
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new TextTableException($"{source}: the file is empty or has no header row");
        }

        // No header holds NUL characters; text in UTF-16 without a byte-order mark, read as a one-byte encoding, does.
        if (header.Contains('\0', StringComparison.Ordinal))
        {
            var name = header[0] == '\0' ? "utf-16BE" : "utf-16";
            throw new TextTableException($"{source}: the header holds NUL characters: the file looks like UTF-16 without a byte-order mark; give its encoding ({name})");
        }

        var delimiter = options.Delimiter == TextDelimiter.Auto ? DelimiterDetection.Detect(header) : options.Delimiter;
        tokenizer.SetDelimiter(delimiter);
        var line = Guard(source, () => NextNonBlank(tokenizer))
            ?? throw new TextTableException($"{source}: the file is empty or has no header row");
        if (options.HasHeader)
        {
            var names = tokenizer.ToStrings().Select(n => n.Trim()).ToArray();
            return new TextTable(source, reader, tokenizer, delimiter, new TextColumns(names), options);
        }

        var numbered = new TextColumns(Enumerable.Range(1, tokenizer.FieldCount).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray());
        return new TextTable(source, reader, tokenizer, delimiter, numbered, options) { _pendingLine = line };
    }

    /// <summary>Reads records up to the next one that is not blank; its line, or null at the end of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? NextNonBlank(RecordTokenizer tokenizer)
    {
        while (tokenizer.TryReadRecord(out var line))
        {
            if (!tokenizer.IsBlank())
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>The index of the first of the given column names present (case-insensitive), or -1. When no column has
    /// any of the names exactly, a column whose name differs from one of them only in case, spaces and punctuation is
    /// found ("Customer ID" or "customer-id" for <c>customer_id</c>), again in the order of the names.</summary>
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

        foreach (var name in names)
        {
            var i = _columns.LooseIndexOf(name);
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

    /// <summary>The rejection code of a row with more fields than the header has columns (<see cref="TextRow.HasExtraFields"/>).</summary>
    public const string ExtraFieldsCode = "row.extra_fields";

    /// <summary>
    /// Why a row with extra fields is rejected, for a rejection report: <c>the row has 4 fields where the header has 3: a
    /// value holding a comma must be quoted</c>.
    /// </summary>
    /// <param name="row">A row of this table.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public string ExtraFieldsReason(TextRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ExtraFieldsReason(row.Fields.Count);
    }

    /// <summary>Whether the row <see cref="TryReadRecord"/> moved to has extra fields (<see cref="TextRow.HasExtraFields"/>).</summary>
    internal bool HasExtraFields() => _tokenizer.FieldCount > _columns.Names.Count && HasTextBeyondColumns();

    /// <summary>The reason of <see cref="ExtraFieldsReason(TextRow)"/> for the row <see cref="TryReadRecord"/> moved to.</summary>
    internal string ExtraFieldsReason() => ExtraFieldsReason(_tokenizer.FieldCount);

    /// <summary>The reason of <see cref="ExtraFieldsReason(TextRow)"/> for a row of so many fields.</summary>
    internal string ExtraFieldsReason(int fields)
    {
        var fix = Delimiter switch
        {
            TextDelimiter.Semicolon => Quoted("a semicolon"),
            TextDelimiter.Tab => Quoted("a tab"),
            TextDelimiter.Pipe => Quoted("a pipe (|)"),
            TextDelimiter.Whitespace => "a value holding spaces shifts the fields after it in a whitespace-separated table (export the table delimited)",
            _ => Quoted("a comma"),
        };
        var header = Options.HasHeader ? "the header has" : "the first row has";
        return string.Create(CultureInfo.InvariantCulture, $"the row has {fields} fields where {header} {_columns.Names.Count}: {fix}");

        static string Quoted(string what) => $"a value holding {what} must be quoted, else the fields after it are not under their columns";
    }

    private bool HasTextBeyondColumns()
    {
        for (var i = _columns.Names.Count; i < _tokenizer.FieldCount; i++)
        {
            if (!_tokenizer[i].IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
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
        while (TryReadRecord(out var line))
        {
            yield return new TextRow(_columns, line, _tokenizer.ToStrings(), HasExtraFields());
        }
    }

    /// <summary>
    /// The allocation-free way through the rows (for the library's own readers): moves to the next data row that is not
    /// blank; its fields are then <see cref="Field"/>, valid until the next call. Marks the rows as read.
    /// </summary>
    /// <param name="line">The physical line the row starts on.</param>
    /// <returns>False at the end of the text.</returns>
    /// <exception cref="TextTableException">A quoted field is never closed, or bytes cannot be decoded or read.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryReadRecord(out int line)
    {
        _read = true;
        if (_pendingLine is { } pending)
        {
            _pendingLine = null;
            line = pending;
            return true;
        }

        int? next;
        try
        {
            next = NextNonBlank(_tokenizer);
        }
        catch (IOException ex)
        {
            throw Unreadable(Source, ex);
        }

        line = next ?? 0;
        return next is not null;
    }

    /// <summary>A field of the row <see cref="TryReadRecord"/> moved to; empty when the index is negative or the row is short.</summary>
    /// <param name="index">The 0-based column index.</param>
    internal ReadOnlySpan<char> Field(int index) => index >= 0 && index < _tokenizer.FieldCount ? _tokenizer[index] : default;

    /// <summary>Whether the row <see cref="TryReadRecord"/> moved to has a field at a column index (a short row has fewer).</summary>
    /// <param name="index">The 0-based column index.</param>
    internal bool HasField(int index) => index >= 0 && index < _tokenizer.FieldCount;

    private static T Guard<T>(string source, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (IOException ex)
        {
            throw Unreadable(source, ex);
        }
    }

    private static TextTableException Unreadable(string source, IOException ex) => new($"{source}: cannot be read ({ex.Message})", ex);
}
