namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// How <see cref="TransactionLogPartitioner"/> bounds the memory of a transaction log's summary: the bound, where the
/// temporary partition files go, and (to override the estimate) how many partitions to cut the log into.
/// </summary>
/// <remarks>
/// The bound covers the per-customer tables (ids, running states, summaries); the rejected rows and purchases of unknown
/// value are kept in memory as they are by the in-memory fold, since they are reported whole.
/// </remarks>
public sealed record TransactionPartitionOptions
{
    /// <summary>The smallest bound accepted: 64 MiB, about what the runtime and the reading buffers take by themselves.</summary>
    public const long MinimumMemoryLimit = 64L * 1024 * 1024;

    /// <summary>The largest number of partitions: each is one open file while the log is cut (systems commonly allow a process 1024).</summary>
    public const int MaximumPartitions = 256;

    /// <summary>The memory the summary may take, in bytes (at least <see cref="MinimumMemoryLimit"/>); 256 MiB by default.</summary>
    public long MemoryLimit { get; init; } = 256L * 1024 * 1024;

    /// <summary>The folder in which a private folder of partition files is made (and deleted); the system's temporary folder when null.</summary>
    public string? TemporaryDirectory { get; init; }

    /// <summary>
    /// The number of partitions, 1 to <see cref="MaximumPartitions"/>; null to derive it from <see cref="MemoryLimit"/> and the
    /// size of the log (see <see cref="TransactionLogPartitioner.PartitionsFor"/>).
    /// </summary>
    public int? Partitions { get; init; }
}
