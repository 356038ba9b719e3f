using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Parquet.Writing;

/// <summary>
/// Writes a transaction summary as Parquet, the columns of <see cref="SummaryCsvWriter"/> typed: <c>customer_id</c>
/// (text), <c>frequency</c>, <c>recency</c>, <c>T</c> (DOUBLE), then <c>monetary_value</c> (DECIMAL, see
/// <see cref="ParquetOutputColumn.Money"/>) when the log had amounts, then <c>frequency_holdout</c> (DOUBLE) and
/// <c>monetary_value_holdout</c> with a calibration split. An unknown mean value is null.
/// <see cref="ParquetCustomerSummaryReader"/> reads the file back.
/// </summary>
public static class ParquetSummaryWriter
{
    /// <summary>Writes the summary.</summary>
    /// <param name="stream">Where to write (writable; left open).</param>
    /// <param name="summary">The summary.</param>
    /// <param name="hasAmounts">Whether to write the monetary columns.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteAsync(Stream stream, TransactionSummary summary, bool hasAmounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var customers = summary.Customers;
        var columns = new List<ParquetOutputColumn>
        {
            ParquetOutputColumn.Text("customer_id", customers.Select(c => c.Customer?.Value).ToArray()),
            ParquetOutputColumn.Doubles("frequency", customers.Select(c => (double?)c.Frequency).ToArray()),
            ParquetOutputColumn.Doubles("recency", customers.Select(c => (double?)c.Recency).ToArray()),
            ParquetOutputColumn.Doubles("T", customers.Select(c => (double?)c.Age).ToArray()),
        };
        if (hasAmounts)
        {
            columns.Add(ParquetOutputColumn.Money("monetary_value", customers.Select(c => c.MonetaryValue).ToArray()));
        }

        if (summary.Holdout is { } holdout)
        {
            columns.Add(ParquetOutputColumn.Doubles("frequency_holdout", holdout.Select(h => (double?)h.Frequency).ToArray()));
            if (hasAmounts)
            {
                columns.Add(ParquetOutputColumn.Money("monetary_value_holdout", holdout.Select(h => h.MonetaryValue).ToArray()));
            }
        }

        return ParquetTableWriter.WriteAsync(stream, columns, cancellationToken);
    }
}
