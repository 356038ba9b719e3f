using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.DuckDb.Tests;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Parquet.Tests;

/// <summary>Transaction logs in Parquet, written by DuckDB as a warehouse hands them over: the same summaries as the CSV reader.</summary>
public sealed class TransactionParquetTests : IDisposable
{
    private static readonly TransactionColumns Columns = new("customer_id", "date", "amount");
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("CAST(date AS DATE)", "TRY_CAST(amount AS DECIMAL(18, 2))", PeriodUnit.Week, false)]
    [InlineData("CAST(date AS TIMESTAMP) + INTERVAL 13 HOUR", "TRY_CAST(amount AS DOUBLE)", PeriodUnit.Month, true)]
    [InlineData("date", "amount", PeriodUnit.Day, true)]
    [InlineData("CAST(date AS DATE)", "TRY_CAST(amount AS DECIMAL(18, 2))", PeriodUnit.Week, true)]
    public async Task DuckDb_file_summarises_like_the_csv(string date, string amount, PeriodUnit unit, bool holdout)
    {
        var log = new GeneratedLog(seed: 31, customers: 400);
        var csv = log.WriteCsv(_folder);
        var options = GeneratedLog.Options(unit, PeriodUnit.Day, holdout);
        var expected = TransactionLogReader.Summarize(TransactionLogReader.ReadFile(csv, Columns), options);
        var parquet = Export(csv, $"customer_id, {date} AS date, {amount} AS amount", rowGroupSize: 500);

        var result = await new ParquetTransactionLogReader().ReadAndSummarizeFileAsync(parquet, Columns, _ => options);

        Assert.Equal(expected.RowCount, result.RowCount);
        Assert.Equal(expected.Summary.Customers, result.Summary.Customers);
        Assert.Equal(expected.Summary.Holdout, result.Summary.Holdout);
        Assert.Equal(expected.Summary.Excluded, result.Summary.Excluded);
        Assert.Equal(expected.Summary.Rejected.Select(r => r.Code), result.Summary.Rejected.Select(r => r.Code));
        Assert.Equal(expected.Summary.UnknownValues.Select(r => r.Line - 1), result.Summary.UnknownValues.Select(r => r.Line));
    }

    [Fact]
    public async Task Rejected_rows_carry_their_row_number_and_the_csv_reason()
    {
        var parquet = Query("""
            SELECT * FROM (VALUES
              ('c1', DATE '2024-01-03', 10.00::DECIMAL(10, 2)),
              (NULL, DATE '2024-01-04', 5.00),
              ('c1', NULL, 5.00),
              ('c1', DATE '2024-02-01', -3.00),
              ('c1', DATE '2024-03-01', NULL),
              ('c2', DATE '2024-06-01', 1.00)) t(customer_id, date, amount)
            """);

        var result = await new ParquetTransactionLogReader().ReadAndSummarizeFileAsync(parquet, Columns, latest => Options(latest!.Value.PlusDays(-1)));

        Assert.Equal(6, result.RowCount);
        Assert.Equal(
            [(2, "customer_id.missing"), (3, "date.missing"), (4, "amount.negative"), (6, "date.after_observation_end")],
            result.Summary.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal([(5, "amount.missing")], result.Summary.UnknownValues.Select(r => (r.Line, r.Code)));
        var c1 = Assert.Single(result.Summary.Customers);
        Assert.Equal(1d, c1.Frequency);
        Assert.Null(c1.MonetaryValue);
    }

    [Fact]
    public async Task Integer_ids_and_utc_time_stamps_are_read_in_the_zone()
    {
        var parquet = Query("""
            SELECT * FROM (VALUES
              (42::BIGINT, TIMESTAMPTZ '2024-01-01 23:30:00+00', 12.5::DOUBLE),
              (42, TIMESTAMPTZ '2024-01-02 00:30:00+00', 7.5)) t(customer_id, date, amount)
            """);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var reader = new ParquetTransactionLogReader(new ParquetReadOptions { Zone = zone });

        var result = await reader.ReadAndSummarizeFileAsync(parquet, Columns, latest => Options(latest!.Value.PlusDays(10)) with { Zone = zone });

        // 23:30 UTC on 1 January and 00:30 UTC on 2 January are both 2 January in Shanghai: one purchase day.
        var c = Assert.Single(result.Summary.Customers);
        Assert.Equal("42", c.Customer!.Value.Value);
        Assert.Equal(0d, c.Frequency);
        Assert.Empty(result.Summary.Rejected);
    }

    [Fact]
    public async Task Text_amounts_are_read_as_people_write_them()
    {
        var parquet = Query("""
            SELECT * FROM (VALUES ('c1', '2024-01-03', '$1,200.50'), ('c1', '2024-02-03', '$99.50'), ('c1', '2024-03-03', '€5')) t(customer_id, date, amount)
            """);

        var result = await new ParquetTransactionLogReader().ReadAndSummarizeFileAsync(parquet, Columns, latest => Options(latest!.Value));

        Assert.Equal("$", result.Currency);
        Assert.Equal([(3, "amount.other_currency")], result.Summary.UnknownValues.Select(r => (r.Line, r.Code)));
    }

    [Fact]
    public async Task Strict_reader_refuses_a_rejected_row()
    {
        var parquet = Query("SELECT * FROM (VALUES ('c1', DATE '2024-01-03', 1.0), ('c1', DATE '2024-01-04', -1.0)) t(customer_id, date, amount)");
        var reader = new ParquetTransactionLogReader(new ParquetReadOptions { Strict = true });

        var error = await Assert.ThrowsAsync<Data.Text.ImportRejectedException>(() => reader.ReadAndSummarizeFileAsync(parquet, Columns, l => Options(l!.Value)));

        Assert.Equal(2, Assert.Single(error.Rejected).Line);
    }

    [Fact]
    public async Task Log_without_an_amount_column_has_no_monetary_values()
    {
        var parquet = Query("SELECT * FROM (VALUES ('c1', DATE '2024-01-03'), ('c1', DATE '2024-02-03')) t(customer, day)");

        var result = await new ParquetTransactionLogReader().ReadAndSummarizeFileAsync(parquet, new TransactionColumns("CUSTOMER", "Day"), l => Options(l!.Value));

        Assert.Null(Assert.Single(result.Summary.Customers).MonetaryValue);
        Assert.Equal(1d, result.Summary.Customers[0].Frequency);
    }

    private static TransactionSummaryOptions Options(LocalDate end) => new() { Unit = PeriodUnit.Day, ObservationEnd = end };

    private string Query(string select)
    {
        var path = Path.Combine(_folder, $"q{Guid.NewGuid():N}.parquet");
        using var duck = new Duck();
        duck.Execute($"COPY ({select}) TO '{path}' (FORMAT parquet)");
        return path;
    }

    private string Export(string csv, string select, int rowGroupSize)
    {
        var path = Path.Combine(_folder, $"log{Guid.NewGuid():N}.parquet");
        using var duck = new Duck();
        duck.Execute($"""
            COPY (SELECT {select} FROM read_csv('{csv}', header = true, all_varchar = true))
            TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE {rowGroupSize})
            """);
        return path;
    }
}
