using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// The cursor the commands not yet moved onto the library's readers use, over the library's <see cref="TextTable"/>
/// (default options: delimiter detected, BOM or UTF-8): rows by column name (case-insensitive), each with the physical
/// line it starts on. Library refusals are unusable input. New code reads through <see cref="TextInput"/> instead.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly TextTable _table;
    private readonly IEnumerator<TextRow> _rows;
    private TextRow? _row;

    private CsvTable(TextTable table)
    {
        _table = table;
        _rows = table.ReadRows().GetEnumerator();
    }

    public string Path => _table.Source;

    /// <summary>The 1-based physical line on which the current row starts (the header is line 1).</summary>
    public int Line => _row?.Line ?? 1;

    /// <summary>The column names, the first of each case-insensitive duplicate only.</summary>
    public IReadOnlyCollection<string> ColumnNames => _table.Columns.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Opens a file, or throws <see cref="UnusableInputException"/> when it is missing, unreadable or has no header.</summary>
    public static CsvTable Open(string path) => TextInput.Read(() => new CsvTable(TextTable.OpenFile(path)));

    /// <summary>The index of the first of the given column names present, or -1.</summary>
    public int IndexOf(params string[] names) => _table.IndexOf(names);

    /// <summary>The index of a required column, or throws <see cref="UnusableInputException"/> naming it (and a missing header row).</summary>
    public int Require(params string[] names) => TextInput.Read(() => _table.Require(names));

    /// <summary>Moves to the next row (blank rows are skipped); false at the end.</summary>
    public bool Read() => TextInput.Read(() =>
    {
        var more = _rows.MoveNext();
        _row = more ? _rows.Current : null;
        return more;
    });

    /// <summary>Whether the current row is blank; the table skips blank rows, so never for a row <see cref="Read"/> moved to.</summary>
    public bool IsBlankRow() => _row is null;

    /// <summary>The field at a column of the current row, or null when the column is absent (index -1) or the row is short.</summary>
    public string? Get(int index) => _row?[index];

    public void Dispose()
    {
        _rows.Dispose();
        _table.Dispose();
    }
}
