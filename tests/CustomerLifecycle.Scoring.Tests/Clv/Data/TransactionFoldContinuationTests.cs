using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>A log folded in two parts (the later into a continuation, then appended) summarises as one fold of every row, to the bit.</summary>
public class TransactionFoldContinuationTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);
    private static readonly string[] Customers = ["a", "b", "c", "customer-with-a-long-id", "é"];
    private static readonly decimal?[] Amounts = [null, 0m, 0.00m, 3m, 12.50m, 0.10m, 7.125m, 100m];
    private static readonly string[] Dates = ["2025-01-03", "soon", "", "2025-02-30"];

    /// <summary>A row: a purchase read already, or a text row (readable or rejected).</summary>
    private sealed record Row(int Line, string Customer, int Day, decimal? Amount, string? Date)
    {
        public void AddTo(TransactionFold fold)
        {
            if (Date is null)
            {
                fold.Add(Line, Customer, Start.PlusDays(Day), Amount);
            }
            else
            {
                fold.Add(new TransactionRecord(Line, Customer, Date, Amount?.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static TransactionSummaryOptions Options(LocalDate end, LocalDate? calibration, PeriodUnit grouping) =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = end, CalibrationEnd = calibration, PurchaseGrouping = grouping };

    private static TransactionFold NewFold(LocalDate? calibration, LocalDate? end, PeriodUnit grouping) => new(DateTimeZone.Utc, grouping, calibration, end);

    /// <summary>Every value of a summary, decimals with their scale ("7.10" is not "7.1").</summary>
    private static string Describe(TransactionSummary summary) => string.Join('\n', summary.Customers.Select(c => FormattableString.Invariant($"{c.Customer} {c.Frequency:R} {c.Recency:R} {c.Age:R} {c.MonetaryValue}"))
        .Concat((summary.Holdout ?? []).Select(h => FormattableString.Invariant($"holdout {h.Frequency} {h.MonetaryValue}")))
        .Concat(summary.Excluded.Select(e => $"excluded {e}"))
        .Concat(summary.Rejected.Concat(summary.UnknownValues).Select(r => $"{r.Line} {r.Code} {r.Reason}"))
        .Append(FormattableString.Invariant($"{summary.HoldoutLength:R}")));

    private static void SecondPass(TransactionFold fold, IEnumerable<Row> rows)
    {
        if (fold.NeedsSecondPass)
        {
            fold.BeginSecondPass();
            foreach (var r in rows)
            {
                r.AddTo(fold);
            }
        }
    }

    private static string OneFold(Row[] rows, LocalDate? calibration, LocalDate? end, PeriodUnit grouping, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        var fold = NewFold(calibration, end, grouping);
        foreach (var r in rows)
        {
            r.AddTo(fold);
        }

        SecondPass(fold, rows);
        return Describe(fold.Summarize(options(fold.LatestDate)));
    }

    private static string TwoParts(Row[] rows, int split, LocalDate? calibration, LocalDate? end, PeriodUnit grouping, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        var fold = NewFold(calibration, end, grouping);
        var later = fold.NewContinuation();
        foreach (var r in rows[..split])
        {
            r.AddTo(fold);
        }

        foreach (var r in rows[split..])
        {
            r.AddTo(later);
        }

        Assert.True(fold.TryAppend(later));
        SecondPass(fold, rows);
        return Describe(fold.Summarize(options(fold.LatestDate)));
    }

    [Property(MaxTest = 500)]
    public Property A_log_folded_in_two_parts_summarises_as_one_fold()
    {
        var purchase = from c in Gen.Elements(Customers) from d in Gen.Choose(0, 70) from a in Gen.Elements(Amounts) select (c, d, a, (string?)null);
        var text = from c in Gen.Elements(Customers) from d in Gen.Elements(Dates) from a in Gen.Elements(Amounts) select (c, 0, a, (string?)d);
        var row = Gen.Frequency((9, purchase), (1, text));
        var log = from n in Gen.Choose(0, 40)
                  from rows in Gen.ArrayOf(row, n)
                  from split in Gen.Choose(0, n)
                  from calibration in Gen.Elements<LocalDate?>(null, Start.PlusDays(20), Start.PlusDays(45))
                  from end in Gen.Elements<LocalDate?>(null, Start.PlusDays(60))
                  from grouping in Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month)
                  select (rows.Select((r, i) => new Row(i + 2, r.Item1, r.Item2, r.Item3, r.Item4)).ToArray(), split, calibration, end, grouping);
        return Prop.ForAll(log.ToArbitrary(), x =>
        {
            var (rows, split, calibration, end, grouping) = x;
            TransactionSummaryOptions Chosen(LocalDate? latest) => Options(LocalDate.Max(end ?? latest ?? Start.PlusDays(70), Start.PlusDays(46)), calibration, grouping);
            return TwoParts(rows, split, calibration, end, grouping, Chosen) == OneFold(rows, calibration, end, grouping, Chosen);
        });
    }

    [Fact]
    public void The_later_parts_first_period_counts_towards_spend_only_when_it_is_not_the_customers_first()
    {
        // a buys on days 0 and 3 (one week: one purchase) before the split and on day 4 (still that week) and 14 after it;
        // b buys on day 0 before and day 14 after. Weekly grouping: a has x = 1 (repeat spend 6), b x = 1 (spend 8).
        Row[] rows = [new(2, "a", 0, 10m, null), new(3, "b", 0, 1m, null), new(4, "a", 3, 2m, null), new(5, "a", 4, 5m, null), new(6, "a", 14, 6m, null), new(7, "b", 14, 8m, null)];
        TransactionSummaryOptions Chosen(LocalDate? latest) => Options(Start.PlusDays(21), null, PeriodUnit.Week);

        var summary = TwoParts(rows, 3, null, Start.PlusDays(21), PeriodUnit.Week, Chosen);

        Assert.Equal(OneFold(rows, null, Start.PlusDays(21), PeriodUnit.Week, Chosen), summary);
        Assert.StartsWith("a 1 2 3 6\nb 1 2 3 8\n", summary + "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_out_of_date_order_across_the_parts_needs_the_second_pass()
    {
        var fold = NewFold(null, null, PeriodUnit.Day);
        var later = fold.NewContinuation();
        fold.Add(2, "a", Start.PlusDays(10), 1m);
        later.Add(3, "a", Start.PlusDays(3), 1m);

        Assert.True(fold.TryAppend(later));

        Assert.True(fold.NeedsSecondPass);
        Assert.Equal(1, fold.CustomerCount);
    }

    [Fact]
    public void A_sum_that_could_round_is_not_appended_and_the_fold_is_unchanged()
    {
        var fold = NewFold(null, null, PeriodUnit.Day);
        var later = fold.NewContinuation();
        fold.Add(2, "a", Start, 1m);
        fold.Add(3, "a", Start.PlusDays(1), 0.0000000001m);
        later.Add(4, "a", Start.PlusDays(2), 10_000_000_000_000_000_000m);
        later.Add(5, "b", Start.PlusDays(2), 1m);

        Assert.False(fold.TryAppend(later));

        Assert.Equal(1, fold.CustomerCount);
        Assert.Equal(Start.PlusDays(1), fold.LatestDate);
    }

    [Fact]
    public void Only_a_continuation_of_a_fold_with_the_same_window_is_appended()
    {
        var fold = NewFold(null, null, PeriodUnit.Day);

        Assert.Throws<ArgumentNullException>(() => fold.TryAppend(null!));
        Assert.Throws<ArgumentException>(() => fold.TryAppend(NewFold(null, null, PeriodUnit.Day)));
        Assert.Throws<ArgumentException>(() => fold.TryAppend(NewFold(null, null, PeriodUnit.Week).NewContinuation()));
        Assert.Throws<ArgumentException>(() => fold.TryAppend(NewFold(null, Start.PlusDays(9), PeriodUnit.Day).NewContinuation()));
        var later = fold.NewContinuation();
        Assert.Throws<InvalidOperationException>(() => later.TryAppend(later.NewContinuation()));
    }

    [Fact]
    public void A_fold_that_handed_out_a_summary_takes_no_continuation()
    {
        var fold = NewFold(null, null, PeriodUnit.Day);
        fold.Add(2, "a", Start, 1m);
        _ = fold.Summarize(Options(Start.PlusDays(7), null, PeriodUnit.Day));

        Assert.Throws<InvalidOperationException>(() => fold.TryAppend(fold.NewContinuation()));
    }
}
