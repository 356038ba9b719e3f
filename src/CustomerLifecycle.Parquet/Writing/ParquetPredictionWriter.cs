using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Parquet.Writing;

/// <summary>
/// Writes per-customer predictions as Parquet: <c>customer_id</c> (text), <c>frequency</c>, <c>recency</c>, <c>T</c>,
/// <c>expected_purchases</c>, <c>p_alive</c> (DOUBLE), then <c>expected_spend</c> and <c>clv</c> (DOUBLE, model outputs)
/// when any prediction has a spend. Rows stay in input order, so they join back to the summary by position or id.
/// </summary>
public static class ParquetPredictionWriter
{
    /// <summary>Writes the predictions.</summary>
    /// <param name="stream">Where to write (writable; left open).</param>
    /// <param name="predictions">One prediction per customer.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteAsync(Stream stream, IReadOnlyList<ClvPrediction> predictions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var columns = new List<ParquetOutputColumn>
        {
            ParquetOutputColumn.Text("customer_id", predictions.Select(p => p.Customer?.Value).ToArray()),
            ParquetOutputColumn.Doubles("frequency", predictions.Select(p => (double?)p.Frequency).ToArray()),
            ParquetOutputColumn.Doubles("recency", predictions.Select(p => (double?)p.Recency).ToArray()),
            ParquetOutputColumn.Doubles("T", predictions.Select(p => (double?)p.Age).ToArray()),
            ParquetOutputColumn.Doubles("expected_purchases", predictions.Select(p => (double?)p.ExpectedTransactions).ToArray()),
            ParquetOutputColumn.Doubles("p_alive", predictions.Select(p => (double?)p.ProbabilityAlive).ToArray()),
        };
        if (predictions.Any(p => p.ExpectedSpend is not null))
        {
            columns.Add(ParquetOutputColumn.Doubles("expected_spend", predictions.Select(p => p.ExpectedSpend).ToArray()));
            columns.Add(ParquetOutputColumn.Doubles("clv", predictions.Select(p => p.Value).ToArray()));
        }

        return ParquetTableWriter.WriteAsync(stream, columns, cancellationToken);
    }
}
