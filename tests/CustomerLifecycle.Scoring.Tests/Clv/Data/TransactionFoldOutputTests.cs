using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>The fold's summary makes its rows as they are read, and they stay what they were when it was made.</summary>
public class TransactionFoldOutputTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    private static TransactionSummaryOptions Options(LocalDate end, LocalDate? calibration = null) =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = end, CalibrationEnd = calibration };

    [Fact]
    public void A_summary_handed_out_does_not_change_when_the_fold_reads_on()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, Start.PlusDays(35));
        fold.Add(2, "c1", Start, 10m);
        fold.Add(3, "c1", Start.PlusDays(14), 8m);
        var first = fold.Summarize(Options(Start.PlusDays(35)));

        fold.Add(4, "c1", Start.PlusDays(28), 6m);
        fold.Add(5, "c2", Start.PlusDays(7), 1m);
        var second = fold.Summarize(Options(Start.PlusDays(35)));

        Assert.Equal(new CustomerSummary(1, 2, 5, CustomerId.From("c1"), 8m), Assert.Single(first.Customers));
        Assert.Equal(new[] { new CustomerSummary(2, 4, 5, CustomerId.From("c1"), 7m), new CustomerSummary(0, 0, 4, CustomerId.From("c2")) }, second.Customers);
    }

    [Fact]
    public void Rows_are_listed_by_id_with_the_excluded_apart_and_the_holdout_aligned()
    {
        // Calibration ends on day 14, observation on day 28: c3's first purchase is on day 20 (excluded); c1 buys on
        // days 0 and 21 (holdout 1 at 4), c2 on days 7 and 10 (x = 1, mean repeat value 3, no holdout).
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, Start.PlusDays(14), Start.PlusDays(28));
        fold.Add(2, "c2", Start.PlusDays(7), 2m);
        fold.Add(3, "c1", Start, 1m);
        fold.Add(4, "c2", Start.PlusDays(10), 3m);
        fold.Add(5, "c3", Start.PlusDays(20), 5m);
        fold.Add(6, "c1", Start.PlusDays(21), 4m);

        var summary = fold.Summarize(Options(Start.PlusDays(28), Start.PlusDays(14)));

        Assert.Equal(new[] { "c1", "c2" }, summary.Customers.Select(c => c.Customer!.Value.Value));
        Assert.Equal(new[] { new HoldoutActivity(1, 4m), new HoldoutActivity(0, null) }, summary.Holdout!);
        Assert.Equal(3m, summary.Customers[1].MonetaryValue);
        Assert.Equal(new[] { CustomerId.From("c3") }, summary.Excluded);
        Assert.Throws<ArgumentOutOfRangeException>(() => summary.Customers[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => summary.Holdout![-1]);
    }

    [Fact]
    public void A_log_without_amounts_folds_to_summaries_without_monetary_values()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, Start.PlusDays(14), null);
        fold.Add(2, "c1", Start, null);
        fold.Add(3, "c1", Start.PlusDays(7), null);
        fold.Add(4, "c1", Start.PlusDays(21), null);

        var summary = fold.Summarize(Options(Start.PlusDays(21), Start.PlusDays(14)));

        Assert.Equal(new CustomerSummary(1, 1, 2, CustomerId.From("c1")), Assert.Single(summary.Customers));
        Assert.Equal(new HoldoutActivity(1, null), Assert.Single(summary.Holdout!));
    }
}
