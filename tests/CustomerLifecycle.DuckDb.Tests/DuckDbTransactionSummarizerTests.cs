using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.DuckDb.Tests.Engines;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CustomerLifecycle.DuckDb.Tests;

/// <summary>The DuckDB engine on files: the same summaries as the streaming reader of the Data package, from CSV and Parquet.</summary>
public sealed class DuckDbTransactionSummarizerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-duckdb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(PeriodUnit.Week, PeriodUnit.Day, true, false)]
    [InlineData(PeriodUnit.Month, PeriodUnit.Week, false, false)]
    [InlineData(PeriodUnit.Day, PeriodUnit.Month, true, true)]
    public void File_summary_equals_the_streaming_reader(PeriodUnit unit, PeriodUnit grouping, bool holdout, bool parquet)
    {
        var log = new GeneratedLog(seed: 21, customers: 500);
        var csv = log.WriteCsv(_folder);
        var options = GeneratedLog.Options(unit, grouping, holdout);
        var expected = TransactionLogReader.Summarize(TransactionLogReader.ReadFile(csv, new TransactionColumns("customer_id", "date", "amount")), options);

        var result = new DuckDbTransactionSummarizer().Summarize(File(parquet ? ToParquet(csv) : csv), options);

        Assert.Equal(expected.Summary.Customers, result.Summary.Customers);
        Assert.Equal(expected.Summary.Holdout, result.Summary.Holdout);
        Assert.Equal(expected.Summary.HoldoutLength, result.Summary.HoldoutLength);
        Assert.Equal(expected.Summary.Excluded, result.Summary.Excluded);
        Assert.Equal(new DuckDbRowCounts(expected.RowCount, expected.Summary.Rejected.Count, expected.Summary.UnknownValues.Count), result.Counts);
        Assert.True(result.Counts.Rejected > 0 && result.Counts.UnknownValues > 0, "the log must have rejected rows and unknown values");
    }

    [Fact]
    public void Weighted_rows_equal_the_compressed_summaries_and_fit_like_them()
    {
        var log = new GeneratedLog(seed: 22, customers: 1500);
        var csv = log.WriteCsv(_folder);
        var options = GeneratedLog.Options(PeriodUnit.Week, PeriodUnit.Day, holdout: false);
        var summary = new TransactionSummarizer(options).Summarize(log.Records);

        var rows = new DuckDbTransactionSummarizer(new DuckDbEngineOptions { Threads = 1, MemoryLimit = "256MB" }).WeightedRows(File(csv), options);

        var expected = CustomerSummaries.Compress(summary.Customers);
        Assert.Equal(expected.Count, rows.Rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal((expected[i].Frequency, expected[i].Recency, expected[i].Age, expected[i].Weight), (rows.Rows[i].Frequency, rows.Rows[i].Recency, rows.Rows[i].Age, rows.Rows[i].Weight));
            CustomerSummarySqlTests.AssertMoney(expected[i].MonetaryValue, rows.Rows[i].MonetaryValue);
        }

        Assert.Equal(summary.Customers.Count, rows.Customers);
        Assert.Equal(summary.Excluded.Count, rows.Excluded);
        var fromRows = Scoring.Clv.Models.BgNbdModel.Fit(rows.Rows).Values();
        var fromCustomers = Scoring.Clv.Models.BgNbdModel.Fit(summary.Customers).Values();
        Assert.Equal(fromCustomers, fromRows, (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1d, Math.Abs(a)));
    }

    [Fact]
    public void Latest_date_is_the_last_readable_purchase_date()
    {
        var csv = Path.Combine(_folder, "t.csv");
        System.IO.File.WriteAllLines(csv, ["id,when,paid", "a,2020-01-05,1", "b,19991231,2", "c,not a date,3", "d,2020-02-01T10:30:00,4"]);

        Assert.Equal(new LocalDate(2020, 2, 1), new DuckDbTransactionSummarizer().LatestDate(new DuckDbTransactionFile(csv, "id", "when", "paid")));
    }

    [Fact]
    public void A_log_without_amounts_has_no_values_and_no_unknown_values()
    {
        var csv = Path.Combine(_folder, "t.csv");
        System.IO.File.WriteAllLines(csv, ["id,when", "a,2020-01-05", "a,2020-01-09", "b,2020-01-07"]);
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2020, 1, 10) };

        var result = new DuckDbTransactionSummarizer().Summarize(new DuckDbTransactionFile(csv, "id", "when"), options);

        Assert.Equal(new CustomerSummary(1, 4, 5, Core.CustomerId.From("a")), result.Summary.Customers[0]);
        Assert.Equal(new DuckDbRowCounts(3, 0, 0), result.Counts);
    }

    [Theory]
    [InlineData("2020-01-05", 4d)]
    [InlineData("2020-01-05T10:30:00", 4d)]
    [InlineData(" 2020-01-05 ", 4d)]
    [InlineData("2020-01-05 24:00:00", 5d)]
    [InlineData("20200105", 4d)]
    [InlineData("2020-1-5", 4d)]
    public void A_date_written_in_any_accepted_form_dates_the_purchase(string written, double recency)
    {
        var csv = Path.Combine(_folder, "t.csv");
        System.IO.File.WriteAllLines(csv, ["id,when,paid", "a,2020-01-01,1", $"a,\"{written}\",2", "b,2020-02-30,3"]);
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2020, 1, 10) };

        var result = new DuckDbTransactionSummarizer().Summarize(new DuckDbTransactionFile(csv, "id", "when", "paid"), options);

        Assert.Equal(new CustomerSummary(1, recency, 9, Core.CustomerId.From("a"), 2m), Assert.Single(result.Summary.Customers));
        Assert.Equal(new DuckDbRowCounts(3, 1, 0), result.Counts);
    }

    [Fact]
    public void A_line_with_more_fields_than_the_header_is_counted_as_rejected_as_the_streaming_reader_rejects_it()
    {
        var csv = Path.Combine(_folder, "t.csv");
        System.IO.File.WriteAllLines(csv, ["id,when,paid", "a,2020-01-01,1", "a,2020-01-03,1.234,50", "a,2020-01-05,2", "b,2020-01-04,3"]);
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2020, 1, 10) };
        var expected = TransactionLogReader.Summarize(TransactionLogReader.ReadFile(csv, new TransactionColumns("id", "when", "paid")), options);

        var summary = new DuckDbTransactionSummarizer().Summarize(new DuckDbTransactionFile(csv, "id", "when", "paid"), options);
        var weighted = new DuckDbTransactionSummarizer().WeightedRows(new DuckDbTransactionFile(csv, "id", "when", "paid"), options);

        Assert.Equal(expected.Summary.Customers, summary.Summary.Customers);
        Assert.Equal([(3, "row.extra_fields")], expected.Summary.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal(new DuckDbRowCounts(4, 1, 0), summary.Counts);
        Assert.Equal(summary.Counts, weighted.Counts);
    }

    [Theory]
    [InlineData("2.5", "2.5")]
    [InlineData("1.123456785", "1.12345679")]
    [InlineData("12345678901.25", "12345678901.25")]
    [InlineData("-0.000000004", "0")]
    [InlineData("1e3", "1000")]
    public void An_amount_of_any_size_is_read_to_eight_decimal_places(string written, string value)
    {
        var csv = Path.Combine(_folder, "t.csv");
        System.IO.File.WriteAllLines(csv, ["id,when,paid", "a,2020-01-01,1", $"a,2020-01-03,{written}"]);
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2020, 1, 10) };

        var result = new DuckDbTransactionSummarizer().Summarize(new DuckDbTransactionFile(csv, "id", "when", "paid"), options);

        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(result.Summary.Customers).MonetaryValue);
    }

    [Fact]
    public void Bad_input_is_refused_with_the_reason()
    {
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2020, 1, 10) };
        var csv = Path.Combine(_folder, "t.csv");
        System.IO.File.WriteAllLines(csv, ["id,when", "a,2020-01-05"]);
        var engine = new DuckDbTransactionSummarizer();

        Assert.Throws<FileNotFoundException>(() => engine.Summarize(File(Path.Combine(_folder, "missing.csv")), options));
        Assert.Throws<DuckDBException>(() => engine.Summarize(new DuckDbTransactionFile(csv, "id", "date"), options));
        Assert.Throws<ArgumentNullException>(() => engine.Summarize(null!, options));
        Assert.Throws<ArgumentNullException>(() => engine.WeightedRows(new DuckDbTransactionFile(csv, "id", "when"), null!));
        var zoned = Assert.Throws<ArgumentException>(() => engine.Summarize(new DuckDbTransactionFile(csv, "id", "when"), options with { Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] }));
        Assert.Contains("Asia/Shanghai", zoned.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => engine.Summarize(new DuckDbTransactionFile(csv, "id", "when"), options with { CalibrationEnd = new LocalDate(2020, 2, 1) }));
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("12")]
    [InlineData("1.5 GB;")]
    public void Engine_options_with_a_bad_memory_limit_are_refused(string limit) =>
        Assert.Throws<ArgumentException>(() => new DuckDbTransactionSummarizer(new DuckDbEngineOptions { MemoryLimit = limit }));

    [Fact]
    public void Engine_options_with_no_threads_or_a_blank_spill_folder_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new DuckDbTransactionSummarizer(new DuckDbEngineOptions { Threads = 0 }));
        Assert.Throws<ArgumentException>(() => new DuckDbTransactionSummarizer(new DuckDbEngineOptions { TemporaryDirectory = " " }));
    }

    [Fact]
    public void The_engine_is_registered_with_validated_options()
    {
        using var provider = new ServiceCollection().AddCustomerLifecycleDuckDb(o => o.Threads = 1).AddCustomerLifecycleDuckDb().BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<DuckDbTransactionSummarizer>());
        Assert.Equal(1, provider.GetRequiredService<IOptions<DuckDbEngineOptions>>().Value.Threads);

        using var bad = new ServiceCollection().AddCustomerLifecycleDuckDb(o => o.MemoryLimit = "lots").BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<DuckDbEngineOptions>>().Value);
    }

    private static DuckDbTransactionFile File(string path) => new(path, "customer_id", "date", "amount");

    /// <summary>The CSV as Parquet with typed columns (DATE, DECIMAL), as a warehouse would hand it over.</summary>
    private string ToParquet(string csv)
    {
        var parquet = Path.Combine(_folder, "transactions.parquet");
        using var db = new DuckDbEngine();
        db.Execute($"""
            COPY (SELECT customer_id, CAST(date AS DATE) AS date, TRY_CAST(amount AS DECIMAL(18, 2)) AS amount
                  FROM read_csv('{csv}', header = true, all_varchar = true))
            TO '{parquet}' (FORMAT parquet)
            """);
        return parquet;
    }
}
