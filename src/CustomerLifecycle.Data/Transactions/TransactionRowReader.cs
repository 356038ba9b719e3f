using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Transactions;

/// <summary>
/// Feeds the rows of a transaction log straight from the fields of a <see cref="TextTable"/> into a
/// <see cref="TransactionLogBuilder"/>. A plain row (an id within the length limit, a <c>yyyy-MM-dd</c> date between 1900
/// and 2099, a plain decimal amount) is added without any text record; any other row goes through the text rules as a
/// <see cref="TransactionRecord"/>, its amount read as people write it (<see cref="MoneyText"/>).
/// </summary>
internal sealed class TransactionRowReader
{
    private readonly TextTable _table;
    private readonly int _customer;
    private readonly int _date;
    private readonly int _amount;
    private readonly bool _plainAmounts;

    public TransactionRowReader(TextTable table, TransactionColumns columns)
    {
        _table = table;
        _customer = table.Require(columns.Customer);
        _date = table.Require(columns.Date);
        _amount = columns.Amount is null ? -1 : table.Require(columns.Amount);
        _plainAmounts = table.Options.Numbers.DecimalSeparator is null or '.';
    }

    /// <summary>The rows whose amount could not be read, with the reader's reason.</summary>
    public List<RejectedRow> AmountProblems { get; } = [];

    /// <summary>The currency mark of the amounts, or null; set it to continue after rows another reader read.</summary>
    public string? Currency { get; set; }

    /// <summary>Reads past the next <paramref name="records"/> records without adding them anywhere (rows another reader added).</summary>
    public void Skip(int records)
    {
        for (var i = 0; i < records && _table.TryReadRecord(out _); i++)
        {
        }
    }

    /// <summary>Reads every row into the log; returns the number of rows.</summary>
    public int ReadAll(TransactionLogBuilder log) => ReadAll(new BuilderSink(log));

    /// <summary>Reads every row into the fold; returns the number of rows.</summary>
    public int ReadAll(TransactionFold fold)
    {
        var batch = new PurchaseBatch(fold);
        var rows = ReadAll(new FoldSink(batch));
        batch.Flush();
        return rows;
    }

    /// <summary>Reads every row into a sink of another kind (a partitioned summary's files); returns the number of rows.</summary>
    internal int ReadAll<TSink>(TSink log)
        where TSink : IRowSink
    {
        var rows = 0;
        var currency = Currency;
        while (_table.TryReadRecord(out var line))
        {
            rows++;
            if (_table.HasExtraFields())
            {
                log.Add(new TransactionRecord(line, null, null) { Rejection = new RejectedRow(line, TextTable.ExtraFieldsCode, _table.ExtraFieldsReason()) });
                continue;
            }

            var id = _table.Field(_customer).Trim();
            if (id.Length is > 0 and <= CustomerId.MaxLength && PlainDate.TryParse(_table.Field(_date).Trim(), out var date) && TryPlainAmount(out var amount))
            {
                log.Add(line, id, date, amount);
                continue;
            }

            var value = _amount >= 0 ? TransactionLogReader.ReadAmount(line, Text(_amount), _table.Options.Numbers, ref currency, AmountProblems) : null;
            log.Add(new TransactionRecord(line, Text(_customer), Text(_date), value));
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

    /// <summary>Where rows go: a builder or a fold (a struct per kind, so the calls are direct).</summary>
    internal interface IRowSink
    {
        void Add(int line, ReadOnlySpan<char> customer, NodaTime.LocalDate date, decimal? amount);

        void Add(TransactionRecord record);
    }

    private readonly struct BuilderSink(TransactionLogBuilder log) : IRowSink
    {
        public void Add(int line, ReadOnlySpan<char> customer, NodaTime.LocalDate date, decimal? amount) => log.Add(line, customer, date, amount);

        public void Add(TransactionRecord record) => log.Add(record);
    }

    /// <summary>Plain rows go to the fold a batch at a time (the reader has trimmed and checked the id; plain amounts are never negative); a text row first folds the rows before it.</summary>
    private readonly struct FoldSink(PurchaseBatch batch) : IRowSink
    {
        public void Add(int line, ReadOnlySpan<char> customer, NodaTime.LocalDate date, decimal? amount) => batch.Add(line, customer, date.ToDateOnly().DayNumber, amount);

        public void Add(TransactionRecord record)
        {
            batch.Flush();
            batch.Fold.Add(record);
        }
    }
}
