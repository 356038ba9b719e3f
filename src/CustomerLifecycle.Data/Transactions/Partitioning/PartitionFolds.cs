using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// Folds the partitions one at a time, writes each one's customers to a run file in id order, and gathers what the whole
/// summary reports (rejections, unknown values, excluded customers) in the order the in-memory fold reports them.
/// </summary>
internal sealed class PartitionFolds(TemporaryFolder folder, TransactionSummaryOptions options)
{
    private readonly List<RejectedRow> _rejected = [];
    private readonly List<RejectedRow> _unknown = [];
    private readonly List<CustomerId> _excluded = [];
    private double? _holdoutLength;

    /// <summary>The run files, one per partition folded.</summary>
    public List<string> Runs { get; } = [];

    /// <summary>The customers summarised so far.</summary>
    public int CustomerCount { get; private set; }

    /// <summary>Folds one partition file (a second time when a customer's purchases are out of date order) and writes its run.</summary>
    public void Fold(Stream rows, TransactionFold fold, CancellationToken cancellation)
    {
        PartitionRows.AddAll(rows, fold, cancellation);
        if (fold.NeedsSecondPass)
        {
            fold.BeginSecondPass();
            PartitionRows.AddAll(rows, fold, cancellation);
        }

        var summary = fold.Summarize(options);
        var run = folder.File($"run-{Runs.Count}.bin");
        SummaryRunFile.Write(run, summary);
        Runs.Add(run);
        CustomerCount += summary.Customers.Count;
        _rejected.AddRange(summary.Rejected);
        _unknown.AddRange(summary.UnknownValues);
        _excluded.AddRange(summary.Excluded);
        _holdoutLength = summary.HoldoutLength;
    }

    /// <summary>The summary without its customers: rejections and unknown values in line order, excluded customers in id order.</summary>
    public TransactionSummary Head()
    {
        _rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        _unknown.Sort((a, b) => a.Line.CompareTo(b.Line));
        _excluded.Sort();
        return new TransactionSummary([], options.CalibrationEnd is null ? null : [], _holdoutLength, _excluded, _rejected, options.Unit, Currency: null)
        {
            UnknownValues = _unknown,
        };
    }
}
