using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Parquet.Reading;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Parquet;

/// <summary>
/// Reads a transaction log (one row per purchase) from a Parquet file and summarises it per customer, with the rules and
/// rejection reasons of <see cref="TransactionLogReader"/>. Columns are chosen by name (case-insensitive) as in the CSV
/// reader: the customer (text or integer), the date (DATE, TIMESTAMP or ISO-8601 text) and optionally the amount (DECIMAL,
/// DOUBLE, FLOAT, integer, or text read as people write it, see <see cref="MoneyText"/>).
/// </summary>
/// <remarks>
/// <para>Rows are numbered from 1 in file order across row groups; a rejected row's <see cref="RejectedRow.Line"/> is that
/// row number (a Parquet file has no lines).</para>
/// <para>The file is read one row group at a time, only the named columns: memory is one row group's columns plus what
/// <see cref="TransactionLogBuilder"/> keeps (about 36 bytes per purchase and one id per customer), not the file.</para>
/// <para>A row with typed, plain values (an id of 1 to 64 characters, a date in the supported range, an amount ≥ 0) is
/// added as it is; any other row (a null, a negative amount, a NaN, a date as text) goes through the text rules as a
/// <see cref="TransactionRecord"/>: a null customer is <c>customer_id.missing</c>, a null date <c>date.missing</c>, a
/// null amount a purchase of unknown value (<c>amount.missing</c>), a negative one <c>amount.negative</c>.</para>
/// </remarks>
public sealed class ParquetTransactionLogReader
{
    private readonly ParquetReadOptions _options;

    /// <summary>Makes a reader.</summary>
    /// <param name="options">The zone, number convention and strictness; the defaults when null. Copied.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ParquetTransactionLogReader(ParquetReadOptions? options = null)
    {
        _options = OptionsGuard.Valid<ParquetReadOptions, ParquetReadOptionsValidator>(options ?? new ParquetReadOptions(), nameof(options)) with { };
    }

    /// <summary>Reads and summarises a transaction log in a Parquet file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="options">The unit, window and calendar, chosen once every row is read, given the latest purchase date
    /// (null when none could be read); the zone must be the reader's <see cref="ParquetReadOptions.Zone"/>.</param>
    /// <param name="cancellationToken">Stops the read between row groups.</param>
    /// <returns>The summary with the row count and the currency mark of text amounts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ParquetInputException">The file is not readable Parquet, a named column is missing, or it holds a type its role cannot take.</exception>
    /// <exception cref="ImportRejectedException">The reader is strict and a row was rejected or has an unknown value.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public async Task<TransactionLogSummary> ReadAndSummarizeFileAsync(
        string path, TransactionColumns columns, Func<LocalDate?, TransactionSummaryOptions> options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAndSummarizeAsync(stream, columns, options, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads and summarises a transaction log from a Parquet stream.</summary>
    /// <param name="stream">The file's bytes: readable and seekable (a Parquet footer comes last); left open.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="options">The unit, window and calendar, chosen once every row is read (see <see cref="ReadAndSummarizeFileAsync"/>).</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <param name="cancellationToken">Stops the read between row groups.</param>
    /// <returns>The summary with the row count and the currency mark of text amounts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read or cannot seek, or the options are invalid.</exception>
    /// <exception cref="ParquetInputException">The file is not readable Parquet, a named column is missing, or it holds a type its role cannot take.</exception>
    /// <exception cref="ImportRejectedException">The reader is strict and a row was rejected or has an unknown value.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public async Task<TransactionLogSummary> ReadAndSummarizeAsync(
        Stream stream, TransactionColumns columns, Func<LocalDate?, TransactionSummaryOptions> options, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        source ??= "input";
        var file = await ParquetFile.OpenAsync(stream, source, cancellationToken).ConfigureAwait(false);
        await using (file.ConfigureAwait(false))
        {
            var rows = new Rows(file, columns, _options);
            await file.ForEachRowGroupAsync(rows.Columns, rows.Add, cancellationToken).ConfigureAwait(false);
            var summary = rows.Log.Summarize(options(rows.Log.LatestDate));
            return TransactionLogReader.Finish(source, rows.Count, summary, rows.AmountProblems, _options.Strict) with { Currency = rows.Currency };
        }
    }

    /// <summary>The rows of one read: each row group's values fed into a <see cref="TransactionLogBuilder"/>.</summary>
    private sealed class Rows
    {
        private readonly ParquetColumn _customer;
        private readonly ParquetColumn _date;
        private readonly ParquetColumn? _amount;
        private readonly ParquetReadOptions _options;
        private string? _currency;

        public Rows(ParquetFile file, TransactionColumns columns, ParquetReadOptions options)
        {
            _options = options;
            _customer = ParquetColumn.For(file.Require(columns.Customer), "customer", file.Source, ParquetColumnKind.Text, ParquetColumnKind.Integer);
            _date = ParquetColumn.For(file.Require(columns.Date), "date", file.Source, ParquetColumnKind.Date, ParquetColumnKind.Timestamp, ParquetColumnKind.Text);
            _amount = columns.Amount is null ? null : ParquetColumn.For(
                file.Require(columns.Amount), "amount", file.Source, ParquetColumnKind.Decimal, ParquetColumnKind.Floating, ParquetColumnKind.Integer, ParquetColumnKind.Text);
            Columns = _amount is null ? [_customer, _date] : [_customer, _date, _amount];
            Log = new TransactionLogBuilder(options.Zone);
        }

        public IReadOnlyList<ParquetColumn> Columns { get; }

        public TransactionLogBuilder Log { get; }

        public List<RejectedRow> AmountProblems { get; } = [];

        public int Count { get; private set; }

        public string? Currency => _currency;

        /// <summary>Adds the rows of the row group just loaded.</summary>
        public void Add(int rows)
        {
            Span<char> buffer = stackalloc char[24];
            for (var i = 0; i < rows; i++)
            {
                var row = ++Count;
                if (_customer.TryId(i, buffer, out var id) && _date.TryDate(i, _options.Zone, out var date) && TryAmount(i, out var amount))
                {
                    Log.Add(row, id, date, amount);
                    continue;
                }

                Log.Add(new TransactionRecord(row, _customer.Text(i), _date.Text(i), AmountText(row, i)));
            }
        }

        private bool TryAmount(int i, out decimal? amount)
        {
            amount = null;
            if (_amount is null)
            {
                return true;
            }

            if (!_amount.TryAmount(i, out var value))
            {
                return false;
            }

            amount = value;
            return true;
        }

        /// <summary>The amount for the text rules: text read as people write it; a typed value in invariant form; null without an amount column.</summary>
        private string? AmountText(int row, int i)
        {
            if (_amount is null)
            {
                return null;
            }

            return _amount.Kind == ParquetColumnKind.Text || _amount.IsNull(i)
                ? TransactionLogReader.ReadAmount(row, _amount.Text(i), _options.Numbers, ref _currency, AmountProblems)
                : _amount.Text(i);
        }
    }
}
