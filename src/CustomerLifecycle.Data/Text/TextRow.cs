namespace CustomerLifecycle.Data.Text;

/// <summary>One data row of a <see cref="TextTable"/>: its fields as written (not trimmed) and the physical line it starts on.</summary>
public sealed class TextRow
{
    private readonly TextColumns _columns;
    private readonly string[] _fields;

    internal TextRow(TextColumns columns, int line, string[] fields, bool hasExtraFields)
    {
        _columns = columns;
        _fields = fields;
        Line = line;
        HasExtraFields = hasExtraFields;
    }

    /// <summary>
    /// Whether the row has more fields than the header has columns, with text in one beyond them: a value holding the
    /// delimiter was not quoted (<c>€1.234,50</c> in a comma-separated file), so fields after it are not under their
    /// headers. The library's readers reject such a row (<see cref="TextTable.ExtraFieldsCode"/>); a row that only ends
    /// in empty fields (a trailing delimiter) is not one.
    /// </summary>
    public bool HasExtraFields { get; }

    /// <summary>
    /// The 1-based physical line on which the row starts (the header is line 1 when it is the first line). A quoted field
    /// with line breaks makes a row span several lines; rows after it keep their true line numbers.
    /// </summary>
    public int Line { get; }

    /// <summary>The fields, in column order; a short row has fewer fields than the header has columns.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>The field at a 0-based column index, or null when the index is negative (an absent column) or the row is short.</summary>
    /// <param name="index">The column index, as <see cref="TextTable.IndexOf"/> returns it.</param>
    public string? this[int index] => index >= 0 && index < _fields.Length ? _fields[index] : null;

    /// <summary>The field of a named column, or null when the table has no such column or the row is short. The column is
    /// found as <see cref="TextTable.IndexOf"/> finds it: case-insensitive, else ignoring spaces and punctuation too.</summary>
    /// <param name="column">The column name.</param>
    public string? this[string column] => this[_columns.IndexOf(column) is var i and >= 0 ? i : _columns.LooseIndexOf(column)];
}

