using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// A transaction log's summary made by <see cref="TransactionLogPartitioner"/>: the counts, rejections and excluded
/// customers in memory, the customers' summaries in temporary files, read back merged in customer id order (the order of
/// <see cref="TransactionSummary.Customers"/>). Dispose it to delete the files.
/// </summary>
public sealed class PartitionedTransactionSummary : IDisposable
{
    private readonly TransactionLogSummary _head;
    private readonly IReadOnlyList<string> _runs;
    private readonly TemporaryFolder _folder;
    private bool _disposed;

    internal PartitionedTransactionSummary(TransactionLogSummary head, TransactionSummaryOptions options, int customerCount, IReadOnlyList<string> runs, TemporaryFolder folder)
    {
        _head = head;
        Options = options;
        CustomerCount = customerCount;
        _runs = runs;
        _folder = folder;
    }

    /// <summary>The source in messages.</summary>
    public string Source => _head.Source;

    /// <summary>How many rows the log had (blank rows not counted).</summary>
    public int RowCount => _head.RowCount;

    /// <summary>The currency mark the amounts carry, or null when they carry none or the log has no amounts.</summary>
    public string? Currency => _head.Currency;

    /// <summary>The unit, window and calendar of the summary, as chosen once the log was read.</summary>
    public TransactionSummaryOptions Options { get; }

    /// <summary>The number of partitions the log was cut into.</summary>
    public int Partitions => _runs.Count;

    /// <summary>The number of customers summarised (what <see cref="ReadCustomers"/> yields).</summary>
    public int CustomerCount { get; }

    /// <summary>The length of the holdout period in the unit, or null without a calibration end.</summary>
    public double? HoldoutLength => _head.Summary.HoldoutLength;

    /// <summary>Customers seen but not summarised, in id order (see <see cref="TransactionSummary.Excluded"/>).</summary>
    public IReadOnlyList<CustomerId> Excluded => _head.Summary.Excluded;

    /// <summary>The rejected rows in line order (see <see cref="TransactionSummary.Rejected"/>).</summary>
    public IReadOnlyList<RejectedRow> Rejected => _head.Summary.Rejected;

    /// <summary>The purchases counted with an unknown value, in line order, with the reader's reasons (see <see cref="TransactionSummary.UnknownValues"/>).</summary>
    public IReadOnlyList<RejectedRow> UnknownValues => _head.Summary.UnknownValues;

    /// <summary>The rejection total: <c>"3 of 120 rows rejected (2.5 %)"</c>.</summary>
    /// <returns>The sentence.</returns>
    public string DescribeRejections() => _head.DescribeRejections();

    /// <summary>Reads the customers' summaries back from the temporary files, merged in customer id order (ordinal); one customer in memory at a time.</summary>
    /// <returns>The customers, each with its holdout activity when there is a calibration end.</returns>
    /// <exception cref="ObjectDisposedException">The summary was disposed.</exception>
    public IEnumerable<SummarizedCustomer> ReadCustomers()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var holdout = Options.CalibrationEnd is not null;
        return SummaryRunFile.Merge([.. _runs.Select(r => SummaryRunFile.Read(r, holdout))]);
    }

    /// <summary>Writes the summary as <see cref="SummaryCsvWriter.Write(TextWriter, TransactionSummary, bool)"/> writes the whole summary, byte for byte, streaming the customers.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="hasAmounts">Whether to write the monetary columns.</param>
    /// <param name="cancellation">Stops the writing (looked at every 65,536 customers); what was written stays written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The summary was disposed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was signalled.</exception>
    public void WriteCsv(TextWriter writer, bool hasAmounts, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        SummaryCsvWriter.Write(writer, Watched(ReadCustomers(), cancellation), Options.CalibrationEnd is not null, hasAmounts);
    }

    /// <summary>The whole summary in memory, as <see cref="TransactionLogReader.FoldFile"/> returns it: memory is no longer bounded.</summary>
    /// <returns>The summary with every customer.</returns>
    /// <exception cref="ObjectDisposedException">The summary was disposed.</exception>
    public TransactionLogSummary ToLogSummary()
    {
        var customers = new List<CustomerSummary>(CustomerCount);
        List<HoldoutActivity>? holdout = Options.CalibrationEnd is null ? null : new(CustomerCount);
        foreach (var c in ReadCustomers())
        {
            customers.Add(c.Summary);
            holdout?.Add(c.Holdout!);
        }

        return _head with { Summary = _head.Summary with { Customers = customers, Holdout = holdout } };
    }

    private static IEnumerable<SummarizedCustomer> Watched(IEnumerable<SummarizedCustomer> customers, CancellationToken cancellation)
    {
        var n = 0;
        foreach (var c in customers)
        {
            if ((++n & 0xFFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            yield return c;
        }
    }

    /// <summary>Deletes the temporary files.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _folder.Dispose();
        }
    }
}
