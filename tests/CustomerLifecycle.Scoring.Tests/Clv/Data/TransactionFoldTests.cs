using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>The streaming fold gives the summary of the builder that keeps every purchase, in any row order.</summary>
public class TransactionFoldTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    private static TransactionSummaryOptions Options(LocalDate end, LocalDate? calibration = null, PeriodUnit grouping = PeriodUnit.Day) =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = end, CalibrationEnd = calibration, PurchaseGrouping = grouping };

    private static TransactionSummary Fold(IReadOnlyList<(int Line, string Customer, int Day, decimal? Amount)> rows, LocalDate? calibration, LocalDate? end, PeriodUnit grouping, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        var fold = new TransactionFold(DateTimeZone.Utc, grouping, calibration, end);
        foreach (var r in rows)
        {
            fold.Add(r.Line, r.Customer, Start.PlusDays(r.Day), r.Amount);
        }

        if (fold.NeedsSecondPass)
        {
            fold.BeginSecondPass();
            foreach (var r in rows)
            {
                fold.Add(r.Line, r.Customer, Start.PlusDays(r.Day), r.Amount);
            }
        }

        return fold.Summarize(options(fold.LatestDate));
    }

    [Fact]
    public void Purchases_in_date_order_fold_to_frequency_recency_age_and_mean_repeat_value()
    {
        // c1 buys on days 0, 0 (same day: one purchase), 14 and 28; observation ends on day 35: x = 2, t_x = 4 weeks,
        // T = 5 weeks, mean repeat value (8 + 6) / 2 = 7.
        var rows = new[] { (2, "c1", 0, (decimal?)10m), (3, "c1", 0, 5m), (4, "c1", 14, 8m), (5, "c1", 28, 6m) };

        var summary = Fold(rows, null, Start.PlusDays(35), PeriodUnit.Day, _ => Options(Start.PlusDays(35)));

        Assert.Equal(new CustomerSummary(2, 4, 5, CustomerId.From("c1"), 7m), Assert.Single(summary.Customers));
    }

    [Fact]
    public void A_purchase_dated_before_one_already_folded_needs_a_second_pass()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);
        fold.Add(2, "c1", Start.PlusDays(10), 1m);
        fold.Add(3, "c1", Start.PlusDays(3), 1m);

        Assert.True(fold.NeedsSecondPass);
        Assert.Throws<InvalidOperationException>(() => fold.Summarize(Options(Start.PlusDays(10))));
        fold.BeginSecondPass();
        Assert.False(fold.NeedsSecondPass);
        Assert.Throws<InvalidOperationException>(fold.BeginSecondPass);
    }

    [Fact]
    public void A_log_in_date_order_needs_no_second_pass()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);
        fold.Add(2, "c1", Start, 1m);
        fold.Add(3, "c2", Start.PlusDays(1), 1m);
        fold.Add(4, "c1", Start.PlusDays(1), 1m);

        Assert.False(fold.NeedsSecondPass);
        Assert.Throws<InvalidOperationException>(fold.BeginSecondPass);
        Assert.Equal(2, fold.CustomerCount);
    }

    [Fact]
    public void Purchases_after_a_fixed_observation_end_are_rejected_with_their_line()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, Start.PlusDays(5));
        fold.Add(new TransactionRecord(2, "c1", "2025-01-01", "3"));
        fold.Add(new TransactionRecord(3, "c1", "2025-01-09", "x"));
        fold.Add(new TransactionRecord(4, "", "2025-01-02", "3"));

        var summary = fold.Summarize(Options(Start.PlusDays(5)));

        Assert.Equal([(3, "date.after_observation_end"), (4, "customer_id.missing")], summary.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Empty(summary.UnknownValues);
        Assert.Equal(new LocalDate(2025, 1, 9), fold.LatestDate);
    }

    [Fact]
    public void A_record_the_reader_already_rejected_is_rejected_with_its_reason_whatever_its_fields_say()
    {
        var decided = new RejectedRow(3, "row.extra_fields", "the row has 4 fields where the header has 3");
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);
        fold.Add(new TransactionRecord(2, "c1", "2025-01-01", "3"));
        fold.Add(new TransactionRecord(3, "c1", "2025-01-09", "1") { Rejection = decided with { Column = "amount" } });
        var log = new TransactionLogBuilder(DateTimeZone.Utc);
        log.Add(new TransactionRecord(2, "c1", "2025-01-01", "3"));
        log.Add(new TransactionRecord(3, "c1", "2025-01-09", "1") { Rejection = decided });

        foreach (var summary in new[] { fold.Summarize(Options(Start.PlusDays(10))), log.Summarize(Options(Start.PlusDays(10))) })
        {
            Assert.Equal([decided], summary.Rejected);
            Assert.Empty(summary.UnknownValues);
            Assert.Equal(0d, Assert.Single(summary.Customers).Frequency);
        }
    }

    [Fact]
    public void Options_that_disagree_with_the_fold_are_refused()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Week, Start.PlusDays(3), null);
        fold.Add(2, "c1", Start.PlusDays(6), 1m);

        Assert.Throws<ArgumentException>(() => fold.Summarize(Options(Start.PlusDays(9), Start.PlusDays(3))));
        Assert.Throws<ArgumentException>(() => fold.Summarize(Options(Start.PlusDays(9), Start.PlusDays(4), PeriodUnit.Week)));
        Assert.Throws<ArgumentException>(() => fold.Summarize(Options(Start.PlusDays(5), Start.PlusDays(3), PeriodUnit.Week)));
        Assert.Throws<ArgumentException>(() => fold.Summarize(Options(Start.PlusDays(9), Start.PlusDays(3), PeriodUnit.Week) with { Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"] }));
        Assert.Single(fold.Summarize(Options(Start.PlusDays(9), Start.PlusDays(3), PeriodUnit.Week)).Excluded);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new TransactionFold(null!, PeriodUnit.Day, null, null));
        Assert.Throws<ArgumentException>(() => new TransactionFold(DateTimeZone.Utc, (PeriodUnit)42, null, null));
        Assert.Throws<ArgumentException>(() => new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, Start, Start));
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);
        Assert.Throws<ArgumentNullException>(() => fold.Add(null!));
        Assert.Throws<ArgumentException>(() => fold.Add(2, "  ", Start, 1m));
        Assert.Throws<ArgumentException>(() => fold.Add(2, new string('x', CustomerId.MaxLength + 1), Start, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => fold.Add(2, "c1", Start, -1m));
        Assert.Throws<ArgumentNullException>(() => fold.Summarize(null!));
    }

    [Property(MaxTest = 500)]
    public Property Folding_in_any_order_summarises_as_the_builder()
    {
        var row = from c in Gen.Elements("a", "b", "c", "d")
                  from day in Gen.Choose(0, 120)
                  from amount in Gen.Elements<decimal?>(null, 0m, 1.5m, 2m, 10.25m)
                  select (c, day, amount);
        var log = from n in Gen.Choose(0, 40) from rows in Gen.ArrayOf(row, n) from sorted in Gen.Elements(true, false) select sorted ? [.. rows.OrderBy(r => r.day)] : rows;
        var window = from calibration in Gen.Elements<int?>(null, 30, 60)
                     from end in Gen.Elements<int?>(null, 90, 120)
                     from grouping in Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month)
                     select (calibration, end, grouping);
        return Prop.ForAll((from l in log from w in window select (l, w)).ToArbitrary(), pair =>
        {
            var rows = pair.l.Select((r, i) => (Line: i + 2, Customer: r.c, Day: r.day, Amount: r.amount)).ToArray();
            var calibration = pair.w.calibration is { } c ? Start.PlusDays(c) : (LocalDate?)null;
            var end = pair.w.end is { } e ? Start.PlusDays(e) : (LocalDate?)null;
            TransactionSummaryOptions Chosen(LocalDate? latest) => Options(LocalDate.Max(end ?? latest ?? Start.PlusDays(120), calibration?.PlusDays(1) ?? Start), calibration, pair.w.grouping);
            var builder = new TransactionLogBuilder(DateTimeZone.Utc);
            foreach (var r in rows)
            {
                builder.Add(r.Line, r.Customer, Start.PlusDays(r.Day), r.Amount);
            }

            var expected = builder.Summarize(Chosen(builder.LatestDate));
            var actual = Fold(rows, calibration, end, pair.w.grouping, Chosen);
            return actual.Customers.SequenceEqual(expected.Customers)
                && (actual.Holdout ?? []).SequenceEqual(expected.Holdout ?? [])
                && actual.Excluded.SequenceEqual(expected.Excluded)
                && actual.Rejected.Select(r => (r.Line, r.Code, r.Reason)).SequenceEqual(expected.Rejected.Select(r => (r.Line, r.Code, r.Reason)))
                && actual.Customers.Select(s => s.MonetaryValue?.Scale).SequenceEqual(expected.Customers.Select(s => s.MonetaryValue?.Scale));
        });
    }
}
