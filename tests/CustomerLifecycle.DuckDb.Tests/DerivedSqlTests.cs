using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.DuckDb.Sql;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Nps;
using NodaTime;

namespace CustomerLifecycle.DuckDb.Tests;

/// <summary>The SQL texts built on the summary (weighted rows, Gamma-Gamma inputs) and the NPS and funnel tallies, against the library.</summary>
public sealed class DerivedSqlTests
{
    public static TheoryData<string> EngineNames => Engines.Engines.Available;

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void Weighted_rows_sql_equals_the_library_compression(string engine)
    {
        var (db, summary) = Summarised(engine, PeriodUnit.Week);
        using (db)
        {
            var rows = db.Query(LifecycleSql.WeightedRows);

            var expected = CustomerSummaries.Compress(summary.Customers);
            Assert.Equal(expected.Count, rows.Count);
            Assert.True(expected.Count < summary.Customers.Count, "the log must have customers sharing a row");
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Frequency, Convert.ToDouble(rows[i][0], CultureInfo.InvariantCulture));
                Assert.Equal(expected[i].Recency, Convert.ToDouble(rows[i][1], CultureInfo.InvariantCulture), 1e-12);
                Assert.Equal(expected[i].Age, Convert.ToDouble(rows[i][2], CultureInfo.InvariantCulture), 1e-12);
                Assert.Equal(expected[i].Weight, Convert.ToDouble(rows[i][3], CultureInfo.InvariantCulture));
                CustomerSummarySqlTests.AssertMoney(expected[i].MonetaryValue, rows[i][4]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void Gamma_gamma_inputs_sql_equals_the_library_eligibility(string engine)
    {
        var (db, summary) = Summarised(engine, PeriodUnit.Day);
        using (db)
        {
            var rows = db.Query(LifecycleSql.GammaGammaInputs);

            var eligibility = GammaGammaModel.Eligibility(summary.Customers);
            var expected = eligibility.Eligible
                .GroupBy(c => (c.Frequency, Value: c.MonetaryValue!.Value))
                .OrderBy(g => g.Key.Frequency).ThenBy(g => g.Key.Value)
                .Select(g => (g.Key.Frequency, g.Key.Value, Weight: g.Count()))
                .ToList();
            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Frequency, Convert.ToDouble(rows[i][0], CultureInfo.InvariantCulture));
                CustomerSummarySqlTests.AssertMoney(expected[i].Value, rows[i][1]);
                Assert.Equal(expected[i].Weight, Convert.ToInt64(rows[i][2], CultureInfo.InvariantCulture));
                Assert.Equal(eligibility.Excluded.Count, Convert.ToInt64(rows[i][3], CultureInfo.InvariantCulture));
            }

            Assert.NotEmpty(eligibility.Excluded);
        }
    }

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void Nps_tallies_sql_equals_the_library_trend_per_segment(string engine)
    {
        var responses = Responses(seed: 5);
        using var db = Engines.Engines.Open(engine);
        db.Load(
            "survey_responses",
            "customer_id VARCHAR(20), segment VARCHAR(20), responded_on DATE, responded_at TIMESTAMP, score INTEGER, is_first_visit BOOLEAN",
            responses.Select(r => new object?[] { r.Customer, r.Segment, r.At?.Date, r.At, r.Score, r.FirstVisit }));

        foreach (var (period, name) in new[] { (NpsPeriod.Day, "day"), (NpsPeriod.Week, "week"), (NpsPeriod.Month, "month"), (NpsPeriod.Quarter, "quarter"), (NpsPeriod.Year, "year") })
        {
            var rows = db.Query(LifecycleSql.Bind(LifecycleSql.NpsTallies, new Dictionary<string, object> { ["nps_period"] = name }));

            var expected = new List<(string Segment, LocalDate? Start, NpsTally Tally)>();
            foreach (var segment in responses.Select(r => r.Segment).Distinct().Order(StringComparer.Ordinal))
            {
                var trend = NpsTrend.ByPeriod(responses.Where(r => r.Segment == segment).Select(ToResponse), DateTimeZone.Utc, period);
                expected.AddRange(trend.Points.Where(p => !p.Tally.IsEmpty).Select(p => (segment, (LocalDate?)p.Start, p.Tally)));
                if (!trend.Undated.IsEmpty)
                {
                    expected.Add((segment, null, trend.Undated));
                }
            }

            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                var row = rows[i];
                Assert.Equal(expected[i].Segment, row[0]);
                Assert.Equal(expected[i].Start?.ToDateOnly(), row[1] is null ? null : AsDate(row[1]!));
                var tally = NpsTally.FromCounts(Long(row[2]), Long(row[3]), Long(row[4]), Long(row[5]));
                Assert.Equal(expected[i].Tally, tally);
                Assert.Equal(expected[i].Tally.Total, Long(row[6]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void Funnel_counts_sql_equals_the_library_tally_from_events(string engine)
    {
        var random = new Random(9);
        var start = new LocalDate(2025, 1, 1);
        var end = new LocalDate(2026, 1, 1);
        var visits = Enumerable.Range(0, 600).Select(_ => ("v" + random.Next(200), new LocalDate(2024, 10, 1).PlusDays(random.Next(500)).AtMidnight().PlusHours(random.Next(24)))).ToList();
        var responses = Responses(seed: 9);
        var buyers = Enumerable.Range(0, 200).Where(_ => random.Next(3) == 0).Select(i => "v" + i).ToList();
        var referrers = Enumerable.Range(0, 200).Where(_ => random.Next(4) == 0).Select(i => "v" + i).ToList();
        using var db = Engines.Engines.Open(engine);
        db.Load("service_visits", "customer_id VARCHAR(20), started_at TIMESTAMP", visits.Select(v => new object?[] { v.Item1, v.Item2 }));
        db.Load(
            "survey_responses",
            "customer_id VARCHAR(20), segment VARCHAR(20), responded_on DATE, responded_at TIMESTAMP, score INTEGER, is_first_visit BOOLEAN",
            responses.Select(r => new object?[] { r.Customer, r.Segment, r.At?.Date, r.At, r.Score, r.FirstVisit }));
        db.Load("value_added_buyers", "customer_id VARCHAR(20)", buyers.Select(b => new object?[] { b }));
        db.Load("referrers", "customer_id VARCHAR(20)", referrers.Select(b => new object?[] { b }));

        var row = Assert.Single(db.Query(LifecycleSql.Bind(
            LifecycleSql.FunnelCounts,
            new Dictionary<string, object> { ["period_start"] = start, ["period_end"] = end, ["population"] = 500 })));

        var expected = FunnelTally.FromEvents(
            500,
            new Interval(start.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), end.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()),
            visits.Select(v => new ServiceVisit(CustomerId.From(v.Item1), v.Item2.InUtc().ToInstant(), v.Item2.PlusHours(1).InUtc().ToInstant())),
            responses.Select(ToResponse),
            buyers.Select(CustomerId.From),
            referrers.Select(CustomerId.From));
        Assert.Equal(expected.Population, Long(row[0]));
        Assert.Equal(expected.Counts, row.Skip(1).Select(Long).ToArray());
        Assert.True(expected.Counts[2] > 0, "the data must reach retention");
    }

    private static (Engines.SqlEngine Db, TransactionSummary Summary) Summarised(string engine, PeriodUnit unit)
    {
        var log = new GeneratedLog(seed: 3, customers: 2000);
        var options = GeneratedLog.Options(unit, PeriodUnit.Day, holdout: true);
        var db = Engines.Engines.Open(engine);
        db.Load("transactions", GeneratedLog.SqlColumns, log.SqlRows);
        db.Execute("CREATE TABLE customer_summary AS " + LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options)));
        return (db, new TransactionSummarizer(options).Summarize(log.Records));
    }

    /// <summary>Responses in 3 segments over two years, some undated, unique time stamps per customer.</summary>
    private static List<(string Customer, string Segment, LocalDateTime? At, int Score, bool FirstVisit)> Responses(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 1500).Select(i => (
            "v" + random.Next(200),
            "s" + random.Next(3),
            random.Next(30) == 0 ? (LocalDateTime?)null : new LocalDate(2024, 6, 1).PlusDays(random.Next(700)).AtMidnight().PlusMinutes(i),
            random.Next(11),
            random.Next(3) == 0)).ToList();
    }

    private static SurveyResponse ToResponse((string Customer, string Segment, LocalDateTime? At, int Score, bool FirstVisit) r) =>
        new(LikelihoodScore.From(r.Score), CustomerId.From(r.Customer), r.At?.InUtc().ToInstant(), isFirstVisit: r.FirstVisit);

    private static long Long(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static DateOnly AsDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidCastException(value.GetType().Name),
    };
}
