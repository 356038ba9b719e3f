using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// Summarises a transaction log whose customer table may not fit in memory: one pass cuts the log into partitions by a
/// hash of the customer id (temporary files in a private folder), each partition is then folded on its own with a
/// <see cref="TransactionFold"/>, and the partitions' summaries are merged in customer id order. The summary, the
/// rejections with their physical lines, the reasons and the currency mark are those of
/// <see cref="TransactionLogReader.FoldFile"/> for the same log; only memory differs: the customer tables of one
/// partition at a time instead of all.
/// </summary>
/// <remarks>
/// <para>Every row of a customer lands in the same partition, in source order, so each partition's fold sees exactly that
/// customer's purchases as the in-memory fold does; a partition with a customer out of date order is read a second time
/// (a temporary file can be). The log itself is read once, so a pipe works.</para>
/// <para>Disk: the partition files hold about 30 bytes plus the id's UTF-16 characters per row (a 904 MB log of 35 M
/// rows takes about 1.4 GB), each deleted once folded; the summaries of the partitions (about 50 bytes per customer)
/// until the result is disposed. The folder is deleted on failure and on cancellation too.</para>
/// </remarks>
/// <example>
/// <code>
/// var partitioner = new TransactionLogPartitioner(new TransactionPartitionOptions { MemoryLimit = 256L &lt;&lt; 20 });
/// using var summary = partitioner.SummarizeFile("log.csv", new TransactionColumns("customer_id", "date", "amount"), null,
///     () =&gt; new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null),
///     latest =&gt; new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = latest!.Value });
/// summary.WriteCsv(Console.Out, hasAmounts: true);
/// </code>
/// </example>
public sealed class TransactionLogPartitioner
{
    /// <summary>The memory set aside from the bound for the runtime, the reading buffers and the merge.</summary>
    internal const long Reserved = 48L * 1024 * 1024;

    /// <summary>
    /// The estimate of memory per byte of log when every customer is new: a row of 24 bytes per customer and about 300
    /// bytes per customer for the id, the running state and the summary.
    /// </summary>
    internal const double BytesPerLogByte = 12.5;

    /// <summary>The partitions of a log of unknown size (a pipe).</summary>
    internal const int UnknownSizePartitions = 128;

    /// <summary>Makes a partitioner.</summary>
    /// <param name="options">The memory bound and the temporary folder; the defaults (256 MiB, the system's folder) when null.</param>
    /// <exception cref="ArgumentException">The options break a rule of <see cref="TransactionPartitionOptionsValidator"/>.</exception>
    public TransactionLogPartitioner(TransactionPartitionOptions? options = null) =>
        Options = OptionsGuard.Valid<TransactionPartitionOptions, TransactionPartitionOptionsValidator>(options ?? new TransactionPartitionOptions(), nameof(options)) with { };

    /// <summary>The options.</summary>
    public TransactionPartitionOptions Options { get; }

    /// <summary>
    /// The number of partitions for a log: <see cref="TransactionPartitionOptions.Partitions"/> when set; else, for a log of
    /// known size, enough that one partition's customer table fits the bound even if every row were a new customer (about
    /// 12.5 bytes of memory per byte of log, after 48 MiB for the runtime); 128 for a log of unknown size. 1 means the log
    /// fits: no partitioning is needed.
    /// </summary>
    /// <param name="length">The size of the log in bytes, or null when unknown (a pipe).</param>
    /// <returns>1 to <see cref="TransactionPartitionOptions.MaximumPartitions"/>.</returns>
    public int PartitionsFor(long? length)
    {
        if (Options.Partitions is { } k)
        {
            return k;
        }

        if (length is not { } bytes)
        {
            return UnknownSizePartitions;
        }

        var need = Math.Ceiling(Math.Max(bytes, 0) * BytesPerLogByte / (Options.MemoryLimit - Reserved));
        return (int)Math.Clamp(need, 1, TransactionPartitionOptions.MaximumPartitions);
    }

    /// <summary>Summarises a transaction log file by partitions (see the class); the file is read once, so a pipe works.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="tableOptions">How to read the file; the defaults when null. Its zone must be the folds'.</param>
    /// <param name="newFold">Makes an empty fold with the grouping and window of the summary; called once per partition.</param>
    /// <param name="options">The unit, window and calendar, chosen once every row is read, given the latest date (null when none could be read); they must agree with the folds.</param>
    /// <param name="cancellation">Stops the work; the temporary files are deleted.</param>
    /// <returns>The summary; dispose it to delete its temporary files.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The path is blank, or the options are invalid or do not agree with the folds.</exception>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks a required column.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected or has an unknown value.</exception>
    /// <exception cref="DirectoryNotFoundException">The temporary folder does not exist.</exception>
    /// <exception cref="IOException">A temporary file cannot be written (the disk is full, for one).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was signalled.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public PartitionedTransactionSummary SummarizeFile(
        string path, TransactionColumns columns, TextTableOptions? tableOptions, Func<TransactionFold> newFold, Func<LocalDate?, TransactionSummaryOptions> options, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = TextTable.OpenRead(path);
        using var table = TextTable.Open(stream, tableOptions, path, leaveOpen: true);
        return Summarize(table, columns, newFold, options, stream.CanSeek ? stream.Length : null, cancellation);
    }

    /// <summary>Summarises a transaction log by partitions (see the class), reading the open table once.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="newFold">Makes an empty fold with the grouping and window of the summary; called once per partition. Its zone must be the table's.</param>
    /// <param name="options">The unit, window and calendar, chosen once every row is read, given the latest date (null when none could be read); they must agree with the folds.</param>
    /// <param name="length">The size of the log in bytes for <see cref="PartitionsFor"/>, or null when unknown.</param>
    /// <param name="cancellation">Stops the work; the temporary files are deleted.</param>
    /// <returns>The summary; dispose it to delete its temporary files.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid or do not agree with the folds.</exception>
    /// <exception cref="TextTableException">A named column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected or has an unknown value.</exception>
    /// <exception cref="DirectoryNotFoundException">The temporary folder does not exist.</exception>
    /// <exception cref="IOException">A temporary file cannot be written (the disk is full, for one).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was signalled.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public PartitionedTransactionSummary Summarize(
        TextTable table, TransactionColumns columns, Func<TransactionFold> newFold, Func<LocalDate?, TransactionSummaryOptions> options, long? length = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(newFold);
        ArgumentNullException.ThrowIfNull(options);
        var cutter = new PartitionCutter(table, columns);
        var partitions = PartitionsFor(length);
        var folder = TemporaryFolder.Create(Options.TemporaryDirectory);
        try
        {
            var files = new FileStream[partitions];
            try
            {
                var buffer = (int)Math.Clamp(Options.MemoryLimit / 16 / partitions, 4096, 1 << 20);
                var writers = new BinaryWriter[partitions];
                for (var p = 0; p < partitions; p++)
                {
                    files[p] = new FileStream(folder.File($"rows-{p}.bin"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, buffer);
                    writers[p] = new BinaryWriter(files[p], System.Text.Encoding.UTF8, leaveOpen: true);
                }

                var rows = cutter.CutAll(writers, cancellation);
                foreach (var writer in writers)
                {
                    writer.Flush();
                }

                var chosen = options(cutter.LatestDate);
                var folded = new PartitionFolds(folder, chosen);
                for (var p = 0; p < partitions; p++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    folded.Fold(files[p], newFold(), cancellation);
                    files[p].Dispose();
                    File.Delete(folder.File($"rows-{p}.bin"));
                }

                var head = TransactionLogReader.Finish(table.Source, rows, folded.Head(), cutter.AmountProblems, table.Options.Strict) with { Currency = cutter.Currency };
                return new PartitionedTransactionSummary(head, chosen, folded.CustomerCount, folded.Runs, folder);
            }
            finally
            {
                foreach (var file in files)
                {
                    file?.Dispose();
                }
            }
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }
}
