using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Models;
using static CustomerLifecycle.Data.Summaries.WholeNumbers;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Reads BG/BB rows (discrete-time purchase opportunities): <c>frequency</c>/<c>x</c>, <c>recency</c>/<c>t_x</c>,
/// <c>periods</c>/<c>n</c> (whole numbers), optional <c>weight</c>/<c>weights</c> and <c>customer_id</c>/<c>ID</c>.
/// </summary>
/// <remarks>
/// Rejection codes (stable): <c>periods.invalid</c> (not a whole number ≥ 1), <c>frequency.invalid</c> (not a whole
/// number in [0, n]), <c>recency.invalid</c> (not in [x, n], or not 0 when x = 0), <c>weight.invalid</c> (not a finite
/// number &gt; 0), <c>customer_id.invalid</c>, <c>customer_id.duplicate</c>; the reason states the rule.
/// </remarks>
public static class DiscreteSummaryReader
{
    /// <summary>Reads BG/BB rows from an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The rows and the rejected ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static ImportResult<DiscreteSummary> Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var frequency = table.Require("frequency", "x");
        var recency = table.Require("recency", "t_x");
        var periods = table.Require("periods", "n");
        var weight = table.IndexOf("weight", "weights");
        var customer = table.IndexOf("customer_id", "ID");
        var numbers = table.Options.Numbers;
        var builder = new ImportResultBuilder<DiscreteSummary>();
        var seen = new Dictionary<CustomerId, int>();
        foreach (var row in table.ReadRows())
        {
            if (row.HasExtraFields)
            {
                builder.Reject(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row));
                continue;
            }

            var line = row.Line;
            if (!TryWhole(row[periods], numbers, out var n) || n < 1)
            {
                builder.Reject(line, "periods", "periods.invalid", $"periods \"{row[periods]}\" is not a whole number ≥ 1");
            }
            else if (n > DiscreteSummary.MaxPeriods)
            {
                builder.Reject(line, "periods", "periods.too_many", $"periods {n} is more than the {DiscreteSummary.MaxPeriods} opportunities the BG/BB model supports");
            }
            else if (!TryWhole(row[frequency], numbers, out var x) || x < 0 || x > n)
            {
                builder.Reject(line, "frequency", "frequency.invalid", $"frequency \"{row[frequency]}\" is not a whole number in [0, periods = {n}]");
            }
            else if (!TryWhole(row[recency], numbers, out var tx) || (x == 0 ? tx != 0 : tx < x || tx > n))
            {
                builder.Reject(line, "recency", "recency.invalid", x == 0
                    ? $"recency \"{row[recency]}\" must be 0 when frequency is 0"
                    : $"recency \"{row[recency]}\" is not a whole number in [frequency = {x}, periods = {n}]");
            }
            else if (!TryWeight(row[weight], numbers, out var w))
            {
                builder.Reject(line, "weight", "weight.invalid", $"weight \"{row[weight]}\" is not a finite number > 0");
            }
            else if (!TryCustomer(row[customer], out var id))
            {
                builder.Reject(line, "customer_id", "customer_id.invalid", $"customer_id is longer than {CustomerId.MaxLength} characters");
            }
            else if (id is { } c && !seen.TryAdd(c, line))
            {
                builder.Reject(line, "customer_id", "customer_id.duplicate", $"customer_id \"{c}\" already appeared on line {seen[c]}");
            }
            else
            {
                builder.Accept(new DiscreteSummary(x, tx, n, id, w));
            }
        }

        return ImportRejectedException.ThrowIfStrict(builder.Build(), table.Options, table.Source);
    }

    /// <summary>Reads BG/BB histories from a file (one call: open, read, close).</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file; the defaults when null.</param>
    /// <returns>What <see cref="Read(TextTable)"/> returns for the file.</returns>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks a required column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<DiscreteSummary> ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads BG/BB rows from a stream.</summary>
    /// <param name="stream">The bytes of the table.</param>
    /// <param name="options">How to read the table; the defaults when null.</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <returns>The rows and the rejected ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="TextTableException">The table cannot be used, or a required column is missing.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<DiscreteSummary> Read(Stream stream, TextTableOptions? options = null, string? source = null)
    {
        using var table = TextTable.Open(stream, options, source, leaveOpen: true);
        return Read(table);
    }
}
