using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Parquet.Writing;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Parquet.Tests;

/// <summary>Customer summaries and predictions in Parquet: written here with typed columns, read back here and by DuckDB with the same values.</summary>
public sealed class SummaryParquetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Written_summary_is_read_back_by_duckdb_with_typed_columns_and_the_same_values()
    {
        var summary = Summary();
        var path = await Write(s => ParquetSummaryWriter.WriteAsync(s, summary, hasAmounts: true));

        using var duck = new Duck();
        var types = duck.Types(path);
        Assert.Equal(("VARCHAR", "DOUBLE", "DECIMAL(38,9)"), (types["customer_id"], types["frequency"], types["monetary_value"]));
        var rows = duck.Rows($"SELECT customer_id, frequency, recency, T, CAST(monetary_value AS VARCHAR), frequency_holdout FROM read_parquet('{path}')");
        Assert.Equal(summary.Customers.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var c = summary.Customers[i];
            Assert.Equal(c.Customer?.Value, rows[i][0]);
            Assert.Equal(c.Frequency, double.Parse(rows[i][1]!, CultureInfo.InvariantCulture));
            Assert.Equal(c.Recency, double.Parse(rows[i][2]!, CultureInfo.InvariantCulture));
            Assert.Equal(c.Age, double.Parse(rows[i][3]!, CultureInfo.InvariantCulture));
            Assert.Equal(c.MonetaryValue is { } m ? Math.Round(m, 9) : (decimal?)null, rows[i][4] is { } t ? decimal.Parse(t, CultureInfo.InvariantCulture) : (decimal?)null);
            Assert.Equal(summary.Holdout![i].Frequency, double.Parse(rows[i][5]!, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Written_summary_reads_back_here_as_the_same_customers()
    {
        var summary = Summary();
        var path = await Write(s => ParquetSummaryWriter.WriteAsync(s, summary, hasAmounts: true));

        var file = await new ParquetCustomerSummaryReader().ReadFileAsync(path);

        Assert.True(file.HasMonetaryValues);
        Assert.Equal(summary.Customers.Select(Rounded), file.Import.Accepted);
        Assert.Equal(Enumerable.Range(1, summary.Customers.Count), file.AcceptedLines);
    }

    [Fact]
    public async Task DuckDb_summary_with_aliases_and_integer_columns_is_checked_by_the_csv_rules()
    {
        var path = Path.Combine(_folder, "duck.parquet");
        using (var duck = new Duck())
        {
            duck.Execute($"""
                COPY (SELECT * FROM (VALUES
                  (1, 2, 30.0, 40, 12.5::DECIMAL(10, 2), 1.0),
                  (2, 0, 0.0, 35, NULL, 2.0),
                  (3, 1, 50.0, 40, 3.0, 1.0),
                  (1, 1, 3.0, 10, 1.0, 1.0),
                  (NULL, 1.5, 3.0, 10, 1.0, 1.0)) t(ID, x, t_x, T, zbar, weights))
                TO '{path}' (FORMAT parquet)
                """);
        }

        var file = await new ParquetCustomerSummaryReader().ReadFileAsync(path);

        Assert.Equal(2, file.Import.Accepted.Count);
        Assert.Equal(new CustomerSummary(2, 30, 40, CustomerId.From("1"), 12.5m, 1), file.Import.Accepted[0]);
        Assert.Equal(2d, file.Import.Accepted[1].Weight);
        Assert.Equal([3, 4, 5], file.Import.Rejected.Select(r => r.Line).Order());
        Assert.Contains(file.Import.Rejected, r => r.Line == 4 && r.Code == "customer_id.duplicate");
    }

    [Fact]
    public async Task Predictions_are_written_as_doubles_that_duckdb_reads_exactly()
    {
        ClvPrediction[] predictions =
        [
            new(CustomerId.From("a"), 2, 30, 40, 0.1 + 0.2, 0.987654321012345, 12.345678901234, 3.3333333333333335),
            new(null, 0, 0, 35, 1e-300, 1, null, null),
        ];
        var path = await Write(s => ParquetPredictionWriter.WriteAsync(s, predictions));

        using var duck = new Duck();
        var rows = duck.Rows($"SELECT customer_id, expected_purchases, p_alive, expected_spend, clv FROM read_parquet('{path}')");

        Assert.Equal("DOUBLE", duck.Types(path)["clv"]);
        Assert.Equal<IEnumerable<string?>>(["a", "0.30000000000000004", "0.987654321012345", "12.345678901234", "3.3333333333333335"], rows[0]);
        Assert.Equal<IEnumerable<string?>>([null, "1E-300", "1", null, null], rows[1]);
    }

    [Property(MaxTest = 25)]
    public Property Any_summary_round_trips_through_parquet()
    {
        var customers = Gen.Choose(0, 40).SelectMany(n => Gen.ListOf(
            Gen.Choose(0, 30).SelectMany(x => Gen.Choose(1, 500).SelectMany(t => Gen.Choose(0, t).SelectMany(tx => Gen.Choose(0, 1_000_000).Select(cents =>
                new CustomerSummary(x, x == 0 ? 0 : tx, t, CustomerId.From("c" + cents.ToString(CultureInfo.InvariantCulture) + "-" + t), x == 0 ? null : cents / 100m))))), n));
        return Prop.ForAll(customers.ToArbitrary(), list =>
        {
            var distinct = list.DistinctBy(c => c.Customer).ToArray();
            var summary = new TransactionSummary(distinct, null, null, [], [], PeriodUnit.Day, null);
            var path = Write(s => ParquetSummaryWriter.WriteAsync(s, summary, hasAmounts: true)).GetAwaiter().GetResult();
            var file = new ParquetCustomerSummaryReader().ReadFileAsync(path).GetAwaiter().GetResult();
            return file.Import.Accepted.SequenceEqual(distinct) && file.Import.Rejected.Count == 0;
        });
    }

    private static CustomerSummary Rounded(CustomerSummary c) => new(c.Frequency, c.Recency, c.Age, c.Customer, c.MonetaryValue is { } m ? Math.Round(m, 9) : null, c.Weight);

    private static TransactionSummary Summary()
    {
        var log = new TransactionLogBuilder(DateTimeZone.Utc);
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            log.Add(i + 1, "c" + random.Next(60).ToString("D3", CultureInfo.InvariantCulture), new LocalDate(2024, 1, 1).PlusDays(random.Next(300)), random.Next(3) == 0 ? null : random.Next(1, 100000) / 300m);
        }

        return log.Summarize(new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = new LocalDate(2024, 12, 31), CalibrationEnd = new LocalDate(2024, 9, 30) });
    }

    private async Task<string> Write(Func<Stream, Task> write)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.parquet");
        await using var stream = File.Create(path);
        await write(stream);
        return path;
    }
}
