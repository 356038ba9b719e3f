using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Parquet.Reading;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Parquet;

/// <summary>
/// Reads customer summaries (the input of the purchase and spend models) from a Parquet file, with the columns and rules
/// of <see cref="CustomerSummaryReader"/>: <c>frequency</c> or <c>x</c>, <c>recency</c> or <c>t_x</c>, <c>T</c> (required,
/// any numeric type or text); optional <c>customer_id</c> or <c>ID</c> (text or integer), <c>monetary_value</c> or
/// <c>zbar</c> (DECIMAL, DOUBLE, integer or text read as people write it), <c>weight</c> or <c>weights</c>. Names are
/// case-insensitive.
/// </summary>
/// <remarks>
/// Each row is checked by <see cref="CustomerSummaryImporter"/>, so rejections keep the CSV reader's codes and reasons; a
/// repeated customer id is <c>customer_id.duplicate</c>. <see cref="RejectedRow.Line"/> and
/// <see cref="CustomerSummaryFile.AcceptedLines"/> hold 1-based row numbers in file order (a Parquet file has no lines).
/// The file is read one row group at a time.
/// </remarks>
public sealed class ParquetCustomerSummaryReader
{
    private static readonly ParquetColumnKind[] Numbers = [ParquetColumnKind.Floating, ParquetColumnKind.Integer, ParquetColumnKind.Decimal, ParquetColumnKind.Text];
    private readonly ParquetReadOptions _options;

    /// <summary>Makes a reader.</summary>
    /// <param name="options">The number convention of amounts stored as text and the strictness; the defaults when null. Copied.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ParquetCustomerSummaryReader(ParquetReadOptions? options = null)
    {
        _options = OptionsGuard.Valid<ParquetReadOptions, ParquetReadOptionsValidator>(options ?? new ParquetReadOptions(), nameof(options)) with { };
    }

    /// <summary>Reads customer summaries from a Parquet file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="cancellationToken">Stops the read between row groups.</param>
    /// <returns>The summaries and rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ParquetInputException">The file is not readable Parquet, a required column is missing, or a column holds a type its role cannot take.</exception>
    /// <exception cref="ImportRejectedException">The reader is strict and a row was rejected.</exception>
    public async Task<CustomerSummaryFile> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads customer summaries from a Parquet stream.</summary>
    /// <param name="stream">The file's bytes: readable and seekable; left open.</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <param name="cancellationToken">Stops the read between row groups.</param>
    /// <returns>The summaries and rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read or cannot seek.</exception>
    /// <exception cref="ParquetInputException">The file is not readable Parquet, a required column is missing, or a column holds a type its role cannot take.</exception>
    /// <exception cref="ImportRejectedException">The reader is strict and a row was rejected.</exception>
    public async Task<CustomerSummaryFile> ReadAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default)
    {
        source ??= "input";
        var file = await ParquetFile.OpenAsync(stream, source, cancellationToken).ConfigureAwait(false);
        await using (file.ConfigureAwait(false))
        {
            var rows = new Rows(file, _options.Numbers);
            await file.ForEachRowGroupAsync(rows.Columns, rows.Add, cancellationToken).ConfigureAwait(false);
            var import = rows.Builder.Build();
            if (_options.Strict && !import.IsClean)
            {
                throw new ImportRejectedException(source, import.Rejected, import.RowCount);
            }

            return new CustomerSummaryFile(source, import, rows.Value is not null, rows.Weight is not null, rows.AcceptedRows);
        }
    }

    /// <summary>The rows of one read, checked a row group at a time.</summary>
    private sealed class Rows
    {
        private readonly ParquetColumn _frequency;
        private readonly ParquetColumn _recency;
        private readonly ParquetColumn _age;
        private readonly ParquetColumn? _customer;
        private readonly NumberConvention _numbers;
        private readonly CustomerSummaryImporter _importer = new();
        private readonly Dictionary<CustomerId, int> _seen = [];
        private readonly List<CustomerSummaryRecord> _group = [];
        private int _count;

        public Rows(ParquetFile file, NumberConvention numbers)
        {
            _numbers = numbers;
            _frequency = ParquetColumn.For(file.Require("frequency", "x"), "frequency", file.Source, ParquetCustomerSummaryReader.Numbers);
            _recency = ParquetColumn.For(file.Require("recency", "t_x"), "recency", file.Source, ParquetCustomerSummaryReader.Numbers);
            _age = ParquetColumn.For(file.Require("T"), "T", file.Source, ParquetCustomerSummaryReader.Numbers);
            _customer = file.Find("customer_id", "ID") is { } c ? ParquetColumn.For(c, "customer_id", file.Source, ParquetColumnKind.Text, ParquetColumnKind.Integer) : null;
            Value = file.Find("monetary_value", "zbar") is { } v ? ParquetColumn.For(v, "monetary_value", file.Source, ParquetCustomerSummaryReader.Numbers) : null;
            Weight = file.Find("weight", "weights") is { } w ? ParquetColumn.For(w, "weight", file.Source, ParquetCustomerSummaryReader.Numbers) : null;
            Columns = new[] { _frequency, _recency, _age, _customer, Value, Weight }.OfType<ParquetColumn>().ToArray();
        }

        public IReadOnlyList<ParquetColumn> Columns { get; }

        public ParquetColumn? Value { get; }

        public ParquetColumn? Weight { get; }

        public ImportResultBuilder<CustomerSummary> Builder { get; } = new();

        public List<int> AcceptedRows { get; } = [];

        /// <summary>Checks the rows of the row group just loaded.</summary>
        public void Add(int rows)
        {
            _group.Clear();
            for (var i = 0; i < rows; i++)
            {
                _group.Add(new CustomerSummaryRecord(++_count, _frequency.Text(i), _recency.Text(i), _age.Text(i), _customer?.Text(i), Money(i), Weight?.Text(i)));
            }

            var import = _importer.Import(_group);
            foreach (var rejected in import.Rejected)
            {
                Builder.Reject(rejected);
            }

            var accepted = _group.Select(r => r.Line).Except(import.Rejected.Select(r => r.Line)).ToArray();
            for (var i = 0; i < accepted.Length; i++)
            {
                var summary = import.Accepted[i];
                if (summary.Customer is { } id && !_seen.TryAdd(id, accepted[i]))
                {
                    Builder.Reject(accepted[i], "customer_id.duplicate", $"customer_id \"{id}\" already appeared on row {_seen[id]}");
                    continue;
                }

                Builder.Accept(summary);
                AcceptedRows.Add(accepted[i]);
            }
        }

        /// <summary>The mean value for the importer: text read as people write it when it can be, a typed value in invariant form.</summary>
        private string? Money(int i)
        {
            var text = Value?.Text(i);
            return Value?.Kind == ParquetColumnKind.Text && MoneyText.TryParse(text, _numbers, out var amount, out _)
                ? amount.Value.ToString(CultureInfo.InvariantCulture)
                : text;
        }
    }
}
