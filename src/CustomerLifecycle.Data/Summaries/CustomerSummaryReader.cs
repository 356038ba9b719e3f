using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Reads customer summaries (the input of the purchase and spend models). Header (case-insensitive): <c>frequency</c> or
/// <c>x</c>, <c>recency</c> or <c>t_x</c>, <c>T</c> (required); optional <c>customer_id</c> or <c>ID</c>,
/// <c>monetary_value</c> or <c>zbar</c> (an amount as people write it, see <see cref="MoneyText"/>), <c>weight</c> or
/// <c>weights</c>. Numbers are plain (<c>38.86</c>), or written with the decimal comma of
/// <see cref="TextTableOptions.Numbers"/> when the options give one (<c>38,86</c>). Rows are checked by
/// <see cref="CustomerSummaryRecordValidator"/> (codes in <see cref="CustomerSummaryImporter"/>).
/// </summary>
public static class CustomerSummaryReader
{
    /// <summary>Reads summaries from an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The summaries and rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static CustomerSummaryFile Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new SummaryRowReader(table);
        var (read, accepted) = rows.ReadAll();
        var import = ImportRejectedException.ThrowIfStrict(read, table.Options, table.Source);
        return new CustomerSummaryFile(table.Source, import, rows.HasMonetaryValues, rows.HasWeights, accepted);
    }

    /// <summary>
    /// Reads summaries straight into weighted unique (x, t_x, T) rows, with the rules, codes and lines of
    /// <see cref="Read(TextTable)"/> but no object per accepted row: memory grows with the distinct histories, not with the
    /// customers. What the purchase models (BG/NBD, MBG/NBD, Pareto/NBD) need; the spend model needs every monetary value
    /// and reads with <see cref="Read(TextTable)"/>.
    /// </summary>
    /// <remarks>
    /// A table opened with <see cref="TextTable.OpenFile"/> on a UTF-8 file of 4 MB or more, without weight or customer id
    /// columns and without quotes before its middle, is read on two cores, each taking half of the file; the result is
    /// the same to the bit (whole-number weights add exactly in any order, the sum of ages is kept in file order, and
    /// rejections keep their physical lines and order).
    /// </remarks>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The unique rows, the fingerprint of the accepted rows, and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static UniqueSummaryFile ReadUnique(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new SummaryRowReader(table);
        var unique = new UniqueSummaryAccumulator();
        var (rowCount, rejectedRows) = UniqueSummaryHalves.Fold(table, rows, unique);
        var fingerprint = unique.Fingerprint;
        var rejected = rejectedRows.ToArray();
        if (table.Options.Strict && rejected.Length > 0)
        {
            throw new ImportRejectedException(table.Source, rejected, rowCount);
        }

        return new UniqueSummaryFile(table.Source, unique.Rows(), fingerprint, rowCount, rejected, rows.HasMonetaryValues, rows.HasWeights);
    }

    /// <summary>Reads customer summaries from a file (one call: open, read, close).</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file; the defaults when null.</param>
    /// <returns>What <see cref="Read(TextTable)"/> returns for the file.</returns>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks a required column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static CustomerSummaryFile ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads summaries from a stream.</summary>
    /// <param name="stream">The bytes of the table.</param>
    /// <param name="options">How to read the table; the defaults when null.</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <returns>The summaries and rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="TextTableException">The table cannot be used, or a required column is missing.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static CustomerSummaryFile Read(Stream stream, TextTableOptions? options = null, string? source = null)
    {
        using var table = TextTable.Open(stream, options, source, leaveOpen: true);
        return Read(table);
    }
}
