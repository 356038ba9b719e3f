using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Transactions;

/// <summary>A transaction log's summary with the counts a report of it needs.</summary>
/// <param name="Source">The source in messages.</param>
/// <param name="RowCount">How many rows the log had (blank rows not counted).</param>
/// <param name="Summary">
/// The summary: its <see cref="TransactionSummary.Rejected"/> rows are left out, its
/// <see cref="TransactionSummary.UnknownValues"/> purchases counted with an unknown value (the reasons are the reader's,
/// such as <c>amount.ambiguous</c>).
/// </param>
public sealed record TransactionLogSummary(string Source, int RowCount, TransactionSummary Summary)
{
    /// <summary>The currency mark the amounts carry (<c>$</c>, <c>¥</c>, <c>USD</c>), or null when they carry none or the log has no amounts.</summary>
    public string? Currency { get; init; }

    /// <summary>The rejection total: <c>"3 of 120 rows rejected (2.5 %)"</c>.</summary>
    /// <returns>The sentence.</returns>
    public string DescribeRejections() => RejectionTotal.Describe(Summary.Rejected.Count, RowCount);

    /// <summary>The purchases of unknown value in words: <c>"2 of 120 purchases counted with an unknown amount (1.7 %)"</c>.</summary>
    /// <returns>The sentence.</returns>
    public string DescribeUnknownValues() => RejectionTotal.Describe(Summary.UnknownValues.Count, RowCount)
        .Replace(" rejected", " counted as purchases of unknown amount", StringComparison.Ordinal);
}
