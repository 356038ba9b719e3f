using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// The partitioning pass: reads a table once, in source order, and appends each row to the partition file its customer id
/// hashes to, reading amounts as <see cref="TransactionLogReader"/> does (the reasons and the currency mark are those of
/// the whole log, in source order). It also tracks the latest readable date, which the observation end may need before any
/// partition is summarised.
/// </summary>
internal sealed class PartitionCutter
{
    private readonly TextTable _table;
    private readonly int _customer;
    private readonly int _date;
    private readonly int _amount;
    private readonly bool _plainAmounts;
    private readonly DateTimeZone _zone;
    private int _latestDay = int.MinValue;

    public PartitionCutter(TextTable table, TransactionColumns columns)
    {
        _table = table;
        _customer = table.Require(columns.Customer);
        _date = table.Require(columns.Date);
        _amount = columns.Amount is null ? -1 : table.Require(columns.Amount);
        _plainAmounts = table.Options.Numbers.DecimalSeparator is null or '.';
        _zone = table.Options.Zone;
    }

    /// <summary>The rows whose amount could not be read, with the reader's reason, in line order.</summary>
    public List<RejectedRow> AmountProblems { get; } = [];

    /// <summary>The currency mark of the amounts, or null.</summary>
    public string? Currency { get; private set; }

    /// <summary>The latest readable date of any row, or null.</summary>
    public LocalDate? LatestDate => _latestDay == int.MinValue ? null : LocalDate.FromDateOnly(DateOnly.FromDayNumber(_latestDay));

    /// <summary>The partition of a customer id (trimmed): a hash of its characters, the same for every row of the customer.</summary>
    public static int PartitionOf(ReadOnlySpan<char> id, int partitions) => partitions == 1 ? 0 : (int)((uint)string.GetHashCode(id, StringComparison.Ordinal) % (uint)partitions);

    /// <summary>Writes every row to its partition; returns the number of rows.</summary>
    public int CutAll(BinaryWriter[] partitions, CancellationToken cancellation)
    {
        var rows = 0;
        var currency = Currency;
        while (_table.TryReadRecord(out var line))
        {
            if ((++rows & 0xFFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var id = _table.Field(_customer).Trim();
            if (id.Length is > 0 and <= CustomerId.MaxLength && PlainDate.TryParse(_table.Field(_date).Trim(), out var date) && TryPlainAmount(out var amount))
            {
                _latestDay = Math.Max(_latestDay, date.ToDateOnly().DayNumber);
                PartitionRows.WritePlain(partitions[PartitionOf(id, partitions.Length)], line, id, date, amount);
                continue;
            }

            var value = _amount >= 0 ? TransactionLogReader.ReadAmount(line, Text(_amount), _table.Options.Numbers, ref currency, AmountProblems) : null;
            var record = new TransactionRecord(line, Text(_customer), Text(_date), value);
            if (IsoTime.TryParse(record.Date, _zone, out var at))
            {
                _latestDay = Math.Max(_latestDay, at.InZone(_zone).Date.ToDateOnly().DayNumber);
            }

            PartitionRows.WriteText(partitions[PartitionOf(record.CustomerId.AsSpan().Trim(), partitions.Length)], record);
        }

        Currency = currency;
        return rows;
    }

    private bool TryPlainAmount(out decimal? amount)
    {
        amount = null;
        if (_amount < 0)
        {
            return true;
        }

        var text = _table.Field(_amount).Trim();
        if (!_plainAmounts || !PlainDecimal.TryParse(text, out var value))
        {
            return false;
        }

        amount = value;
        return true;
    }

    private string? Text(int index) => _table.HasField(index) ? _table.Field(index).ToString() : null;
}
