using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.DuckDb.Sql;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using DuckDB.NET.Data;
using NodaTime;

namespace CustomerLifecycle.DuckDb;

/// <summary>
/// Summarises a transaction log file (CSV or Parquet) through an embedded DuckDB database, with the library's portable
/// SQL (<see cref="LifecycleSql.CustomerSummary"/>): the file is scanned, not loaded, so a log far larger than memory
/// is summarised in memory bounded by <see cref="DuckDbEngineOptions.MemoryLimit"/>.
/// </summary>
/// <remarks>
/// The results equal <see cref="TransactionSummarizer"/>'s on the same purchases (frequency, recency and age bit for
/// bit, mean values to the decimal). What the engine reads, and what it counts rather than lists, is described on
/// <see cref="DuckDbTransactionFile"/>. <see cref="TransactionSummaryOptions.Zone"/> must be UTC: the file's dates
/// are taken as they are written.
/// </remarks>
public sealed class DuckDbTransactionSummarizer
{
    private readonly DuckDbEngineOptions _engine;

    /// <summary>Makes a summarizer.</summary>
    /// <param name="options">The engine's limits, or null for DuckDB's defaults; copied.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public DuckDbTransactionSummarizer(DuckDbEngineOptions? options = null)
    {
        _engine = OptionsGuard.Valid<DuckDbEngineOptions, DuckDbEngineOptionsValidator>(options ?? new DuckDbEngineOptions(), nameof(options)) with { };
    }

    /// <summary>The latest purchase date in the file (the default observation end), or null when no date is readable.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the file or lacks a column.</exception>
    public LocalDate? LatestDate(DuckDbTransactionFile file)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(purchase_date) FROM parsed_log";
        return command.ExecuteScalar() is DateOnly d ? LocalDate.FromDateOnly(d) : null;
    }

    /// <summary>Summarises the file per customer (memory O(customers) on the .NET side).</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">The unit, window and purchase grouping; the zone must be UTC.</param>
    /// <returns>The summaries and the row counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or the zone is not UTC.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the file or lacks a column.</exception>
    public DuckDbSummary Summarize(DuckDbTransactionFile file, TransactionSummaryOptions options)
    {
        Check(options);
        using var connection = Open(file);
        var counts = Counts(connection, file, options);
        var customers = new List<CustomerSummary>();
        var holdout = options.CalibrationEnd is null ? null : new List<HoldoutActivity>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var x = reader.GetInt64(1);
                var repeat = reader.IsDBNull(7) ? (decimal?)null : reader.GetDecimal(7);
                customers.Add(new CustomerSummary(
                    x, reader.GetDouble(2), reader.GetDouble(3), CustomerId.From(reader.GetString(0)), x == 0 ? null : repeat / x));
                var later = reader.GetInt64(5);
                var laterAmount = reader.IsDBNull(8) ? (decimal?)null : reader.GetDecimal(8);
                holdout?.Add(new HoldoutActivity(later, later == 0 ? null : laterAmount / later));
            }
        }

        // The SQL orders by the engine's collation; the library orders by ordinal comparison of the ids.
        var order = Enumerable.Range(0, customers.Count).OrderBy(i => customers[i].Customer!.Value).ToArray();
        var sorted = order.Select(i => customers[i]).ToList();
        var sortedHoldout = holdout is null ? null : order.Select(i => holdout[i]).ToList();
        var excluded = ExcludedCustomers(connection, options).Select(CustomerId.From).Order().ToList();
        double? holdoutLength = options.CalibrationEnd is { } c ? Length(c, options.ObservationEnd, options.Unit) : null;
        var summary = new TransactionSummary(sorted, sortedHoldout, holdoutLength, excluded, [], options.Unit, null);
        return new DuckDbSummary(summary, counts);
    }

    /// <summary>Summarises the file into weighted unique (x, t_x, T) rows; no per-customer row reaches .NET.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">The unit, window and purchase grouping; the zone must be UTC.</param>
    /// <returns>The rows, ready for a fit, and the counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or the zone is not UTC.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DuckDBException">DuckDB cannot read the file or lacks a column.</exception>
    public DuckDbWeightedRows WeightedRows(DuckDbTransactionFile file, TransactionSummaryOptions options)
    {
        Check(options);
        using var connection = Open(file);
        var counts = Counts(connection, file, options);
        Execute(connection, "CREATE TEMP TABLE customer_summary AS " + LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options)));
        var rows = new List<CustomerSummary>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = LifecycleSql.WeightedRows;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                decimal? value = reader.IsDBNull(4) ? null : Convert.ToDecimal(reader.GetValue(4), CultureInfo.InvariantCulture);
                rows.Add(new CustomerSummary(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), null, value, reader.GetInt64(3)));
            }
        }

        var excluded = ExcludedCustomers(connection, options).Count;
        return new DuckDbWeightedRows(rows, (long)rows.Sum(r => r.Weight), excluded, counts);
    }

    private static void Check(TransactionSummaryOptions options)
    {
        OptionsGuard.Valid<TransactionSummaryOptions, TransactionSummaryOptionsValidator>(options, nameof(options));
        if (options.Zone != DateTimeZone.Utc)
        {
            throw new ArgumentException($"The DuckDB engine takes the file's dates as written (UTC); got the zone {options.Zone.Id}.", nameof(options));
        }

        _ = LifecycleSql.UnitName(options.Unit);
        _ = LifecycleSql.UnitName(options.PurchaseGrouping);
    }

    private static DuckDbRowCounts Counts(DuckDBConnection connection, DuckDbTransactionFile file, TransactionSummaryOptions options)
    {
        using var command = connection.CreateCommand();
        var accepted = Accepted(options);
        var unknown = file.AmountColumn is null ? "0" : $"COUNT(*) FILTER (WHERE amount IS NULL AND {accepted})";
        command.CommandText = $"SELECT COUNT(*), COUNT(*) FILTER (WHERE NOT ({accepted})), {unknown} FROM parsed_log";
        long rows, rejected, unknownValues;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            (rows, rejected, unknownValues) = (reader.GetInt64(0), reader.GetInt64(1), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
        }

        var malformed = file.IsParquet ? 0L : MalformedLines(connection);
        return new DuckDbRowCounts(rows + malformed, rejected + malformed, unknownValues);
    }

    /// <summary>
    /// The lines DuckDB's CSV reader skipped as malformed (more fields than the header, an unclosed quote, bytes that are
    /// not UTF-8): a rejected row each, as the streaming reader rejects them. Read after a scan of the file, from the
    /// rejects table the scan filled (every scan of the view appends to it, so lines are counted once).
    /// </summary>
    private static long MalformedLines(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT line) FROM reject_errors";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The condition of a purchase, as the summary SQL applies it: a customer, a date up to the observation end, no refund.</summary>
    private static string Accepted(TransactionSummaryOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"(customer_id IS NOT NULL AND purchase_date IS NOT NULL AND purchase_date <= DATE '{options.ObservationEnd:uuuu-MM-dd}' AND (amount IS NULL OR amount >= 0))");

    private static List<string> ExcludedCustomers(DuckDBConnection connection, TransactionSummaryOptions options)
    {
        var calibrationEnd = options.CalibrationEnd ?? options.ObservationEnd;
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            SELECT customer_id FROM transactions
            WHERE {Accepted(options)}
            GROUP BY customer_id HAVING MIN(purchase_date) >= DATE '{calibrationEnd:uuuu-MM-dd}'
            """);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static double Length(LocalDate from, LocalDate to, PeriodUnit unit)
    {
        var days = to.ToDateOnly().DayNumber - from.ToDateOnly().DayNumber;
        return unit switch
        {
            PeriodUnit.Day => days,
            PeriodUnit.Week => days / 7d,
            _ => MonthLength(from, to),
        };
    }

    /// <summary>Whole calendar months plus the rest over the next month's length, as the library measures months.</summary>
    private static double MonthLength(LocalDate from, LocalDate to)
    {
        var months = Period.Between(from, to, PeriodUnits.Months).Months;
        var anchor = from.PlusMonths(months);
        var next = from.PlusMonths(months + 1);
        return months + ((double)(to.ToDateOnly().DayNumber - anchor.ToDateOnly().DayNumber) / (next.ToDateOnly().DayNumber - anchor.ToDateOnly().DayNumber));
    }

    private DuckDBConnection Open(DuckDbTransactionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file.Path))
        {
            throw new FileNotFoundException($"The transaction file {file.Path} does not exist.", file.Path);
        }

        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            Execute(connection, "SET preserve_insertion_order = false");
            if (_engine.MemoryLimit is { } memory)
            {
                Execute(connection, $"SET memory_limit = {Quote(memory.Trim())}");
            }

            if (_engine.Threads is { } threads)
            {
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
            }

            if (_engine.TemporaryDirectory is { } temp)
            {
                Execute(connection, $"SET temp_directory = {Quote(temp)}");
            }

            var source = file.IsParquet
                ? $"read_parquet({Quote(file.Path)})"
                : $"read_csv({Quote(file.Path)}, header = true, all_varchar = true, ignore_errors = true, store_rejects = true)";
            var text = (string column) => $"NULLIF(TRIM(CAST({Identifier(column)} AS VARCHAR)), '')";
            var date = text(file.DateColumn);
            Execute(connection, $"""
                CREATE TEMP VIEW parsed_log AS
                SELECT
                  {text(file.CustomerColumn)} AS customer_id,
                  {DateOf(date)} AS purchase_date,
                  {(file.AmountColumn is null ? "CAST(NULL AS DECIMAL(38, 8))" : AmountOf(text(file.AmountColumn)))} AS amount
                FROM {source}
                """);
            Execute(connection, "CREATE TEMP VIEW transactions AS SELECT customer_id, purchase_date, amount FROM parsed_log");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The date of a trimmed text: a date and time (the date part; ISO 8601) or eight digits (yyyyMMdd). A text of ten
    /// characters (yyyy-MM-dd) is tried as a date first — a cheaper conversion giving the same date; any other text, or
    /// one the date conversion refuses, goes the general way.
    /// </summary>
    private static string DateOf(string text) =>
        $"COALESCE(CASE WHEN LENGTH({text}) = 10 THEN TRY_CAST({text} AS DATE) END, CAST(COALESCE(TRY_CAST({text} AS TIMESTAMP), TRY_STRPTIME({text}, '%Y%m%d')) AS DATE))";

    /// <summary>
    /// The amount of a trimmed text as DECIMAL(38, 8). The text is converted to DECIMAL(18, 8) first — DuckDB converts
    /// text to a 64-bit decimal several times faster than to a 128-bit one, and the value is the same — and only an
    /// amount of ten or more whole digits (or a text neither conversion reads) takes the 128-bit conversion.
    /// </summary>
    private static string AmountOf(string text) =>
        $"COALESCE(CAST(TRY_CAST({text} AS DECIMAL(18, 8)) AS DECIMAL(38, 8)), TRY_CAST({text} AS DECIMAL(38, 8)))";

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
