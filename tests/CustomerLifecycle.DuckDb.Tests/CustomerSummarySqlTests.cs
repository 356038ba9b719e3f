using System.Globalization;
using CustomerLifecycle.DuckDb.Sql;
using CustomerLifecycle.DuckDb.Tests.Engines;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerLifecycle.DuckDb.Tests;

/// <summary>The portable summary SQL, run on real engines, against the library's own summariser on the same log.</summary>
public sealed class CustomerSummarySqlTests
{
    public static TheoryData<string> EngineNames => Engines.Engines.Available;

    public static TheoryData<string, PeriodUnit, PeriodUnit, bool> Cases()
    {
        var data = new TheoryData<string, PeriodUnit, PeriodUnit, bool>();
        foreach (var engine in Engines.Engines.Names)
        {
            foreach (var unit in new[] { PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month })
            {
                foreach (var grouping in new[] { PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month })
                {
                    data.Add(engine, unit, grouping, true);
                }

                data.Add(engine, unit, PeriodUnit.Day, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Customer_summary_sql_equals_the_library_summariser(string engine, PeriodUnit unit, PeriodUnit grouping, bool holdout)
    {
        var log = new GeneratedLog(seed: 12);
        var options = GeneratedLog.Options(unit, grouping, holdout);
        using var db = Engines.Engines.Open(engine);
        db.Load("transactions", GeneratedLog.SqlColumns, log.SqlRows);

        var rows = db.Query(LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options)));

        AssertSame(new TransactionSummarizer(options).Summarize(log.Records), rows);
    }

    [Property(MaxTest = 25)]
    public void Customer_summary_sql_on_DuckDB_equals_the_library_for_any_log(PositiveInt seed)
    {
        var log = new GeneratedLog(seed.Get, customers: 40);
        var units = new[] { PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month };
        var options = GeneratedLog.Options(units[seed.Get % 3], units[(seed.Get / 3) % 3], seed.Get % 2 == 0);
        using var db = new DuckDbEngine();
        db.Load("transactions", GeneratedLog.SqlColumns, log.SqlRows);

        AssertSame(
            new TransactionSummarizer(options).Summarize(log.Records),
            db.Query(LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options))));
    }

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void A_customer_with_one_purchase_on_31_January_is_4_5_months_old_on_15_June(string engine)
    {
        using var db = Engines.Engines.Open(engine);
        db.Load("transactions", GeneratedLog.SqlColumns, [["a", new NodaTime.LocalDate(2020, 1, 31), 10m]]);
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Month, ObservationEnd = new NodaTime.LocalDate(2020, 6, 15) };

        var row = Assert.Single(db.Query(LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options))));

        // Whole months to 31 May (4), then 15 of the 30 days to 30 June.
        Assert.Equal(4.5, Convert.ToDouble(row[3], CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        Assert.Null(row[4]);
    }

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void Purchases_on_one_day_are_one_purchase_and_refunds_none(string engine)
    {
        using var db = Engines.Engines.Open(engine);
        var d = new NodaTime.LocalDate(2020, 3, 1);
        db.Load("transactions", GeneratedLog.SqlColumns, [["a", d, 10m], ["a", d.PlusDays(7), 4m], ["a", d.PlusDays(7), 6m], ["a", d.PlusDays(9), -3m]]);
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = d.PlusDays(10) };

        var row = Assert.Single(db.Query(LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options))));

        Assert.Equal(1L, Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        Assert.Equal(7d, Convert.ToDouble(row[2], CultureInfo.InvariantCulture));
        Assert.Equal(10d, Convert.ToDouble(row[3], CultureInfo.InvariantCulture));
        Assert.Equal(10m, Convert.ToDecimal(row[4], CultureInfo.InvariantCulture));
    }

    [PostgresFact]
    public void PostgreSQL_server_answers()
    {
        using var db = new PostgresEngine();
        Assert.Equal(1, Convert.ToInt32(db.Query("SELECT 1")[0][0], CultureInfo.InvariantCulture));
    }

    /// <summary>Each SQL row (customer_id, frequency, recency, age, value, holdout x, holdout value, …) equals the library's.</summary>
    internal static void AssertSame(TransactionSummary expected, List<object?[]> rows)
    {
        var byId = rows.ToDictionary(r => (string)r[0]!, StringComparer.Ordinal);
        Assert.Equal(expected.Customers.Count, rows.Count);
        for (var i = 0; i < expected.Customers.Count; i++)
        {
            var c = expected.Customers[i];
            var row = byId[c.Customer!.Value.Value];
            Assert.Equal(c.Frequency, Convert.ToDouble(row[1], CultureInfo.InvariantCulture));
            Assert.Equal(c.Recency, Convert.ToDouble(row[2], CultureInfo.InvariantCulture), 1e-12);
            Assert.Equal(c.Age, Convert.ToDouble(row[3], CultureInfo.InvariantCulture), 1e-12);
            AssertMoney(c.MonetaryValue, row[4]);
            if (expected.Holdout is { } holdout)
            {
                Assert.Equal(holdout[i].Frequency, Convert.ToDouble(row[5], CultureInfo.InvariantCulture));
                AssertMoney(holdout[i].MonetaryValue, row[6]);
            }
            else
            {
                Assert.Equal(0d, Convert.ToDouble(row[5], CultureInfo.InvariantCulture));
            }
        }
    }

    internal static void AssertMoney(decimal? expected, object? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        var a = Convert.ToDouble(actual, CultureInfo.InvariantCulture);
        Assert.Equal((double)expected.Value, a, 1e-12 * Math.Max(1d, Math.Abs(a)));
    }
}
