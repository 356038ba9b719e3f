using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using static CustomerLifecycle.Data.Summaries.WholeNumbers;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Reads time-invariant customer covariates: a <c>customer_id</c> or <c>Id</c> column (case-insensitive) and every other
/// column a numeric covariate, one row per customer.
/// </summary>
/// <remarks>
/// Rejection codes (stable): <c>customer_id.missing</c>, <c>customer_id.invalid</c>, <c>customer_id.duplicate</c> (the
/// customer already has a row), <c>covariate.invalid</c> (an empty or non-numeric value; the reason names the column).
/// A table without a covariate column cannot be used: <see cref="TextTableException"/>.
/// </remarks>
public static class CovariateReader
{
    /// <summary>Reads covariates from an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The names, the accepted rows and the rejected ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">The id column or every covariate column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static CovariateFile Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var id = table.Require("customer_id", "Id");
        var columns = Enumerable.Range(0, table.Columns.Count).Where(i => i != id).ToArray();
        if (columns.Length == 0)
        {
            throw new TextTableException($"{table.Source}: no covariate column besides '{table.Columns[id]}' (columns: {string.Join(", ", table.Columns)})");
        }

        var names = columns.Select(i => table.Columns[i]).ToArray();
        var numbers = table.Options.Numbers;
        var accepted = new List<CovariateRow>();
        var seen = new Dictionary<CustomerId, int>();
        var rejected = new List<RejectedRow>();
        var rowCount = 0;
        foreach (var row in table.ReadRows())
        {
            rowCount++;
            if (row.HasExtraFields)
            {
                rejected.Add(new RejectedRow(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row)));
                continue;
            }

            if (Check(row, id, columns, names, numbers, seen) is { } problem)
            {
                rejected.Add(problem);
                continue;
            }

            var customer = CustomerId.From(row[id]!);
            seen.Add(customer, row.Line);
            accepted.Add(new CovariateRow(row.Line, customer, columns.Select(c => Number(row[c], numbers)).ToArray()));
        }

        if (table.Options.Strict && rejected.Count > 0)
        {
            throw new ImportRejectedException(table.Source, rejected, rowCount);
        }

        return new CovariateFile(table.Source, names, accepted, rowCount, rejected);
    }

    /// <summary>Reads covariates from a file (one call: open, read, close).</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file; the defaults when null.</param>
    /// <returns>What <see cref="Read(TextTable)"/> returns for the file.</returns>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks the id or a covariate column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static CovariateFile ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads covariates from a stream.</summary>
    /// <param name="stream">The bytes of the table.</param>
    /// <param name="options">How to read the table; the defaults when null.</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <returns>The names, the accepted rows and the rejected ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="TextTableException">The table cannot be used, or lacks the id or a covariate column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static CovariateFile Read(Stream stream, TextTableOptions? options = null, string? source = null)
    {
        using var table = TextTable.Open(stream, options, source, leaveOpen: true);
        return Read(table);
    }

    private static RejectedRow? Check(TextRow row, int id, int[] columns, string[] names, NumberConvention numbers, Dictionary<CustomerId, int> seen)
    {
        var text = row[id];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RejectedRow(row.Line, "customer_id.missing", "customer_id is missing") { Column = "customer_id" };
        }

        if (!CustomerId.TryFrom(text, out var customer))
        {
            return new RejectedRow(row.Line, "customer_id.invalid", $"customer_id \"{text}\" is not a valid customer id") { Column = "customer_id" };
        }

        if (seen.TryGetValue(customer, out var first))
        {
            return new RejectedRow(row.Line, "customer_id.duplicate", $"customer {customer} already has covariates on line {first}") { Column = "customer_id" };
        }

        for (var c = 0; c < columns.Length; c++)
        {
            if (!TryNumber(row[columns[c]], numbers, out var value) || !double.IsFinite(value))
            {
                return new RejectedRow(row.Line, "covariate.invalid", $"{names[c]} \"{row[columns[c]]}\" is not a finite number") { Column = names[c] };
            }
        }

        return null;
    }

    private static double Number(string? text, NumberConvention numbers) => TryNumber(text, numbers, out var value) ? value : double.NaN;
}
