using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Deterministic;
using NodaTime;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>The code of docs/clv-deterministic.md; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class ClvDeterministic
{
    /// <summary>A transaction log summarised in weeks with a holdout.</summary>
    public static TransactionSummary Summarize()
    {
        // <example:summarize>
        var at = (int month, int day) => Instant.FromUtc(1997, month, day, 0, 0);
        var usd = (decimal amount) => Money.From(amount, "USD");
        var id = CustomerId.From("1");
        Transaction[] log =
        [
            new(id, at(8, 2), usd(14.96m)),   // any order
            new(id, at(1, 1), usd(29.33m)),
            new(id, at(1, 18), usd(29.73m)),
            new(id, at(12, 12), usd(26.48m)),  // in the holdout
        ];
        var summarizer = new TransactionSummarizer(new TransactionSummaryOptions
        {
            Unit = PeriodUnit.Week,                       // never implicit
            ObservationEnd = new LocalDate(1998, 6, 30),
            CalibrationEnd = new LocalDate(1997, 9, 30),
        });
        var summary = summarizer.Summarize(log);
        var c = summary.Customers[0];                  // x = 2, t_x = 30.43, T = 38.86, value 22.345
        var holdout = summary.Holdout![0];             // 1 purchase of 26.48
        var unique = CustomerSummaries.Compress(summary.Customers); // weighted unique rows for the models
        // </example:summarize>
        return summary;
    }

    /// <summary>One after-sales network's value streams and a retention-based CLV.</summary>
    public static (ValueBreakdown Breakdown, Money Clv) Value()
    {
        // <example:value>
        var cny = (decimal amount) => Money.From(amount, "CNY");
        var twoYears = ValueBreakdown.Of("CNY",
        [
            ValueStream.Repeated(ValueStreamKind.Maintenance, 4, cny(1_500)),
            new ValueStream(ValueStreamKind.ValueAddedService, cny(3_800)),
            new ValueStream(ValueStreamKind.ExtendedWarranty, cny(8_800)),
            new ValueStream(ValueStreamKind.Parts, cny(2_400)),
            new ValueStream(ValueStreamKind.Family, cny(18_000)),
            new ValueStream(ValueStreamKind.Referral, cny(12_000)),
        ]);
        var total = twoYears.Total;                                           // ¥51,000
        var share = twoYears.ShareOf(ValueStreamKind.Family, ValueStreamKind.Referral); // 58.8 %

        // ¥3,500 a year, 85 % yearly retention, 8 % discount, 8 years, paid at the start of each year.
        var clv = RetentionClv.Compute(cny(3_500), Fraction.From(0.85), 0.08, periods: 8, MarginTiming.StartOfPeriod);
        // </example:value>
        return (twoYears, clv);
    }
}
