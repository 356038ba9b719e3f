using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// The partitioning pass: reads a table once, in source order, with the reader the in-memory fold uses (so amounts, their
/// reasons and the currency mark are read exactly as there), and appends each row to the partition file its customer id
/// hashes to. It also tracks the latest readable date, which the observation end may need before any partition is
/// summarised.
/// </summary>
internal sealed class PartitionCutter(TextTable table, TransactionColumns columns)
{
    private readonly TransactionRowReader _reader = new(table, columns);
    private readonly DateTimeZone _zone = table.Options.Zone;
    private int _latestDay = int.MinValue;
    private int _rows;

    /// <summary>The rows whose amount could not be read, with the reader's reason, in line order.</summary>
    public List<RejectedRow> AmountProblems => _reader.AmountProblems;

    /// <summary>The currency mark of the amounts, or null.</summary>
    public string? Currency => _reader.Currency;

    /// <summary>The latest readable date of any row, or null.</summary>
    public LocalDate? LatestDate => _latestDay == int.MinValue ? null : LocalDate.FromDateOnly(DateOnly.FromDayNumber(_latestDay));

    /// <summary>The partition of a customer id (trimmed): a hash of its characters, the same for every row of the customer.</summary>
    public static int PartitionOf(ReadOnlySpan<char> id, int partitions) => partitions == 1 ? 0 : (int)((uint)string.GetHashCode(id, StringComparison.Ordinal) % (uint)partitions);

    /// <summary>Writes every row to its partition; returns the number of rows.</summary>
    public int CutAll(BinaryWriter[] partitions, CancellationToken cancellation) => _reader.ReadAll(new Sink(this, partitions, cancellation));

    private void Later(int day) => _latestDay = Math.Max(_latestDay, day);

    /// <summary>Counts a row; every 65,536 rows, looks at the cancellation.</summary>
    private void Count(CancellationToken cancellation)
    {
        if ((++_rows & 0xFFFF) == 0)
        {
            cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Where the reader's rows go: the partition files (a struct, so the reader's calls are direct).</summary>
    private readonly struct Sink(PartitionCutter cutter, BinaryWriter[] partitions, CancellationToken cancellation) : TransactionRowReader.IRowSink
    {
        public void Add(int line, ReadOnlySpan<char> customer, LocalDate date, decimal? amount)
        {
            cutter.Count(cancellation);
            cutter.Later(date.ToDateOnly().DayNumber);
            PartitionRows.WritePlain(partitions[PartitionOf(customer, partitions.Length)], line, customer, date, amount);
        }

        public void Add(TransactionRecord record)
        {
            cutter.Count(cancellation);
            if (IsoTime.TryParse(record.Date, cutter._zone, out var at))
            {
                cutter.Later(at.InZone(cutter._zone).Date.ToDateOnly().DayNumber);
            }

            PartitionRows.WriteText(partitions[PartitionOf(record.CustomerId.AsSpan().Trim(), partitions.Length)], record);
        }
    }
}
