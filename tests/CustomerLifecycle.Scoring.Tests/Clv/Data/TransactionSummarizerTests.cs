using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

public class TransactionSummarizerTests
{
    private static readonly LocalDate CdnowCalibrationEnd = new(1997, 9, 30);

    [DatasetFact("CDNOW_sample.txt", "cdnow_customers_summary_with_transactions.csv")]
    public void Weekly_CDNOW_summary_reproduces_the_published_file_for_all_2357_customers()
    {
        // Fader, Hardie & Lee (2005) / lifetimes' cdnow_customers_summary.csv: calibration ends 1997-09-30, times in weeks
        // of 7 days (days / 7), purchases on one day count once, zbar = mean of the repeat purchases.
        var summary = Summarizer(PeriodUnit.Week, new LocalDate(1998, 6, 30), CdnowCalibrationEnd).Summarize(CdnowTransactions());
        var expected = File.ReadAllLines(Datasets.File("cdnow_customers_summary_with_transactions.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => f);

        Assert.True(summary.Rejected.Count == 0 && summary.Excluded.Count == 0);
        Assert.Equal(2357, summary.Customers.Count);
        foreach (var c in summary.Customers)
        {
            var e = expected[c.Customer!.Value.Value];
            Assert.Equal(double.Parse(e[1], CultureInfo.InvariantCulture), c.Frequency);
            Assert.Equal(double.Parse(e[2], CultureInfo.InvariantCulture), Math.Round(c.Recency, 2)); // the file prints 2 decimals
            Assert.Equal(double.Parse(e[3], CultureInfo.InvariantCulture), Math.Round(c.Age, 2));
            Assert.Equal(decimal.Parse(e[4], CultureInfo.InvariantCulture), Math.Round(c.MonetaryValue ?? 0m, 2, MidpointRounding.AwayFromZero));
        }
    }

    [DatasetFact("CDNOW_sample.txt", "cdnow_customers_summary.csv")]
    public void The_summary_file_without_values_matches_too()
    {
        var summary = Summarizer(PeriodUnit.Week, CdnowCalibrationEnd).Summarize(CdnowTransactions().Where(t => t.At < Instant.FromUtc(1997, 10, 1, 0, 0)));
        var expected = File.ReadAllLines(Datasets.File("cdnow_customers_summary.csv")).Skip(1).Select(l => l.Split(','))
            .Select(f => (f[0], double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal);

        var actual = summary.Customers.Select(c => (c.Customer!.Value.Value, c.Frequency, Math.Round(c.Recency, 2), Math.Round(c.Age, 2)));

        Assert.Equal(expected, actual);
    }

    [DatasetFact("CDNOW_sample.txt")]
    public void Customer_1_of_CDNOW_has_the_holdout_purchase_of_December_1997()
    {
        // CDNOW_sample customer 1 (master 4): 1997-01-01, 01-18, 08-02 in calibration; 1997-12-12 ($26.48) in the holdout.
        var summary = Summarizer(PeriodUnit.Week, new LocalDate(1998, 6, 30), CdnowCalibrationEnd).Summarize(CdnowTransactions());

        var i = summary.Customers.ToList().FindIndex(c => c.Customer!.Value.Value == "1");
        Assert.Equal(new HoldoutActivity(1, 26.48m), summary.Holdout![i]);
        Assert.Equal(273d / 7d, summary.HoldoutLength!.Value, 12); // 1997-09-30 → 1998-06-30 is 273 days
        Assert.Equal(22.345m, summary.Customers[i].MonetaryValue);
    }

    [Fact]
    public void Purchases_on_one_day_count_once_with_their_amounts_summed()
    {
        var summary = Summarizer(PeriodUnit.Day, D(10)).Summarize(
        [
            T("a", D(1), 10m), T("a", D(1), 5m), T("a", D(4), 20m), T("a", D(4), 4m), T("a", D(6), 6m),
        ]);

        var a = Assert.Single(summary.Customers);
        Assert.Equal((2d, 5d, 9d, 15m), (a.Frequency, a.Recency, a.Age, a.MonetaryValue)); // repeats: 24 and 6
    }

    [Theory]
    [InlineData(PeriodUnit.Day, 2d)] // Tue 2024-01-02, Thu 01-04, Mon 01-08 are 3 days but 2 ISO weeks
    [InlineData(PeriodUnit.Week, 1d)]
    [InlineData(PeriodUnit.Month, 0d)]
    public void Purchase_grouping_merges_purchases_in_one_period(PeriodUnit grouping, double frequency)
    {
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2024, 1, 31), PurchaseGrouping = grouping };
        var summary = new TransactionSummarizer(options).Summarize(
        [
            T("a", new LocalDate(2024, 1, 2), 1m), T("a", new LocalDate(2024, 1, 4), 1m), T("a", new LocalDate(2024, 1, 8), 1m),
        ]);

        var a = Assert.Single(summary.Customers);
        Assert.Equal(frequency, a.Frequency);
        Assert.Equal(frequency == 0d, a.Recency == 0d); // a merged purchase is dated by its first day: x = 0 ⇒ t_x = 0
    }

    [Fact]
    public void Months_are_whole_calendar_months_plus_days_over_the_next_months_length()
    {
        var summary = Summarizer(PeriodUnit.Month, new LocalDate(2024, 4, 15)).Summarize(
        [
            T("a", new LocalDate(2024, 1, 31), 1m), T("a", new LocalDate(2024, 3, 1), 1m),
        ]);

        var a = Assert.Single(summary.Customers);
        // 01-31 + 1 month = 02-29 (clamped); 02-29 → 03-01 is 1 day of the 31 from 02-29 to 03-31 (= 01-31 + 2 months).
        Assert.Equal(1d + (1d / 31d), a.Recency, 12);
        // 01-31 + 2 months = 03-31; 03-31 → 04-15 is 15 days of the 30 up to 04-30.
        Assert.Equal(2.5, a.Age, 12);
    }

    [Fact]
    public void Instants_become_dates_in_the_options_zone()
    {
        // 2024-01-01T20:00Z is already 2024-01-02 in Shanghai (UTC+8).
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2024, 1, 10), Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] };
        var transactions = new[]
        {
            new Transaction(CustomerId.From("a"), Instant.FromUtc(2024, 1, 1, 10, 0), Money.From(1m, "CNY")),
            new Transaction(CustomerId.From("a"), Instant.FromUtc(2024, 1, 1, 20, 0), Money.From(1m, "CNY")),
        };

        var a = Assert.Single(new TransactionSummarizer(options).Summarize(transactions).Customers);

        Assert.Equal((1d, 1d, 9d), (a.Frequency, a.Recency, a.Age));
    }

    [Fact]
    public void Customers_first_seen_after_or_on_the_calibration_end_are_excluded_not_dropped_silently()
    {
        var summary = Summarizer(PeriodUnit.Day, D(20), D(10)).Summarize([T("a", D(1), 1m), T("b", D(10), 1m), T("c", D(12), 1m)]);

        Assert.Equal(["a"], summary.Customers.Select(c => c.Customer!.Value.Value));
        Assert.Equal(["b", "c"], summary.Excluded.Select(c => c.Value));
    }

    [Fact]
    public void Typed_transactions_after_the_observation_end_are_rejected_by_position()
    {
        var summary = Summarizer(PeriodUnit.Day, D(5)).Summarize([T("a", D(1), 1m), T("a", D(6), 1m), T("a", D(5), 1m)]);

        var rejected = Assert.Single(summary.Rejected);
        Assert.Equal((2, "date.after_observation_end"), (rejected.Line, rejected.Code));
        Assert.Equal(1d, summary.Customers[0].Frequency);
    }

    [Fact]
    public void Mixed_currencies_are_a_programming_error()
    {
        var mixed = new[]
        {
            T("a", D(1), 1m),
            new Transaction(CustomerId.From("a"), Instant.FromUtc(2024, 1, 2, 0, 0), Money.From(1m, "USD")),
        };

        Assert.Throws<ArgumentException>("transactions", () => Summarizer(PeriodUnit.Day, D(5)).Summarize(mixed));
    }

    [Theory]
    [InlineData(null, "2024-01-01", "1", "customer_id.missing")]
    [InlineData(" ", "2024-01-01", "1", "customer_id.missing")]
    [InlineData("a", null, "1", "date.missing")]
    [InlineData("a", "01/02/2024", "1", "date.invalid")]
    [InlineData("a", "2024-02-30", "1", "date.invalid")]
    [InlineData("a", "2024-03-01", "1", "date.after_observation_end")]
    [InlineData("a", "2024-01-01", "-0.01", "amount.negative")]
    public void Bad_transaction_rows_are_rejected_with_line_and_code(string? customer, string? date, string amount, string code)
    {
        var summary = Summarizer(PeriodUnit.Day, new LocalDate(2024, 2, 1)).Summarize(
        [
            new TransactionRecord(2, "ok", "2023-12-01", "5"),
            new TransactionRecord(3, customer, date, amount),
        ]);

        var rejected = Assert.Single(summary.Rejected);
        Assert.Equal((3, code), (rejected.Line, rejected.Code));
        Assert.Single(summary.Customers);
    }

    [Theory]
    [InlineData("", "amount.missing")]
    [InlineData("ten", "amount.not_a_number")]
    [InlineData("NaN", "amount.not_a_number")]
    public void A_purchase_with_an_unreadable_amount_still_counts_with_an_unknown_value(string amount, string code)
    {
        var summary = Summarizer(PeriodUnit.Day, new LocalDate(2024, 2, 1)).Summarize(
        [
            new TransactionRecord(2, "a", "2023-12-01", "5"),
            new TransactionRecord(3, "a", "2024-01-01", amount),
        ]);

        Assert.Empty(summary.Rejected);
        var unknown = Assert.Single(summary.UnknownValues);
        Assert.Equal((3, code, "amount"), (unknown.Line, unknown.Code, unknown.Column));
        var customer = Assert.Single(summary.Customers);
        Assert.Equal(1, customer.Frequency);
        Assert.Equal(31d, customer.Recency);
        Assert.Null(customer.MonetaryValue);
    }

    [Fact]
    public void Records_without_amounts_give_no_monetary_values()
    {
        var summary = Summarizer(PeriodUnit.Day, new LocalDate(2024, 2, 1)).Summarize(
        [
            new TransactionRecord(2, "a", "2024-01-01"), new TransactionRecord(3, "a", "2024-01-05T10:00:00+08:00"),
        ]);

        var a = Assert.Single(summary.Customers);
        Assert.Equal((1d, 4d, null), (a.Frequency, a.Recency, a.MonetaryValue));
    }

    [Fact]
    public void Invalid_options_throw_naming_the_rule()
    {
        var bad = new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = D(5), CalibrationEnd = D(5) };
        var ex = Assert.Throws<ArgumentException>("options", () => new TransactionSummarizer(bad));
        Assert.Contains("CalibrationEnd", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("options", () => new TransactionSummarizer(new TransactionSummaryOptions { Unit = (PeriodUnit)9, ObservationEnd = D(5) }));
        Assert.Throws<ArgumentNullException>("options", () => new TransactionSummarizer(null!));
    }

    [Property(Arbitrary = [typeof(LogArbitraries)])]
    public bool Recency_lies_between_0_and_T(Transaction[] log) =>
        Summarizer(PeriodUnit.Week, D(60), D(40)).Summarize(log).Customers.All(c => c.Recency >= 0 && c.Recency <= c.Age && c.Age > 0);

    [Property(Arbitrary = [typeof(LogArbitraries)])]
    public bool Shuffling_the_log_does_not_change_the_summary(Transaction[] log, int seed)
    {
        var shuffled = log.ToArray();
        new Random(seed).Shuffle(shuffled);
        var summarizer = Summarizer(PeriodUnit.Month, D(60), D(40));
        var (a, b) = (summarizer.Summarize(log), summarizer.Summarize(shuffled));
        return a.Customers.SequenceEqual(b.Customers) && a.Holdout!.SequenceEqual(b.Holdout!) && a.Excluded.SequenceEqual(b.Excluded);
    }

    internal static IEnumerable<Transaction> CdnowTransactions() =>
        File.ReadLines(Datasets.File("CDNOW_sample.txt"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => new Transaction(
                CustomerId.From(int.Parse(f[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
                new LocalDate(int.Parse(f[2][..4], CultureInfo.InvariantCulture), int.Parse(f[2][4..6], CultureInfo.InvariantCulture), int.Parse(f[2][6..], CultureInfo.InvariantCulture)).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
                Money.From(decimal.Parse(f[4], CultureInfo.InvariantCulture), "USD")));

    private static TransactionSummarizer Summarizer(PeriodUnit unit, LocalDate end, LocalDate? calibrationEnd = null) =>
        new(new TransactionSummaryOptions { Unit = unit, ObservationEnd = end, CalibrationEnd = calibrationEnd });

    private static LocalDate D(int day) => new LocalDate(2024, 1, 1).PlusDays(day - 1);

    private static Transaction T(string customer, LocalDate date, decimal amount) =>
        new(CustomerId.From(customer), date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), Money.From(amount, "CNY"));

    public static class LogArbitraries
    {
        public static Arbitrary<Transaction> Transactions() =>
            (from c in Gen.Choose(1, 5)
             from day in Gen.Choose(1, 60)
             from cents in Gen.Choose(0, 100_000)
             select T("c" + c, D(day), cents / 100m)).ToArbitrary();
    }
}
