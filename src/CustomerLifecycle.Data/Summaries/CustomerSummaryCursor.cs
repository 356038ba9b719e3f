using System.Runtime.CompilerServices;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Reads and validates the customer summaries of a table one row at a time, without an object per row: each
/// <see cref="MoveNext"/> stops at the next accepted row, whose values <see cref="Current"/> gives as a
/// <see cref="CustomerSummaryRow"/> over the reader's buffer. The rules, rejection codes, reasons and physical lines are
/// those of <see cref="CustomerSummaryReader.Read(TextTable)"/> (the columns and codes are listed there and on
/// <see cref="Scoring.Clv.Data.CustomerSummaryImporter"/>); the rejected rows gather in <see cref="Rejected"/>.
/// </summary>
/// <remarks>
/// <para>
/// After the first rows have grown the buffers, an accepted row allocates nothing: its fields are read as spans, plain
/// decimals are parsed without the general parsers (to the same values), and only a row that is not plain (a quoted or
/// spaced amount, a decimal comma, an exponent, a rejected value) is turned into text for the importer. A table with a
/// customer id column keeps each distinct id once, to find duplicates: its characters in an arena of large chunks plus a
/// 16-byte slot, about 2 bytes per character and 30–60 bytes per customer, allocated as new customers appear and never
/// for a row whose id was seen. A rejected row allocates its <see cref="RejectedRow"/>.
/// </para>
/// <para>
/// The cursor reads the table it is given and does not dispose it. When the table's options are strict
/// (<see cref="TextTableOptions.Strict"/>), every row is still visited and the <see cref="MoveNext"/> that reaches the
/// end throws the <see cref="ImportRejectedException"/> that <see cref="CustomerSummaryReader.Read(TextTable)"/> throws.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var table = TextTable.OpenFile("summary.csv");
/// var cursor = new CustomerSummaryCursor(table);
/// var customers = 0d;
/// while (cursor.MoveNext())
/// {
///     customers += cursor.Current.Weight;
/// }
///
/// Console.WriteLine($"{customers} customers; {cursor.Rejected.Count} of {cursor.RowCount} rows rejected");
/// </code>
/// </example>
public sealed class CustomerSummaryCursor
{
    private readonly TextTable _table;
    private readonly SummaryRowReader _rows;
    private readonly IReadOnlyList<RejectedRow> _rejected;
    private SummaryValues _row;
    private int _line;
    private bool _done;

    /// <summary>Opens a cursor over a table that has not been read yet.</summary>
    /// <param name="table">The table; its header names the columns (see <see cref="CustomerSummaryReader"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column (frequency, recency, T) is missing.</exception>
    public CustomerSummaryCursor(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _rows = new SummaryRowReader(table);
        _rejected = _rows.Rejected.AsReadOnly();
    }

    /// <summary>The name of the source in messages.</summary>
    public string Source => _table.Source;

    /// <summary>Whether the table has a monetary-value column.</summary>
    public bool HasMonetaryValues => _rows.HasMonetaryValues;

    /// <summary>Whether the table has a weight column.</summary>
    public bool HasWeights => _rows.HasWeights;

    /// <summary>Whether the table has a customer id column.</summary>
    public bool HasCustomerIds => _rows.HasCustomers;

    /// <summary>The data rows read so far, accepted and rejected (blank rows are not counted).</summary>
    public int RowCount => _rows.RowCount;

    /// <summary>The rows rejected so far, in source order, with their lines, codes and reasons.</summary>
    public IReadOnlyList<RejectedRow> Rejected => _rejected;

    /// <summary>The accepted row <see cref="MoveNext"/> stopped at; valid until the next call.</summary>
    /// <exception cref="InvalidOperationException"><see cref="MoveNext"/> has not returned true, or has returned false.</exception>
    public CustomerSummaryRow Current => _line > 0
        ? new CustomerSummaryRow(_line, _row.Frequency, _row.Recency, _row.Age, _row.MonetaryValue, _row.Weight, _rows.Customer)
        : throw new InvalidOperationException($"{Source}: the cursor is not on a row; call MoveNext first and use Current only while it returns true");

    /// <summary>Moves to the next accepted row, adding the rejected rows on the way to <see cref="Rejected"/>.</summary>
    /// <returns>False at the end of the table (and on every call after it).</returns>
    /// <exception cref="TextTableException">A quoted field is never closed, or bytes cannot be decoded or read.</exception>
    /// <exception cref="ImportRejectedException">The end is reached, the options are strict and a row was rejected.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        if (!_done && _rows.TryReadAccepted(out _row, out _line))
        {
            return true;
        }

        _line = 0;
        if (_done)
        {
            return false;
        }

        _done = true;
        return _table.Options.Strict && _rows.Rejected.Count > 0
            ? throw new ImportRejectedException(Source, _rows.Rejected.ToArray(), _rows.RowCount)
            : false;
    }
}
